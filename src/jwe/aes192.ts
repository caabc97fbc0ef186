/**
 * 192-bit AES: defined by RFC 7518 (A192KW, A192GCMKW, A192GCM, A192CBC-HS384 …) but refused by the
 * WebCrypto of Chrome and Edge ("192-bit AES keys are not supported"). jose cannot tell that refusal
 * from a wrong key — it would read as a failed tag — so it is checked first and said plainly.
 */
import { labError, type LabError } from '@/core/errors';

/** Whether `alg` or `enc` needs a 192-bit AES key (for A192CBC-HS384: the 24-byte encryption half). */
export function needsAes192(alg: string, enc: string): boolean {
  return /(^|\+)A192(KW|GCMKW)$/.test(alg) || /^A192(GCM|CBC-HS384)$/.test(enc);
}

/** Asks this browser's WebCrypto whether it accepts a 192-bit AES key (a key import, nothing more). */
export async function supportsAes192(): Promise<boolean> {
  try {
    await crypto.subtle.importKey('raw', new Uint8Array(24), 'AES-GCM', false, ['encrypt']);
    return true;
  } catch {
    return false;
  }
}

/** The error when `alg` + `enc` need 192-bit AES and this browser refuses it; otherwise null. */
export async function aes192Refusal(alg: string, enc: string): Promise<LabError | null> {
  if (!needsAes192(alg, enc) || (await supportsAes192())) return null;
  return labError(
    'JWE_UNSUPPORTED',
    'header',
    `${alg} + ${enc} needs 192-bit AES, which this browser's WebCrypto refuses (Chrome and Edge do; Firefox, Safari and Node accept it). The token may be fine: open it in another browser, or use a 128- or 256-bit variant.`,
  );
}
