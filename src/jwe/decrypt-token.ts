/**
 * Decrypting a JWE with the key field, over jose: compact and JSON serializations, every recipient
 * tried with the keys that fit it, the algorithm pinned to the header's, PBES2 bounded, `zip: "DEF"`
 * inflated up to a limit. Every user-input problem is a verdict; nothing here throws on any input.
 */
import { flattenedDecrypt } from 'jose';
import { base64urlToBytes } from '@/encoding/base64';
import type { LabError } from '@/core/errors';
import type { DecryptionCandidate, ParsedDecryptionKey } from '@/keys/decryption-key';
import { keyMaterialJwk } from '@/keys/export-key';
import type { SecretEncoding } from '@/keys/key-types';
import { parseDecryptionKey } from '@/keys/parse-decryption-key';
import { aes192Refusal } from './aes192';
import { decryptWithoutCrypto, failedVerdict } from './decrypt-verdicts';
import type { Decryption } from './decryption';
import { fromJoseJweError, joseCode, tagFailure, type JweFailure } from './jwe-errors';
import { flattenFor, parseJweStructure, type JweStructure } from './jwe-structure';
import { DEFAULT_P2C_LIMIT, MAX_PLAINTEXT_BYTES } from './limits';
import { decodePlaintext, nestedTokenIn, saysNestedJwt } from './plaintext';
import { planRecipients, type RecipientPlan } from './recipient-plan';
import { selectKeys } from './select-key';
import { checkUnwrap } from './unwrap-check';

export { decryptWithoutCrypto } from './decrypt-verdicts';

/** The key field and the limits a decryption runs under. */
export interface DecryptOptions {
  readonly keyText: string;
  readonly encoding: SecretEncoding;
  /** PBES2 iteration counts above this are refused (default `DEFAULT_P2C_LIMIT`). */
  readonly p2cLimit?: number;
  /** A `zip: "DEF"` plaintext inflates this far and no further (default `MAX_PLAINTEXT_BYTES`). */
  readonly maxPlaintextBytes?: number;
}

type Attempt =
  | { readonly ok: true; readonly plaintext: Uint8Array }
  | { readonly ok: false; readonly failure: JweFailure };

/** Decrypts a JWE (compact or JSON text) with the key field; the verdict says which step failed. */
export async function decryptToken(text: string, options: DecryptOptions): Promise<Decryption> {
  const p2cLimit = options.p2cLimit ?? DEFAULT_P2C_LIMIT;
  const maxPlaintextBytes = options.maxPlaintextBytes ?? MAX_PLAINTEXT_BYTES;
  const early = decryptWithoutCrypto(text, options.keyText, p2cLimit);
  if (early) return early;
  const structure = parseJweStructure(text);
  if (!structure.ok) throw new Error('decryptWithoutCrypto let a malformed JWE through');
  const plan = planRecipients(structure.value, p2cLimit);
  const parsed = await parseDecryptionKey(options.keyText, options.encoding);
  if (!parsed.ok) return failedVerdict({ state: 'error', error: parsed.error }, plan.usable[0]);
  const keyRead = readAs(parsed.value);
  const failures: { failure: JweFailure; recipient: RecipientPlan }[] = [];
  for (const recipient of plan.usable) {
    const refusal = await aes192Refusal(recipient.alg, recipient.enc);
    if (refusal) {
      failures.push({ failure: { state: 'error', error: refusal }, recipient });
      continue;
    }
    const selection = selectKeys(recipient.alg, recipient.enc, recipient.header, parsed.value);
    if (!selection.ok) {
      failures.push({ failure: { state: 'error', error: selection.error }, recipient });
      continue;
    }
    for (const { candidate, index } of selection.value.choices) {
      const attempt = await attemptDecrypt(
        structure.value,
        recipient,
        candidate,
        p2cLimit,
        maxPlaintextBytes,
      );
      if (!attempt.ok) {
        failures.push({ failure: attempt.failure, recipient });
        continue;
      }
      const plaintext = decodePlaintext(attempt.plaintext);
      const nestedToken = nestedTokenIn(plaintext);
      const count = structure.value.recipients.length;
      return {
        state: 'verified',
        headline: 'Decrypted and authenticated',
        details: [],
        alg: recipient.alg,
        enc: recipient.enc,
        keyUsed: {
          description: candidate.description,
          ...(candidate.kid !== undefined && { kid: candidate.kid }),
          ...(parsed.value.source === 'jwks' && { index: index + 1 }),
        },
        hints: [
          ...selection.value.notes,
          ...(count > 1 ? [`Recipient ${recipient.index + 1} of ${count} decrypted with this key.`] : []),
          ...(recipient.header.zip === 'DEF'
            ? [
                `The plaintext was compressed (zip: "DEF") and inflated to ${attempt.plaintext.length.toLocaleString('en-US')} bytes.`,
              ]
            : []),
          ...(nestedToken && saysNestedJwt(recipient.header)
            ? ['The plaintext is a nested JWT (cty: "JWT"): open it to check its signature with its own key.']
            : []),
        ],
        plaintext,
        ...(nestedToken !== undefined && { nestedToken, nestedByCty: saysNestedJwt(recipient.header) }),
        ...(count > 1 && { recipient: { index: recipient.index, count } }),
        keyRead,
      };
    }
  }
  return {
    ...failedVerdict(
      pickFailure(
        failures.map(({ failure }) => failure),
        plan.skipped,
      ),
      failures[0]?.recipient ?? plan.usable[0],
    ),
    keyRead,
  };
}

