import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WELL_KNOWN_SECRETS } from '@/audit/known-secrets';

interface VectorCase {
  id: string;
  category: string;
  expect: { weakSecret?: { secret: string } };
}

const VECTORS = JSON.parse(
  readFileSync(new URL('../../data/jose-vectors.json', import.meta.url), 'utf8'),
) as VectorCase[];
const JWT_IO_SECRETS = VECTORS.filter((c) => c.category === 'weak-secret' && c.id.startsWith('jwtio-')).map(
  (c) => c.expect.weakSecret?.secret,
);

describe('WELL_KNOWN_SECRETS', () => {
  it('lists each secret once', () => {
    const secrets = WELL_KNOWN_SECRETS.map((entry) => entry.secret);
    expect(new Set(secrets).size).toBe(secrets.length);
  });

  it.each(WELL_KNOWN_SECRETS)(
    'keeps $secret exact (no empty text, no stray spaces) and names a source',
    (entry) => {
      expect(entry.secret).not.toBe('');
      expect(entry.secret.trim()).toBe(entry.secret);
      expect(entry.source.length).toBeGreaterThan(10);
    },
  );

  it('covers all seven jwt.io default secrets from the vectors, crediting jwt.io', () => {
    expect(JWT_IO_SECRETS).toHaveLength(7);
    for (const secret of JWT_IO_SECRETS) {
      expect(WELL_KNOWN_SECRETS.find((entry) => entry.secret === secret)?.source).toContain('jwt.io');
    }
  });
});
