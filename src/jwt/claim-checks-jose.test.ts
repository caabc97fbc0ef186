import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CompactSign, errors, jwtVerify } from 'jose';
import { checkClaims, type ClaimCheckResult, type ClaimExpectations } from '@/jwt/claim-checks';

/** 2026-11-28T12:00:00Z. */
const NOW_S = 1_795_867_200;
const NOW_MS = NOW_S * 1000;
const KEY = new Uint8Array(32).fill(7);
const IDP = 'https://idp.example';
const ORDERS = 'api://orders';

interface JoseVerdict {
  readonly code: string | null;
  readonly claim?: string;
  readonly reason?: string;
}

/** Signs the payload bytes as they are, so that `1e999`, arrays and strings reach jose untouched. */
async function joseVerdict(json: string, expectations: ClaimExpectations): Promise<JoseVerdict> {
  const token = await new CompactSign(new TextEncoder().encode(json))
    .setProtectedHeader({ alg: 'HS256' })
    .sign(KEY);
  const issuer = expectations.issuer.trim();
  const audience = expectations.audience.split(/[\s,]+/).filter((value) => value !== '');
  try {
    await jwtVerify(token, KEY, {
      algorithms: ['HS256'],
      clockTolerance: expectations.skewSeconds,
      currentDate: new Date(expectations.nowMs),
      ...(issuer === '' ? {} : { issuer }),
      ...(audience.length === 0 ? {} : { audience }),
    });
    return { code: null };
  } catch (error) {
    if (!(error instanceof errors.JOSEError)) throw error;
    const { claim, reason } = error as Partial<errors.JWTClaimValidationFailed>;
    return {
      code: error.code,
      ...(claim === undefined ? {} : { claim }),
      ...(reason === undefined ? {} : { reason }),
    };
  }
}

/** Our code for jose's error: ERR_JWT_EXPIRED is exp; a failed claim validation names its claim. */
function expectedCode(verdict: JoseVerdict): string | null {
  if (verdict.code === null) return null;
  if (verdict.code === 'ERR_JWT_EXPIRED' && verdict.claim === 'exp') return 'TOKEN_EXPIRED';
  if (verdict.code === 'ERR_JWT_INVALID') return 'CLAIM_INVALID';
  if (verdict.code !== 'ERR_JWT_CLAIM_VALIDATION_FAILED') return `unmapped ${verdict.code}`;
  if (verdict.reason === 'invalid') return 'CLAIM_INVALID';
  const byClaim: Record<string, string> = {
    nbf: 'TOKEN_NOT_YET_VALID',
    iss: 'ISSUER_MISMATCH',
    aud: 'AUDIENCE_MISMATCH',
  };
  return byClaim[verdict.claim ?? ''] ?? `unmapped claim ${verdict.claim}`;
}

function expectAgreement(json: string, ours: ClaimCheckResult, jose: JoseVerdict): void {
  const first = ours.failures[0];
  const context = `${json} → ours ${JSON.stringify(ours.failures)}, jose ${JSON.stringify(jose)}`;
  expect(first?.code ?? null, context).toBe(expectedCode(jose));
  if (jose.reason === 'invalid')
    expect(first?.message, context).toMatch(new RegExp(`^${jose.claim} must be`));
}

