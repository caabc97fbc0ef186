import { describe, expect, it } from 'vitest';
import { parseCrackTarget } from '@/audit/crack-target';
import { base64urlToBytes, bytesToUtf8, utf8ToBytes } from '@/encoding/base64';
import { decodeToken } from '@/jwt/decode';
import { verifyToken } from '@/jwt/verify';
import { VECTORS } from '@/test-support/vectors';
import { forgeAdminToken } from './forge-admin-token';

const NOW = Date.UTC(2030, 0, 1);
const weak = VECTORS.filter((vector) => vector.id.startsWith('weak-secret-HS256-'));

describe('forgeAdminToken', () => {
  it.each(weak.map((vector) => [vector.id, vector] as const))(
    'forges a verifying admin token for %s',
    async (_, vector) => {
      const target = parseCrackTarget(vector.token);
      if (!target.ok) throw new Error(target.error.message);
      const secret = (vector.key as { secret: string }).secret;
      const forged = await forgeAdminToken(target.value, utf8ToBytes(secret), NOW);
      expect(forged.verification.state).toBe('verified');
      expect(forged.key).toEqual({ text: secret, encoding: 'utf8' });
      const payload = JSON.parse(bytesToUtf8(base64urlToBytes(forged.token.split('.')[1]!)!)!) as Record<
        string,
        unknown
      >;
      expect(payload['role']).toBe('admin');
      if ('exp' in payload) expect(payload['exp']).toBe(NOW / 1000 + 3600);
    },
  );

  it('makes a token that a different secret does not verify', async () => {
    const target = parseCrackTarget(weak[0]!.token);
    if (!target.ok) throw new Error(target.error.message);
    const forged = await forgeAdminToken(target.value, utf8ToBytes('changeme'), NOW);
    const other = await verifyToken(decodeToken(forged.token), {
      keyText: 'changeme2',
      encoding: 'utf8',
      nowMs: NOW,
      skewSeconds: 0,
    });
    expect(other.state).toBe('invalid');
  });

  it('hands over a secret that is not UTF-8 as hex', async () => {
    const target = parseCrackTarget(weak[0]!.token);
    if (!target.ok) throw new Error(target.error.message);
    const forged = await forgeAdminToken(target.value, new Uint8Array([0xff, 0xfe, 0x00, 0x41]), NOW);
    expect(forged.key).toEqual({ text: 'fffe0041', encoding: 'hex' });
    expect(forged.verification.state).toBe('verified');
  });
});
