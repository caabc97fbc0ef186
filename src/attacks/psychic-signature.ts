import { exportJWK, generateKeyPair } from 'jose';
import { ok, type Result } from '@/core/errors';
import { bytesToBase64url } from '@/encoding/base64';
import {
  ADMIN_CLAIMS,
  AUDIENCE,
  ISSUER,
  claimsText,
  encodeJson,
  readClaims,
  runClock,
  withLifetime,
  type Inputs,
} from './attack-kit';
import type { AttackContext, AttackExperiment, AttackRun } from './experiment';
import { verifyHardened } from './hardened-verifier';
import { naiveVerifyEcdsaByHand } from './naive-verifiers';

async function run(inputs: Inputs, context?: AttackContext): Promise<Result<AttackRun>> {
  const claims = readClaims(inputs);
  if (!claims.ok) return claims;
  const { nowMs, nowS } = runClock(context);

  const server = await generateKeyPair('ES256', { extractable: true });
  const serverJwk = await exportJWK(server.publicKey);
  // r = 0 and s = 0, each as 32 big-endian bytes: the JWS form of an ECDSA P-256 signature (RFC 7518 §3.4).
  const signature = bytesToBase64url(new Uint8Array(64));
  const forgedToken = `${encodeJson({ alg: 'ES256', typ: 'JWT' })}.${encodeJson(withLifetime(claims.value, nowS))}.${signature}`;

  return ok({
    forgedToken,
    steps: [
      'The service verifies ES256 tokens with its own P-256 key pair, generated for this run; the attacker never sees the private key.',
      'The attacker wrote the claims above (iat and exp added for the next hour where absent) under an ES256 header.',
      'As the signature they sent 64 zero bytes: r = 0 and s = 0. No key was used at all.',
      'Both verifiers received exactly these bytes.',
    ],
    naive: await naiveVerifyEcdsaByHand(forgedToken, serverJwk),
    hardened: await verifyHardened(forgedToken, {
      key: server.publicKey,
      algorithms: ['ES256'],
      issuer: ISSUER,
      audience: AUDIENCE,
      nowMs,
    }),
  });
}

/** ECDSA with r = s = 0 against a verifier that skips the range check (CVE-2022-21449). */
export const PSYCHIC_SIGNATURE: AttackExperiment = {
  id: 'psychic-signature',
  title: 'Psychic signature (ECDSA r = s = 0)',
  situation:
    'ECDSA verification must first check that both halves of the signature, r and s, lie between 1 and n − 1. Java 15 to 18 forgot, and a blank signature verified for any message under any key.',
  why: 'The naive verifier does the ECDSA arithmetic by hand without that check: with s = 0 its "inverse" is 0, both scalars are 0, the sum is the point at infinity whose x reads as 0 — equal to r. The hardened one is jose over WebCrypto, which rejects r and s outside the range.',
  fix: `import { jwtVerify } from 'jose';

// jose verifies ECDSA with WebCrypto, which checks 0 < r, s < n; never hand-roll the math.
// On Java: update to 17.0.3 / 18.0.1 or later (April 2022).
const { payload } = await jwtVerify(token, publicKey, {
  algorithms: ['ES256'],
  issuer: 'https://login.example.com',
  audience: 'api.example.com',
});`,
  reference: {
    label: 'CVE-2022-21449 (Java 15–18 ECDSA); RFC 8725 §3.3',
    url: 'https://nvd.nist.gov/vuln/detail/CVE-2022-21449',
  },
  defence: { label: 'The debugger verifies signatures with WebCrypto', path: '/' },
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
