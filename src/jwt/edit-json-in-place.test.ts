import { describe, expect, it } from 'vitest';
import { editMemberInPlace, editMembersInPlace, setClaimInPlace } from './edit-json-in-place';
import { scanTopLevelMembers } from './edit-json-scan';

const COMPACT = '{"sub":"user-1234","role":"user","iat":1000}';
const PRETTY = '{\n  "sub": "user-1234",\n  "role": "user",\n  "iat": 1000\n}';

/** Levenshtein distance, for the "one value changed" criterion of the tamper demo. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

describe('setClaimInPlace', () => {
  it.each<[string, string, string, unknown, string]>([
    ['changes a value (compact)', COMPACT, 'role', 'admin', '{"sub":"user-1234","role":"admin","iat":1000}'],
    ['changes a value (pretty)', PRETTY, 'role', 'admin', PRETTY.replace('"user"', '"admin"')],
    [
      'adds a claim last (compact)',
      COMPACT,
      'admin',
      true,
      '{"sub":"user-1234","role":"user","iat":1000,"admin":true}',
    ],
    [
      'adds a claim last (pretty)',
      PRETTY,
      'admin',
      true,
      PRETTY.replace('1000\n', '1000,\n  "admin": true\n'),
    ],
    ['removes a middle claim with its comma', COMPACT, 'role', undefined, '{"sub":"user-1234","iat":1000}'],
    [
      'removes the last claim with the comma before it',
      COMPACT,
      'iat',
      undefined,
      '{"sub":"user-1234","role":"user"}',
    ],
    ['removes the first claim (pretty)', PRETTY, 'sub', undefined, '{\n  "role": "user",\n  "iat": 1000\n}'],
    [
      'removes the last claim (pretty)',
      PRETTY,
      'iat',
      undefined,
      '{\n  "sub": "user-1234",\n  "role": "user"\n}',
    ],
    ['removes the only claim', '{"a":1}', 'a', undefined, '{}'],
    ['removes the only claim, keeping the line break', '{\n  "a": 1\n}', 'a', undefined, '{\n}'],
    ['leaves the text alone when the claim is absent', PRETTY, 'nope', undefined, PRETTY],
    ['adds to an empty object', '{}', 'a', 1, '{"a":1}'],
    ['adds to an empty multi-line object', '{\n}', 'a', 1, '{\n  "a": 1\n}'],
    ['follows an odd style', '{ "a" : 1 ,\n\t"b":2 }', 'c', 3, '{ "a" : 1 ,\n\t"b":2 ,\n\t"c":3 }'],
    ['follows comma-first style', '{ "a": 1\n, "b": 2\n}', 'c', 3, '{ "a": 1\n, "b": 2\n, "c": 3\n}'],
    [
      'indents a nested value like its member',
      '{\n  "a": 1\n}',
      'scope',
      ['x', 'y'],
      '{\n  "a": 1,\n  "scope": [\n    "x",\n    "y"\n  ]\n}',
    ],
    ['keeps a value that already means the same', '{"n": 1.0}', 'n', 1, '{"n": 1.0}'],
    [
      'keeps text the user typed around the edit',
      '{"note":"two  spaces" ,"role":"user"}',
      'role',
      'admin',
      '{"note":"two  spaces" ,"role":"admin"}',
    ],
    [
      'is not fooled by braces and quotes in strings',
      '{"a":"}\\",{","role":"user"}',
      'role',
      'admin',
      '{"a":"}\\",{","role":"admin"}',
    ],
    [
      'leaves a nested member of the same name alone',
      '{"x":{"role":"user"},"role":"user"}',
      'role',
      'admin',
      '{"x":{"role":"user"},"role":"admin"}',
    ],
    [
      'edits the duplicate that counts (the last)',
      '{"role":"user","role":"guest"}',
      'role',
      'admin',
      '{"role":"user","role":"admin"}',
    ],
    ['removes every duplicate', '{"role":"user","a":1,"role":"guest"}', 'role', undefined, '{"a":1}'],
    ['handles an escaped key', '{"r\\u006fle":"user"}', 'role', 'admin', '{"r\\u006fle":"admin"}'],
  ])('%s', (_name, text, claim, value, expected) => {
    expect(setClaimInPlace(text, claim, value)).toEqual({ ok: true, value: expected });
  });

  it.each<[string, string, unknown, number]>([
    ['changes', 'role', 'admin', 5],
    ['adds', 'admin', true, ',"admin":true'.length],
    ['removes', 'name', undefined, '"name":"Ada Lovelace",'.length],
  ])('%s a claim of the default token touching only that member', (_name, claim, value, distance) => {
    const signed =
      '{"sub":"user-1234","name":"Ada Lovelace","role":"user","iat":1796015646,"exp":1796019246}';
    const edited = setClaimInPlace(signed, claim, value);
    if (!edited.ok) throw new Error(edited.error.message);
    expect(editDistance(signed, edited.value)).toBe(distance);
    const entries = Object.entries({ ...(JSON.parse(signed) as object), [claim]: value });
    const expected = Object.fromEntries(entries.filter(([, v]) => v !== undefined));
    expect(JSON.parse(edited.value)).toEqual(expected);
  });

  it('keeps "role": "admin" on the default token within edit distance 8 (jwt-lab issue 9)', () => {
    const signed =
      '{"sub":"user-1234","name":"Ada Lovelace","role":"user","iat":1796015646,"exp":1796019246}';
    const edited = setClaimInPlace(signed, 'role', 'admin');
    expect(edited.ok && editDistance(signed, edited.value)).toBeLessThanOrEqual(8);
  });

  it.each<[string, string, 'header' | 'payload', string]>([
    ['broken JSON', '{"a":', 'payload', 'PAYLOAD_NOT_JSON'],
    ['a JSON array', '[1]', 'payload', 'PAYLOAD_NOT_JSON'],
    ['a header that is a string', '"x"', 'header', 'HEADER_NOT_OBJECT'],
  ])('returns the part’s error for %s', (_name, text, part, code) => {
    const result = editMemberInPlace(text, 'a', 1, part);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code, field: part });
  });
});

describe('editMembersInPlace', () => {
  it('applies edits in order and keeps the header as typed', () => {
    const header = '{\n  "alg": "HS256",\n  "typ": "JWT",\n  "kid": "k1"\n}';
    expect(editMembersInPlace(header, { alg: 'ES256', kid: undefined, cty: 'x' }, 'header')).toEqual({
      ok: true,
      value: '{\n  "alg": "ES256",\n  "typ": "JWT",\n  "cty": "x"\n}',
    });
  });

  it('returns the JSON error before editing anything', () => {
    const result = editMembersInPlace('{', {}, 'header');
    expect(!result.ok && result.error.code).toBe('HEADER_NOT_JSON');
  });
});

describe('scanTopLevelMembers', () => {
  it('finds each member with its key and value ranges', () => {
    const text = ' { "a" : [1,{"b":"}"}] , "c":null }';
    const layout = scanTopLevelMembers(text);
    expect(layout?.members.map((m) => [m.name, text.slice(m.valueStart, m.valueEnd)])).toEqual([
      ['a', '[1,{"b":"}"}]'],
      ['c', 'null'],
    ]);
    expect(layout && text[layout.close]).toBe('}');
  });

  it.each([['[]'], ['{"a"}'], ['{"a":1'], ['{"a":1 "b":2}'], ['{"a":"x'], ['{"\\x":1}'], ['']])(
    'gives up on %j',
    (text) => {
      expect(scanTopLevelMembers(text)).toBeNull();
    },
  );
});
