import { startAudit } from '@/audit/audit-runner';
import type { AuditProgress } from '@/audit/audit-progress';
import { createBruteForceSpace } from '@/audit/brute-force-space';
import { parseCrackTarget } from '@/audit/crack-target';
import { signHmacCompact } from '@/jwt/sign-hmac';
import { auditWorkerCount, spawnAuditWorker } from './audit-workers';

/** HS256 guesses per second this browser managed, and on how many workers. */
export interface BrowserSpeed {
  readonly guessesPerSecond: number;
  readonly workers: number;
}

// Workers start, compile the kernel and settle their batch size in the first few hundred milliseconds;
// only the window after that is timed.
const WARM_UP_MS = 400;
const MEASURE_MS = 1000;

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
  let first: AuditProgress | null = null;
  const run = startAudit(
    target.value,
    { kind: 'brute', space: space.value },
    {
      workers,
      spawn: spawnAuditWorker,
      now: () => performance.now(),
      onProgress: (progress) => {
        if (progress.elapsedMs >= WARM_UP_MS) first ??= progress;
      },
    },
  );
  const stalls = watchMainThread();
  await new Promise((resolve) => setTimeout(resolve, WARM_UP_MS + MEASURE_MS));
  run.cancel();
  const outcome = await run.outcome;
  const longestStall = stalls.stop();
  const start = first as AuditProgress | null;
  if (outcome.tried === 0 || outcome.elapsedMs <= 0) throw new Error('the speed test saw no progress');
  // Progress is stamped when the main thread reads it. If the thread stalled (a big parse, a layout),
  // counts queued during the stall arrive together and a short window would overstate the speed; then
  // the whole run's average (warm-up included, so a little low) is the honest figure.
  const windowMs = outcome.elapsedMs - (start?.elapsedMs ?? 0);
  const guessesPerSecond =
    start && longestStall < MAX_STALL_MS && windowMs >= MEASURE_MS / 2
      ? ((outcome.tried - start.tried) * 1000) / windowMs
      : (outcome.tried * 1000) / outcome.elapsedMs;
  return { guessesPerSecond, workers };
}

const MAX_STALL_MS = 150;

/** Records the longest gap between timer ticks: how long the main thread was too busy to read messages. */
function watchMainThread(): { stop: () => number } {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 25);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(longest, performance.now() - last);
    },
  };
}
