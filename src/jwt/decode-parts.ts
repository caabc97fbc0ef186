import { base64urlToBytes, bytesToHex, bytesToUtf8, utf8ToBytes } from '@/encoding/base64';
import { labError, type ErrorField, type LabError } from '@/core/errors';
import type { DecodedHeader, DecodedPayload } from './decoded-token';
import { scanJsonText, type ScannedJson } from './json-text';

/**
 * No real token nests deeper than a handful of levels. Past this, a header or payload is shown as
 * text and not parsed further: viewers that recurse (ours included) would blow the stack.
 */
export const MAX_JSON_DEPTH = 100;

/** Scans a part's JSON text (depth-limited); an error when it nests too deep. */
function scanPart(text: string, part: 'header' | 'payload'): { scan: ScannedJson; tooDeep?: LabError } {
  const scan = scanJsonText(text, { maxDepth: MAX_JSON_DEPTH });
  if (scan.facts.depth <= MAX_JSON_DEPTH) return { scan };
  return {
    scan,
    tooDeep: labError(
      'JSON_TOO_DEEP',
      part,
      `The ${part} nests objects or arrays more than ${MAX_JSON_DEPTH} levels deep; jwt-lab shows it as text and reads no further. No real token needs this — it is a way to crash viewers and parsers that recurse.`,
    ),
  };
}

const PART_NAMES: Record<string, string> = {
  header: 'header',
  payload: 'payload',
  signature: 'signature',
  'encrypted-key': 'encrypted key',
  iv: 'initialization vector',
  ciphertext: 'ciphertext',
  tag: 'authentication tag',
};

/** Explains why a segment is not base64url, naming the first offending character and its position. */
export function explainBadBase64url(text: string, part: string, field: ErrorField): LabError {
  const name = PART_NAMES[part] ?? part;
  const bad = /[^A-Za-z0-9_-]/.exec(text);
  if (bad) {
    const char = bad[0];
    const shown = /\s/.test(char) ? 'a whitespace character' : `"${char}"`;
    const hint =
      char === '='
        ? ' base64url in JOSE omits padding (RFC 7515 §2).'
        : char === '+' || char === '/'
          ? ' This looks like standard base64; base64url uses "-" and "_" instead (RFC 7515 §2).'
          : /\s/.test(char)
            ? ' A copy-and-paste may have broken the token.'
            : '';
    return labError(
      'SEGMENT_NOT_BASE64URL',
      field,
      `The ${name} is not base64url: ${shown} at position ${bad.index + 1} is not allowed.${hint}`,
    );
  }
  return labError(
    'SEGMENT_NOT_BASE64URL',
    field,
    `The ${name} has an impossible base64url length (${text.length} characters; a length of 4n+1 cannot be decoded) — it looks truncated.`,
  );
}

/** Decodes a base64url protected header into text and a JSON object, with a precise error otherwise. */
export function decodeHeaderSegment(segment: string): DecodedHeader {
  const bytes = base64urlToBytes(segment);
  if (bytes === null)
    return { text: null, value: null, error: explainBadBase64url(segment, 'header', 'header') };
  if (bytes.length === 0) {
    return {
      text: '',
      value: null,
      error: labError(
        'HEADER_NOT_JSON',
        'header',
        'The header is empty; it must be a JSON object with at least "alg" (RFC 7515 §4.1.1).',
      ),
    };
  }
  return parseHeaderText(bytesToUtf8(bytes), bytes);
}

function parseHeaderText(text: string | null, bytes: Uint8Array): DecodedHeader {
  if (text === null) {
    return {
      text: bytesToHex(bytes),
      value: null,
      error: labError(
        'HEADER_NOT_JSON',
        'header',
        'The header decodes to binary data, not UTF-8 JSON text (RFC 7515 §4).',
      ),
    };
  }
  const { scan, tooDeep } = scanPart(text, 'header');
  if (tooDeep) return { text, value: null, error: tooDeep };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      text,
      value: null,
      error: labError('HEADER_NOT_JSON', 'header', `The header is not valid JSON: ${jsonErrorText(error)}.`),
    };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const what = Array.isArray(value) ? 'an array' : `a ${value === null ? 'null' : typeof value}`;
    return {
      text,
      value: null,
      error: labError(
        'HEADER_NOT_OBJECT',
        'header',
        `The header is valid JSON but ${what}; a JOSE header must be a JSON object (RFC 7515 §4).`,
      ),
    };
  }
  return { text, value: value as Record<string, unknown>, facts: scan.facts, pretty: scan.pretty };
}

/** Decodes a JWS payload: base64url unless `b64: false`, then JSON, text or binary. */
export function decodePayloadSegment(segment: string, base64urlEncoded: boolean): DecodedPayload {
  const bytes = base64urlEncoded ? base64urlToBytes(segment) : utf8ToBytes(segment);
  if (bytes === null) {
    return {
      bytes: null,
      text: null,
      json: undefined,
      isJson: false,
      hex: null,
      base64urlEncoded,
      error: explainBadBase64url(segment, 'payload', 'payload'),
    };
  }
  const text = bytesToUtf8(bytes);
  if (text === null)
    return { bytes, text: null, json: undefined, isJson: false, hex: bytesToHex(bytes), base64urlEncoded };
  const notJson = { bytes, text, json: undefined, isJson: false, hex: null, base64urlEncoded } as const;
  const { scan, tooDeep } = scanPart(text, 'payload');
  if (tooDeep) return { ...notJson, error: tooDeep };
  try {
    const json: unknown = JSON.parse(text);
    return { ...notJson, json, isJson: true, facts: scan.facts, pretty: scan.pretty };
  } catch {
    return notJson;
  }
}

/** The `alg` parameter is REQUIRED (RFC 7515 §4.1.1) and must be a non-empty string. */
export function missingAlgError(header: Readonly<Record<string, unknown>>): LabError | null {
  const alg = header.alg;
  if (alg === undefined)
    return labError(
      'ALG_MISSING',
      'header',
      'The header has no "alg": it is required, and names the algorithm that protects the token (RFC 7515 §4.1.1).',
    );
  if (typeof alg !== 'string' || alg === '') {
    return labError(
      'ALG_MISSING',
      'header',
      `The header's "alg" must be a non-empty string; it is ${JSON.stringify(alg)} (RFC 7515 §4.1.1).`,
    );
  }
  return null;
}

function jsonErrorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^JSON\.parse: /, '').replace(/\.$/, '');
}

/**
 * RFC 7797 §3, §6: the payload is used unencoded only when the PROTECTED header has "b64": false and
 * lists "b64" in "crit". Verifiers (jose among them) ignore a bare b64 — so must the decoder, or it
 * would show a payload other than the one verifiers accept.
 */
export function isPayloadUnencoded(protectedHeader: Readonly<Record<string, unknown>> | null): boolean {
  if (!protectedHeader || protectedHeader.b64 !== false) return false;
  const crit = protectedHeader.crit;
  return Array.isArray(crit) && crit.includes('b64');
}
