import { startAudit, type AuditPort } from '@/audit/audit-runner';
import { parseCrackTarget } from '@/audit/crack-target';
import { WELL_KNOWN_SECRETS } from '@/audit/known-secrets';
import { loadSecretList } from '@/audit/load-secret-list';
import { auditWorkerCount, spawnAuditWorker } from '@/lib/audit-workers';

/** What cracking needs from the browser; tests pass in-process workers and a list of their own. */
export interface CrackDeps {
  readonly spawn: () => AuditPort;
  readonly workers: number;
  /** The published list (wallarm/jwt-secrets, from the same origin); the well-known defaults are always tried. */
  readonly loadList: () => Promise<ReadonlySet<string>>;
  readonly now: () => number;
}

const BROWSER: CrackDeps = {
  spawn: spawnAuditWorker,
  get workers() {
    return auditWorkerCount();
  },
  loadList: loadSecretList,
  now: () => performance.now(),
};

/**
 * Finds the HMAC secret of an HS256/384/512 token with the Keys page's audit engine (the same workers and
 * candidate list); `null` when no candidate signs it, the token has no HMAC secret, or the signal aborts.
 */
export async function crackSecret(
  token: string,
  signal?: AbortSignal,
  deps: CrackDeps = BROWSER,
): Promise<Uint8Array | null> {
  const target = parseCrackTarget(token);
  if (!target.ok || signal?.aborted) return null;
  // Without the published list (a host that does not serve it), the well-known defaults still run.
  const list = await deps.loadList().catch(() => new Set<string>());
  if (signal?.aborted) return null;
  const candidates = [...new Set([...WELL_KNOWN_SECRETS.map((entry) => entry.secret), ...list])];
  const run = startAudit(
    target.value,
    { kind: 'list', candidates },
    { workers: deps.workers, spawn: deps.spawn, now: deps.now },
  );
  const stop = () => run.cancel();
  signal?.addEventListener('abort', stop, { once: true });
  try {
    const outcome = await run.outcome;
    return outcome.kind === 'found' ? outcome.secret : null;
  } finally {
    signal?.removeEventListener('abort', stop);
  }
}
