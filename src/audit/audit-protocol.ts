// Messages between the audit runner (main thread) and src/workers/audit.worker.ts. Everything is
// structured-cloneable; byte arrays can be transferred.
import type { PackedCandidates } from './candidate-list';
import type { HmacAlgorithm } from './sha2-cores';

/** The candidates one worker tries: a packed word list, or a range of a brute-force space. */
export type CandidateShard =
  | { readonly kind: 'list'; readonly list: PackedCandidates }
  | {
      readonly kind: 'brute';
      readonly alphabet: Uint8Array;
      readonly minLength: number;
      readonly maxLength: number;
      readonly start: number;
      readonly end: number;
    };

/** Main thread → worker. A worker runs one shard, then waits for the next `start`. */
export type AuditCommand =
  | {
      readonly type: 'start';
      readonly alg: HmacAlgorithm;
      readonly message: Uint8Array;
      readonly signature: Uint8Array;
      readonly shard: CandidateShard;
    }
  | { readonly type: 'cancel' };

/**
 * Worker → main thread; `tried` always counts candidates of this shard tried so far, and `hashingMs` the
 * time spent hashing them (start-up and the pauses between batches left out), which is what speeds divide
 * by. `hit` carries the candidate's bytes (the main thread confirms them with WebCrypto before believing it).
 */
export type AuditEvent =
  | { readonly type: 'progress'; readonly tried: number; readonly hashingMs: number }
  | {
      readonly type: 'hit';
      readonly tried: number;
      readonly hashingMs: number;
      readonly candidate: Uint8Array;
    }
  | { readonly type: 'exhausted'; readonly tried: number; readonly hashingMs: number }
  | { readonly type: 'cancelled'; readonly tried: number; readonly hashingMs: number }
  | { readonly type: 'error'; readonly message: string; readonly code?: AuditFailureCode };

/**
 * Why a GPU port gave up before finishing (no adapter or no pipeline; the device lost mid-audit): the
 * engine then runs the audit on the CPU workers instead. Errors without a code are bugs.
 */
export type AuditFailureCode = 'gpu-unavailable' | 'gpu-lost';
