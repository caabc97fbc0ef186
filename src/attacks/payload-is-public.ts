import { EncryptJWT, decodeJwt } from 'jose';
import { ok, type Result } from '@/core/errors';
import {
  AUDIENCE,
  ISSUER,
  claimsText,
  randomSecret,
  readClaims,
  runClock,
  signCompact,
  withLifetime,
  type Inputs,
} from './attack-kit';
import type { AttackContext, AttackExperiment, AttackRun } from './experiment';
import { decryptHardened } from './hardened-verifier';
import { naiveVerifySignatureOnly } from './naive-verifiers';

const REGISTERED = new Set(['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti']);

async function run(inputs: Inputs, context?: AttackContext): Promise<Result<AttackRun>> {
  const claims = readClaims(inputs);
  if (!claims.ok) return claims;
  const { nowMs, nowS } = runClock(context);

  const signingKey = randomSecret();
  const claimsSet = withLifetime(claims.value, nowS);
  const token = await signCompact({ alg: 'HS256', typ: 'JWT' }, claimsSet, signingKey);
  // What anyone who sees the token reads, with no key at all.
  const read = decodeJwt(token);
  const personal = Object.entries(read).filter(([name]) => !REGISTERED.has(name));
  const shown = (personal.length > 0 ? personal : Object.entries(read))
    .map(([name, value]) => `"${name}": ${JSON.stringify(value)}`)
    .join(', ');
  const encryptionKey = randomSecret();
  const jwe = await new EncryptJWT(claimsSet)
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
    .encrypt(encryptionKey);

  return ok({
    forgedToken: token,
    steps: [
      'The service issued alice an HS256 token carrying the claims above, signed with a fresh 32-byte secret.',
      'Tokens travel through URLs, logs, proxies and browser storage; the attacker copied this one from a log line.',
      `With no key at all, base64url-decoding the payload gave them: ${shown}.`,
      `The same claims as a JWE (dir + A256GCM, 32 random bytes) would show only ciphertext: ${jwe.split('.')[3]?.slice(0, 32) ?? ''}…`,
      'Both verifiers received the copied token, unaltered.',
    ],
    naive: await naiveVerifySignatureOnly(token, signingKey, 'HS256'),
    hardened: await decryptHardened(token, { key: encryptionKey, issuer: ISSUER, audience: AUDIENCE, nowMs }),
  });
}

/** Personal data in a JWS payload, read by anyone who sees the token. */
export const PAYLOAD_IS_PUBLIC: AttackExperiment = {
  id: 'payload-is-public',
  title: 'The payload is public',
  situation:
    'A signed token is not an encrypted one: its payload is base64url, which anyone can decode. A token carrying personal data hands it to everyone who sees the token — in URLs, logs, proxies, browser storage.',
  why: 'The naive service accepts a readable JWS full of personal data: the signature is valid, and the data has already leaked on the way. The hardened service accepts encrypted tokens only (JWE, decrypted with its own key), so jose refuses a plain JWS — and its issuer would send JWEs, or no personal data at all.',
  fix: `import { EncryptJWT, jwtDecrypt } from 'jose';

// issuer: personal data travels encrypted (or stays out of the token)
const jwe = await new EncryptJWT({ email, birthdate })
  .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
  .setIssuer('https://login.example.com')
  .setAudience('api.example.com')
  .setExpirationTime('1h')
  .encrypt(key); // 32 random bytes, shared with the service only

// service
const { payload } = await jwtDecrypt(jwe, key, {
  keyManagementAlgorithms: ['dir'],
  contentEncryptionAlgorithms: ['A256GCM'],
  issuer: 'https://login.example.com',
  audience: 'api.example.com',
});`,
  reference: {
    label: 'RFC 7519 §12 (privacy considerations)',
    url: 'https://www.rfc-editor.org/rfc/rfc7519#section-12',
  },
  defence: { label: 'Paste any token in the debugger: it reads the payload with no key', path: '/' },
  inputs: [
    {
      name: 'claims',
      label: 'Claims in the token',
      initial: claimsText({
        sub: 'alice',
        name: 'Alice Example',
        email: 'alice@example.com',
        birthdate: '1990-04-01',
        iss: ISSUER,
        aud: AUDIENCE,
      }),
      multiline: true,
    },
  ],
  run,
};
