import { fail, ok, type Result } from '@/core/errors';
import { utf8ToBytes } from '@/encoding/base64';
import {
  ADMIN_CLAIMS,
  AUDIENCE,
  ISSUER,
  claimsText,
  inputText,
  randomSecret,
  readClaims,
  runClock,
  signCompact,
  withLifetime,
  type Inputs,
} from './attack-kit';
import type { AttackContext, AttackExperiment, AttackRun } from './experiment';
import { keysByKid, verifyHardened } from './hardened-verifier';
import { naiveVerifySignatureOnly } from './naive-verifiers';

/** The committed file of the experiment: a throwaway demo secret, public on purpose. */
export const LEAKED_ENV_FILE = `# .env — committed by mistake in "add local config", public on GitHub since
JWT_KID=k1
JWT_SECRET=q7Xw2mR9vB4kT1nZ8cL5pH3sD6fG0jYa
`;
const SECRET_LINE = /^\s*(?:export\s+)?JWT_SECRET\s*[=:]\s*["']?([^"'\s]+)["']?\s*$/m;
const KID_LINE = /^\s*(?:export\s+)?JWT_KID\s*[=:]\s*["']?([^"'\s]+)["']?\s*$/m;
const ROTATED_KID = 'k2';

/** What the attacker finds in the committed file: the secret and, when present, its kid. */
function readLeak(inputs: Inputs): Result<{ secret: string; kid: string | undefined }> {
  const text = inputText(inputs, 'repoFile');
  const secret = SECRET_LINE.exec(text)?.[1];
  if (!secret)
    return fail(
      'ATTACK_INPUT_INVALID',
      'repoFile',
      'The file has no JWT_SECRET=… line, so the attacker finds nothing to sign with.',
    );
  return ok({ secret, kid: KID_LINE.exec(text)?.[1] });
}

async function run(inputs: Inputs, context?: AttackContext): Promise<Result<AttackRun>> {
  const leak = readLeak(inputs);
  if (!leak.ok) return leak;
  const claims = readClaims(inputs);
  if (!claims.ok) return claims;
  const { nowMs, nowS } = runClock(context);

  const leaked = utf8ToBytes(leak.value.secret);
  const { kid } = leak.value;
  const header = { alg: 'HS256', typ: 'JWT', ...(kid ? { kid } : {}) };
  const forgedToken = await signCompact(header, withLifetime(claims.value, nowS), leaked);

  return ok({
    forgedToken,
    steps: [
      'The service’s HS256 secret was committed to a public repository in the file above; history keeps it even after the line is deleted.',
      `The attacker found it (JWT_SECRET${kid ? `, kid "${kid}"` : ''}) and signed the claims above with it (iat and exp added for the next hour where absent): any user, any role, any lifetime.`,
      'The naive service still verifies with the leaked secret. The hardened one has rotated: a new secret from the CSPRNG under kid "k2", and k1 removed from its keys.',
      'Both verifiers received exactly these bytes.',
    ],
    naive: await naiveVerifySignatureOnly(forgedToken, leaked, 'HS256'),
    hardened: await verifyHardened(forgedToken, {
      key: keysByKid(new Map([[ROTATED_KID, randomSecret()]])),
      algorithms: ['HS256'],
      issuer: ISSUER,
      audience: AUDIENCE,
      nowMs,
    }),
  });
}

/** A secret committed to a public repository: anyone can forge tokens until it is rotated. */
export const LEAKED_SECRET: AttackExperiment = {
  id: 'leaked-secret',
  title: 'Secret committed to a repository',
  situation:
    'A JWT secret pushed to a public repository is found within minutes by bots that scan every commit. Whoever has it can sign any token, and deleting the line does not remove it from history.',
  why: 'The naive service keeps verifying with the leaked secret, so the attacker’s token is as good as a real one. The hardened service has rotated — a new secret under a new kid, the leaked one removed — so jose finds no key for the token’s kid. Only rotation ends a leak.',
  fix: `import { errors, jwtVerify } from 'jose';

// the new secret comes from a secret manager, never from the repository
const keys = new Map([['k2', newSecret]]); // k1 (leaked) removed: its tokens stop working
const { payload } = await jwtVerify(
  token,
  ({ kid }) => {
    const key = kid === undefined ? undefined : keys.get(kid);
    if (!key) throw new errors.JWKSNoMatchingKey();
    return key;
  },
  { algorithms: ['HS256'], issuer: 'https://login.example.com', audience: 'api.example.com' },
);`,
  reference: {
    label: 'CWE-798 (hard-coded credentials); RFC 7517 §4.5 ("kid": what makes rotation possible)',
    url: 'https://cwe.mitre.org/data/definitions/798.html',
  },
  defence: { label: 'Rotation: the emergency rotation scenario', path: '/rotation' },
  inputs: [
    { name: 'repoFile', label: 'The committed file', initial: LEAKED_ENV_FILE, multiline: true },
    {
      name: 'claims',
      label: 'Claims the attacker writes',
      initial: claimsText(ADMIN_CLAIMS),
      multiline: true,
    },
  ],
  run,
};
