/** A JWK Set (RFC 7517 §5): every usable key becomes a candidate; the rest are skipped with a note. */
import { fail, ok, type Result } from '@/core/errors';
import type { KeyCandidate, ParsedKey } from './key-types';
import { readJwk } from './parse-jwk';

const NOTE_LIMIT = 10;

/** Reads `{ "keys": [ … ] }`, keeping set order. */
export function readJwks(keys: unknown): Result<ParsedKey> {
  if (!Array.isArray(keys))
    return fail('KEY_INVALID', 'key', 'The "keys" member of this JWKS must be an array of JWKs.');
  if (keys.length === 0)
    return fail('KEY_INVALID', 'key', 'This JWKS is empty: its "keys" array has no keys.');
  const candidates: KeyCandidate[] = [];
  const skipped: string[] = [];
  const notes = new Set<string>();
  let allUnsupported = true;
  keys.forEach((entry: unknown, index) => {
    const reading = readJwk(entry, 'jwks');
    if (reading.ok) {
      candidates.push(reading.value.candidate);
      reading.value.notes.forEach((note) => notes.add(note));
      return;
    }
    allUnsupported &&= reading.error.code === 'KEY_UNSUPPORTED';
    skipped.push(`${nameEntry(entry, index)}: ${reading.error.message}`);
  });
  if (candidates.length === 0) {
    const code = allUnsupported ? 'KEY_UNSUPPORTED' : 'KEY_INVALID';
    return fail(
      code,
      'key',
      `None of the ${keys.length} keys in this JWKS can be used. ${skipped.join(' ')}`,
    );
  }
  // A hostile set of 10,000 broken keys must not become 10,000 lines beside the key field.
  const skippedNotes = skipped.slice(0, NOTE_LIMIT).map((reason) => `Skipped ${reason}`);
  if (skipped.length > NOTE_LIMIT)
    skippedNotes.push(
      `Skipped ${(skipped.length - NOTE_LIMIT).toLocaleString('en-US')} more keys for the same kinds of reasons.`,
    );
  return ok({
    source: 'jwks',
    candidates,
    notes: [...notes, ...skippedNotes, ...duplicateKidNotes(candidates)],
  });
}

function nameEntry(entry: unknown, index: number): string {
  const kid =
    typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>)['kid'] : undefined;
  return typeof kid === 'string' ? `key ${index + 1} (kid "${kid}")` : `key ${index + 1}`;
}

/** Shared `kid`s make key selection ambiguous; RFC 7517 §4.5 asks for distinct ones within a set. */
function duplicateKidNotes(candidates: readonly KeyCandidate[]): string[] {
  const counts = new Map<string, number>();
  for (const { kid } of candidates) if (kid !== undefined) counts.set(kid, (counts.get(kid) ?? 0) + 1);
  return [...counts]
    .filter(([, count]) => count > 1)
    .map(([kid, count]) => `${count} keys share kid "${kid}"; each of them is tried.`);
}
