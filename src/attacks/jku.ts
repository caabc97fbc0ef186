import { createLocalJWKSet, exportJWK, generateKeyPair, type JSONWebKeySet } from 'jose';
import { fail, ok, type Result } from '@/core/errors';
import {
  ADMIN_CLAIMS,
  AUDIENCE,
  ISSUER,
  claimsText,
  inputText,
  readClaims,
  readRequired,
  runClock,
  signCompact,
  withLifetime,
  type Inputs,
} from './attack-kit';
import type { AttackContext, AttackExperiment, AttackRun } from './experiment';
import { verifyHardened } from './hardened-verifier';
import { naiveVerifyJku } from './naive-verifiers';

/** Where the simulated service publishes its own key set. */
export const OWN_JWKS_URL = `${ISSUER}/.well-known/jwks.json`;
const SERVER_KID = 'server-1';

function readJku(inputs: Inputs): Result<string> {
  const text = readRequired(inputs, 'jku', 'the URL of the attacker’s key set');
  if (!text.ok) return text;
  let url: URL;
  try {
    url = new URL(text.value);
  } catch {
    return fail('ATTACK_INPUT_INVALID', 'jku', `${JSON.stringify(text.value)} is not an absolute URL.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return fail('ATTACK_INPUT_INVALID', 'jku', 'A "jku" is an http(s) URL (RFC 7515 §4.1.2).');
  return ok(text.value);
}

async function run(inputs: Inputs, context?: AttackContext): Promise<Result<AttackRun>> {
  const claims = readClaims(inputs);
  if (!claims.ok) return claims;
  const jku = readJku(inputs);
  if (!jku.ok) return jku;
  const kid = inputText(inputs, 'kid').trim();
  const { nowMs, nowS } = runClock(context);

  const server = await generateKeyPair('ES256', { extractable: true });
  const serverJwks: JSONWebKeySet = {
    keys: [{ ...(await exportJWK(server.publicKey)), kid: SERVER_KID, alg: 'ES256', use: 'sig' }],
  };
  const attacker = await generateKeyPair('ES256', { extractable: true });
  const attackerJwks: JSONWebKeySet = {
    keys: [{ ...(await exportJWK(attacker.publicKey)), ...(kid ? { kid } : {}), alg: 'ES256', use: 'sig' }],
  };
  // The simulated web: the attacker can publish anywhere except at the service's own address.
  const web = new Map<string, JSONWebKeySet>([
    [jku.value, attackerJwks],
    [OWN_JWKS_URL, serverJwks],
  ]);
  const header = { alg: 'ES256', typ: 'JWT', jku: jku.value, ...(kid ? { kid } : {}) };
  const forgedToken = await signCompact(header, withLifetime(claims.value, nowS), attacker.privateKey);

  return ok({
    forgedToken,
    steps: [
      `The service publishes its ES256 key (kid "${SERVER_KID}") at ${OWN_JWKS_URL}.`,
      `The attacker generated a P-256 key pair and published its public half${kid ? ` as kid "${kid}"` : ''} in a key set at ${jku.value}.`,
      `They signed the claims above with its private half, the header naming "jku": ${JSON.stringify(jku.value)} (iat and exp added for the next hour where absent).`,
      'Nothing is fetched: the attacker’s key set lives in this run’s memory, and the naive verifier reads it from there as if it had downloaded it.',
      'Both verifiers received exactly these bytes.',
    ],
    naive: await naiveVerifyJku(forgedToken, OWN_JWKS_URL, (url) => web.get(url)),
    hardened: await verifyHardened(forgedToken, {
      key: createLocalJWKSet(serverJwks),
      algorithms: ['ES256'],
      issuer: ISSUER,
      audience: AUDIENCE,
      nowMs,
    }),
  });
}

/** A key set at an attacker's URL, named by the header's `jku` (simulated; nothing is fetched). */
export const JKU: AttackExperiment = {
  id: 'jku',
  title: 'Key set URL ("jku" header)',
  situation:
    'A JWS header may name a URL where the signing key set can be found ("jku", RFC 7515 §4.1.2). An attacker publishes a key set of their own and points the header at it.',
  why: 'The naive verifier downloads keys from wherever the token says, so any key the attacker hosts will do (and the request itself is a server-side request forgery). The hardened one only knows its own key set, configured in advance: no key there has the attacker’s kid, or the signature fails under it.',
  fix: `import { createRemoteJWKSet, jwtVerify } from 'jose';

// the key set URL is configuration; the token's jku is ignored
const keys = createRemoteJWKSet(new URL('https://login.example.com/.well-known/jwks.json'));
const { payload } = await jwtVerify(token, keys, {
  algorithms: ['ES256'],
  issuer: 'https://login.example.com',
  audience: 'api.example.com',
});`,
  reference: {
    label: 'RFC 8725 §3.10 (do not trust received claims: jku, x5u, SSRF)',
    url: 'https://www.rfc-editor.org/rfc/rfc8725#section-3.10',
  },
  defence: { label: 'The debugger warns when a header names a key URL', path: '/' },
  inputs: [
    {
      name: 'claims',
      label: 'Claims the attacker writes',
      initial: claimsText(ADMIN_CLAIMS),
      multiline: true,
    },
    {
      name: 'jku',
      label: 'The attacker’s key set URL ("jku")',
      initial: 'https://attacker.example/.well-known/jwks.json',
    },
    {
      name: 'kid',
      label: 'Key id ("kid")',
      initial: 'attacker-key',
      helperText: 'Try "server-1", the service’s own kid.',
    },
  ],
  run,
};
