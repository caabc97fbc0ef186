import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractToken, tokenFromFragment } from './extract-token';
import { describeRemovedRuns } from './removed-runs';

const T = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl';

describe('extractToken', () => {
  it.each([
    ['a clean token', T, T, []],
    ['a Bearer prefix', `Bearer ${T}`, T, ['Removed the "Bearer " prefix.']],
    ['a lower-case bearer and newline', `bearer ${T}\n`, T, ['Removed the "Bearer " prefix.']],
    [
      'an Authorization header line',
      `Authorization: Bearer ${T}`,
      T,
      ['Removed the "Authorization:" header name.', 'Removed the "Bearer " prefix.'],
    ],
    ['double quotes', `"${T}"`, T, ['Removed the surrounding quotes.']],
    ['a quoted token with a trailing comma', `'${T}',`, T, ['Removed the surrounding quotes.']],
    [
      'line breaks inside',
      `${T.slice(0, 20)}\n${T.slice(20, 40)}\r\n${T.slice(40)}`,
      T,
      ['Removed 3 whitespace characters (spaces or line breaks).'],
    ],
    [
      'a JSON response',
      `{"access_token": "${T}", "token_type": "Bearer"}`,
      T,
      ['Took "access_token" from the pasted JSON.'],
    ],
    [
      'an id_token in JSON',
      `{"expires_in": 3600, "id_token": "${T}"}`,
      T,
      ['Took "id_token" from the pasted JSON.'],
    ],
    [
      'a broken JSON fragment',
      `"access_token": "${T}",`,
      T,
      ['Took the value of "access_token" from the pasted text.'],
    ],
    [
      'a log line',
      `2026-11-28 INFO user=42 token ${T} accepted`,
      T,
      ['Picked the token out of the surrounding text.'],
    ],
  ])('handles %s', (_name, input, token, notes) => {
    expect(extractToken(input)).toEqual({ token, notes, removedInside: [] });
  });

  it('keeps a JWS JSON serialization as it is', () => {
    const json = '{"payload":"e30","protected":"eyJhbGciOiJIUzI1NiJ9","signature":"abc"}';
    expect(extractToken(json)).toEqual({ token: json, notes: [], removedInside: [] });
  });

  it('returns an empty token for blank input', () => {
    expect(extractToken('  \n ')).toEqual({ token: '', notes: [], removedInside: [] });
  });

  it('never throws and always says why it changed the text', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const { token, notes } = extractToken(input);
        if (token !== input.trim()) expect(notes.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('tokenFromFragment', () => {
  it.each([
    [`#token=${T}`, T],
    [`#id_token=${T}&state=x`, T],
    [`#state=x&access_token=${T}`, T],
    ['#other=1', null],
    ['', null],
  ])('reads %s', (hash, expected) => {
    expect(tokenFromFragment(hash)).toBe(expected);
  });
});

describe('extractToken keeps malformed or unencoded tokens whole', () => {
  it.each([
    ['a character outside base64url', 'eyJhbGciOiJIUzI1NiJ9.not-json!.sig'],
    ['standard base64 characters', 'eyJhbGciOiJIUzI1NiJ9.e30+/.sig'],
    [
      'a b64:false payload with spaces (RFC 7797)',
      'eyJhbGciOiJIUzI1NiIsImI2NCI6ZmFsc2UsImNyaXQiOlsiYjY0Il19.This is the payload string!.ciksOb7dJfmSImQ84jZCXhn4gaibDgyHw4LXjEwFeQc',
    ],
  ])('with %s', (_name, token) => {
    expect(extractToken(token)).toEqual({ token, notes: [], removedInside: [] });
  });
});

describe('extractToken: characters removed from inside the token', () => {
  const [h = '', p = '', sig = ''] = T.split('.');
  it.each([
    [
      'a space inside the payload',
      `${h}.${p.slice(0, 5)} ${p.slice(5)}.${sig}`,
      '1 space inside the payload (after character 5 of 15)',
    ],
    [
      'a tab at the start of the signature',
      `${h}.${p}.\t${sig}`,
      '1 other whitespace character at the start of the signature',
    ],
    ['two spaces at the end of the header', `${h}  .${p}.${sig}`, '2 spaces at the end of the header'],
    [
      'runs in two segments',
      `${h.slice(0, 3)} ${h.slice(3)}.${p}.${sig.slice(0, 1)} \t${sig.slice(1)}`,
      '1 space inside the header (after character 3 of 20); 1 space and 1 other whitespace character inside the signature (after character 1 of 12)',
    ],
  ])('reports %s', (_name, input, description) => {
    const { token, removedInside } = extractToken(input);
    expect(token).toBe(T);
    expect(describeRemovedRuns(removedInside)).toBe(description);
  });

  it.each([
    ['a line wrap', `${T.slice(0, 20)}\n${T.slice(20)}`],
    ['a wrap with indentation', `${T.slice(0, 20)}\r\n    ${T.slice(20)}`],
    ['a Bearer prefix and a trailing newline', `Bearer ${T}\n`],
    ['a token in a log line', `user=42 token ${T} accepted`],
  ])('does not count %s as a change inside the token', (_name, input) => {
    expect(extractToken(input).removedInside).toEqual([]);
  });

  it('names the five JWE segments', () => {
    const jwe = 'eyJhbGciOiJkaXIifQ..aXY.Y2lwaGVy text.dGFn';
    expect(describeRemovedRuns(extractToken(jwe).removedInside)).toBe(
      '1 space inside the ciphertext (after character 8 of 12)',
    );
  });

  it('never reports a removal when the paste had no inner space or tab', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'B', '.', '-', '\n'), { maxLength: 60 }), (chars) => {
        expect(extractToken(chars.join('')).removedInside).toEqual([]);
      }),
    );
  });
});
