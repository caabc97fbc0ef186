import { locateJsonError } from '@/keys/json-error';
import { describeJsonType, isJsonObject } from '@/jwt/json-type';
import { fail, ok, type Result } from '@/core/errors';

/**
 * How the encoder turns the JSON the user typed into the bytes that get signed: `compact` and
 * `pretty` re-serialise the parsed value; `as-typed` keeps the text byte for byte, which shows that
 * the signature covers the exact bytes, whitespace and key order included (RFC 7515 §5.1).
 */
export type JsonSerializationMode = 'compact' | 'pretty' | 'as-typed';

/** The encoder's two JSON inputs. */
export type JsonPart = 'header' | 'payload';

/** Parses a JOSE header or JWT claims set, which must be a JSON object (RFC 7515 §4, RFC 7519 §4). */
export function parseJsonObject(text: string, part: JsonPart): Result<Record<string, unknown>> {
  const code = part === 'header' ? 'HEADER_NOT_JSON' : 'PAYLOAD_NOT_JSON';
  const name = part === 'header' ? 'The header' : 'The payload';
  const location = locateJsonError(text);
  if (location) {
    return fail(
      code,
      part,
      `${name} is not valid JSON: ${location.problem} (line ${location.line}, column ${location.column}).`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // locateJsonError accepts exactly what JSON.parse accepts; this is a safety net, not a path.
    return fail(code, part, `${name} is not valid JSON: ${error instanceof Error ? error.message : ''}`);
  }
  if (!isJsonObject(value)) {
    const rule =
      part === 'header'
        ? 'a JOSE header must be a JSON object (RFC 7515 §4)'
        : 'a JWT claims set must be a JSON object (RFC 7519 §4)';
    return fail(
      part === 'header' ? 'HEADER_NOT_OBJECT' : 'PAYLOAD_NOT_JSON',
      part,
      `${name} is valid JSON but ${describeJsonType(value)}; ${rule}.`,
    );
  }
  return ok({ ...value });
}

/** The exact text that gets base64url-encoded and signed for this header or payload. */
export function serializeJson(text: string, mode: JsonSerializationMode, part: JsonPart): Result<string> {
  const parsed = parseJsonObject(text, part);
  if (!parsed.ok) return parsed;
  switch (mode) {
    case 'as-typed':
      return ok(text);
    case 'pretty':
      return ok(JSON.stringify(parsed.value, null, 2));
    case 'compact':
      return ok(JSON.stringify(parsed.value));
  }
}
