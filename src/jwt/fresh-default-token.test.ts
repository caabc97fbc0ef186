import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXAMPLE } from './default-example';
import { decodeToken } from './decode';
import { freshDefaultToken } from './fresh-default-token';

const NOW = Date.UTC(2026, 10, 28, 12, 0, 0);

describe('freshDefaultToken', () => {
  it('re-signs the default example with iat now and exp one hour later', async () => {
    const token = (await freshDefaultToken(NOW))!;
    const decoded = decodeToken(token);
    expect(decoded.payload?.json).toMatchObject({ iat: NOW / 1000, exp: NOW / 1000 + 3600, role: 'user' });
    expect(decoded.header?.value).toEqual(decodeToken(DEFAULT_EXAMPLE.token).header?.value);
  });

  it('produces a signature that Node’s own HMAC agrees with', async () => {
    const token = (await freshDefaultToken(NOW))!;
    const [header, payload, signature] = token.split('.');
    const expected = createHmac('sha256', Buffer.from(DEFAULT_EXAMPLE.key, 'base64url'))
      .update(`${header}.${payload}`)
      .digest('base64url');
    expect(signature).toBe(expected);
  });
});
