import { ok, type Result } from '@/core/errors';
import {
  ISSUER,
  claimsText,
  randomSecret,
  readClaims,
  readRequired,
  runClock,
  signCompact,
  withLifetime,
  type Inputs,
} from './attack-kit';
import type { AttackContext, AttackExperiment, AttackRun } from './experiment';
import { verifyHardened } from './hardened-verifier';
import { naiveVerifySignatureOnly } from './naive-verifiers';

async function run(inputs: Inputs, context?: AttackContext): Promise<Result<AttackRun>> {
  const claims = readClaims(inputs);
  if (!claims.ok) return claims;
  const audience = readRequired(inputs, 'expectedAudience', 'the audience service B expects (its own name)');
  if (!audience.ok) return audience;
  const { nowMs, nowS } = runClock(context);

  const shared = randomSecret();
  const token = await signCompact({ alg: 'HS256', typ: 'JWT' }, withLifetime(claims.value, nowS), shared);

  return ok({
    forgedToken: token,
    steps: [
      'Services A and B verify HS256 tokens with one secret they share (32 fresh random bytes: strong, but shared).',
      'Service A issued alice the token with the claims above, for its own use (iat and exp added for the next hour where absent).',
      `The attacker (alice herself, or anyone who caught the token at A) replayed it, unaltered, to service B, whose own name is "${audience.value}".`,
      'Both of B’s verifiers received exactly these bytes.',
    ],
    naive: await naiveVerifySignatureOnly(token, shared, 'HS256'),
    hardened: await verifyHardened(token, {
      key: shared,
      algorithms: ['HS256'],
      issuer: ISSUER,
      audience: audience.value,
      nowMs,
    }),
  });
}

/** A token for service A, replayed at service B that shares A's secret. */
export const CROSS_SERVICE: AttackExperiment = {
  id: 'cross-service',
  title: 'Replayed at another service',
  situation:
    'Two services share one HMAC secret. A token that service A issued for itself is presented to service B — where alice’s rights at A may mean far more.',
  why: 'The naive B checks only the signature, and A’s signature is valid under the shared secret. The hardened B checks that "aud" names B and refuses the token; with one secret per service as well, A’s signature would not even verify at B.',
  fix: `import { jwtVerify } from 'jose';

// service B: its own secret (never A's), and its own name as the audience
const { payload } = await jwtVerify(token, serviceBSecret, {
  algorithms: ['HS256'],
  issuer: 'https://login.example.com',
  audience: 'service-b',
});`,
  reference: {
    label: 'RFC 8725 §2.7 and §2.8 (substitution, cross-JWT confusion); §3.9 (use and validate audience)',
    url: 'https://www.rfc-editor.org/rfc/rfc8725#section-3.9',
  },
  defence: { label: 'Keys: generate one secret per service and purpose', path: '/keys' },
  inputs: [
    {
      name: 'claims',
      label: 'Claims of A’s token',
      initial: claimsText({ sub: 'alice', role: 'admin', iss: ISSUER, aud: 'service-a' }),
      multiline: true,
    },
    { name: 'expectedAudience', label: 'Service B’s own name (its audience)', initial: 'service-b' },
  ],
  run,
};
