import { ok, type Result } from '@/core/errors';
import {
  ADMIN_CLAIMS,
  AUDIENCE,
  ISSUER,
  claimsText,
  encodeJson,
  issueUserToken,
  readClaims,
  runClock,
  withLifetime,
  type Inputs,
} from './attack-kit';
import type { AttackContext, AttackExperiment, AttackRun } from './experiment';
import { verifyHardened } from './hardened-verifier';
import { naiveDecodeOnly } from './naive-verifiers';

async function run(inputs: Inputs, context?: AttackContext): Promise<Result<AttackRun>> {
  const claims = readClaims(inputs);
  if (!claims.ok) return claims;
  const { nowMs, nowS } = runClock(context);

  const { secret, token: genuineToken } = await issueUserToken(nowS);
  const [header = '', , signature = ''] = genuineToken.split('.');
  const forgedToken = `${header}.${encodeJson(withLifetime(claims.value, nowS))}.${signature}`;

  return ok({
    forgedToken,
    genuineToken,
    steps: [
      'The service issued alice a genuine HS256 token (role "user"), signed with a fresh 32-byte secret.',
      'The attacker base64url-decoded the payload, replaced it with the claims above (iat and exp added for the next hour where absent) and encoded it again.',
      'They kept the header and the old signature unchanged. Both verifiers received exactly these bytes.',
    ],
    naive: naiveDecodeOnly(forgedToken),
    hardened: await verifyHardened(forgedToken, {
      key: secret,
      algorithms: ['HS256'],
      issuer: ISSUER,
      audience: AUDIENCE,
      nowMs,
    }),
  });
}

/** An app that decodes the payload and trusts it without verifying. */
export const DECODE_NOT_VERIFY: AttackExperiment = {
  id: 'decode-not-verify',
  title: 'Decoded, never verified',
  situation:
    'The payload of a JWS is base64url, readable and writable by anyone. An app that decodes it (jwt.decode, decodeJwt, atob) and acts on the claims has no security at all.',
  why: 'The naive verifier never looks at the signature, so any edit passes. The hardened one recomputes the signature over the exact bytes it received: one changed byte in the payload and it no longer matches.',
  fix: `import { jwtVerify } from 'jose';

// decodeJwt() is for display only; authorize from what jwtVerify returns
const { payload } = await jwtVerify(token, secret, {
  algorithms: ['HS256'],
  issuer: 'https://login.example.com',
  audience: 'api.example.com',
});
if (payload.role === 'admin') {
  // …
}`,
  reference: {
    label: 'RFC 8725 §3.3 (validate all cryptographic operations); RFC 7519 §7.2',
    url: 'https://www.rfc-editor.org/rfc/rfc8725#section-3.3',
  },
  defence: { label: 'The debugger shows decoding and verifying apart', path: '/' },
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
