/**
 * The rotation simulator's world: an issuer that signs tokens, a verifier that accepts them, and a
 * clock. The world keeps its whole history (every key's timestamps, every JWKS cache refresh), so
 * the verifier's view — and so every token's fate — can be computed at any moment without replay.
 */

/** HMAC secrets live in the verifier's secret set; ES256 public keys are fetched from a JWKS. */
export type KeyKind = 'hmac' | 'es256';

export const KEY_KIND_ALG = { hmac: 'HS256', es256: 'ES256' } as const satisfies Record<KeyKind, string>;

/** A key and its life: every step is a time in seconds (unix epoch), absent until it happens. */
export interface SimKey {
  readonly kid: string;
  readonly kind: KeyKind;
  readonly createdAt: number;
  /** Added to the verifier's secret set (HMAC) or to the published JWKS (ES256). */
  readonly publishedAt?: number;
  /** The first moment the issuer signed with it. */
  readonly signingFrom?: number;
  /** The moment the issuer switched to another key (or the key was retired). */
  readonly signingUntil?: number;
  /** Removed from the secret set or the JWKS: the verifier stops accepting it. */
  readonly retiredAt?: number;
  /** The secret (or private key) fell into an attacker's hands. */
  readonly leakedAt?: number;
}

/** A token as the issuer (or an attacker) made it. */
export interface SimToken {
  /** `t1`, `t2` … in issue order. */
  readonly id: string;
  readonly kid: string;
  readonly kind: KeyKind;
  readonly subject: string;
  readonly issuedAt: number;
  readonly expiresAt: number;
  /** Made by an attacker, not by the issuer. */
  readonly forged: boolean;
  /** False when an attacker signed with a key of their own: the signature cannot verify. */
  readonly signedWithRealKey: boolean;
}

/** How the verifier learns keys: secrets are configured directly; the JWKS is fetched and cached. */
export interface VerifierConfig {
  /** How long a fetched JWKS is used before it is fetched again; 0 = fetched on every request. */
  readonly jwksCacheTtlS: number;
  /** Times the JWKS was fetched on demand (the first is the world's start); periodic refetches follow each. */
  readonly cacheRefreshes: readonly number[];
}

/** One line of the timeline. */
export interface LogEntry {
  readonly atS: number;
  readonly text: string;
}

export interface World {
  readonly startS: number;
  readonly nowS: number;
  readonly keys: readonly SimKey[];
  readonly tokens: readonly SimToken[];
  /** The key the issuer signs new tokens with, if any. */
  readonly signingKid?: string;
  readonly verifier: VerifierConfig;
  readonly log: readonly LogEntry[];
}

export interface WorldOptions {
  readonly startS: number;
  readonly jwksCacheTtlS?: number;
}

/** An empty world at `startS`, its verifier's JWKS cache freshly fetched. */
export function createWorld({ startS, jwksCacheTtlS = 0 }: WorldOptions): World {
  return {
    startS,
    nowS: startS,
    keys: [],
    tokens: [],
    verifier: { jwksCacheTtlS: Math.max(0, jwksCacheTtlS), cacheRefreshes: [startS] },
    log: [],
  };
}

/** The key with this `kid`, if the world has one. */
export function findKey(world: World, kid: string): SimKey | undefined {
  return world.keys.find((key) => key.kid === kid);
}

/** A time as an offset from the world's start, e.g. `T+15m`, `T+1h 2m 5s`. */
export function formatSimTime(world: World, atS: number): string {
  const offset = atS - world.startS;
  const sign = offset < 0 ? '-' : '+';
  let rest = Math.abs(offset);
  const hours = Math.floor(rest / 3600);
  rest -= hours * 3600;
  const minutes = Math.floor(rest / 60);
  const seconds = rest - minutes * 60;
  const parts = [hours ? `${hours}h` : '', minutes ? `${minutes}m` : '', seconds ? `${seconds}s` : ''];
  const text = parts.filter(Boolean).join(' ');
  return `T${sign}${text || '0'}`;
}
