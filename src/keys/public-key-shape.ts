/**
 * The cheapest question the algorithm-confusion guard asks: could this secret be a public key at all?
 * Kept apart from the DER readers so that a short secret (the common case) never loads them.
 */

/** The smallest public key the guard recognises: an Ed25519 or X25519 SubjectPublicKeyInfo, 44 bytes of DER. */
export const MIN_PUBLIC_KEY_DER_BYTES = 44;

// 44 bytes are 59 characters of unpadded base64 and 88 of hex; unwrapping (quotes, armour, `\n`
// escapes, spaces) only ever removes characters, so shorter text holds no public key in any form.
const MIN_PUBLIC_KEY_TEXT = 58;
const DER_SEQUENCE = 0x30;

/** Whether the secret is long enough, as text or as bytes, to be a public key in some form. */
export function mayHidePublicKey(text: string, secretBytes: Uint8Array): boolean {
  if (text.length >= MIN_PUBLIC_KEY_TEXT) return true;
  return secretBytes.length >= MIN_PUBLIC_KEY_DER_BYTES && secretBytes[0] === DER_SEQUENCE;
}
