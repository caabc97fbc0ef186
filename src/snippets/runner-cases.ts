/**
 * The cases the snippet-runner tests run every program through: for each algorithm a library
 * supports, keys in every form jwt-lab offers, a good token (must print its claims and exit 0), a
 * tampered one (must exit non-zero), and the claim checks at their edges. Test support only: the app
 * never imports it. Keys are throwaways made for each run.
 */
import { base64url, exportJWK, exportSPKI, generateKeyPair, SignJWT, type JWK } from 'jose';
import { ALGORITHM_INFO, type JwsAlgorithm } from '@/core/algorithms';
import type { SecretEncoding } from '@/keys/key-types';
import type { SnippetEnvName, SnippetKey, SnippetOptions } from './snippet-types';

/** One key form per algorithm, so that every family meets every form its programs offer. */
const CONFIGS: readonly (readonly [JwsAlgorithm, SnippetKey])[] = [
  ['HS256', { form: 'secret', encoding: 'utf8' }],
  ['HS256', { form: 'secret', encoding: 'base64url' }],
  ['HS384', { form: 'secret', encoding: 'base64' }],
  ['HS512', { form: 'secret', encoding: 'hex' }],
  ['RS256', { form: 'jwks', kid: 'current' }],
  ['RS384', { form: 'pem' }],
  ['RS512', { form: 'jwk' }],
  ['PS256', { form: 'pem' }],
  ['PS384', { form: 'jwk' }],
  ['PS512', { form: 'jwks', kid: 'current' }],
  ['ES256', { form: 'jwks', kid: 'current' }],
  ['ES384', { form: 'pem' }],
  ['ES512', { form: 'jwk' }],
  ['EdDSA', { form: 'pem' }],
  ['EdDSA', { form: 'jwk' }],
  ['EdDSA', { form: 'jwks', kid: 'current' }],
  ['Ed25519', { form: 'jwk' }],
];

/** Quotes, a backslash, Ruby's `#{`, a line break and characters beyond ASCII: every literal must survive. */
export const TRICKY_ISSUER = 'https://idp.example/"q"\\#{x}\n€😀';
const AUDIENCE = ['api://orders', 'api://billing'];

/** One program to write, and the runs to make with it. */
export interface RunnerConfig {
  readonly id: string;
  readonly options: SnippetOptions;
  readonly runs: readonly RunnerRun[];
}

/** One run: the environment, and whether the program must verify (and print `claims`) or refuse. */
export interface RunnerRun {
  readonly title: string;
  readonly env: Readonly<Partial<Record<SnippetEnvName, string>>>;
  readonly claims: Record<string, unknown> | null;
}

type Signer = (claims: Record<string, unknown>, alg?: JwsAlgorithm) => Promise<string>;
interface Material {
  readonly keyText: string;
  readonly sign: Signer;
}

const random = (size: number) => crypto.getRandomValues(new Uint8Array(size));
const hex = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
const SECRET_TEXT: Record<SecretEncoding, (bytes: Uint8Array) => string> = {
  utf8: (bytes) => `runner-${base64url.encode(bytes)}`,
  base64: (bytes) => btoa(String.fromCharCode(...bytes)),
  base64url: (bytes) => base64url.encode(bytes),
  hex,
};

function signer(key: CryptoKey | Uint8Array, alg: JwsAlgorithm, kid?: string): Signer {
  return (claims, as = alg) =>
    new SignJWT(claims).setProtectedHeader(kid ? { alg: as, kid } : { alg: as }).sign(key);
}

function hmacMaterial(alg: JwsAlgorithm, encoding: SecretEncoding): Material {
  const bytes = random(ALGORITHM_INFO[alg].hashBytes);
  const keyText = SECRET_TEXT[encoding](bytes);
  return { keyText, sign: signer(encoding === 'utf8' ? new TextEncoder().encode(keyText) : bytes, alg) };
}

async function publicMaterial(alg: JwsAlgorithm, key: SnippetKey): Promise<Material> {
  const extractable = { extractable: true };
  const [pair, decoy] = await Promise.all([
    generateKeyPair(alg, extractable),
    generateKeyPair(alg, extractable),
  ]);
  const jwk: JWK = await exportJWK(pair.publicKey);
  // The decoy comes first in the set: a program that takes the first key instead of the kid's fails.
  const set = async (kid: string) => ({
    keys: [
      { ...(await exportJWK(decoy.publicKey)), kid: 'previous' },
      { ...jwk, kid },
    ],
  });
  const keyText =
    key.form === 'pem'
      ? await exportSPKI(pair.publicKey)
      : JSON.stringify(key.form === 'jwks' ? await set(key.kid) : jwk);
  return { keyText, sign: signer(pair.privateKey, alg, key.form === 'jwks' ? key.kid : undefined) };
}

