/**
 * The shape of every experiment on `/attacks` (issue 11). Each pitfall is a small self-contained unit
 * with declared inputs and one `run` (CyberChef's operation model): the attacker's step is performed
 * live, and the same token bytes go to a deliberately naive verifier and to a hardened one (jose,
 * algorithms pinned, claims checked, keys never taken from the token).
 */
import type { LabError } from '@/core/errors';

/** Stable ids: `/learn` and the debugger's warnings link to `/attacks#<id>`. */
export type AttackId =
  | 'alg-none'
  | 'alg-confusion'
  | 'embedded-jwk'
  | 'jku'
  | 'kid-injection'
  | 'weak-secret'
  | 'psychic-signature'
  | 'claims-unchecked'
  | 'decode-not-verify'
  | 'cross-service'
  | 'payload-is-public'
  | 'leaked-secret';

/** One editable input of an experiment; `options` makes it a choice instead of free text. */
export interface AttackInputField {
  readonly name: string;
  readonly label: string;
  readonly initial: string;
  readonly multiline?: boolean;
  readonly options?: readonly string[];
  readonly helperText?: string;
}

/** What one verifier said about the token. `code` is jose's own error code for the hardened one. */
export interface VerifierVerdict {
  readonly state: 'accepted' | 'refused';
  /** jose's `err.code` (e.g. `ERR_JWS_SIGNATURE_VERIFICATION_FAILED`) or the naive verifier's reason code. */
  readonly code?: string;
  /** One sentence: what the verifier did and concluded. */
  readonly message: string;
  /** The claims the verifier handed to the application when it accepted. */
  readonly claims?: Readonly<Record<string, unknown>>;
}

/** The outcome of one run: the token the attacker produced and both verdicts over those same bytes. */
export interface AttackRun {
  /** The forged or altered compact JWS exactly as sent to both verifiers. */
  readonly forgedToken: string;
  /** The genuine token the attacker started from (stolen, replayed or cracked), when there is one. */
  readonly genuineToken?: string;
  /** The attacker's steps as performed, in order, in plain words (shown as a numbered list). */
  readonly steps: readonly string[];
  readonly naive: VerifierVerdict;
  readonly hardened: VerifierVerdict;
}

/** What a run may use from the page: cancellation, and (for `weak-secret`) the audit engine in workers. */
export interface AttackContext {
  readonly signal?: AbortSignal;
  /**
   * The moment the run happens (ms since the epoch), read by the page when the user clicks; issued
   * tokens and claim checks use it. Without it, a run reads the clock once, at its start.
   */
  readonly nowMs?: number;
  /** Finds the HMAC secret of an HS* token from a wordlist; resolves to `null` when none matches. */
  readonly crackSecret?: (token: string, signal?: AbortSignal) => Promise<Uint8Array | null>;
}

/** A link from an experiment to the place in the app that shows the defence. */
export interface DefenceLink {
  readonly label: string;
  /** An in-app path such as `/keys#audit` or `/rotation?scenario=leak`. */
  readonly path: string;
}

/** One classic JWT pitfall as a runnable experiment. */
export interface AttackExperiment {
  readonly id: AttackId;
  readonly title: string;
  /** The situation, in two sentences. */
  readonly situation: string;
  /** Why the naive verifier accepts and the hardened one refuses. */
  readonly why: string;
  /** The fix as a short TypeScript example using jose. */
  readonly fix: string;
  /** The CVE or RFC 8725 section, as text and an optional https URL (shown as text, never fetched). */
  readonly reference: { readonly label: string; readonly url?: string };
  readonly defence: DefenceLink;
  readonly inputs: readonly AttackInputField[];
  /** Performs the attack with the given inputs (by field name); input problems come back as a `LabError`. */
  run(
    inputs: Readonly<Record<string, string>>,
    context?: AttackContext,
  ): Promise<
    { readonly ok: true; readonly value: AttackRun } | { readonly ok: false; readonly error: LabError }
  >;
}
