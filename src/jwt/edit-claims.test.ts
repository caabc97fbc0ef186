import { describe, expect, it } from 'vitest';
import { editJsonMembers, expiryEdit } from './edit-claims';

const NOW = Date.UTC(2026, 10, 28, 12, 0, 0);

describe('editJsonMembers', () => {
  it.each([
    ['sets a new member last', '{"a":1}', { b: 2 }, { a: 1, b: 2 }, ['a', 'b']],
    [
      'replaces in place, keeping order',
      '{"alg":"HS256","typ":"JWT"}',
      { alg: 'ES256' },
      { alg: 'ES256', typ: 'JWT' },
      ['alg', 'typ'],
    ],
    ['removes a member', '{"alg":"HS256","kid":"k1"}', { kid: undefined }, { alg: 'HS256' }, ['alg']],
  ])('%s', (_name, text, edits, expected, order) => {
    const result = editJsonMembers(text, edits, 'header');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(JSON.parse(result.value)).toEqual(expected);
    expect(Object.keys(JSON.parse(result.value) as object)).toEqual(order);
  });

  it('keeps the text as typed apart from the edited members (no re-serialising)', () => {
    const typed = '{"sub": "x",  "role":"user",\n"iat": 1}';
    expect(editJsonMembers(typed, { iat: 2, role: undefined, jti: 'j' }, 'payload')).toEqual({
      ok: true,
      value: '{"sub": "x",  "iat": 2,  "jti": "j"}',
    });
  });

  it('returns the JSON error of the part it was given', () => {
    const result = editJsonMembers('{"a":', { b: 1 }, 'payload');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'PAYLOAD_NOT_JSON', field: 'payload' });
  });
});

describe('expiryEdit', () => {
  it.each([
    ['counts from iat', '{"iat":1000}', 300, { exp: 1300 }],
    ['counts from now without iat', '{}', 3600, { exp: NOW / 1000 + 3600 }],
    ['ignores a non-numeric iat', '{"iat":"soon"}', 60, { exp: NOW / 1000 + 60 }],
  ])('%s', (_name, text, lifetime, expected) => {
    expect(expiryEdit(text, lifetime, NOW)).toEqual({ ok: true, value: expected });
  });

  it.each([[0], [-5], [Number.NaN]])('refuses the lifetime %d', (lifetime) => {
    const result = expiryEdit('{}', lifetime, NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.field).toBe('claims');
  });
});
