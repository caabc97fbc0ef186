import { compactVerify, exportPKCS8, exportSPKI, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { utf8ToBytes } from '@/encoding/base64';
import { ALG_CONFUSION } from './alg-confusion';
import { SAMPLE_RSA_PUBLIC_KEY_PEM } from './sample-public-key';

const NOW_MS = Date.UTC(2025, 5, 1, 12, 0, 0);
const initial = Object.fromEntries(ALG_CONFUSION.inputs.map((field) => [field.name, field.initial]));

async function runWithKey(key: string) {
  return ALG_CONFUSION.run({ ...initial, key }, { nowMs: NOW_MS });
}

describe('ALG_CONFUSION.run', () => {
  it('signs HS256 with the exact bytes of the public key PEM, line breaks included', async () => {
    const result = await runWithKey(SAMPLE_RSA_PUBLIC_KEY_PEM);
    if (!result.ok) throw new Error(result.error.message);
    const secret = utf8ToBytes(SAMPLE_RSA_PUBLIC_KEY_PEM);
    await expect(
      compactVerify(result.value.forgedToken, secret, { algorithms: ['HS256'] }),
    ).resolves.toBeDefined();
    expect(result.value.steps.join(' ')).toContain(`${secret.length} bytes`);
  });

  it.each([
    ['without its final line break', SAMPLE_RSA_PUBLIC_KEY_PEM.trimEnd()],
    ['with Windows line breaks', SAMPLE_RSA_PUBLIC_KEY_PEM.replaceAll('\n', '\r\n')],
  ])('works on the key text %s, because both sides use the same text', async (_name, pem) => {
    const result = await runWithKey(pem);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.naive.state).toBe('accepted');
    expect(result.value.hardened).toMatchObject({ state: 'refused', code: 'ERR_JOSE_ALG_NOT_ALLOWED' });
  });

  it('works with an EC P-256 public key too, and jose then pins ES256', async () => {
    const { publicKey } = await generateKeyPair('ES256', { extractable: true });
    const result = await runWithKey(await exportSPKI(publicKey));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.naive).toMatchObject({ state: 'accepted', code: 'SIGNATURE_VALID' });
    expect(result.value.hardened).toMatchObject({ state: 'refused', code: 'ERR_JOSE_ALG_NOT_ALLOWED' });
    expect(result.value.hardened.message).toContain('ES256 pinned');
  });

  it('returns KEY_INVALID on "key" for a private key: the attack needs only the public one', async () => {
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const result = await runWithKey(await exportPKCS8(privateKey));
    expect(result).toMatchObject({ ok: false, error: { code: 'KEY_INVALID', field: 'key' } });
  });

  it.each([
    ['an HMAC secret', 'not-a-public-key', 'KEY_INVALID'],
    ['nothing', '   ', 'KEY_EMPTY'],
    ['a broken PEM', '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----', 'KEY_INVALID'],
  ])('returns an error on "key" for %s', async (_name, key, code) => {
    const result = await runWithKey(key);
    expect(result).toMatchObject({ ok: false, error: { code, field: 'key' } });
  });
});
