import { editMembersInPlace } from './edit-json-in-place';
import { fail, ok, type Result } from '@/core/errors';
import { parseJsonObject, type JsonPart } from './serialize-json';

/** A claim helper's change: set a member to a value, or remove it (`undefined`). */
export type MemberEdit = Readonly<Record<string, unknown>>;

/**
 * Applies edits to the JSON object in `text` in place: the text stays as typed except for the members
 * edited (changed members keep their place, new ones go last, `undefined` removes one). Used by the
 * encoder's claim helpers and to keep the header's `alg` and `kid` in step with the algorithm and key.
 */
export function editJsonMembers(text: string, edits: MemberEdit, part: JsonPart): Result<string> {
  return editMembersInPlace(text, edits, part);
}

/** A lifetime the encoder offers for `exp`. */
export type LifetimePreset = '5m' | '1h' | '1d';

export const LIFETIME_SECONDS: Readonly<Record<LifetimePreset, number>> = {
  '5m': 300,
  '1h': 3600,
  '1d': 86_400,
};

/** `exp` = `iat` (or now, when there is no numeric `iat`) + the lifetime in seconds. */
export function expiryEdit(payloadText: string, lifetimeSeconds: number, nowMs: number): Result<MemberEdit> {
  if (!Number.isFinite(lifetimeSeconds) || lifetimeSeconds <= 0) {
    return fail('PAYLOAD_NOT_JSON', 'claims', 'A lifetime must be a positive number of seconds.');
  }
  const parsed = parseJsonObject(payloadText, 'payload');
  if (!parsed.ok) return parsed;
  const iat = parsed.value.iat;
  const from = typeof iat === 'number' && Number.isFinite(iat) ? iat : Math.floor(nowMs / 1000);
  return ok({ exp: Math.floor(from + lifetimeSeconds) });
}
