import { ok, type Result } from '@/core/errors';
import { scanTopLevelMembers } from './edit-json-scan';
import { isJsonObject } from './json-type';
import { scanJsonText } from './json-text';
import { parseJsonObject, type JsonPart } from './serialize-json';

/** One top-level member of the header or payload that differs from the original token's. */
export interface ClaimChange {
  readonly part: JsonPart;
  readonly name: string;
  readonly kind: 'added' | 'removed' | 'changed';
  /** The value as written in the original (whitespace removed), or null when added. */
  readonly before: string | null;
  /** The value as written now (whitespace removed), or null when removed. */
  readonly after: string | null;
}

/** What changed since the original: the members, and whether the text differs at all. */
export interface ClaimChanges {
  /** Header members first, then the claims; each part in the order its members are written. */
  readonly changes: readonly ClaimChange[];
  /** True when the header or payload text differs from the original's by even one byte. */
  readonly textChanged: boolean;
}

/** A header and payload as JSON text. */
export interface JsonParts {
  readonly headerText: string;
  readonly payloadText: string;
}

/**
 * Lists the top-level members added, removed or changed between the original token's JSON and the
 * JSON being edited. Values are compared as written (a big integer that JavaScript would round still
 * counts as changed); whitespace and the order of nested members alone are not changes.
 */
export function listClaimChanges(original: JsonParts, current: JsonParts): Result<ClaimChanges> {
  const changes: ClaimChange[] = [];
  for (const part of ['header', 'payload'] as const) {
    const key = part === 'header' ? 'headerText' : 'payloadText';
    const parsed = parseJsonObject(current[key], part);
    if (!parsed.ok) return parsed;
    changes.push(...diffMembers(part, membersOf(original[key]), membersOf(current[key])));
  }
  const textChanged =
    original.headerText !== current.headerText || original.payloadText !== current.payloadText;
  return ok({ changes, textChanged });
}

/** The raw value text of each top-level member, in written order; a repeated name keeps its last value, as JSON.parse does. */
function membersOf(text: string): Map<string, string> {
  const members = new Map<string, string>();
  for (const span of scanTopLevelMembers(text)?.members ?? []) {
    members.delete(span.name);
    members.set(span.name, text.slice(span.valueStart, span.valueEnd));
  }
  return members;
}

function diffMembers(
  part: JsonPart,
  before: ReadonlyMap<string, string>,
  after: ReadonlyMap<string, string>,
): ClaimChange[] {
  const changes: ClaimChange[] = [];
  for (const [name, was] of before) {
    const now = after.get(name);
    if (now === undefined)
      changes.push({ part, name, kind: 'removed', before: compactJsonText(was), after: null });
    else if (!sameJsonValue(was, now))
      changes.push({
        part,
        name,
        kind: 'changed',
        before: compactJsonText(was),
        after: compactJsonText(now),
      });
  }
  for (const [name, now] of after) {
    if (!before.has(name))
      changes.push({ part, name, kind: 'added', before: null, after: compactJsonText(now) });
  }
  return changes;
}

/** Same value as written: equal once re-indented, or equal as parsed when no integer in them is past 2^53. */
function sameJsonValue(a: string, b: string): boolean {
  const scanA = scanJsonText(a);
  const scanB = scanJsonText(b);
  if (scanA.pretty !== null && scanA.pretty === scanB.pretty) return true;
  if (scanA.facts.unsafeIntegers.length > 0 || scanB.facts.unsafeIntegers.length > 0) return false;
  return canonical(a) === canonical(b);
}

/** JSON with object members sorted by name, so member order does not count; null when not JSON. */
function canonical(text: string): string | null {
  try {
    return JSON.stringify(JSON.parse(text), (_key, value: unknown) =>
      isJsonObject(value)
        ? Object.fromEntries(Object.entries(value).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
        : value,
    );
  } catch {
    return null;
  }
}

/** JSON text with the whitespace between tokens removed; strings and numbers exactly as written. */
export function compactJsonText(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] ?? '';
    if (inString) {
      out += char;
      if (char === '\\') out += text[(i += 1)] ?? '';
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
      out += char;
    } else if (!/\s/.test(char)) out += char;
  }
  return out;
}
