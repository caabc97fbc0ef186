import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inspectJwksText } from './jwks-inspection';

const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const PRIVATE_EC = { ...privateKey.export({ format: 'jwk' }), kid: 'leaky', alg: 'ES256' };
const OCT = { kty: 'oct', kid: 'hs', k: 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8' };

describe('inspectJwksText (what the inspector worker sends back)', () => {
  it('carries rows, grouped problems and the cleaned set, not the parsed entries', async () => {
    const result = await inspectJwksText(JSON.stringify({ keys: [PRIVATE_EC, OCT] }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.rows.map((row) => row.kid)).toEqual(['leaky', 'hs']);
    expect(result.value.summary.keyCount).toBe(2);
    expect(result.value.summary.errorCount).toBeGreaterThan(0);
    const cleaned = JSON.parse(result.value.cleaned) as { keys: Record<string, unknown>[] };
    expect(cleaned.keys).toHaveLength(1);
    expect(cleaned.keys[0]).not.toHaveProperty('d');
    expect(Object.keys(result.value).sort()).toEqual(['cleaned', 'rows', 'summary']);
  });

  it.each([
    ['not JSON', '{"keys": [', 'KEY_INVALID'],
    ['not a set', '{"keys": 3}', 'KEY_INVALID'],
    ['empty', '   ', 'KEY_EMPTY'],
  ])('fails on text that is %s', async (_name, text, code) => {
    const result = await inspectJwksText(text);
    expect(result.ok ? null : result.error.code).toBe(code);
  });

  it('survives a structured clone, as a worker message must', async () => {
    const result = await inspectJwksText(JSON.stringify({ keys: [PRIVATE_EC] }));
    expect(structuredClone(result)).toEqual(result);
  });
});
