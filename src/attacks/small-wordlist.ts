/**
 * The fallback crack of the `weak-secret` experiment, for runs without the page's audit engine (unit
 * tests): a few dozen famous JWT secrets, each tried with jose over WebCrypto HMAC.
 */
import { confirmSecret } from '@/audit/confirm-secret';
import { parseCrackTarget } from '@/audit/crack-target';
import { WELL_KNOWN_SECRETS } from '@/audit/known-secrets';
import { utf8ToBytes } from '@/encoding/base64';

/** The published defaults and placeholders (the audit's own list), plus a few classic passwords. */
export const SMALL_WORDLIST: readonly string[] = [
  ...new Set([
    ...WELL_KNOWN_SECRETS.map((entry) => entry.secret),
    'letmein',
    'qwerty',
    'admin',
    'jwt',
    'token',
    'test',
    'key',
    'private',
  ]),
];

/** Tries every word of the small list as the HMAC secret of `token`; the one that verifies, or null. */
export async function crackWithSmallWordlist(
  token: string,
  signal?: AbortSignal,
): Promise<Uint8Array | null> {
  const target = parseCrackTarget(token);
  if (!target.ok) return null;
  for (const word of SMALL_WORDLIST) {
    signal?.throwIfAborted();
    const secret = utf8ToBytes(word);
    if (await confirmSecret(target.value, secret)) return secret;
  }
  return null;
}
