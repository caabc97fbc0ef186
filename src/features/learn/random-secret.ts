import { generateSecret } from '@/keys/generate-secret';

/** Fresh bytes from the CSPRNG (crypto.getRandomValues, through the Keys page's generator). */
export function randomSecretBytes(byteLength: number): Uint8Array {
  const made = generateSecret(byteLength);
  if (!made.ok) throw new Error(made.error.message);
  return made.value.bytes;
}

/** Fresh random bytes written in base64url: the lesson never starts from a made-up secret. */
export function randomSecretText(byteLength = 32): string {
  const made = generateSecret(byteLength);
  if (!made.ok) throw new Error(made.error.message);
  return made.value.base64url;
}
