import { utf8ToBytes } from '@/encoding/base64';
import type { SigningKey } from '@/keys/signing-key';
import { isHmacAlgorithm } from '@/core/algorithms';
import { generateAttackerKey } from './attacker-key';
import { fail, ok, type Result } from '@/core/errors';
import { signSigningInput, type SignatureView } from './sign';
import type { TamperAnalysis } from './tamper';
import { verifyKeyFor, verifyWithKeyText } from './verify-key-text';
import type { Verification } from './verification';

/** The edited token signed again, and what the real verification key says about it. */
export interface ResignedToken {
  readonly token: string;
  readonly signature: SignatureView;
  /** True when the key was shorter than the hash (allowed here: it is a demonstration). */
  readonly weakKey: boolean;
  /** Which key signed, for the UI ("the real secret", "your guess", "the attacker's own key pair"). */
  readonly keyDescription: string;
  readonly verification: Verification;
}

type ResignContext = Pick<TamperAnalysis, 'alg' | 'signingInput' | 'verifyKey'>;

/** Re-signs the edited token with the real key: it verifies again (whoever holds the key can forge). */
export function resignWithKey(
  analysis: ResignContext,
  key: SigningKey,
  nowMs: number,
): Promise<Result<ResignedToken>> {
  return resign(analysis, key, nowMs, analysis.verifyKey ?? verifyKeyFor(key));
}

/**
 * Re-signs the edited token with a key the attacker has instead of the real one: for HMAC, the
 * guessed secret (UTF-8); for key pairs, a freshly generated pair of the right type (`guess` is
 * unused: a private key cannot be guessed). Verified with the real key, it stays invalid — unless
 * the guess is the actual secret, which is exactly why weak secrets are broken.
 */
export async function resignWithGuessedKey(
  analysis: ResignContext,
  guess: string,
  nowMs: number,
): Promise<Result<ResignedToken>> {
  if (analysis.verifyKey === null)
    return fail(
      'KEY_EMPTY',
      'key',
      'Give the real verification key first, so the guess can be checked against it.',
    );
  if (isHmacAlgorithm(analysis.alg)) {
    if (guess === '') return fail('KEY_EMPTY', 'key', 'Type a secret to guess.');
    const key: SigningKey = {
      kind: 'secret',
      bytes: utf8ToBytes(guess),
      encoding: 'utf8',
      description: 'your guessed secret',
    };
    return resign(analysis, key, nowMs, analysis.verifyKey);
  }
  return resign(analysis, await generateAttackerKey(analysis.alg), nowMs, analysis.verifyKey);
}

async function resign(
  analysis: ResignContext,
  key: SigningKey,
  nowMs: number,
  verifyKey: NonNullable<TamperAnalysis['verifyKey']>,
): Promise<Result<ResignedToken>> {
  const signed = await signSigningInput(analysis.signingInput, key, analysis.alg, true);
  if (!signed.ok) return signed;
  const token = `${analysis.signingInput}.${signed.value.base64url}`;
  const verification = await verifyWithKeyText(token, verifyKey, nowMs);
  return ok({
    token,
    signature: { base64url: signed.value.base64url, hex: signed.value.hex },
    weakKey: signed.value.weakKey,
    keyDescription: key.description,
    verification,
  });
}
