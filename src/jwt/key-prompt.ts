import { isHmacAlgorithm, type JwsAlgorithm } from '@/core/algorithms';

/** What the user should paste to verify a token that has no key yet. */
export interface KeyPrompt {
  readonly kind: 'secret' | 'public-key';
  /** One or two sentences: which key, in which forms. */
  readonly text: string;
  /** For an issuer that is an https URL: where OpenID Connect discovery lists its keys (never fetched). */
  readonly discoveryUrl?: string;
}

/** Says which key verifies `alg` and, for an OIDC-style `iss`, where the issuer publishes it. */
export function keyPromptFor(alg: JwsAlgorithm, payload: unknown): KeyPrompt {
  if (isHmacAlgorithm(alg)) {
    return {
      kind: 'secret',
      text: `${alg} is an HMAC algorithm: paste the shared secret the token was signed with. Typed text is read as UTF-8; pick another encoding if your secret is base64, base64url or hex.`,
    };
  }
  const issuer = issuerUrl(payload);
  const where = issuer
    ? ' An OpenID Connect issuer lists its keys at the jwks_uri of its discovery document:'
    : ' Ask the issuer for its public key or its JWKS; it never needs to be secret.';
  return {
    kind: 'public-key',
    text: `${alg} is verified with the issuer's public key: paste it as a PEM, a JWK, or the whole JWKS (the key is picked by kid).${where}`,
    ...(issuer ? { discoveryUrl: `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration` } : {}),
  };
}

/** The payload's `iss` when it is an https URL without query or fragment (OIDC Discovery §4). */
function issuerUrl(payload: unknown): string | null {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return null;
  const iss = (payload as Record<string, unknown>).iss;
  if (typeof iss !== 'string' || iss.length > 2048) return null;
  try {
    const url = new URL(iss);
    return url.protocol === 'https:' && url.search === '' && url.hash === '' ? iss : null;
  } catch {
    return null;
  }
}
