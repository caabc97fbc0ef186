/**
 * Teaching warnings about a token and the key that checks it: things that are not errors (the token may
 * verify) but that an attacker could use, each with the why and the spec section.
 */
import { ALGORITHM_INFO, isJwsAlgorithm } from '@/core/algorithms';
import { describeJsonType, isJsonObject } from '@/jwt/json-type';
import { rfcSpec, warn, type TokenWarning } from '@/jwt/warning-model';
import { collectTimeWarnings } from '@/jwt/warnings-time';

// The model moved to warning-model.ts; the UI keeps importing it from here.
export type { TokenWarning, WarningCode, WarningSeverity } from '@/jwt/warning-model';

export interface KeyFacts {
  /** The algorithm the key is used with (normally the header's `alg`). */
  readonly alg: string;
  readonly secretByteLength?: number;
  readonly rsaBits?: number;
  /** Set when the secret is public; `where` completes "it is …" (e.g. "in the wallarm/jwt-secrets list"). */
  readonly knownSecret?: { readonly where: string };
}

const MIN_RSA_BITS = 2048;

/** Header parameters that hand the verifier a key (or where to fetch one), chosen by whoever made the token. */
const KEY_PARAMETERS = [
  ['jwk', 'HEADER_JWK', 'embeds its own public key (jwk)', rfcSpec(7515, '10.3')],
  ['x5c', 'HEADER_X5C', 'embeds its own certificate chain (x5c)', rfcSpec(7515, '10.3')],
  ['jku', 'HEADER_JKU', 'names a URL to fetch its key set from (jku)', rfcSpec(8725, '3.10')],
  ['x5u', 'HEADER_X5U', 'names a URL to fetch its certificate from (x5u)', rfcSpec(8725, '3.10')],
] as const;

/** `typ` values that are normal: JWT, explicit `…+jwt` types, JOSE and JOSE+JSON (media type prefix optional). */
const USUAL_TYP = /^(application\/)?(([a-z0-9.-]+\+)?jwt|jose(\+json)?)$/i;

const has = (object: Readonly<Record<string, unknown>>, name: string): boolean => Object.hasOwn(object, name);

function critWarning(crit: unknown): TokenWarning {
  const source = rfcSpec(7515, '4.1.11');
  if (!Array.isArray(crit) || crit.length === 0) {
    const what = Array.isArray(crit) ? 'an empty list' : describeJsonType(crit);
    const message = `crit is ${what}, but it must be a non-empty list of header parameter names: a verifier must reject this token.`;
    return warn('CRIT_PRESENT', 'warning', 'header', message, source);
  }
  const list = crit.map((c) => JSON.stringify(c)).join(', ');
  const message = `crit lists ${list}: a verifier that does not understand every one of these extensions must reject the token.`;
  return warn('CRIT_PRESENT', 'info', 'header', message, source);
}

function headerWarnings(header: Readonly<Record<string, unknown>>): TokenWarning[] {
  const found: TokenWarning[] = [];
  const alg = header['alg'];
  if (typeof alg === 'string' && alg.toLowerCase() === 'none') {
    const variant = alg === 'none' ? '' : ` ("${alg}" is a case variant naive verifiers may treat as none)`;
    const message = `alg is "none"${variant}: the token has no signature, so anyone can forge it. A verifier must pin its algorithms and never accept "none".`;
    found.push(warn('ALG_NONE', 'danger', 'header', message, rfcSpec(8725, '3.1')));
  }
  for (const [name, code, what, source] of KEY_PARAMETERS) {
    if (!has(header, name)) continue;
    const message = `The header ${what}. A verifier must never trust a key chosen by the token: an attacker signs with their own key and points to it. Verify only with keys you configured.`;
    found.push(warn(code, 'danger', 'header', message, source));
  }
  if (has(header, 'crit')) found.push(critWarning(header['crit']));
  const typ = header['typ'];
  if (has(header, 'typ') && !(typeof typ === 'string' && USUAL_TYP.test(typ))) {
    const shown = typeof typ === 'string' ? `"${typ}"` : describeJsonType(typ);
    const message = `typ is ${shown}; JWTs usually say "JWT" or an explicit type such as "at+jwt". Verifiers that check typ will reject this token.`;
    found.push(warn('TYP_UNUSUAL', 'info', 'header', message, rfcSpec(8725, '3.11')));
  }
  return found;
}

