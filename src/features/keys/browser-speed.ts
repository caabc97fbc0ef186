import { startAudit } from '@/audit/audit-runner';
import { createBruteForceSpace } from '@/audit/brute-force-space';
import { parseCrackTarget } from '@/audit/crack-target';
import { signHmacCompact } from '@/jwt/sign-hmac';
import { auditWorkerCount, spawnAuditWorker } from '@/lib/audit-workers';

/** HS256 guesses per second this browser managed, and on how many workers. */
export interface BrowserSpeed {
  readonly guessesPerSecond: number;
  readonly workers: number;
}

// The run lasts long enough for every worker to report several times; its speed counts hashing time only
// (the workers time their own batches), so start-up and a busy main thread cannot skew it, and it is the
// same figure the audit panel shows.
const RUN_MS = 1200;

let measuring: Promise<BrowserSpeed> | null = null;

/** Measures once per page (later calls share the first run): a short brute force by the real audit engine. */
export function measureBrowserSpeed(): Promise<BrowserSpeed> {
  measuring ??= runMeasurement().catch((error: unknown) => {
    measuring = null;
    throw error;
  });
  return measuring;
}

async function runMeasurement(): Promise<BrowserSpeed> {
  // A token of typical size signed with a random 32-byte secret: nothing in the space can hit it.
  const secret = crypto.getRandomValues(new Uint8Array(32));
  const header = JSON.stringify({ alg: 'HS256', typ: 'JWT' });
  const payload = JSON.stringify({
    sub: 'speed-test',
    name: 'Ada Lovelace',
    iat: 1700000000,
    exp: 1700003600,
  });
  const target = parseCrackTarget(await signHmacCompact('HS256', header, payload, secret));
  const space = createBruteForceSpace('abcdefghijklmnopqrstuvwxyz', 1, 8);
  if (!target.ok || !space.ok) throw new Error('the speed test could not build its target');
  const workers = auditWorkerCount();
  const run = startAudit(
    target.value,
    { kind: 'brute', space: space.value },
    { workers, spawn: spawnAuditWorker, now: () => performance.now() },
  );
  await new Promise((resolve) => setTimeout(resolve, RUN_MS));
  run.cancel();
  const outcome = await run.outcome;
  if (outcome.perSecond === null) throw new Error('the speed test saw no progress');
  return { guessesPerSecond: outcome.perSecond, workers };
}