async function attemptDecrypt(
  structure: JweStructure,
  recipient: RecipientPlan,
  candidate: DecryptionCandidate,
  p2cLimit: number,
  maxPlaintextBytes: number,
): Promise<Attempt> {
  // Secrets go in as bytes: jose takes a PBES2 password or a dir key that way whatever its JWK says.
  const key =
    candidate.kind === 'secret'
      ? (base64urlToBytes(candidate.jwk.k ?? '') ?? new Uint8Array())
      : keyMaterialJwk(candidate.jwk);
  try {
    const { plaintext } = await flattenedDecrypt(flattenFor(structure, recipient.index), key, {
      keyManagementAlgorithms: [recipient.alg],
      contentEncryptionAlgorithms: [recipient.enc],
      maxPBES2Count: p2cLimit,
      maxDecompressedLength: maxPlaintextBytes,
    });
    return { ok: true, plaintext };
  } catch (error) {
    if (joseCode(error) !== 'ERR_JWE_DECRYPTION_FAILED')
      return { ok: false, failure: fromJoseJweError(error, maxPlaintextBytes) };
    const unwrap = await checkUnwrap({
      alg: recipient.alg,
      enc: recipient.enc,
      header: recipient.header,
      encryptedKey: recipient.encryptedKey,
      key,
    });
    return { ok: false, failure: tagFailure(recipient.alg, recipient.enc, unwrap) };
  }
}

/**
 * The failure to report: a tag or unwrap failure says most; when the key fitted no usable recipient
 * and another was refused (RSA1_5, p2c), that refusal is the reason.
 */
function pickFailure(failures: readonly JweFailure[], skipped: readonly { error: LabError }[]): JweFailure {
  const invalid = failures.find((failure) => failure.state === 'invalid');
  if (invalid) return invalid;
  const onlyMisfits = failures.every((failure) =>
    ['KEY_ALG_MISMATCH', 'KEY_NOT_PRIVATE'].includes(failure.error.code),
  );
  const refused = skipped[0];
  if (refused && onlyMisfits) return { state: 'error', error: refused.error };
  return (
    failures[0] ?? {
      state: 'error',
      error: refused?.error ?? { code: 'UNEXPECTED', field: 'token', message: 'No recipient to decrypt.' },
    }
  );
}

function readAs(key: ParsedDecryptionKey): { description: string; notes: readonly string[] } {
  const [only] = key.candidates;
  const description =
    key.candidates.length === 1 && only ? only.description : `a set of ${key.candidates.length} keys`;
  return { description, notes: key.notes };
}

/** The verdict when decryptToken itself threw (a bug: it returns every input problem as a value). */
export function unexpectedFailure(error: unknown): Decryption {
  return {
    state: 'error',
    headline: 'Decryption failed unexpectedly',
    details: [],
    hints: [],
    error: {
      code: 'UNEXPECTED',
      field: 'token',
      message: error instanceof Error ? error.message : String(error),
    },
  };
}