/** Collects warnings about a decoded token's header and payload (time checks allow `skewSeconds`); never throws. */
export function collectTokenWarnings(
  header: Readonly<Record<string, unknown>> | null,
  payload: unknown,
  nowMs: number,
  skewSeconds = 0,
): TokenWarning[] {
  const found = isJsonObject(header) ? headerWarnings(header) : [];
  if (!isJsonObject(payload)) {
    const message = `The payload is ${describeJsonType(payload)}, not a JSON object, so it is not a JWT claims set and no claims (exp, aud …) can be checked.`;
    found.push(warn('PAYLOAD_NOT_OBJECT', 'info', 'payload', message, rfcSpec(7519, '7.2')));
    return found;
  }
  if (!has(payload, 'exp')) {
    const message =
      'The payload has no exp, so this token never expires: whoever obtains it can use it forever. Add an exp a short time after iat.';
    found.push(warn('EXP_MISSING', 'warning', 'payload', message, rfcSpec(7519, '4.1.4')));
  }
  found.push(...collectTimeWarnings(payload, nowMs, skewSeconds));
  return found;
}

const bytes = (count: number): string => `${count} byte${count === 1 ? '' : 's'}`;

/** Collects warnings about the verification key: short or public HMAC secrets, small RSA keys. */
export function collectKeyWarnings(facts: KeyFacts): TokenWarning[] {
  const found: TokenWarning[] = [];
  const info = isJwsAlgorithm(facts.alg) ? ALGORITHM_INFO[facts.alg] : undefined;
  const length = facts.secretByteLength;
  if (info?.family === 'HMAC' && length !== undefined && length < info.hashBytes) {
    const message = `RFC 7518 §3.2 requires at least ${bytes(info.hashBytes)} for ${facts.alg}; this secret has ${length}. A short secret can be guessed offline from one token: generate ${info.hashBytes} random bytes instead.`;
    found.push(warn('SECRET_TOO_SHORT', 'danger', 'key', message, rfcSpec(7518, '3.2')));
  }
  if (facts.knownSecret !== undefined) {
    const message = `This secret is public — it is ${facts.knownSecret.where}: anyone can forge tokens with it. Replace it with a freshly generated random secret and rotate it out.`;
    found.push(warn('SECRET_KNOWN', 'danger', 'key', message, rfcSpec(8725, '3.5')));
  }
  if (facts.rsaBits !== undefined && facts.rsaBits < MIN_RSA_BITS) {
    const section = info?.family === 'RSA-PSS' ? '3.5' : '3.3';
    const message = `This RSA key has ${facts.rsaBits} bits; RFC 7518 §${section} requires 2048 or more, and jose refuses smaller keys. Generate a key of at least 2048 bits.`;
    found.push(warn('RSA_TOO_SMALL', 'danger', 'key', message, rfcSpec(7518, section)));
  }
  return found;
}

/**
 * In the JWS JSON serialization, header members may sit in the unprotected header, which the signature
 * does not cover (RFC 7515 §7.2.1): an `alg` there can be changed by anyone on the way.
 */
export function collectUnprotectedHeaderWarnings(
  unprotected: Readonly<Record<string, unknown>> | null,
): TokenWarning[] {
  if (!unprotected || !('alg' in unprotected)) return [];
  const message =
    'The "alg" is in the unprotected header, which the signature does not cover: anyone could change it in transit. A verifier must pin the algorithm itself rather than trust this value.';
  return [warn('ALG_UNPROTECTED', 'warning', 'header', message, rfcSpec(7515, '7.2.1'))];
}
