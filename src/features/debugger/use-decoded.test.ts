import { describe, expect, it } from 'vitest';
import { decodeToken } from '@/jwt/decode';
import { extractToken } from '@/jwt/extract-token';
import type { DecodeRequest, DecodeResponse } from '@/workers/decode-protocol';
import { WORKER_THRESHOLD } from './use-decoded';

describe('the decode worker protocol', () => {
  it('carries a decoded multi-megabyte token through structured clone unchanged', () => {
    const payload = Buffer.from(JSON.stringify({ data: 'x'.repeat(WORKER_THRESHOLD * 5) })).toString(
      'base64url',
    );
    const text = `Bearer eyJhbGciOiJIUzI1NiJ9.${payload}.c2ln`;
    const request: DecodeRequest = { id: 1, text };
    const extracted = extractToken(request.text);
    const response: DecodeResponse = { id: request.id, extracted, decoded: decodeToken(extracted.token) };
    const cloned = structuredClone(response);
    expect(cloned).toEqual(response);
    expect(cloned.decoded.payload?.facts?.depth).toBe(1);
    expect(text.length).toBeGreaterThan(WORKER_THRESHOLD);
  });
});
