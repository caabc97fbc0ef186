/**
 * The verification-key field's JSON readers: a JWK, a JWKS, or a JSON array that should have been a
 * JWKS. Loaded by parse-key.ts only when the pasted text starts like JSON.
 */
import { fail, ok, type Result } from '@/core/errors';
import { locateJsonError } from './json-error';
import type { ParsedKey } from './key-types';
import { readJwk } from './parse-jwk';
import { readJwks } from './parse-jwks';

/** Reads a JWK or JWKS; broken JSON gets its line and column. */
export function parseKeyJson(text: string): Result<ParsedKey> {
  const problem = locateJsonError(text);
  if (problem) {
    return fail(
      'KEY_INVALID',
      'key',
      `This looks like a JWK but is not valid JSON: ${problem.problem} at line ${problem.line}, column ${problem.column}.`,
    );
  }
  const value = JSON.parse(text) as Record<string, unknown>;
  if (Object.hasOwn(value, 'keys')) return readJwks(value['keys']);
  if (!Object.hasOwn(value, 'kty')) {
    return fail(
      'KEY_INVALID',
      'key',
      'This JSON object is neither a JWK (it has no "kty") nor a JWKS (it has no "keys" array).',
    );
  }
  const reading = readJwk(value);
  if (!reading.ok) return reading;
  return ok({ source: 'jwk', candidates: [reading.value.candidate], notes: reading.value.notes });
}

/** A well-formed JSON array pasted as a key gets a hint to wrap it as a JWKS; anything else is `null`. */
export function readJsonArrayAsKey(text: string): Result<ParsedKey> | null {
  if (locateJsonError(text) !== null) return null;
  return fail(
    'KEY_INVALID',
    'key',
    'This is a JSON array. A JWKS is an object: wrap the keys as {"keys": [ … ]}.',
  );
}
