import { describe, expect, it } from 'vitest';
import { describeContentEncryption, describeKeyManagement, explainJweHeader } from './header-explained';
import { JWE_CONTENT_ENCRYPTIONS, JWE_KEY_ALGORITHMS } from './jwe-algorithms';

describe('explainJweHeader', () => {
  it('explains every JWE member the issue names, in header order, and nothing it does not know', () => {
    const header = {
      alg: 'ECDH-ES+A128KW',
      enc: 'A128GCM',
      zip: 'DEF',
      epk: { kty: 'EC', crv: 'P-256', x: 'x', y: 'y' },
      apu: 'QWxpY2U',
      apv: 'Qm9i',
      cty: 'JWT',
      kid: 'k1',
      'x-custom': 1,
    };
    const rows = explainJweHeader(header, 310_000);
    expect(rows.map((row) => row.name)).toEqual(['alg', 'enc', 'zip', 'epk', 'apu', 'apv', 'cty', 'kid']);
    const meaning = Object.fromEntries(rows.map((row) => [row.name, row.meaning]));
    expect(meaning.zip).toMatch(/DEFLATE.*at most 10 MB/);
    expect(meaning.apu).toContain('here "Alice"');
    expect(meaning.apv).toContain('here "Bob"');
    expect(meaning.cty).toMatch(/nested token/);
  });

  it.each([
    [8192, 'within the limit here is 310,000', false],
    [2_000_000, 'above the limit here is 310,000, so decryption will not start', true],
  ])('measures p2c = %d against the bound', (p2c, text, refused) => {
    const rows = explainJweHeader({ alg: 'PBES2-HS256+A128KW', p2s: 'AAAAAAAAAAA', p2c }, 310_000);
    const row = rows.find((candidate) => candidate.name === 'p2c');
    expect(row?.value).toBe(p2c.toLocaleString('en-US'));
    expect(row?.meaning).toContain(text);
    expect(row?.refused ?? false).toBe(refused);
    expect(rows.find((candidate) => candidate.name === 'p2s')?.meaning).toContain('(8 bytes)');
  });

  it('marks RSA1_5 as refused', () => {
    const [row] = explainJweHeader({ alg: 'RSA1_5' }, 1);
    expect(row).toMatchObject({ refused: true, meaning: expect.stringMatching(/padding-oracle/) });
  });

  it.each(JWE_KEY_ALGORITHMS)('describes %s with its RFC 7518 section', (alg) => {
    expect(describeKeyManagement(alg)).toMatch(/§4\.\d/);
  });

  it.each(JWE_CONTENT_ENCRYPTIONS)('describes %s with its RFC 7518 section', (enc) => {
    expect(describeContentEncryption(enc)).toMatch(/§5\.\d/);
  });
});
