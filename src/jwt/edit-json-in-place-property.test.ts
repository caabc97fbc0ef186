import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { setClaimInPlace } from './edit-json-in-place';

type Entry = [string, fc.JsonValue];
interface Laid {
  readonly text: string;
  readonly open: number;
  readonly close: number;
  readonly members: readonly { keyStart: number; valueStart: number; valueEnd: number }[];
}

const INDEX_LIKE = /^(0|[1-9]\d*)$/;
const key = fc.string({ maxLength: 6 }).filter((name) => name !== '__proto__');
const entries = fc.uniqueArray(fc.tuple(key, fc.jsonValue({ maxDepth: 2 })), {
  selector: ([name]) => name,
  maxLength: 6,
});
const space = fc.constantFrom('', ' ', '\n', '\n  ', '\t', '\r\n    ');
/** An edit: the index of an existing member or a fresh name, and a value or `undefined` (remove). */
const edit = fc.tuple(
  fc.oneof(fc.nat(), key),
  fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined, freq: 3 }),
);

/** Serialises `entries` with the given whitespace between every token, recording where members sit. */
function layOut(list: readonly Entry[], spaces: readonly string[], pretty: boolean): Laid {
  let slot = 0;
  const ws = () => spaces[slot++ % spaces.length] ?? '';
  let text = `${ws()}{${ws()}`;
  const open = text.indexOf('{');
  const members: { keyStart: number; valueStart: number; valueEnd: number }[] = [];
  list.forEach(([name, value], index) => {
    if (index > 0) text += `${ws()},${ws()}`;
    const keyStart = text.length;
    text += `${JSON.stringify(name)}${ws()}:${ws()}`;
    const valueStart = text.length;
    text += pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value);
    members.push({ keyStart, valueStart, valueEnd: text.length });
  });
  text += ws();
  const close = text.length;
  return { text: `${text}}${ws()}`, open, close, members };
}

/** The object the edit should give, through JSON so -0 and friends compare as JSON does. */
function expectedJson(list: readonly Entry[], name: string, value: fc.JsonValue | undefined): string {
  const map = new Map(list);
  if (value === undefined) map.delete(name);
  else map.set(name, value);
  return JSON.stringify(Object.fromEntries(map));
}

function target(list: readonly Entry[], pick: number | string): string {
  return typeof pick === 'number' ? (list[pick % Math.max(list.length, 1)]?.[0] ?? 'x') : pick;
}

/** The range [lo, hi] of the original text the edit may touch: the member and its separators. */
function editableRange(
  laid: Laid,
  list: readonly Entry[],
  name: string,
  removing: boolean,
): [number, number] {
  const index = list.findIndex(([n]) => n === name);
  const member = laid.members[index];
  if (!member) {
    const last = laid.members.at(-1);
    return removing ? [0, 0] : [last ? last.valueEnd : laid.open + 1, laid.close];
  }
  if (!removing) return [member.valueStart, member.valueEnd];
  const before = laid.members[index - 1];
  const after = laid.members[index + 1];
  return [before ? before.valueEnd : laid.open + 1, after ? after.keyStart : laid.close];
}

describe('setClaimInPlace (properties)', () => {
  it('gives the expected object and leaves every byte outside the edited member unchanged', () => {
    fc.assert(
      fc.property(
        entries,
        fc.array(space, { minLength: 1, maxLength: 40 }),
        fc.boolean(),
        edit,
        (list, spaces, pretty, [pick, value]) => {
          const laid = layOut(list, spaces, pretty);
          const name = target(list, pick);
          const result = setClaimInPlace(laid.text, name, value);
          if (!result.ok) throw new Error(result.error.message);
          const out = result.value;
          expect(JSON.stringify(JSON.parse(out))).toBe(expectedJson(list, name, value));
          const absent = !list.some(([n]) => n === name);
          if (value === undefined && absent) {
            expect(out).toBe(laid.text);
            return;
          }
          const [lo, hi] = editableRange(laid, list, name, value === undefined);
          expect(out.startsWith(laid.text.slice(0, lo))).toBe(true);
          expect(out.endsWith(laid.text.slice(hi))).toBe(true);
          expect(out.length).toBeGreaterThanOrEqual(lo + laid.text.length - hi);
        },
      ),
      { numRuns: 500 },
    );
  });

  it.each([
    ['compact', ''],
    ['pretty', '  '],
  ])('on %s JSON, gives exactly what the same serialiser makes of the edited object', (_name, unit) => {
    fc.assert(
      fc.property(entries, edit, (list, [pick, value]) => {
        const name = target(list, pick);
        fc.pre(![...list.map(([n]) => n), name].some((n) => INDEX_LIKE.test(n))); // JS moves those first
        const after = JSON.parse(expectedJson(list, name, value)) as object;
        // An empty object has no style to follow: "{}" either way.
        fc.pre(list.length > 0 && Object.keys(after).length > 0);
        const result = setClaimInPlace(JSON.stringify(Object.fromEntries(list), null, unit), name, value);
        expect(result).toEqual({ ok: true, value: JSON.stringify(after, null, unit) });
      }),
      { numRuns: 400 },
    );
  });
});
