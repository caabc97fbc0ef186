import { lineIndent, scanTopLevelMembers, type MemberSpan, type ObjectLayout } from './edit-json-scan';
import { ok, type Result } from '@/core/errors';
import { parseJsonObject, type JsonPart } from './serialize-json';

const splice = (text: string, from: number, to: number, insert: string): string =>
  text.slice(0, from) + insert + text.slice(to);

function layoutOf(text: string): ObjectLayout {
  const layout = scanTopLevelMembers(text);
  // The text was validated by JSON.parse first; a scanner that cannot follow it is a bug.
  if (!layout) throw new Error('edit-json-in-place: the scanner could not follow valid JSON');
  return layout;
}

function lastMemberNamed(layout: ObjectLayout, name: string): number {
  for (let index = layout.members.length - 1; index >= 0; index--)
    if (layout.members[index]?.name === name) return index;
  return -1;
}

/** The text's own indentation step ('' when its members do not start on their own lines). */
function indentUnit(text: string, layout: ObjectLayout): string {
  const first = layout.members[0];
  if (!first || !text.slice(layout.open + 1, first.keyStart).includes('\n')) return '';
  const inner = lineIndent(text, first.keyStart) ?? '';
  const outer = lineIndent(text, layout.open) ?? '';
  return inner.startsWith(outer) ? inner.slice(outer.length) : '';
}

/** A value in the text's style: compact, or indented like the member it belongs to. */
function formatValue(value: unknown, unit: string, indent: string): string {
  const json = JSON.stringify(value, null, unit);
  return unit === '' ? json : json.replaceAll('\n', `\n${indent}`);
}

function sameJson(raw: string, value: unknown): boolean {
  try {
    return JSON.stringify(JSON.parse(raw)) === JSON.stringify(value);
  } catch {
    return false;
  }
}

/** The member plus one adjacent comma (the one after it, else the one before it). */
function removalRange(layout: ObjectLayout, index: number, member: MemberSpan): [number, number] {
  const next = layout.members[index + 1];
  if (next) return [member.keyStart, next.keyStart];
  const previous = layout.members[index - 1];
  return [previous ? previous.valueEnd : layout.open + 1, member.valueEnd];
}

function removeMember(text: string, name: string): string {
  let current = text;
  // JSON.parse keeps the last of duplicate names; removing a claim means removing every copy.
  for (;;) {
    const layout = layoutOf(current);
    const index = lastMemberNamed(layout, name);
    const member = layout.members[index];
    if (!member) return current;
    const [from, to] = removalRange(layout, index, member);
    current = splice(current, from, to, '');
  }
}

function addMember(text: string, layout: ObjectLayout, name: string, value: unknown): string {
  const key = JSON.stringify(name);
  const last = layout.members.at(-1);
  if (!last) {
    const at = layout.open + 1;
    if (!text.slice(at, layout.close).includes('\n'))
      return splice(text, at, at, `${key}:${JSON.stringify(value)}`);
    const indent = `${lineIndent(text, layout.open) ?? ''}  `;
    return splice(text, at, at, `\n${indent}${key}: ${formatValue(value, '  ', indent)}`);
  }
  const previous = layout.members.at(-2);
  // Between two members the text shows its own comma style; with one member, reuse the opening gap.
  const gap = previous
    ? text.slice(previous.valueEnd, last.keyStart)
    : `,${text.slice(layout.open + 1, last.keyStart)}`;
  const colon = text.slice(last.keyEnd, last.valueStart);
  const indent = lineIndent(text, last.keyStart) ?? '';
  const member = `${gap}${key}${colon}${formatValue(value, indentUnit(text, layout), indent)}`;
  return splice(text, last.valueEnd, last.valueEnd, member);
}

/**
 * Sets (or, with `undefined`, removes) one top-level member of the JSON object in `text` without
 * re-serialising the rest: every byte outside that member stays as typed. A changed member keeps its
 * place and only its value changes; a new one goes before the closing brace in the text's own style;
 * a removed one takes one adjacent comma with it.
 */
export function editMemberInPlace(
  text: string,
  name: string,
  value: unknown,
  part: JsonPart,
): Result<string> {
  const parsed = parseJsonObject(text, part);
  if (!parsed.ok) return parsed;
  if (value === undefined || JSON.stringify(value) === undefined) return ok(removeMember(text, name));
  const layout = layoutOf(text);
  const member = layout.members[lastMemberNamed(layout, name)];
  if (!member) return ok(addMember(text, layout, name, value));
  if (sameJson(text.slice(member.valueStart, member.valueEnd), value)) return ok(text);
  const indent = lineIndent(text, member.keyStart) ?? '';
  const formatted = formatValue(value, indentUnit(text, layout), indent);
  return ok(splice(text, member.valueStart, member.valueEnd, formatted));
}

/** Sets one claim of a payload in place (`undefined` removes it); see `editMemberInPlace`. */
export function setClaimInPlace(jsonText: string, name: string, value: unknown): Result<string> {
  return editMemberInPlace(jsonText, name, value, 'payload');
}

/** Applies several member edits in place, in order (`undefined` removes a member). */
export function editMembersInPlace(
  text: string,
  edits: Readonly<Record<string, unknown>>,
  part: JsonPart,
): Result<string> {
  const parsed = parseJsonObject(text, part);
  if (!parsed.ok) return parsed;
  let current = text;
  for (const [name, value] of Object.entries(edits)) {
    const next = editMemberInPlace(current, name, value, part);
    if (!next.ok) return next;
    current = next.value;
  }
  return ok(current);
}
