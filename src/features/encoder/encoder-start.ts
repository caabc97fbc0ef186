import { isHmacAlgorithm, isJwsAlgorithm } from '@/core/algorithms';
import type { JsonSerializationMode } from '@/jwt/serialize-json';
import { generateSecret, recommendedSecretBytes, type HmacAlgorithm } from '@/keys/generate-secret';
import type { SecretEncoding } from '@/keys/key-types';
import { peekHandoff, type ResignHandoff } from '@/lib/handoff';

const DEFAULT_HEADER = JSON.stringify({ alg: 'HS256', typ: 'JWT' }, null, 2);

function defaultPayload(nowMs: number): string {
  const iat = Math.floor(nowMs / 1000);
  return JSON.stringify(
    { sub: 'user-1234', name: 'Ada Lovelace', role: 'user', iat, exp: iat + 3600 },
    null,
    2,
  );
}

/** What the encoder opens with. */
export interface EncoderStart {
  readonly headerText: string;
  readonly payloadText: string;
  readonly mode: JsonSerializationMode;
  readonly keyText: string;
  readonly encoding: SecretEncoding;
  /** A token handed over by the debugger's "Edit and re-sign", or null. */
  readonly original: ResignHandoff | null;
}

/** A fresh secret the size of the hash of `alg` (32 bytes when `alg` is not an HMAC algorithm). */
function freshSecret(alg: string | null): { keyText: string; encoding: SecretEncoding } {
  const bytes =
    isJwsAlgorithm(alg) && isHmacAlgorithm(alg) ? recommendedSecretBytes(alg as HmacAlgorithm) : 32;
  const secret = generateSecret(bytes);
  return { keyText: secret.ok ? secret.value.base64url : '', encoding: 'base64url' };
}

/**
 * The encoder's first inputs. A token from "Edit and re-sign" opens with its JSON exactly as signed
 * (serialized as typed, so an unchanged token signs the same bytes) and the key it came with; with
 * no usable key, a fresh HMAC secret (a key pair is generated after the first render). A key from
 * the Keys page opens with the default claims; otherwise a fresh 32-byte secret from the CSPRNG.
 */
export function encoderStart(nowMs: number): EncoderStart {
  const handoff = peekHandoff();
  const original = handoff?.original ?? null;
  if (handoff && original) {
    const texts = {
      headerText: original.headerText,
      payloadText: original.payloadText,
      mode: 'as-typed' as const,
    };
    if (original.keyKind === 'signing')
      return { ...texts, keyText: handoff.keyText, encoding: handoff.encoding, original };
    if (original.keyKind === 'public') return { ...texts, keyText: '', encoding: 'utf8', original };
    const hmac = isJwsAlgorithm(original.alg) && isHmacAlgorithm(original.alg);
    const key =
      hmac || !isJwsAlgorithm(original.alg)
        ? freshSecret(original.alg)
        : { keyText: '', encoding: 'utf8' as const };
    return { ...texts, ...key, original };
  }
  const defaults = {
    headerText: DEFAULT_HEADER,
    payloadText: defaultPayload(nowMs),
    mode: 'compact' as const,
  };
  if (handoff && handoff.keyText !== '')
    return { ...defaults, keyText: handoff.keyText, encoding: handoff.encoding, original: null };
  return { ...defaults, ...freshSecret(null), original: null };
}
