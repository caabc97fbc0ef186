import { bytesToUtf8 } from '@/encoding/base64';
import { trimSecretText } from '@/keys/secret';

/**
 * The texts to look up among published secrets: the secret as typed and, when it was decoded from
 * base64 or hex, its bytes read as text (a published secret stays public whatever its encoding).
 * None when there are no secret bytes (a key pair, or nothing usable yet).
 */
export function knownSecretCandidates(keyText: string, bytes: Uint8Array | undefined): string[] {
  if (!bytes) return [];
  const typed = trimSecretText(keyText);
  const decoded = bytesToUtf8(bytes);
  return decoded !== null && decoded !== typed ? [typed, decoded] : [typed];
}
