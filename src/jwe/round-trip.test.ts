import { describe, expect, it } from 'vitest';
import { decryptToken } from './decrypt-token';
import { encryptToken } from './encrypt-token';
import { generateEncryptionKey, type FreshEncryptionKey } from './generate-encryption-key';
import {
  JWE_CONTENT_ENCRYPTIONS,
  JWE_KEY_ALGORITHM_INFO,
  JWE_KEY_ALGORITHMS,
  type JweContentEncryption,
  type JweKeyAlgorithm,
} from './jwe-algorithms';

const PLAINTEXT = '{"sub":"round-trip","note":"héllo ✓"}';
const P2C = 1000; // PBKDF2 at its RFC minimum keeps 18 PBES2 cases fast

/** Asymmetric pairs are slow to generate: one per algorithm family, reused across encs. */
const pairs = new Map<string, FreshEncryptionKey>();
async function freshKey(
  alg: JweKeyAlgorithm,
  enc: JweContentEncryption,
  reuse = true,
): Promise<FreshEncryptionKey> {
  const need = JWE_KEY_ALGORITHM_INFO[alg].need;
  const asymmetric = need === 'rsa' || need === 'ecdh';
  const cached = asymmetric && reuse ? pairs.get(need) : undefined;
  if (cached) return cached;
  const key = await generateEncryptionKey(alg, enc);
  if (!key.ok) throw new Error(key.error.message);
  if (asymmetric && reuse) pairs.set(need, key.value);
  return key.value;
}

async function encryptWith(alg: JweKeyAlgorithm, enc: JweContentEncryption, key: FreshEncryptionKey) {
  const encrypted = await encryptToken({
    plaintext: PLAINTEXT,
    alg,
    enc,
    keyText: key.keyText,
    encoding: key.encoding,
    p2c: P2C,
  });
  if (!encrypted.ok) throw new Error(encrypted.error.message);
  return encrypted.value;
}

const COMBINATIONS = JWE_KEY_ALGORITHMS.flatMap((alg) =>
  JWE_CONTENT_ENCRYPTIONS.map((enc) => [alg, enc] as const),
);

describe('encryptToken → decryptToken', () => {
  it('covers every alg × enc jose supports (18 × 6)', () => {
    expect(COMBINATIONS).toHaveLength(108);
  });

  it.each(COMBINATIONS)('%s + %s round-trips with a generated key', async (alg, enc) => {
    const key = await freshKey(alg, enc);
    const { token, header, canDecrypt } = await encryptWith(alg, enc, key);
    expect(header).toMatchObject({ alg, enc });
    expect(canDecrypt).toBe(true);
    const result = await decryptToken(token, { keyText: key.keyText, encoding: key.encoding });
    expect(result.state).toBe('verified');
    expect(result.plaintext?.text).toBe(PLAINTEXT);
    expect(result.plaintext?.json).toEqual(JSON.parse(PLAINTEXT));
  });
});

describe('decryptToken says which step failed', () => {
  const ONE_ENC: JweContentEncryption = 'A128CBC-HS256';

  it.each(JWE_KEY_ALGORITHMS)('%s with another key of the same kind', async (alg) => {
    const { token } = await encryptWith(alg, ONE_ENC, await freshKey(alg, ONE_ENC));
    const other = await freshKey(alg, ONE_ENC, false);
    const result = await decryptToken(token, { keyText: other.keyText, encoding: other.encoding });
    expect(result.state).toBe('invalid');
    const step = JWE_KEY_ALGORITHM_INFO[alg].wraps ? 'JWE_KEY_UNWRAP_FAILED' : 'JWE_DECRYPTION_FAILED';
    expect(result.error?.code).toBe(step);
    expect(result.headline).toMatch(step === 'JWE_KEY_UNWRAP_FAILED' ? /key unwrap/ : /authentication tag/);
  });

  it.each(JWE_KEY_ALGORITHMS)('%s with one bit of the tag flipped', async (alg) => {
    const key = await freshKey(alg, ONE_ENC);
    const { token } = await encryptWith(alg, ONE_ENC, key);
    const parts = token.split('.');
    const tag = parts[4] ?? '';
    parts[4] = (tag[0] === 'A' ? 'B' : 'A') + tag.slice(1);
    const result = await decryptToken(parts.join('.'), { keyText: key.keyText, encoding: key.encoding });
    expect(result.state).toBe('invalid');
    expect(result.error?.code).toBe('JWE_DECRYPTION_FAILED');
    if (JWE_KEY_ALGORITHM_INFO[alg].wraps) expect(result.error?.message).toMatch(/content key was unwrapped/);
  });
});
