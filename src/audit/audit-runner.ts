// Main-thread side of an audit: splits the candidates across workers, sums their progress, confirms a
// hit with jose, and stops every worker as soon as one finds the secret or the user cancels.
import { bytesToUtf8 } from '@/encoding/base64';
import type { AuditCommand, AuditEvent, CandidateShard } from './audit-protocol';
import { summarizeProgress, type AuditProgress, type WorkerTally } from './audit-progress';
import type { BruteForceSpace } from './brute-force-space';
import { packCandidates, slicePacked } from './candidate-list';
import { confirmSecret } from './confirm-secret';
import { planShards } from './crack-plan';
import type { CrackTarget } from './crack-target';

/** The candidates to try: a list (known secrets or a dropped wordlist) or a brute-force space. */
export type AuditSource =
  | { readonly kind: 'list'; readonly candidates: readonly string[] }
  | { readonly kind: 'brute'; readonly space: BruteForceSpace };

/** How an audit ended, with its final progress (`tried` is how much of `total` was covered). */
export type AuditOutcome =
  | ({
      readonly kind: 'found';
      readonly secret: Uint8Array;
      readonly secretText: string | null;
    } & AuditProgress)
  | ({ readonly kind: 'exhausted' } & AuditProgress)
  | ({ readonly kind: 'cancelled' } & AuditProgress);

/** One worker as the runner sees it (see `wrapWorker`; tests pass in-process fakes). */
export interface AuditPort {
  send(command: AuditCommand): void;
  listen(handler: (event: AuditEvent) => void): void;
  terminate(): void;
}

export interface AuditOptions {
  readonly workers: number;
  readonly spawn: () => AuditPort;
  readonly now: () => number;
  readonly onProgress?: (progress: AuditProgress) => void;
}

/** A running audit: `outcome` settles once; `cancel` stops it (outcome `cancelled`). */
export interface AuditRun {
  readonly outcome: Promise<AuditOutcome>;
  cancel(): void;
}

/** Adapts a Web Worker running src/workers/audit.worker.ts to an `AuditPort`. */
export function wrapWorker(worker: Worker): AuditPort {
  return {
    send: (command) => worker.postMessage(command),
    listen: (handler) =>
      worker.addEventListener('message', (event: MessageEvent<AuditEvent>) => handler(event.data)),
    terminate: () => worker.terminate(),
  };
}

/** Starts an audit of `target` over `source` on `options.workers` workers. */
export function startAudit(target: CrackTarget, source: AuditSource, options: AuditOptions): AuditRun {
  const shards = makeShards(source, options.workers);
  const total = source.kind === 'list' ? source.candidates.length : source.space.size;
  const started = options.now();
  const tallies: WorkerTally[] = shards.map(() => ({ tried: 0, hashingMs: 0 }));
  const finished = shards.map(() => false);
  const workers = shards.map((shard) => ({ shard, port: options.spawn() }));
  const ports = workers.map(({ port }) => port);
  let settled = false;
  let resolveOutcome: (outcome: AuditOutcome) => void = () => {};
  let rejectOutcome: (error: unknown) => void = () => {};
  const outcome = new Promise<AuditOutcome>((resolve, reject) => {
    resolveOutcome = resolve;
    rejectOutcome = reject;
  });
  const counts = (): AuditProgress => summarizeProgress(tallies, total, options.now() - started);
  const stop = () => {
    settled = true;
    // The cancel message lets a worker stop between batches; terminating frees the core at once.
    for (const port of ports) {
      port.send({ type: 'cancel' });
      port.terminate();
    }
  };
  const settle = (result: AuditOutcome) => {
    if (settled) return;
    stop();
    resolveOutcome(result);
  };
  // `at` is the progress when the hit arrived: the time to find the secret and the count tried by then,
  // not later, once the main thread has confirmed it (other workers keep hashing meanwhile).
  const onHit = async (candidate: Uint8Array, at: AuditProgress) => {
    const confirmed = await confirmSecret(target, candidate);
    if (settled) return;
    if (!confirmed) {
      stop();
      rejectOutcome(new Error('the HMAC kernel reported a secret that WebCrypto does not confirm'));
      return;
    }
    settle({ kind: 'found', secret: candidate, secretText: bytesToUtf8(candidate), ...at });
  };
  workers.forEach(({ shard, port }, index) => {
    port.listen((event) => {
      if (settled) return;
      if (event.type === 'error') {
        stop();
        rejectOutcome(new Error(`audit worker failed: ${event.message}`));
        return;
      }
      tallies[index] = { tried: event.tried, hashingMs: event.hashingMs };
      if (event.type === 'exhausted') finished[index] = true;
      const now = counts();
      if (event.type === 'hit') void onHit(event.candidate, now);
      options.onProgress?.(now);
      if (finished.every(Boolean)) settle({ kind: 'exhausted', ...now });
    });
    port.send({
      type: 'start',
      alg: target.alg,
      message: target.message,
      signature: target.signature,
      shard,
    });
  });
  if (shards.length === 0) settle({ kind: 'exhausted', ...counts() });
  return {
    outcome,
    cancel: () => settle({ kind: 'cancelled', ...counts() }),
  };
}

function makeShards(source: AuditSource, workers: number): CandidateShard[] {
  if (source.kind === 'list') {
    const packed = packCandidates(source.candidates);
    return planShards(source.candidates.length, workers).map(({ start, end }) => ({
      kind: 'list',
      list: slicePacked(packed, start, end),
    }));
  }
  const { alphabet, minLength, maxLength, size } = source.space;
  return planShards(size, workers).map(({ start, end }) => ({
    kind: 'brute',
    alphabet,
    minLength,
    maxLength,
    start,
    end,
  }));
}
