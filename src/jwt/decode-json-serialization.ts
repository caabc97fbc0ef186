import { labError, type LabError } from '@/core/errors';
import {
  decodeHeaderSegment,
  decodePayloadSegment,
  isPayloadUnencoded,
  missingAlgError,
} from './decode-parts';
import type { DecodedHeader, DecodedToken, JwsSignature } from './decoded-token';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Decodes the JWS/JWE JSON serializations, flattened and general (RFC 7515 §7.2, RFC 7516 §7.2). */
export function decodeJsonSerialization(input: string): DecodedToken {
  let value: unknown;
  try {
    value = JSON.parse(input);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failed([
      labError(
        'TOKEN_MALFORMED',
        'token',
        `This starts like a JSON serialization but is not valid JSON: ${reason}.`,
      ),
    ]);
  }
  if (!isObject(value))
    return failed([
      labError('TOKEN_MALFORMED', 'token', 'A JSON serialization must be a JSON object (RFC 7515 §7.2).'),
    ]);
  if ('ciphertext' in value) return decodeJweJson(value);
  if (!('payload' in value)) {
    return failed([
      labError(
        'TOKEN_MALFORMED',
        'token',
        'This JSON has no "payload" (JWS) or "ciphertext" (JWE) member, so it is not a JOSE JSON serialization.',
      ),
    ]);
  }
  return decodeJwsJson(value);
}

function decodeJwsJson(value: Json): DecodedToken {
  const errors: LabError[] = [];
  const general = Array.isArray(value.signatures);
  const entries: unknown[] = general ? (value.signatures as unknown[]) : [value];
  const signatures = entries.map((entry, index) =>
    decodeSignatureEntry(entry, general ? index + 1 : null, errors),
  );
  const firstHeader = signatures[0]?.joseHeader ?? {};
  const b64 = !isPayloadUnencoded(signatures[0]?.protectedHeader.value ?? null);
  const payloadB64 = typeof value.payload === 'string' ? value.payload : null;
  if (payloadB64 === null)
    errors.push(
      labError('TOKEN_MALFORMED', 'payload', 'The "payload" member must be a string (RFC 7515 §7.2.1).'),
    );
  const payload = payloadB64 === null ? null : decodePayloadSegment(payloadB64, b64);
  if (payload?.error) errors.push(payload.error);
  if (general && entries.length === 0)
    errors.push(labError('TOKEN_MALFORMED', 'signature', 'The "signatures" array is empty.'));
  const alg = firstHeader.alg;
  return {
    kind: 'jws',
    serialization: general ? 'json-general' : 'json-flattened',
    segments: [],
    header: signatures[0]?.protectedHeader ?? null,
    payloadB64,
    payload,
    signatures,
    alg: typeof alg === 'string' ? alg : null,
    errors,
  };
}

function decodeSignatureEntry(entry: unknown, number: number | null, errors: LabError[]): JwsSignature {
  const where = number === null ? '' : ` of signature ${number}`;
  const record = isObject(entry) ? entry : {};
  const protectedB64 = typeof record.protected === 'string' ? record.protected : '';
  const protectedHeader: DecodedHeader =
    protectedB64 === '' ? { text: null, value: null } : decodeHeaderSegment(protectedB64);
  if (protectedHeader.error)
    errors.push({
      ...protectedHeader.error,
      message: protectedHeader.error.message.replace('The header', `The protected header${where}`),
    });
  const unprotectedHeader = isObject(record.header) ? record.header : null;
  const overlap = Object.keys(unprotectedHeader ?? {}).filter(
    (name) => protectedHeader.value && name in protectedHeader.value,
  );
  if (overlap.length > 0) {
    errors.push(
      labError(
        'TOKEN_MALFORMED',
        'header',
        `Header parameter${overlap.length > 1 ? 's' : ''} ${overlap.join(', ')}${where} appear in both the protected and unprotected header; they must be disjoint (RFC 7515 §7.2.1).`,
      ),
    );
  }
  const joseHeader = { ...(unprotectedHeader ?? {}), ...(protectedHeader.value ?? {}) };
  const algError = missingAlgError(joseHeader);
  if (algError) errors.push({ ...algError, message: algError.message + where });
  const signatureB64 = typeof record.signature === 'string' ? record.signature : '';
  if (typeof record.signature !== 'string')
    errors.push(
      labError(
        'TOKEN_MALFORMED',
        'signature',
        `The "signature" member${where} must be a string (RFC 7515 §7.2.1).`,
      ),
    );
  return { protectedB64, protectedHeader, unprotectedHeader, joseHeader, signatureB64 };
}

function decodeJweJson(value: Json): DecodedToken {
  const protectedB64 = typeof value.protected === 'string' ? value.protected : '';
  const header = protectedB64 === '' ? null : decodeHeaderSegment(protectedB64);
  const shared = { ...(isObject(value.unprotected) ? value.unprotected : {}), ...(header?.value ?? {}) };
  const recipients = Array.isArray(value.recipients) ? value.recipients : [value];
  const firstRecipient =
    isObject(recipients[0]) && isObject(recipients[0].header) ? recipients[0].header : {};
  const alg = { ...firstRecipient, ...shared }.alg;
  return {
    kind: 'jwe',
    serialization: Array.isArray(value.recipients) ? 'json-general' : 'json-flattened',
    segments: [],
    header,
    payloadB64: null,
    payload: null,
    signatures: [],
    alg: typeof alg === 'string' ? alg : null,
    errors: header?.error ? [header.error] : [],
  };
}

function failed(errors: LabError[]): DecodedToken {
  return {
    kind: 'unknown',
    serialization: 'json-flattened',
    segments: [],
    header: null,
    payloadB64: null,
    payload: null,
    signatures: [],
    alg: null,
    errors,
  };
}
