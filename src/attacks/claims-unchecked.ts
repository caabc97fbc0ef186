import { generateKeyPair } from 'jose';
import { ok, type Result } from '@/core/errors';
import {
  AUDIENCE,
  HOUR_S,
  ISSUER,
  USER_CLAIMS,
  claimsText,
  readChoice,
  readClaims,
  readRequired,
  runClock,
  signCompact,
  withLifetime,
  type Claims,
  type Inputs,
} from './attack-kit';
import type { AttackContext, AttackExperiment, AttackRun } from './experiment';
import { verifyHardened } from './hardened-verifier';
import { naiveVerifySignatureOnly } from './naive-verifiers';

/** What is wrong with the genuine token the attacker replays. */
export const CLAIM_FLAWS = ['expired', 'wrong audience', 'wrong issuer', 'not yet valid'] as const;
type Flaw = (typeof CLAIM_FLAWS)[number];
const OTHER_AUDIENCE = 'billing.example.com';
const OTHER_ISSUER = 'https://login.staging.example.com';

/** The claims with the flaw applied (it overrides what the claims say about that one thing). */
function applyFlaw(claims: Claims, flaw: Flaw, nowS: number): { claims: Claims; story: string } {
  switch (flaw) {
    case 'expired':
      return {
        claims: { ...claims, iat: nowS - 2 * HOUR_S, exp: nowS - HOUR_S },
        story:
          'an old token of alice’s that expired an hour ago (found in a log, a browser history, a leaked backup)',
      };
    case 'wrong audience':
      return {
        claims: withLifetime({ ...claims, aud: OTHER_AUDIENCE }, nowS),
        story: `a token the same issuer gave alice for another service, "aud": "${OTHER_AUDIENCE}"`,
      };
    case 'wrong issuer':
      return {
        claims: withLifetime({ ...claims, iss: OTHER_ISSUER }, nowS),
        story: `a token from the staging login service, "iss": "${OTHER_ISSUER}", which shares the signing key`,
      };
    case 'not yet valid':
      return {
        claims: { ...claims, iat: nowS, nbf: nowS + HOUR_S, exp: nowS + 2 * HOUR_S },
        story: 'a token issued in advance, valid from an hour from now ("nbf")',
      };
  }
}

async function run(inputs: Inputs, context?: AttackContext): Promise<Result<AttackRun>> {
  const claims = readClaims(inputs);
  if (!claims.ok) return claims;
  const flaw = readChoice(inputs, 'flaw', CLAIM_FLAWS);
  if (!flaw.ok) return flaw;
  const issuer = readRequired(inputs, 'expectedIssuer', 'the issuer the verifier expects');
  if (!issuer.ok) return issuer;
  const audience = readRequired(
    inputs,
    'expectedAudience',
    'the audience the verifier expects (its own name)',
  );
  if (!audience.ok) return audience;
  const { nowMs, nowS } = runClock(context);

  const server = await generateKeyPair('ES256', { extractable: true });
  const flawed = applyFlaw(claims.value, flaw.value, nowS);
  const token = await signCompact({ alg: 'ES256', typ: 'JWT' }, flawed.claims, server.privateKey);

  return ok({
    forgedToken: token,
    steps: [
      `The attacker holds ${flawed.story}.`,
      'It is genuine: the real key signed it (ES256, a key pair generated for this run). Nothing in it was altered.',
      `They replayed it to the service, which expects "iss": "${issuer.value}" and "aud": "${audience.value}". Both verifiers received exactly these bytes.`,
    ],
    naive: await naiveVerifySignatureOnly(token, server.publicKey, 'ES256'),
    hardened: await verifyHardened(token, {
      key: server.publicKey,
      algorithms: ['ES256'],
      issuer: issuer.value,
      audience: audience.value,
      nowMs,
    }),
  });
}

/** Expired, wrong-audience, wrong-issuer and not-yet-valid tokens, accepted on their signature alone. */
export const CLAIMS_UNCHECKED: AttackExperiment = {
  id: 'claims-unchecked',
  title: 'Claims not checked',
  situation:
    'A valid signature proves who issued a token, not that it is still valid, or meant for this service. An attacker replays a genuine token that is expired, not yet valid, or issued by or for someone else.',
  why: 'The naive verifier checks the signature and stops there, so every genuine token is good forever and everywhere. The hardened one also checks exp and nbf against the clock and iss and aud against its own configuration, and refuses with jose’s claim error.',
  fix: `import { jwtVerify } from 'jose';

const { payload } = await jwtVerify(token, publicKey, {
  algorithms: ['ES256'],
  issuer: 'https://login.example.com', // iss must match
  audience: 'api.example.com', // aud must include this service
  requiredClaims: ['exp'], // exp and nbf are checked whenever present
  clockTolerance: 30, // seconds of skew, no more
});`,
  reference: {
    label: 'RFC 7519 §4.1.1–4.1.5; RFC 8725 §3.8 and §3.9',
    url: 'https://www.rfc-editor.org/rfc/rfc8725#section-3.8',
  },
  defence: { label: 'The debugger checks exp, nbf, iss and aud', path: '/' },
  inputs: [
    {
      name: 'claims',
      label: 'Claims of the genuine token',
      initial: claimsText(USER_CLAIMS),
      multiline: true,
    },
    { name: 'flaw', label: 'What is wrong with it', initial: 'expired', options: CLAIM_FLAWS },
    { name: 'expectedIssuer', label: 'Issuer the verifier expects', initial: ISSUER },
    { name: 'expectedAudience', label: 'Audience the verifier expects', initial: AUDIENCE },
  ],
  run,
};
