import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isHiddenCharacter } from './hidden-characters';
import { scanJsonText } from './json-text';

const hasHidden = (text: string) => [...text].some((char) => isHiddenCharacter(char.charCodeAt(0)));

describe('scanJsonText: pretty text', () => {
  it('indents exactly as JSON.stringify(value, null, 2) for any JSON without hidden characters', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const value: unknown = JSON.parse(text);
        const compact = JSON.stringify(value);
        fc.pre(!hasHidden(compact));
        expect(scanJsonText(compact).pretty).toBe(JSON.stringify(value, null, 2));
        expect(scanJsonText(JSON.stringify(value, null, 4)).pretty).toBe(JSON.stringify(value, null, 2));
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['a big integer stays as written', '{"id":9007199254740993}', '{\n  "id": 9007199254740993\n}'],
    ['a float stays as written', '{"x":1.50,"y":1e2}', '{\n  "x": 1.50,\n  "y": 1e2\n}'],
    ['escapes stay as written', '{"a":"\\u0041\\n"}', '{\n  "a": "\\u0041\\n"\n}'],
    [
      'a raw bidi override is escaped',
      '{"role":"\u202Enimda\u202C"}',
      '{\n  "role": "\\u202enimda\\u202c"\n}',
    ],
    ['a zero-width space in a name is escaped', '{"ro\u200Ble":1}', '{\n  "ro\\u200ble": 1\n}'],
    [
      'both duplicate members are kept',
      '{"role":"admin","role":"user"}',
      '{\n  "role": "admin",\n  "role": "user"\n}',
    ],
    ['empty containers', '{"a":{},"b":[ ]}', '{\n  "a": {},\n  "b": []\n}'],
  ])('%s', (_name, text, pretty) => {
    expect(scanJsonText(text).pretty).toBe(pretty);
  });

  it.each(['{"a":1', '{"a":1]}', '[1,2', '{"a": @}'])('gives no pretty text for broken JSON %s', (text) => {
    expect(scanJsonText(text).pretty).toBeNull();
  });
});

describe('scanJsonText: facts', () => {
  it.each([
    ['duplicate names', '{"role":"admin","role":"user"}', { duplicates: ['role'] }],
    ['a nested duplicate', '{"a":{"b":1,"b":2},"b":3}', { duplicates: ['a.b'] }],
    ['duplicates in array items', '{"items":[{"k":1,"k":2}]}', { duplicates: ['items[].k'] }],
    ['a duplicate alg in a header', '{"alg":"none","alg":"HS256"}', { duplicates: ['alg'] }],
    ['the same name in sibling objects is fine', '[{"a":1},{"a":2}]', { duplicates: [] }],
    ['an escaped name equal to another', '{"role":1,"\\u0072ole":2}', { duplicates: ['role'] }],
    [
      'unsafe integers',
      '{"a":9007199254740993,"b":-90071992547409930,"c":9007199254740991}',
      { unsafeIntegers: ['9007199254740993', '-90071992547409930'] },
    ],
    ['depth', '{"a":[[{"b":[]}]]}', { depth: 5 }],
  ])('finds %s', (_name, text, expected) => {
    expect(scanJsonText(text, { pretty: false }).facts).toMatchObject(expected);
  });

  it('counts hidden characters, raw and escaped, but not \\n or \\t escapes', () => {
    const { hidden } = scanJsonText('{"a":"\u202Ex\\u202e\\n\\t\u200B"}', { pretty: false }).facts;
    expect([...hidden.entries()]).toEqual([
      [0x202e, 2],
      [0x200b, 1],
    ]);
  });

  it('stops at the depth limit', () => {
    const deep = '['.repeat(1000) + ']'.repeat(1000);
    expect(scanJsonText(deep, { maxDepth: 100 })).toMatchObject({ facts: { depth: 101 }, pretty: null });
  });

  it('measures any depth without recursion', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(scanJsonText(deep, { pretty: false }).facts.depth).toBe(200_000);
  });
});

describe('scanJsonText on large input', () => {
  it('scans a 1 MB payload of many claims quickly (linear, no recursion)', () => {
    const claims = Object.fromEntries(Array.from({ length: 40_000 }, (_, i) => [`claim_${i}`, `value ${i}`]));
    const text = JSON.stringify(claims);
    const started = performance.now();
    const { pretty, facts } = scanJsonText(text);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(pretty).toBe(JSON.stringify(claims, null, 2));
    expect(facts.duplicates).toEqual([]);
  });

  it('reads a number followed by CR LF whitespace correctly', () => {
    expect(scanJsonText('{"a":1\r\n}').pretty).toBe('{\n  "a": 1\n}');
  });
});
