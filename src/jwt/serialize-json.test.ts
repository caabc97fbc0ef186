import { describe, expect, it } from 'vitest';
import { parseJsonObject, serializeJson, type JsonSerializationMode } from './serialize-json';

const TYPED = '{ "sub": "1234567890",\n  "name": "Jöhn 🦊",   "admin": true }';

describe('serializeJson', () => {
  it.each<[JsonSerializationMode, string]>([
    ['compact', '{"sub":"1234567890","name":"Jöhn 🦊","admin":true}'],
    ['pretty', '{\n  "sub": "1234567890",\n  "name": "Jöhn 🦊",\n  "admin": true\n}'],
    ['as-typed', TYPED],
  ])('produces the %s bytes', (mode, expected) => {
    expect(serializeJson(TYPED, mode, 'payload')).toEqual({ ok: true, value: expected });
  });

  it('keeps the text as typed even when it has a trailing newline and CRLF', () => {
    const text = '{"a":1}\r\n';
    expect(serializeJson(text, 'as-typed', 'header')).toEqual({ ok: true, value: text });
  });

  it.each([
    ['header', '{"alg": "HS256",}', 'HEADER_NOT_JSON', /line 1, column 17/],
    ['payload', '{\n  "sub": "x"\n  "admin": true\n}', 'PAYLOAD_NOT_JSON', /line 3, column 3/],
    ['payload', '', 'PAYLOAD_NOT_JSON', /ends too early/],
    ['header', '[1, 2]', 'HEADER_NOT_OBJECT', /an array; a JOSE header must be a JSON object/],
    ['payload', '"just a string"', 'PAYLOAD_NOT_JSON', /a string; a JWT claims set must be a JSON object/],
    ['payload', 'null', 'PAYLOAD_NOT_JSON', /null; a JWT claims set/],
  ] as const)('returns %s error for %j', (part, text, code, message) => {
    for (const mode of ['compact', 'pretty', 'as-typed'] as const) {
      const result = serializeJson(text, mode, part);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe(code);
      expect(result.error.field).toBe(part);
      expect(result.error.message).toMatch(message);
    }
  });
});

describe('parseJsonObject', () => {
  it('keeps a "__proto__" member as data', () => {
    const result = parseJsonObject('{"__proto__": {"admin": true}}', 'payload');
    expect(result.ok && Object.keys(result.value)).toEqual(['__proto__']);
    expect(result.ok && JSON.stringify(result.value)).toBe('{"__proto__":{"admin":true}}');
  });
});
