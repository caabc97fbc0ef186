import { describe, expect, it } from 'vitest';
import { testSecret } from '@/test-support/signing-keys';
import { setClaimInPlace } from './edit-json-in-place';
import { signToken } from './sign';
import { analyzeTamper } from './tamper';

// jwt-lab issue 9: the tamper demo edits the signed JSON in place, so one claim changes one value.
const NOW = Date.UTC(2026, 10, 30);
const SECRET = testSecret('a-string-secret-at-least-256-bits-long', 'utf8');
/** The encoder's default claims, signed compact as the encoder does by default. */
const SIGNED = '{"sub":"user-1234","name":"Ada Lovelace","role":"user","iat":1796015646,"exp":1796019246}';
const decode = (segment: string) => Buffer.from(segment, 'base64url').toString('utf8');

async function tamper(claim: string, value: unknown) {
  const signed = await signToken({
    headerText: '{"alg":"HS256","typ":"JWT"}',
    payloadText: SIGNED,
    key: SECRET,
    alg: 'HS256',
    allowShortSecret: false,
  });
  if (!signed.ok) throw new Error(signed.error.message);
  const edited = setClaimInPlace(SIGNED, claim, value);
  if (!edited.ok) throw new Error(edited.error.message);
  const result = await analyzeTamper({
    originalToken: signed.value.token,
    editedPayloadText: edited.value,
    key: SECRET,
    nowMs: NOW,
  });
  if (!result.ok) throw new Error(result.error.message);
  return { original: signed.value.token.split('.'), analysis: result.value };
}

describe('the tamper demo edits in place', () => {
  it.each<[string, string, unknown, string, string]>([
    ['changes', 'role', 'admin', '"role":"user"', '"role":"admin"'],
    ['adds', 'admin', true, '"exp":1796019246}', '"exp":1796019246,"admin":true}'],
    ['removes', 'name', undefined, '"name":"Ada Lovelace",', ''],
  ])(
    '%s a claim: only that member differs; header and signature are kept; invalid',
    async (_name, claim, value, from, to) => {
      const { original, analysis } = await tamper(claim, value);
      const [header, payload, signature] = analysis.tamperedToken.split('.');
      expect(header).toBe(original[0]);
      expect(signature).toBe(original[2]);
      expect(decode(payload!)).toBe(SIGNED.replace(from, to));
      expect(analysis.originalVerification.state).toBe('verified');
      expect(analysis.verification.state).toBe('invalid');
    },
  );

  it('Set "role": "admin" on the default claims: one value marked, about half the signature bits differ', async () => {
    const { analysis } = await tamper('role', 'admin');
    const { json, segment, signature } = analysis.levels;
    expect(json.editedMarks.map((m) => json.edited.slice(m.start, m.end))).toEqual(['admin']);
    expect(json.signedMarks.map((m) => json.signed.slice(m.start, m.end))).toEqual(['user']);
    expect(segment.byteDelta).toBe(1);
    expect(signature.totalBits).toBe(256);
    expect(signature.differingBits).toBeGreaterThan(256 * 0.3);
    expect(signature.differingBits).toBeLessThan(256 * 0.7);
    expect(analysis.rule).toMatch(/recomputes the HMAC over base64url\(header\)\.base64url\(payload\)/);
  });
});
