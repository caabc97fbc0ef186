/**
 * From what the debugger shows (the token, the key the user pasted, the claim checks) to what the
 * verify programs are told: the pinned algorithm, the key form, the leeway, the expected iss and aud.
 */
import { isHmacAlgorithm, isJwsAlgorithm } from '@/core/algorithms';
import { labError, ok, type Result } from '@/core/errors';
import type { DecodedToken } from '@/jwt/decoded-token';
import type { KeySource, SecretEncoding } from '@/keys/key-types';
import type { SnippetKey, SnippetOptions } from './snippet-types';

/** The debugger's inputs that decide the programs. */
export interface SnippetInputs {
  readonly token: Pick<DecodedToken, 'kind' | 'serialization' | 'header' | 'errors'>;
  /** How the pasted key was read, once it parsed; undefined with no key (or one that did not parse). */
  readonly keySource?: KeySource;
  readonly encoding: SecretEncoding;
  readonly skewSeconds: number;
  readonly expectedIssuer: string;
  /** Values separated by commas or whitespace, as in the debugger's field. */
  readonly expectedAudience: string;
}

/** The programs' options, and notes on what to put in their environment. */
export interface SnippetPlan {
  readonly options: SnippetOptions;
  readonly notes: readonly string[];
}

const PRIVATE_PEMS: readonly KeySource[] = ['pem-pkcs8', 'pem-pkcs1-private', 'pem-sec1'];

/** Picks the key form: the one the user pasted, or for no key the usual one (a JWKS when the token names a kid). */
function keyPlan(hmac: boolean, source: KeySource | undefined, encoding: SecretEncoding, kid: unknown) {
  const notes: string[] = [];
  if (hmac) {
    const fromJwk = source === 'jwk' || source === 'jwks';
    if (fromJwk) notes.push('JWT_SECRET takes the k member of your JWK: the secret in base64url.');
    return { key: { form: 'secret', encoding: fromJwk ? 'base64url' : encoding } as const, notes };
  }
  if (source === 'pem-x509')
    notes.push(
      'You pasted a certificate; the programs take its public key: openssl x509 -in cert.pem -pubkey -noout',
    );
  if (source && PRIVATE_PEMS.includes(source))
    notes.push(
      'You pasted a private key; give the programs only its public key: openssl pkey -in key.pem -pubout',
    );
  const hasKid = typeof kid === 'string' && kid !== '';
  if (source === 'jwks' && !hasKid)
    notes.push('The token names no kid, so the programs take one JWK: the key from your set that signed it.');
  let key: SnippetKey;
  if (source === 'jwk' || (source === 'jwks' && !hasKid)) key = { form: 'jwk' };
  else if (hasKid && (source === 'jwks' || source === undefined || source === 'secret'))
    key = { form: 'jwks', kid };
  else key = { form: 'pem' };
  return { key, notes };
}

/** The programs' options for the token and key on screen, or why no program can verify this token. */
export function planSnippets(inputs: SnippetInputs): Result<SnippetPlan> {
  const { token } = inputs;
  const fail = (error: ReturnType<typeof labError>) => ({ ok: false as const, error });
  if (token.kind === 'jwe')
    return fail(
      labError(
        'ALG_UNSUPPORTED',
        'token',
        'Verify in code covers signed tokens (JWS); this one is encrypted (JWE).',
      ),
    );
  if (token.serialization !== 'compact')
    return fail(
      labError(
        'TOKEN_MALFORMED',
        'token',
        'Verify in code needs a compact token (header.payload.signature); these libraries do not read the JWS JSON serialization.',
      ),
    );
  const header = token.header?.value;
  if (token.kind !== 'jws' || !header || token.errors.length > 0)
    return fail(
      labError('TOKEN_MALFORMED', 'token', 'Paste a token that decodes to see the programs that verify it.'),
    );
  const alg = header['alg'];
  if (alg === undefined)
    return fail(labError('ALG_MISSING', 'header', 'The header has no alg, so there is nothing to pin.'));
  if (typeof alg === 'string' && alg.toLowerCase() === 'none')
    return fail(
      labError('ALG_NONE', 'header', 'alg: none has no signature to verify; every program here refuses it.'),
    );
  if (!isJwsAlgorithm(alg))
    return fail(
      labError('ALG_UNSUPPORTED', 'header', `No program here verifies alg ${JSON.stringify(alg)}.`),
    );
  if (header['crit'] !== undefined)
    return fail(
      labError(
        'CRIT_UNSUPPORTED',
        'header',
        'The header has crit (b64: false, say), which these libraries refuse.',
      ),
    );
  const { key, notes } = keyPlan(isHmacAlgorithm(alg), inputs.keySource, inputs.encoding, header['kid']);
  const issuer = inputs.expectedIssuer.trim();
  const audience = inputs.expectedAudience.split(/[\s,]+/).filter((value) => value !== '');
  const options: SnippetOptions = {
    alg,
    key,
    skewSeconds: inputs.skewSeconds,
    ...(issuer === '' ? {} : { expectedIssuer: issuer }),
    ...(audience.length === 0 ? {} : { expectedAudience: audience }),
  };
  return ok({ options, notes });
}
