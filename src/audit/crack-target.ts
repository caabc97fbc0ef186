import { base64urlToBytes, bytesToUtf8 } from '@/encoding/base64';
import { fail, ok, type Result } from '@/core/errors';
import { SHA2_CORES, type HmacAlgorithm } from './sha2-cores';

/** What a secret audit attacks: the signing input and the signature it must reproduce. */
export interface CrackTarget {
  readonly token: string;
  readonly alg: HmacAlgorithm;
  /** The ASCII bytes of `header.payload` (RFC 7515 §5.2's signing input). */
  readonly message: Uint8Array;
  readonly signature: Uint8Array;
}

const HMAC_ALGS: readonly string[] = ['HS256', 'HS384', 'HS512'] satisfies HmacAlgorithm[];

/** Reads a compact HS256/384/512 token into a crack target; anything else is an error on its field. */
export function parseCrackTarget(tokenText: string): Result<CrackTarget> {
  const token = tokenText.trim();
  const parts = token.split('.');
  if (parts.length !== 3) {
    return fail(
      'TOKEN_MALFORMED',
      'token',
      `A signed token has 3 dot-separated segments (RFC 7515 §7.1); this one has ${parts.length}. Encrypted tokens have no HMAC secret to audit.`,
    );
  }
  const [headerB64 = '', payloadB64 = '', signatureB64 = ''] = parts;
  const headerBytes = base64urlToBytes(headerB64);
  const signature = base64urlToBytes(signatureB64);
  if (!headerBytes) return fail('SEGMENT_NOT_BASE64URL', 'header', 'The header is not base64url.');
  if (!signature) return fail('SEGMENT_NOT_BASE64URL', 'signature', 'The signature is not base64url.');
  const alg = readAlg(bytesToUtf8(headerBytes));
  if (!alg.ok) return alg;
  if (!HMAC_ALGS.includes(alg.value)) {
    return fail(
      alg.value === 'none' ? 'ALG_NONE' : 'ALG_UNSUPPORTED',
      'header',
      `Only HS256, HS384 and HS512 tokens have a shared secret to audit; this token says "${alg.value}".`,
    );
  }
  const hmacAlg = alg.value as HmacAlgorithm;
  if (signature.length !== SHA2_CORES[hmacAlg].digestBytes) {
    return fail(
      'SIGNATURE_INVALID',
      'signature',
      `An ${hmacAlg} signature is ${SHA2_CORES[hmacAlg].digestBytes} bytes; this one is ${signature.length}, so no secret can produce it.`,
    );
  }
  const message = new TextEncoder().encode(`${headerB64}.${payloadB64}`);
  return ok({ token, alg: hmacAlg, message, signature });
}

function readAlg(headerText: string | null): Result<string> {
  let header: unknown;
  try {
    header = JSON.parse(headerText ?? '');
  } catch {
    return fail('HEADER_NOT_JSON', 'header', 'The header is not JSON, so its algorithm cannot be read.');
  }
  if (typeof header !== 'object' || header === null || Array.isArray(header)) {
    return fail('HEADER_NOT_OBJECT', 'header', 'The header must be a JSON object (RFC 7515 §4).');
  }
  const { alg } = header as { alg?: unknown };
  if (typeof alg !== 'string')
    return fail('ALG_MISSING', 'header', 'The header has no "alg" (RFC 7515 §4.1.1).');
  return ok(alg);
}