const PAYLOADS = [
  '{}',
  `{"iat":${NOW_S},"exp":${NOW_S + 3600}}`,
  `{"exp":${NOW_S}}`,
  `{"exp":${NOW_S - 60}}`,
  `{"exp":${NOW_S - 61}}`,
  `{"exp":${NOW_S - 274_325}}`,
  `{"exp":${NOW_S - 0.5}}`,
  `{"exp":${NOW_S + 0.5}}`,
  `{"nbf":${NOW_S + 60}}`,
  `{"nbf":${NOW_S + 61}}`,
  `{"nbf":${NOW_S + 0.5}}`,
  `{"nbf":${NOW_S - 10},"exp":${NOW_S + 10}}`,
  `{"exp":"${NOW_S}"}`,
  '{"nbf":null}',
  '{"iat":"yesterday"}',
  '{"exp":1e999}',
  '{"nbf":1e999}',
  '{"exp":-1e999}',
  `{"iss":"${IDP}","aud":"${ORDERS}"}`,
  `{"iss":"${IDP}/","aud":["a","${ORDERS}"]}`,
  '{"iss":"HTTPS://IDP.EXAMPLE","aud":["a","b"]}',
  '{"iss":42,"aud":5}',
  '{"iss":null,"aud":null}',
  '{"aud":[]}',
  `{"aud":[7,"${ORDERS}"]}`,
  `{"iss":"${IDP}","aud":"b","exp":${NOW_S - 100},"nbf":${NOW_S + 100},"iat":"x"}`,
  `{"iss":"x","exp":${NOW_S - 100}}`,
  '[1,2]',
  '"text"',
  'null',
  '42',
];

const EXPECTATIONS = [
  { issuer: '', audience: '' },
  { issuer: IDP, audience: '' },
  { issuer: '', audience: ORDERS },
  { issuer: ` ${IDP} `, audience: `a, ${ORDERS}` },
  { issuer: '', audience: 'b c' },
];

const CLOCKS = [
  { nowMs: NOW_MS, skewSeconds: 0 },
  { nowMs: NOW_MS, skewSeconds: 60 },
  { nowMs: NOW_MS + 999, skewSeconds: 0 },
  { nowMs: NOW_MS + 1000, skewSeconds: 0.5 },
];

describe('checkClaims agrees with jose jwtVerify', () => {
  it.each(PAYLOADS.flatMap((json) => EXPECTATIONS.map((expected) => [json, expected] as const)))(
    'on %s expecting %j',
    async (json, expected) => {
      const payload: unknown = JSON.parse(json);
      for (const clock of CLOCKS) {
        const expectations = { ...expected, ...clock };
        const ours = checkClaims(payload, expectations);
        const jose = await joseVerdict(json, expectations);
        if (typeof payload === 'object' && payload !== null && !Array.isArray(payload)) {
          expectAgreement(json, ours, jose);
        } else {
          // jose refuses any payload that is not an object; we only fail it when iss or aud is expected.
          expect(jose.code).toBe('ERR_JWT_INVALID');
          const checked = expected.issuer !== '' || expected.audience !== '';
          expect(ours.failures.map((f) => f.code)).toEqual(checked ? ['CLAIM_INVALID'] : []);
        }
      }
    },
  );

  it('on any claims set, clock and expectations (property)', async () => {
    const numericDate = fc.oneof(
      fc.integer({ min: -400, max: 400 }).map((delta) => NOW_S + delta),
      fc.double({ min: -400, max: 400, noNaN: true }).map((delta) => NOW_S + delta),
      fc.constantFrom('soon', `${NOW_S}`, null, true),
    );
    const audValue = fc.constantFrom('a', 'b', ORDERS, 7);
    const claims = fc.record(
      {
        iss: fc.constantFrom(IDP, `${IDP}/`, 'x', 42, null),
        aud: fc.oneof(audValue, fc.array(audValue, { maxLength: 3 })),
        exp: numericDate,
        nbf: numericDate,
        iat: numericDate,
      },
      { requiredKeys: [] },
    );
    const expected = fc.record({
      issuer: fc.constantFrom('', IDP, ` ${IDP}`, 'x'),
      audience: fc.constantFrom('', 'a', `b, ${ORDERS}`, 'c d'),
      nowMs: fc.integer({ min: NOW_MS - 300_000, max: NOW_MS + 300_000 }),
      skewSeconds: fc.oneof(fc.integer({ min: 0, max: 120 }), fc.double({ min: 0, max: 120, noNaN: true })),
    });
    await fc.assert(
      fc.asyncProperty(claims, expected, async (payload, expectations) => {
        const json = JSON.stringify(payload);
        expectAgreement(json, checkClaims(payload, expectations), await joseVerdict(json, expectations));
      }),
      { numRuns: 300 },
    );
  });
});
