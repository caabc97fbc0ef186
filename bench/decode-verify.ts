// Bench-only entry (built by scripts/bench.mjs, never shipped): times the debugger's own domain path,
// decodeToken then verifyToken, on HS256 tokens it signs itself, and leaves medians on `window`.
import { bytesToBase64url, utf8ToBytes } from '@/encoding/base64';
import { decodeToken } from '@/jwt/decode';
import { verifyToken } from '@/jwt/verify';

/** What the page leaves on `window.__benchResult` (all times in milliseconds). */
export interface DecodeVerifyResult {
  readonly decodeVerify1kbMs: number;
  readonly decodeVerify1mbMs: number;
  readonly token1kbBytes: number;
  readonly token1mbBytes: number;
  readonly iterations1kb: number;
  readonly iterations1mb: number;
  readonly timerResolutionMs: number;
}

declare global {
  interface Window {
    __benchResult?: DecodeVerifyResult;
    __benchError?: string;
  }
}

/** Iteration counts: enough for a stable median, few enough to stay fast on two cores. */
const PLAN = {
  small: { claimBytes: 600, warmup: 30, iterations: 300 },
  large: { claimBytes: 750_000, warmup: 3, iterations: 15 },
} as const;

/** Returns `length` random lowercase letters (CSPRNG; getRandomValues fills at most 64 KiB per call). */
function makeFiller(length: number): string {
  const decoder = new TextDecoder();
  const parts: string[] = [];
  for (let left = length; left > 0; left -= 65_536) {
    const bytes = crypto.getRandomValues(new Uint8Array(Math.min(left, 65_536)));
    parts.push(decoder.decode(bytes.map((b) => 97 + (b % 26))));
  }
  return parts.join('');
}

/** Signs `payload` as an HS256 compact JWS with WebCrypto (RFC 7515 §5.1). */
async function signHs256(payload: Record<string, unknown>, secret: Uint8Array<ArrayBuffer>): Promise<string> {
  const header = bytesToBase64url(utf8ToBytes(JSON.stringify({ alg: 'HS256', typ: 'JWT' })));
  const body = bytesToBase64url(utf8ToBytes(JSON.stringify(payload)));
  const key = await crypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  // TextEncoder, not utf8ToBytes: WebCrypto wants an ArrayBuffer-backed view.
  const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`${header}.${body}`));
  return `${header}.${body}.${bytesToBase64url(new Uint8Array(mac))}`;
}

function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const upper = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 ? upper : ((sorted[mid - 1] ?? Number.NaN) + upper) / 2;
}

/** Runs decode + verify once and fails loudly unless the verdict is `verified` (a bench of a broken path is worthless). */
async function decodeAndVerify(token: string, keyText: string, nowMs: number): Promise<void> {
  const verdict = await verifyToken(decodeToken(token), {
    keyText,
    encoding: 'base64url',
    nowMs,
    skewSeconds: 0,
  });
  if (verdict.state !== 'verified')
    throw new Error(`expected verified, got ${verdict.state}: ${verdict.headline}`);
}

async function timeDecodeVerify(
  token: string,
  keyText: string,
  plan: { readonly warmup: number; readonly iterations: number },
): Promise<number> {
  const nowMs = Date.now();
  for (let i = 0; i < plan.warmup; i++) await decodeAndVerify(token, keyText, nowMs);
  const samples: number[] = [];
  for (let i = 0; i < plan.iterations; i++) {
    const start = performance.now();
    await decodeAndVerify(token, keyText, nowMs);
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** Smallest non-zero step of performance.now(): 0.1 ms unless the page is cross-origin isolated. */
function measureTimerResolution(): number {
  let smallest = Infinity;
  for (let i = 0; i < 50; i++) {
    const start = performance.now();
    let next = performance.now();
    while (next === start) next = performance.now();
    smallest = Math.min(smallest, next - start);
  }
  return smallest;
}

async function run(): Promise<DecodeVerifyResult> {
  const secret = crypto.getRandomValues(new Uint8Array(32));
  const keyText = bytesToBase64url(secret);
  const claims = { sub: 'bench-user', iat: 1_700_000_000, exp: 4_102_444_800 };
  const small = await signHs256({ ...claims, note: makeFiller(PLAN.small.claimBytes) }, secret);
  const large = await signHs256({ ...claims, blob: makeFiller(PLAN.large.claimBytes) }, secret);
  return {
    decodeVerify1kbMs: await timeDecodeVerify(small, keyText, PLAN.small),
    decodeVerify1mbMs: await timeDecodeVerify(large, keyText, PLAN.large),
    token1kbBytes: small.length,
    token1mbBytes: large.length,
    iterations1kb: PLAN.small.iterations,
    iterations1mb: PLAN.large.iterations,
    timerResolutionMs: measureTimerResolution(),
  };
}

const status = document.getElementById('status');
run().then(
  (result) => {
    window.__benchResult = result;
    if (status) status.textContent = JSON.stringify(result, null, 2);
  },
  (error: unknown) => {
    window.__benchError = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
    if (status) status.textContent = window.__benchError;
  },
);
