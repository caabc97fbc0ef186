import { parseSigningKey } from '@/keys/parse-signing-key';
import type { SecretEncoding } from '@/keys/key-types';
import type { SigningKey } from '@/keys/signing-key';
import { isJwsAlgorithm, type JwsAlgorithm } from '@/core/algorithms';
import { labError, type LabError } from '@/core/errors';
import { serializeJson, type JsonSerializationMode } from './serialize-json';
import { signToken, type SignedToken } from './sign';

export interface EncodeInput {
  readonly headerText: string;
  readonly payloadText: string;
  readonly mode: JsonSerializationMode;
  readonly keyText: string;
  readonly encoding: SecretEncoding;
  readonly allowShortSecret: boolean;
}

/** What the encoder shows: the token, or the errors beside the header, payload or key. */
export interface EncodeOutcome {
  readonly signed: SignedToken | null;
  readonly alg: JwsAlgorithm | null;
  readonly key: SigningKey | null;
  readonly errors: readonly LabError[];
}

/**
 * The encoder in one call: serialize header and payload as chosen, read the signing key, sign.
 * Every problem is reported beside its field, and independent problems are all reported at once.
 */
export async function encodeToken(input: EncodeInput): Promise<EncodeOutcome> {
  const header = serializeJson(input.headerText, input.mode, 'header');
  const payload = serializeJson(input.payloadText, input.mode, 'payload');
  const keyResult = input.keyText.trim() === '' ? null : await parseSigningKey(input.keyText, input.encoding);
  const errors: LabError[] = [];
  if (!header.ok) errors.push(header.error);
  if (!payload.ok) errors.push(payload.error);
  if (keyResult === null) errors.push(labError('KEY_EMPTY', 'key', 'Enter a signing key, or generate one.'));
  else if (!keyResult.ok) errors.push(keyResult.error);
  const key = keyResult?.ok ? keyResult.value : null;

  const alg = header.ok ? headerAlg(header.value) : null;
  if (header.ok && !isJwsAlgorithm(alg)) errors.push(algError(header.value));
  if (errors.length > 0 || !header.ok || !payload.ok || !key || !isJwsAlgorithm(alg)) {
    return { signed: null, alg: isJwsAlgorithm(alg) ? alg : null, key, errors };
  }
  const signed = await signToken({
    headerText: header.value,
    payloadText: payload.value,
    key,
    alg,
    allowShortSecret: input.allowShortSecret,
  });
  return signed.ok
    ? { signed: signed.value, alg, key, errors: [] }
    : { signed: null, alg, key, errors: [signed.error] };
}

function headerAlg(headerJson: string): unknown {
  try {
    return (JSON.parse(headerJson) as Record<string, unknown>).alg;
  } catch {
    return undefined;
  }
}

function algError(headerJson: string): LabError {
  const alg = headerAlg(headerJson);
  if (alg === undefined)
    return labError('ALG_MISSING', 'header', 'The header needs an "alg" (RFC 7515 §4.1.1): pick one above.');
  if (alg === 'none') {
    return labError(
      'ALG_NONE',
      'header',
      '"alg": "none" makes an unsecured token with no signature: anyone can forge it. The encoder signs; see the Attacks page for why "none" is dangerous.',
    );
  }
  return labError(
    'ALG_UNSUPPORTED',
    'header',
    `${JSON.stringify(alg)} is not a JWS algorithm the encoder can sign with.`,
  );
}
