import { compactVerify, decodeProtectedHeader } from 'jose';
import { describe, expect, it } from 'vitest';
import { ALG_NONE, NONE_SPELLINGS, SIGNATURE_CHOICES } from './alg-none';

const NOW_MS = Date.UTC(2025, 5, 1, 12, 0, 0);
const initial = Object.fromEntries(ALG_NONE.inputs.map((field) => [field.name, field.initial]));

const VARIANTS = NONE_SPELLINGS.flatMap((alg) =>
  SIGNATURE_CHOICES.map((signature) => [alg, signature] as const),
);

describe('ALG_NONE.run', () => {
  it.each(VARIANTS)(
    '"alg": "%s" with the signature %s: the naive verifier accepts, jose refuses the alg',
    async (alg, signature) => {
      const result = await ALG_NONE.run({ ...initial, alg, signature }, { nowMs: NOW_MS });
      if (!result.ok) throw new Error(result.error.message);
      const run = result.value;
      expect(decodeProtectedHeader(run.forgedToken).alg).toBe(alg);
      expect(run.naive).toMatchObject({
        state: 'accepted',
        code: 'SIGNATURE_SKIPPED',
        claims: { role: 'admin' },
      });
      expect(run.naive.message).toContain(`"alg": "${alg}"`);
      expect(run.hardened).toMatchObject({ state: 'refused', code: 'ERR_JOSE_ALG_NOT_ALLOWED' });
      const forgedSignature = run.forgedToken.split('.')[2];
      const genuineSignature = run.genuineToken?.split('.')[2];
      expect(forgedSignature).toBe(signature === 'kept' ? genuineSignature : '');
    },
  );

  it('starts from a genuine HS256 token that the forged one only rewrites', async () => {
    const result = await ALG_NONE.run(initial, { nowMs: NOW_MS });
    if (!result.ok) throw new Error(result.error.message);
    expect(decodeProtectedHeader(result.value.genuineToken ?? '').alg).toBe('HS256');
    expect(result.value.forgedToken.endsWith('.')).toBe(true);
    // Even without its key, jose refuses the forged token on its alg alone.
    await expect(
      compactVerify(result.value.forgedToken, new Uint8Array(32), { algorithms: ['HS256'] }),
    ).rejects.toMatchObject({
      code: 'ERR_JOSE_ALG_NOT_ALLOWED',
    });
  });
});
