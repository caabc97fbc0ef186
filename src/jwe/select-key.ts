/**
 * Which keys of the key field can decrypt for one recipient: the right kind and size for its `alg`
 * and `enc`, marked for encryption, and — in a JWKS — the one named by the header's `kid` when there
 * is one. When none fits, the error says what the algorithm needs and what was given.
 */
import { base64urlToBytes } from '@/encoding/base64';
import { labError, type LabError, type Result } from '@/core/errors';
import type { DecryptionCandidate, ParsedDecryptionKey } from '@/keys/decryption-key';
import {
  CEK_BYTES,
  describeKeyNeed,
  JWE_KEY_ALGORITHM_INFO,
  type JweContentEncryption,
  type JweKeyAlgorithm,
} from './jwe-algorithms';

/** A key to try, with its place in the key field (for a JWKS: "key 2 of the set"). */
export interface KeyChoice {
  readonly candidate: DecryptionCandidate;
  readonly index: number;
}

/** The keys to try for one recipient, in order, and a note when the `kid` did not pick one. */
export interface KeySelection {
  readonly choices: readonly KeyChoice[];
  readonly notes: readonly string[];
}

/**
 * Picks the keys that can decrypt a recipient with `alg` + `enc` and JOSE header `header` (or, with
 * `purpose: 'encrypt'`, encrypt for it: public keys then fit too).
 */
export function selectKeys(
  alg: JweKeyAlgorithm,
  enc: JweContentEncryption,
  header: Readonly<Record<string, unknown>>,
  key: ParsedDecryptionKey,
  purpose: 'decrypt' | 'encrypt' = 'decrypt',
): Result<KeySelection> {
  const reasons: string[] = [];
  const fitting: KeyChoice[] = [];
  key.candidates.forEach((candidate, index) => {
    const reason = unfit(alg, enc, header, candidate, purpose);
    if (reason === null) fitting.push({ candidate, index });
    else reasons.push(key.candidates.length > 1 ? `key ${index + 1}${kidText(candidate)} ${reason}` : reason);
  });
  if (fitting.length === 0) return { ok: false, error: noFit(alg, enc, key, reasons, purpose) };
  const kid = typeof header.kid === 'string' ? header.kid : undefined;
  const named = kid === undefined ? [] : fitting.filter(({ candidate }) => candidate.kid === kid);
  if (named.length > 0) return { ok: true, value: { choices: named, notes: [] } };
  const notes =
    kid !== undefined && key.source === 'jwks'
      ? [`No key in the set has kid "${kid}"; the ${fitting.length} that fit ${alg} were tried in turn.`]
      : [];
  return { ok: true, value: { choices: fitting, notes } };
}

/** Why a candidate cannot decrypt this recipient, or null when it can. */
function unfit(
  alg: JweKeyAlgorithm,
  enc: JweContentEncryption,
  header: Readonly<Record<string, unknown>>,
  candidate: DecryptionCandidate,
  purpose: 'decrypt' | 'encrypt',
): string | null {
  const { jwk } = candidate;
  if (jwk.use !== undefined && jwk.use !== 'enc') return `is marked "use": "${jwk.use}", not "enc"`;
  // A dir key's JWK often names the content encryption it is for (RFC 7520 §5.6: "alg": "A128GCM").
  if (jwk.alg !== undefined && jwk.alg !== alg && !(alg === 'dir' && jwk.alg === enc))
    return `is for "${jwk.alg}", not ${alg}`;
  const { need, kekBytes } = JWE_KEY_ALGORITHM_INFO[alg];
  if (need === 'secret' || need === 'password') {
    if (candidate.kind !== 'secret') return `is ${article(candidate.description)}, not a secret`;
    if (need === 'password') return null;
    const size = base64urlToBytes(jwk.k ?? '')?.length ?? 0;
    const wanted = alg === 'dir' ? CEK_BYTES[enc] : (kekBytes ?? 0);
    return size === wanted ? null : `is ${size} bytes; ${alg === 'dir' ? enc : alg} needs ${wanted}`;
  }
  if (need === 'rsa' && jwk.kty !== 'RSA') return `is ${article(candidate.description)}, not an RSA key`;
  if (need === 'ecdh') {
    const epk = header.epk as { crv?: unknown } | undefined;
    const curve = typeof epk?.crv === 'string' ? epk.crv : undefined;
    if (jwk.kty !== 'EC' && !(jwk.kty === 'OKP' && jwk.crv === 'X25519'))
      return `is ${article(candidate.description)}, not an EC or X25519 key`;
    if (curve !== undefined && jwk.crv !== curve)
      return `is on ${jwk.crv ?? '?'}; the token's epk is on ${curve}`;
  }
  return candidate.kind === 'public' && purpose === 'decrypt' ? 'is a public key' : null;
}

function noFit(
  alg: JweKeyAlgorithm,
  enc: JweContentEncryption,
  key: ParsedDecryptionKey,
  reasons: string[],
  purpose: 'decrypt' | 'encrypt',
): LabError {
  const needs =
    purpose === 'decrypt'
      ? `The header says ${alg}, which needs ${describeKeyNeed(alg, enc)}`
      : `${alg} encrypts with ${describeKeyNeed(alg, enc, 'encrypt')}`;
  if (purpose === 'decrypt' && key.candidates.every((candidate) => candidate.kind === 'public'))
    return labError(
      'KEY_NOT_PRIVATE',
      'key',
      `${needs}. ${key.candidates.length > 1 ? 'These are public keys' : 'This is a public key'}: a public key encrypts, and only the private key decrypts.`,
    );
  if (key.candidates.length === 1)
    return labError('KEY_ALG_MISMATCH', 'key', `${needs}; this key ${reasons[0] ?? 'does not fit'}.`);
  return labError(
    'KEY_ALG_MISMATCH',
    'key',
    `${needs}; none of the ${key.candidates.length} keys fits: ${reasons.join('; ')}.`,
  );
}

function kidText(candidate: DecryptionCandidate): string {
  return candidate.kid === undefined ? '' : ` (kid "${candidate.kid}")`;
}

function article(description: string): string {
  return `${/^([aeiouAEIOU]|RSA|X25519|EC|8|11-|18-)/.test(description) ? 'an' : 'a'} ${description}`;
}
