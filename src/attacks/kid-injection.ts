import { fail, ok, type Result } from '@/core/errors';
import { utf8ToBytes } from '@/encoding/base64';
import {
  ADMIN_CLAIMS,
  AUDIENCE,
  ISSUER,
  claimsText,
  inputText,
  randomSecretText,
  readChoice,
  readClaims,
  runClock,
  signCompact,
  withLifetime,
  type Inputs,
} from './attack-kit';
import type { AttackContext, AttackExperiment, AttackRun } from './experiment';
import { keysByKid, verifyHardened } from './hardened-verifier';
import { naiveKeyQuery, queryKeyNaively, readKeyFileNaively } from './naive-key-lookups';
import { naiveVerifyKidLookup } from './naive-verifiers';
import {
  KEY_DIR,
  REAL_KID,
  WELL_KNOWN_FILES,
  createKeyStore,
  resolvePath,
  runToySql,
} from './simulated-key-store';

/** Where the naive server keeps its keys. */
export const KID_STORES = ['key files on disk', 'SQL table'] as const;
type KidStore = (typeof KID_STORES)[number];
/** A `kid` that makes the SQL lookup return a key of the attacker's choosing. */
export const SQL_KID_EXAMPLE = "nothing' UNION SELECT 'attacker-key' --";

/** The key the attacker predicts the server will use: they know public files, and write the SQL literal. */
function predictKey(store: KidStore, kid: string): Result<{ key: string; how: string }> {
  if (store === 'key files on disk') {
    const path = resolvePath(`${KEY_DIR}${kid}`);
    const contents = WELL_KNOWN_FILES.get(path);
    if (contents !== undefined)
      return ok({
        key: contents,
        how: `${KEY_DIR}${kid} resolves to ${path}, whose contents every Linux machine shares (${contents.length} bytes)`,
      });
    return fail(
      'ATTACK_INPUT_INVALID',
      'kid',
      `${KEY_DIR}${kid} resolves to ${path}, a file whose contents the attacker cannot know. Point kid at one they do, such as ../../dev/null (empty).`,
    );
  }
  const outcome = runToySql(naiveKeyQuery(kid), []);
  const row = outcome.ok ? outcome.rows[0] : undefined;
  if (row !== undefined)
    return ok({
      key: row,
      how: `the query ${naiveKeyQuery(kid)} returns the literal '${row}' whatever the table holds`,
    });
  return fail(
    'ATTACK_INPUT_INVALID',
    'kid',
    `With this kid the query returns no key the attacker chose. Close the quote and add one, e.g. ${SQL_KID_EXAMPLE}`,
  );
}

async function run(inputs: Inputs, context?: AttackContext): Promise<Result<AttackRun>> {
  const claims = readClaims(inputs);
  if (!claims.ok) return claims;
  const store = readChoice(inputs, 'store', KID_STORES);
  if (!store.ok) return store;
  const kid = inputText(inputs, 'kid');
  if (kid.trim() === '')
    return fail('ATTACK_INPUT_INVALID', 'kid', 'Enter the kid the attacker sends, e.g. ../../dev/null.');
  const prediction = predictKey(store.value, kid);
  if (!prediction.ok) return prediction;
  const { nowMs, nowS } = runClock(context);

  const secret = randomSecretText();
  const keyStore = createKeyStore(secret);
  const forgedToken = await signCompact(
    { alg: 'HS256', typ: 'JWT', kid },
    withLifetime(claims.value, nowS),
    utf8ToBytes(prediction.value.key),
  );
  const lookup = (sent: string) =>
    store.value === 'key files on disk'
      ? readKeyFileNaively(keyStore, sent)
      : queryKeyNaively(keyStore, sent);

  return ok({
    forgedToken,
    steps: [
      store.value === 'key files on disk'
        ? `The naive server reads the HMAC key from the file ${KEY_DIR}<kid>; its real key, ${KEY_DIR}${REAL_KID}, holds a fresh random secret.`
        : `The naive server looks the key up with SELECT secret FROM keys WHERE kid = '<kid>', pasting the kid in; its one row, "${REAL_KID}", holds a fresh random secret.`,
      `The attacker sent "kid": ${JSON.stringify(kid)}: ${prediction.value.how}.`,
      `They signed the claims above with HS256 under that predicted key (iat and exp added for the next hour where absent).`,
      'The key store is simulated in memory: no file is read and no database is queried. Both verifiers received exactly these bytes.',
    ],
    naive: await naiveVerifyKidLookup(forgedToken, lookup),
    hardened: await verifyHardened(forgedToken, {
      key: keysByKid(new Map([[REAL_KID, utf8ToBytes(secret)]])),
      algorithms: ['HS256'],
      issuer: ISSUER,
      audience: AUDIENCE,
      nowMs,
    }),
  });
}

/** `kid` injection: path traversal and SQL against a simulated key store. */
export const KID_INJECTION: AttackExperiment = {
  id: 'kid-injection',
  title: '"kid" injection',
  situation:
    'The "kid" header tells the verifier which key to use (RFC 7515 §4.1.4), and it is written by whoever wrote the token. A server that builds a file path or an SQL query from it lets the attacker choose the key.',
  why: 'The naive verifier pastes the kid into a path (../../dev/null: an empty key) or into SQL (a UNION that returns the attacker’s own literal), then trusts whatever bytes come back. The hardened one looks the kid up as an exact name among its own keys; an unknown kid matches nothing.',
  fix: `import { errors, jwtVerify } from 'jose';

const keys = new Map([['2024-signing', secret]]); // loaded from configuration
const { payload } = await jwtVerify(
  token,
  ({ kid }) => {
    const key = kid === undefined ? undefined : keys.get(kid); // an exact lookup: no path, no SQL
    if (!key) throw new errors.JWKSNoMatchingKey();
    return key;
  },
  { algorithms: ['HS256'], issuer: 'https://login.example.com', audience: 'api.example.com' },
);`,
  reference: {
    label: 'RFC 8725 §2.9 and §3.10 (kid used in lookups: SQL and path injection)',
    url: 'https://www.rfc-editor.org/rfc/rfc8725#section-3.10',
  },
  defence: { label: 'Rotation: keys found by kid in a published set', path: '/rotation' },
  inputs: [
    {
      name: 'claims',
      label: 'Claims the attacker writes',
      initial: claimsText(ADMIN_CLAIMS),
      multiline: true,
    },
    {
      name: 'store',
      label: 'Where the server keeps its keys',
      initial: 'key files on disk',
      options: KID_STORES,
    },
    {
      name: 'kid',
      label: 'Key id ("kid") the attacker sends',
      initial: '../../dev/null',
      helperText: `For the SQL table, try: ${SQL_KID_EXAMPLE}`,
    },
  ],
  run,
};
