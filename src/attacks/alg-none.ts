import { ok, type Result } from '@/core/errors';
import {
  ADMIN_CLAIMS,
  AUDIENCE,
  ISSUER,
  claimsText,
  encodeJson,
  issueUserToken,
  readChoice,
  readClaims,
  runClock,
  withLifetime,
  type Inputs,
} from './attack-kit';
import type { AttackContext, AttackExperiment, AttackRun } from './experiment';
import { verifyHardened } from './hardened-verifier';
import { naiveVerifyTrustingAlg } from './naive-verifiers';

/**
 * The spellings of "none" an attacker tries: JOSE names are case-sensitive, yet code that lowercases `alg`
 * treats all of them as "none" (and an exact-match blocklist lets the odd ones through).
 */
export const NONE_SPELLINGS = ['none', 'None', 'NONE', 'nOnE'] as const;
/** What the attacker does with the genuine token's signature. */
export const SIGNATURE_CHOICES = ['stripped', 'kept'] as const;

async function run(inputs: Inputs, context?: AttackContext): Promise<Result<AttackRun>> {
  const claims = readClaims(inputs);
  if (!claims.ok) return claims;
  const alg = readChoice(inputs, 'alg', NONE_SPELLINGS);
  if (!alg.ok) return alg;
  const signature = readChoice(inputs, 'signature', SIGNATURE_CHOICES);
  if (!signature.ok) return signature;
  const { nowMs, nowS } = runClock(context);

  const { secret, token: genuineToken } = await issueUserToken(nowS);
  const keptSignature = signature.value === 'kept' ? (genuineToken.split('.')[2] ?? '') : '';
  const header = { alg: alg.value, typ: 'JWT' };
  const forgedToken = `${encodeJson(header)}.${encodeJson(withLifetime(claims.value, nowS))}.${keptSignature}`;

  return ok({
    forgedToken,
    genuineToken,
    steps: [
      'The server issued alice a genuine HS256 token (role "user"), signed with a fresh 32-byte secret the attacker never sees.',
      `The attacker replaced the header with ${JSON.stringify(header)} and the payload with the claims above (iat and exp added for the next hour where absent).`,
      signature.value === 'kept'
        ? 'They kept the genuine token’s signature, which no longer matches anything.'
        : 'They removed the signature: the token now ends with a dot, like an unsecured JWT (RFC 7519 §6.1).',
      'Both verifiers received exactly these bytes.',
    ],
    naive: await naiveVerifyTrustingAlg(forgedToken, secret),
    hardened: await verifyHardened(forgedToken, {
      key: secret,
      algorithms: ['HS256'],
      issuer: ISSUER,
      audience: AUDIENCE,
      nowMs,
    }),
  });
}

/** `alg: none`: an unsecured token passed off as verified. */
export const ALG_NONE: AttackExperiment = {
  id: 'alg-none',
  title: '"alg": "none"',
  situation:
    'A server signs its tokens with HS256. An attacker takes one, rewrites the claims and sets "alg" to "none" — an unsecured JWT that needs no key.',
  why: 'The naive verifier lets the token choose its algorithm, and "none" in any letter case means "no signature to check". The hardened one allows HS256 and nothing else, so jose refuses any other "alg" before it looks at the signature.',
  fix: `import { jwtVerify } from 'jose';

const { payload } = await jwtVerify(token, secret, {
  algorithms: ['HS256'], // an allow-list: "none", in any spelling, never passes
  issuer: 'https://login.example.com',
  audience: 'api.example.com',
});`,
  reference: {
    label: 'RFC 8725 §2.1 and §3.1; CVE-2022-23540 (jsonwebtoken ≤ 8.5.1 fell back to "none")',
    url: 'https://www.rfc-editor.org/rfc/rfc8725#section-3.1',
  },
  defence: { label: 'The debugger never calls an "alg": "none" token verified', path: '/' },
  inputs: [
    {
      name: 'claims',
      label: 'Claims the attacker writes',
      initial: claimsText(ADMIN_CLAIMS),
      multiline: true,
    },
    { name: 'alg', label: 'Spelling of "none"', initial: 'none', options: NONE_SPELLINGS },
    {
      name: 'signature',
      label: 'Genuine signature',
      initial: 'stripped',
      options: SIGNATURE_CHOICES,
      helperText: 'Strip it (the token ends with a dot) or keep the genuine token’s signature.',
    },
  ],
  run,
};