/** The leeway of the strict programs: wide enough that a slow build between signing and running cannot matter. */
const LEEWAY = 600;

function claimsAt(now: number, changes: Record<string, unknown> = {}): Record<string, unknown> {
  const claims = {
    sub: 'runner',
    name: 'Ada Lovelace',
    iss: TRICKY_ISSUER,
    aud: ['api://other', AUDIENCE[1]],
  };
  return { ...claims, iat: now - 10, nbf: now - 10, exp: now + 3600, ...changes };
}

/** The same token with one claim changed and the signature kept. */
function tamper(token: string): string {
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(new TextDecoder().decode(base64url.decode(payload ?? '')));
  const forged = base64url.encode(JSON.stringify({ ...claims, sub: 'admin' }));
  return [header, forged, signature].join('.');
}

/** Every program to write and the runs to make with it; `now` is the clock in seconds. */
export async function runnerConfigs(now: number): Promise<RunnerConfig[]> {
  return Promise.all(
    CONFIGS.map(async ([alg, key], index) => {
      const material =
        key.form === 'secret' ? hmacMaterial(alg, key.encoding) : await publicMaterial(alg, key);
      const options: SnippetOptions =
        index % 2 === 0
          ? { alg, key, skewSeconds: LEEWAY, expectedIssuer: TRICKY_ISSUER, expectedAudience: AUDIENCE }
          : { alg, key, skewSeconds: 0 };
      const keyEnv = key.form === 'secret' ? 'JWT_SECRET' : 'JWT_PUBLIC_KEY';
      const run: MakeRun = async (
        title: string,
        claims: Record<string, unknown>,
        verifies: boolean,
        token?: string,
      ) => ({
        title,
        env: { TOKEN: token ?? (await material.sign(claims)), [keyEnv]: material.keyText },
        claims: verifies ? claims : null,
      });
      const good = claimsAt(now);
      const runs = [
        run('verifies a good token and prints its claims', good, true),
        run('refuses the token with one claim changed', good, false, tamper(await material.sign(good))),
      ];
      if (index === 0) runs.push(...edgeRuns(now, run, material));
      if (key.form === 'pem' && ALGORITHM_INFO[alg].family === 'RSA') {
        // RS256→HS256 confusion: the public key's PEM text used as an HMAC secret (PRODUCT.md, "Pitfalls").
        const confused = await signer(new TextEncoder().encode(material.keyText), 'HS256')(good);
        runs.push(run('refuses an HS256 token signed with the PEM text', good, false, confused));
      }
      return {
        id: `${alg}-${key.form}${key.form === 'secret' ? `-${key.encoding}` : ''}`,
        options,
        runs: await Promise.all(runs),
      };
    }),
  );
}

type MakeRun = (
  title: string,
  claims: Record<string, unknown>,
  verifies: boolean,
  token?: string,
) => Promise<RunnerRun>;

/** The claim checks at their edges, for the strict HMAC program (leeway, issuer, audience, pinned alg). */
function edgeRuns(now: number, run: MakeRun, material: Material): Promise<RunnerRun>[] {
  const old = { iat: now - 7200, nbf: now - 7200 };
  const good = claimsAt(now);
  return [
    run('accepts exp 60 s ago, within the leeway', claimsAt(now, { ...old, exp: now - 60 }), true),
    run('refuses exp past the leeway', claimsAt(now, { ...old, exp: now - 2 * LEEWAY }), false),
    run('accepts nbf 60 s ahead, within the leeway', claimsAt(now, { nbf: now + 60 }), true),
    run('refuses nbf past the leeway', claimsAt(now, { nbf: now + 2 * LEEWAY }), false),
    run('refuses another issuer', claimsAt(now, { iss: 'https://idp.example/' }), false),
    run('accepts aud as a string that is expected', claimsAt(now, { aud: AUDIENCE[0] }), true),
    run('refuses an audience that is not expected', claimsAt(now, { aud: 'api://other' }), false),
    material
      .sign(good, 'HS384')
      .then((token) => run('refuses HS384 (the algorithm is pinned)', good, false, token)),
  ];
}
