import { compactVerify, decodeProtectedHeader } from 'jose';
import { describe, expect, it } from 'vitest';
import { utf8ToBytes } from '@/encoding/base64';
import { LEAKED_SECRET } from './leaked-secret';

const NOW_MS = Date.UTC(2025, 5, 1, 12, 0, 0);
const initial = Object.fromEntries(LEAKED_SECRET.inputs.map((field) => [field.name, field.initial]));

describe('LEAKED_SECRET.run', () => {
  it('signs with the secret and kid read from the committed file', async () => {
    const result = await LEAKED_SECRET.run(initial, { nowMs: NOW_MS });
    if (!result.ok) throw new Error(result.error.message);
    const { forgedToken } = result.value;
    expect(decodeProtectedHeader(forgedToken).kid).toBe('k1');
    const secret = utf8ToBytes('q7Xw2mR9vB4kT1nZ8cL5pH3sD6fG0jYa');
    await expect(compactVerify(forgedToken, secret, { algorithms: ['HS256'] })).resolves.toBeDefined();
  });

  it.each([
    [
      'an exported, quoted secret without a kid',
      'export JWT_SECRET="s3cr3t-from-ci"\n',
      undefined,
      's3cr3t-from-ci',
    ],
    ['a YAML-style line and another kid', 'JWT_KID: k7\nJWT_SECRET: abc123\n', 'k7', 'abc123'],
  ])('reads %s', async (_name, repoFile, kid, secret) => {
    const result = await LEAKED_SECRET.run({ ...initial, repoFile }, { nowMs: NOW_MS });
    if (!result.ok) throw new Error(result.error.message);
    expect(decodeProtectedHeader(result.value.forgedToken).kid).toBe(kid);
    await expect(
      compactVerify(result.value.forgedToken, utf8ToBytes(secret), { algorithms: ['HS256'] }),
    ).resolves.toBeDefined();
    expect(result.value.naive.state).toBe('accepted');
    expect(result.value.hardened).toMatchObject({ state: 'refused', code: 'ERR_JWKS_NO_MATCHING_KEY' });
  });

  it('returns ATTACK_INPUT_INVALID on repoFile when the file holds no JWT_SECRET', async () => {
    const result = await LEAKED_SECRET.run(
      { ...initial, repoFile: 'DATABASE_URL=postgres://localhost/app\n' },
      { nowMs: NOW_MS },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'ATTACK_INPUT_INVALID', field: 'repoFile' } });
  });
});
