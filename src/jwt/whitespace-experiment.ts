import type { SigningKey } from '@/keys/signing-key';
import type { JwsAlgorithm } from '@/core/algorithms';
import { ok, type Result } from '@/core/errors';
import { parseJsonObject } from './serialize-json';
import { signToken, type SignedToken } from './sign';
import { verifyKeyFor, verifyWithKeyText } from './verify-key-text';
import type { Verification } from './verification';

/** One of the experiment's two tokens: how its payload was written, and its verdict. */
export interface WhitespaceVariant {
  readonly label: string;
  readonly payloadText: string;
  readonly signed: SignedToken;
  readonly verification: Verification;
}

/** Two tokens over the same claims, written differently: both valid, different signatures. */
export interface WhitespaceExperiment {
  readonly variants: readonly [WhitespaceVariant, WhitespaceVariant];
  readonly explanation: string;
}

export interface WhitespaceExperimentOptions {
  readonly nowMs: number;
  readonly allowShortSecret?: boolean;
}

/**
 * Signs the same claims twice — compact, then pretty-printed with the members in reverse order — to
 * show that a JWS signs bytes, not meaning: both tokens verify, yet their signatures differ.
 */
export async function whitespaceExperiment(
  payloadText: string,
  key: SigningKey,
  alg: JwsAlgorithm,
  options: WhitespaceExperimentOptions,
): Promise<Result<WhitespaceExperiment>> {
  const parsed = parseJsonObject(payloadText, 'payload');
  if (!parsed.ok) return parsed;
  const compact = JSON.stringify(parsed.value);
  const reversed = Object.fromEntries(Object.entries(parsed.value).reverse());
  const pretty = JSON.stringify(reversed, null, 2);
  // `{}` prints the same both ways; a space inside still changes the bytes.
  const other = pretty === compact ? '{ }' : pretty;
  const headerText = JSON.stringify({ alg, typ: 'JWT' });
  const verifyKey = verifyKeyFor(key);
  const variants: WhitespaceVariant[] = [];
  for (const [label, text] of [
    ['compact', compact],
    ['pretty-printed, members reversed', other],
  ] as const) {
    const signed = await signToken({
      headerText,
      payloadText: text,
      key,
      alg,
      allowShortSecret: options.allowShortSecret ?? false,
    });
    if (!signed.ok) return signed;
    const verification = await verifyWithKeyText(signed.value.token, verifyKey, options.nowMs);
    variants.push({ label, payloadText: text, signed: signed.value, verification });
  }
  const [first, second] = variants as [WhitespaceVariant, WhitespaceVariant];
  return ok({
    variants: [first, second],
    explanation:
      'Both tokens carry the same claims and both verify, yet their payload segments and signatures differ: a JWS signs the exact bytes of the base64url-encoded JSON, whitespace and member order included (RFC 7515 §5.1). Re-serialising a token breaks its signature.',
  });
}
