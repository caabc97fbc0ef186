import type { LabError } from '@/core/errors';
import type { JsonTextFacts } from './json-text';

/** The parts of a compact token, in order: JWS has 3, JWE has 5 (RFC 7515 §7.1, RFC 7516 §7.1). */
export type SegmentRole = 'header' | 'payload' | 'signature' | 'encrypted-key' | 'iv' | 'ciphertext' | 'tag';

export const JWS_ROLES: readonly SegmentRole[] = ['header', 'payload', 'signature'];
export const JWE_ROLES: readonly SegmentRole[] = ['header', 'encrypted-key', 'iv', 'ciphertext', 'tag'];

export interface TokenSegment {
  readonly role: SegmentRole | 'extra';
  readonly text: string;
  /** Decoded size in bytes, when the segment is valid base64url. */
  readonly byteLength: number | null;
  readonly error?: LabError;
}

/** A decoded JOSE header: the text as decoded, and the object when it is a JSON object. */
export interface DecodedHeader {
  readonly text: string | null;
  readonly value: Readonly<Record<string, unknown>> | null;
  readonly error?: LabError;
  /** What the JSON text says that the parsed value hides (duplicates, hidden characters, big integers). */
  readonly facts?: JsonTextFacts;
  /** The JSON re-indented with every number and string as written, hidden characters escaped. */
  readonly pretty?: string | null;
}

/** A decoded payload: JSON when it parses, text when it is UTF-8, hex when it is binary. */
export interface DecodedPayload {
  readonly bytes: Uint8Array | null;
  readonly text: string | null;
  /** The parsed JSON value; `undefined` when the payload is not JSON. */
  readonly json: unknown;
  readonly isJson: boolean;
  /** Lowercase hex of the bytes when they are not valid UTF-8. */
  readonly hex: string | null;
  /** False when the header says `b64: false` (RFC 7797): the payload is used as-is. */
  readonly base64urlEncoded: boolean;
  readonly error?: LabError;
  /** As for the header: the JSON text's own facts, and its exact re-indented form. */
  readonly facts?: JsonTextFacts;
  readonly pretty?: string | null;
}

/** One signature of a JWS (compact and flattened have one; general JSON may have several). */
export interface JwsSignature {
  /** The protected header exactly as transmitted (base64url), part of the signing input. */
  readonly protectedB64: string;
  readonly protectedHeader: DecodedHeader;
  readonly unprotectedHeader: Readonly<Record<string, unknown>> | null;
  /** Protected and unprotected members together (RFC 7515 §7.2.1: they must be disjoint). */
  readonly joseHeader: Readonly<Record<string, unknown>>;
  readonly signatureB64: string;
}

export type Serialization = 'compact' | 'json-flattened' | 'json-general';

/** Everything that could be decoded from a token, with each error beside its part. */
export interface DecodedToken {
  readonly kind: 'jws' | 'jwe' | 'unknown';
  readonly serialization: Serialization;
  /** The compact segments in order (empty for the JSON serializations). */
  readonly segments: readonly TokenSegment[];
  /** The protected header (of the first signature, for JWS general JSON). */
  readonly header: DecodedHeader | null;
  /** The JWS payload as transmitted (base64url, or raw text when `b64: false`). */
  readonly payloadB64: string | null;
  readonly payload: DecodedPayload | null;
  readonly signatures: readonly JwsSignature[];
  /** `alg` of the (first) signature or the JWE, when present. */
  readonly alg: string | null;
  /** Problems with the token's structure, each naming its part. */
  readonly errors: readonly LabError[];
}
