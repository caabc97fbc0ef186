import { base64urlToBytes } from '@/encoding/base64';
import { labError, type LabError } from '@/core/errors';
import {
  decodeHeaderSegment,
  decodePayloadSegment,
  explainBadBase64url,
  isPayloadUnencoded,
  missingAlgError,
} from './decode-parts';
import { decodeJsonSerialization } from './decode-json-serialization';
import {
  JWE_ROLES,
  JWS_ROLES,
  type DecodedHeader,
  type DecodedToken,
  type SegmentRole,
  type TokenSegment,
} from './decoded-token';

/**
 * Decodes a JWS or JWE in compact or JSON serialization. Never throws: whatever can be decoded is
 * decoded, and every problem is reported beside the part it belongs to.
 */
export function decodeToken(input: string): DecodedToken {
  if (input.trim() === '')
    return emptyToken([labError('TOKEN_EMPTY', 'token', 'Paste a token to decode it.')]);
  if (input.trimStart().startsWith('{')) return decodeJsonSerialization(input);
  return decodeCompact(input);
}

function decodeCompact(input: string): DecodedToken {
  const parts = input.split('.');
  const header = decodeHeaderSegment(parts[0] ?? '');
  const looksLikeJwe =
    parts.length === 5 || (parts.length !== 3 && header.value !== null && 'enc' in header.value);
  const roles = looksLikeJwe ? JWE_ROLES : JWS_ROLES;
  const errors: LabError[] = [];
  const countError = segmentCountError(parts.length, looksLikeJwe);
  if (countError) errors.push(countError);
  if (header.error) errors.push(header.error);

  const b64 = !isPayloadUnencoded(header.value);
  const segments: TokenSegment[] = parts.map((text, index) => {
    const role: SegmentRole | 'extra' = roles[index] ?? 'extra';
    if (role === 'header')
      return { role, text, byteLength: base64urlToBytes(text)?.length ?? null, ...withError(header.error) };
    if (role === 'payload' && !b64) return { role, text, byteLength: new TextEncoder().encode(text).length };
    const bytes = base64urlToBytes(text);
    if (bytes !== null || role === 'extra') return { role, text, byteLength: bytes?.length ?? null };
    const field = role === 'payload' ? 'payload' : role === 'signature' ? 'signature' : 'token';
    const error = explainBadBase64url(text, role, field);
    if (role !== 'payload') errors.push(error);
    return { role, text, byteLength: null, error };
  });

  if (looksLikeJwe) {
    return {
      kind: 'jwe',
      serialization: 'compact',
      segments,
      header,
      payloadB64: null,
      payload: null,
      signatures: [],
      alg: algOf(header),
      errors,
    };
  }
  const payloadB64 = parts.length >= 2 ? (parts[1] ?? '') : null;
  const payload = payloadB64 === null ? null : decodePayloadSegment(payloadB64, b64);
  if (payload?.error) errors.push(payload.error);
  const signatureB64 = parts.length >= 3 ? (parts[2] ?? '') : '';
  const alg = algOf(header);
  const algError = header.value ? missingAlgError(header.value) : null;
  if (algError) errors.push(algError);
  return {
    kind: parts.length === 3 || parts.length === 2 ? 'jws' : 'unknown',
    serialization: 'compact',
    segments,
    header,
    payloadB64,
    payload,
    signatures: [
      {
        protectedB64: parts[0] ?? '',
        protectedHeader: header,
        unprotectedHeader: null,
        joseHeader: header.value ?? {},
        signatureB64,
      },
    ],
    alg,
    errors,
  };
}

function segmentCountError(count: number, jwe: boolean): LabError | null {
  if (count === 3 || count === 5) return null;
  if (count === 1) {
    return labError(
      'TOKEN_MALFORMED',
      'token',
      'This has no dots: a JWT has three parts (header.payload.signature) separated by "." (RFC 7515 §7.1).',
    );
  }
  if (count === 2) {
    return labError(
      'TOKEN_MALFORMED',
      'token',
      'Only two parts: the signature is missing. Even an unsecured token ends with a "." and an empty signature (RFC 7519 §6.1).',
    );
  }
  if (jwe) {
    return labError(
      'TOKEN_MALFORMED',
      'token',
      `This JWE has ${count} parts; a compact JWE has exactly five (header.encrypted-key.iv.ciphertext.tag, RFC 7516 §7.1).`,
    );
  }
  return labError(
    'TOKEN_MALFORMED',
    'token',
    `This has ${count} parts; a compact JWS has three and a compact JWE five (RFC 7515 §7.1, RFC 7516 §7.1).`,
  );
}

function algOf(header: DecodedHeader): string | null {
  const alg = header.value?.alg;
  return typeof alg === 'string' ? alg : null;
}

function withError(error: LabError | undefined): { error?: LabError } {
  return error ? { error } : {};
}

function emptyToken(errors: LabError[]): DecodedToken {
  return {
    kind: 'unknown',
    serialization: 'compact',
    segments: [],
    header: null,
    payloadB64: null,
    payload: null,
    signatures: [],
    alg: null,
    errors,
  };
}
