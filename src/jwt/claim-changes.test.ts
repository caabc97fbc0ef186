import { describe, expect, it } from 'vitest';
import { compactJsonText, listClaimChanges, type ClaimChange } from './claim-changes';

const HEADER = '{"alg":"HS256","typ":"JWT"}';
const PAYLOAD = '{"sub":"user-1234","role":"user","exp":4102444800}';
const original = { headerText: HEADER, payloadText: PAYLOAD };

type Row = readonly [string, string, string, readonly Partial<ClaimChange>[]];

describe('listClaimChanges', () => {
  it.each<Row>([
    ['nothing when unchanged', HEADER, PAYLOAD, []],
    [
      'a changed claim, with its values as written',
      HEADER,
      '{"sub":"user-1234","role":"admin","exp":4102444800}',
      [{ part: 'payload', name: 'role', kind: 'changed', before: '"user"', after: '"admin"' }],
    ],
    [
      'an added and a removed claim',
      HEADER,
      '{"sub":"user-1234","role":"user","scope":"read"}',
      [
        { part: 'payload', name: 'exp', kind: 'removed', before: '4102444800', after: null },
        { part: 'payload', name: 'scope', kind: 'added', before: null, after: '"read"' },
      ],
    ],
    [
      'header changes first, then the claims',
      '{"alg":"HS384","typ":"JWT","kid":"k1"}',
      '{"sub":"user-1234","role":"user","exp":1}',
      [
        { part: 'header', name: 'alg', kind: 'changed', before: '"HS256"', after: '"HS384"' },
        { part: 'header', name: 'kid', kind: 'added' },
        { part: 'payload', name: 'exp', kind: 'changed', before: '4102444800', after: '1' },
      ],
    ],
    ['not whitespace alone', '{ "alg": "HS256",\n  "typ": "JWT" }', PAYLOAD, []],
    ['not the order of members', '{"typ":"JWT","alg":"HS256"}', PAYLOAD, []],
    [
      'a nested value, whatever the order of its members',
      HEADER,
      '{"sub":"user-1234","role":"user","exp":4102444800,"a":{"x":1,"y":2}}',
      [{ name: 'a', kind: 'added', after: '{"x":1,"y":2}' }],
    ],
    [
      'the last of two members with one name, as JSON.parse reads it',
      HEADER,
      '{"sub":"user-1234","role":"user","exp":4102444800,"role":"admin"}',
      [{ name: 'role', kind: 'changed', before: '"user"', after: '"admin"' }],
    ],
  ])('lists %s', (_name, headerText, payloadText, expected) => {
    const result = listClaimChanges(original, { headerText, payloadText });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.changes).toHaveLength(expected.length);
    expected.forEach((change, index) => expect(result.value.changes[index]).toMatchObject(change));
  });

  it.each([
    ['reordered nested members are the same value', '{"a":{"x":1,"y":2}}', '{"a":{"y":2,"x":1}}', 0],
    ['1 and 1.0 are the same number', '{"n":1}', '{"n":1.0}', 0],
    [
      'a big integer JavaScript rounds still counts',
      '{"n":12345678901234567890}',
      '{"n":12345678901234567891}',
      1,
    ],
    ['an escaped and a plain string are the same', '{"s":"\\u0041"}', '{"s":"A"}', 0],
  ])('%s', (_name, before, after, count) => {
    const result = listClaimChanges(
      { headerText: HEADER, payloadText: before },
      { headerText: HEADER, payloadText: after },
    );
    expect(result.ok && result.value.changes.length).toBe(count);
  });

  it.each([
    ['identical text', HEADER, PAYLOAD, false],
    ['whitespace only', HEADER, PAYLOAD.replace(',', ', '), true],
    ['a header byte', `${HEADER} `, PAYLOAD, true],
  ])('says whether the text changed: %s', (_name, headerText, payloadText, changed) => {
    const result = listClaimChanges(original, { headerText, payloadText });
    expect(result.ok && result.value.textChanged).toBe(changed);
  });

  it.each([
    ['header', '{"alg":', PAYLOAD, 'HEADER_NOT_JSON'],
    ['payload', HEADER, '[1,2]', 'PAYLOAD_NOT_JSON'],
  ] as const)(
    'returns the %s error when the edited JSON does not parse',
    (field, headerText, payloadText, code) => {
      const result = listClaimChanges(original, { headerText, payloadText });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatchObject({ code, field });
    },
  );
});

describe('compactJsonText', () => {
  it.each([
    ['{ "a" : [1, 2] }', '{"a":[1,2]}'],
    ['"keeps  spaces \\" inside"', '"keeps  spaces \\" inside"'],
    ['12345678901234567890', '12345678901234567890'],
  ])('compacts %s', (text, expected) => {
    expect(compactJsonText(text)).toBe(expected);
  });
});
