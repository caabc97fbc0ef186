// Bench-only entry (built by scripts/bench.mjs, never shipped): times the encoder's own signing path,
// signToken, for every JWS algorithm it offers, over a ~300-byte claims set with keys generated once,
// and leaves the median per algorithm on `window`.
import { JWS_ALGORITHMS, type JwsAlgorithm } from '@/core/algorithms';
import { signToken } from '@/jwt/sign';
import { generateKeyPair, type KeyPairKind } from '@/keys/generate-key-pair';
import type { SigningKey } from '@/keys/signing-key';

/** Every algorithm the encoder offers; Ed25519 is the same signature as EdDSA, so it is timed once. */
const SIGN_ALGORITHMS = JWS_ALGORITHMS.filter((alg): alg is SignAlgorithm => alg !== 'Ed25519');

type SignAlgorithm = Exclude<JwsAlgorithm, 'Ed25519'>;

/** What the page leaves on `window.__signResult` (times in milliseconds). */
export interface SignResult {
  readonly medianMs: Readonly<Record<SignAlgorithm, number>>;
  readonly payloadBytes: number;
  readonly iterations: number;
}

declare global {
  interface Window {
    __signResult?: SignResult;
    __signError?: string;
  }
}

/** Enough iterations for a stable median; the RSA ones (~1–3 ms each) set the page's run time. */
const PLAN = { warmup: 20, iterations: 150 } as const;

/** The key each algorithm family signs with (one RSA-2048 pair serves every RS* and PS*). */
const PAIR_FOR: Partial<Record<SignAlgorithm, KeyPairKind>> = {
  ES256: 'P-256',
  ES384: 'P-384',
  ES512: 'P-521',
  EdDSA: 'Ed25519',
};

/** A realistic access-token payload padded to about 300 bytes of JSON. */
function makePayloadText(): string {
  const claims = {
    iss: 'https://auth.example.com/',
    sub: 'user-8d3f2c1a-5b7e-4f90-a1c2-3e4d5f6a7b8c',
    aud: 'https://api.example.com',
    iat: 1_700_000_000,
    exp: 4_102_444_800,
    jti: 'b2c7e1f0-9a4d-4c3b-8e2f-1d0a9b8c7d6e',
    scope: 'openid profile email read:documents write:documents',
    name: 'Ada Lovelace',
    email: 'ada@example.com',
  };
  return JSON.stringify(claims);
}

async function generatePrivateKey(kind: KeyPairKind): Promise<SigningKey> {
  const pair = await generateKeyPair(kind);
  if (!pair.ok) throw new Error(`${kind}: ${pair.error.message}`);
  const { privateJwk, publicJwk, kid, bits } = pair.value;
  return {
    kind: 'private',
    jwk: privateJwk,
    publicJwk,
    kid,
    ...(bits !== undefined && { bits }),
    description: `bench ${kind}`,
  };
}

/** Generates every key once, before any timing: a 64-byte secret (enough for HS512) and four pairs. */
async function generateKeys(): Promise<(alg: SignAlgorithm) => SigningKey> {
  const secret: SigningKey = {
    kind: 'secret',
    bytes: crypto.getRandomValues(new Uint8Array(64)),
    encoding: 'base64url',
    description: 'bench secret',
  };
  const kinds: KeyPairKind[] = ['RSA-2048', 'P-256', 'P-384', 'P-521', 'Ed25519'];
  const pairs = new Map<KeyPairKind, SigningKey>();
  for (const kind of kinds) pairs.set(kind, await generatePrivateKey(kind));
  return (alg) => {
    if (alg.startsWith('HS')) return secret;
    const key = pairs.get(PAIR_FOR[alg] ?? 'RSA-2048');
    if (!key) throw new Error(`no key for ${alg}`);
    return key;
  };
}

function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const upper = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 ? upper : ((sorted[mid - 1] ?? Number.NaN) + upper) / 2;
}

/** Signs once and fails loudly unless a token comes out (a bench of a refused key is worthless). */
async function signOnce(alg: SignAlgorithm, key: SigningKey, payloadText: string): Promise<void> {
  const headerText = JSON.stringify({ alg, typ: 'JWT' });
  const signed = await signToken({ headerText, payloadText, key, alg, allowShortSecret: false });
  if (!signed.ok) throw new Error(`${alg}: ${signed.error.code} ${signed.error.message}`);
}

async function timeSign(alg: SignAlgorithm, key: SigningKey, payloadText: string): Promise<number> {
  for (let i = 0; i < PLAN.warmup; i++) await signOnce(alg, key, payloadText);
  const samples: number[] = [];
  for (let i = 0; i < PLAN.iterations; i++) {
    const start = performance.now();
    await signOnce(alg, key, payloadText);
    samples.push(performance.now() - start);
  }
  return median(samples);
}

async function run(): Promise<SignResult> {
  const keyFor = await generateKeys();
  const payloadText = makePayloadText();
  const medianMs = {} as Record<SignAlgorithm, number>;
  for (const alg of SIGN_ALGORITHMS) medianMs[alg] = await timeSign(alg, keyFor(alg), payloadText);
  return {
    medianMs,
    payloadBytes: new TextEncoder().encode(payloadText).length,
    iterations: PLAN.iterations,
  };
}

const status = document.getElementById('status');
run().then(
  (result) => {
    window.__signResult = result;
    if (status) status.textContent = JSON.stringify(result, null, 2);
  },
  (error: unknown) => {
    window.__signError = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
    if (status) status.textContent = window.__signError;
  },
);
