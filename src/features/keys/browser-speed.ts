import { createBruteForceSpace } from '@/audit/brute-force-space';
import { parseCrackTarget } from '@/audit/crack-target';
import type { AuditEngine } from '@/audit/webgpu/engine-choice';
import { signHmacCompact } from '@/jwt/sign-hmac';
import { startEngineAudit } from '@/lib/audit-engine';

/** HS256 guesses per second this browser managed, and on which engine (the audit's Auto choice). */
export interface BrowserSpeed {
  readonly guessesPerSecond: number;
  readonly engine: AuditEngine;
}

// The run lasts until the workers have hashed for a second (their own timing of their batches), so
// start-up and a busy machine cannot cut it short or skew it, and it is the same figure the audit panel
// shows. A browser that never gets that far in CEILING_MS is said not to have been measured.
const HASHING_MS = 1000;
const CEILING_MS = 30_000;

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
  let engine: AuditEngine | null = null;
  let hashedLongEnough = () => {};
  const enough = new Promise<void>((resolve) => {
    hashedLongEnough = resolve;
    setTimeout(resolve, CEILING_MS);
  });
  // The engine the audit's Auto picks (and its fallback), so the estimate is for what an audit here runs on.
  const run = startEngineAudit(
    target.value,
    { kind: 'brute', space: space.value },
    {
      choice: 'auto',
      now: () => performance.now(),
      onEngine: (next) => (engine = next),
      onProgress: (progress) => {
        if (progress.hashingMs >= HASHING_MS) hashedLongEnough();
      },
    },
  );
  await enough;
  run.cancel();
  const outcome = await run.outcome;
  if (outcome.perSecond === null || engine === null) throw new Error('the speed test saw no progress');
  return { guessesPerSecond: outcome.perSecond, engine };
}
