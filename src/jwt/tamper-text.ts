import type { AlgorithmFamily } from './algorithms';

/** One sentence: why the presented signature does (or no longer does) match the edited token. */
export function explainTamper(family: AlgorithmFamily, changed: boolean): string {
  if (!changed)
    return 'The payload is byte for byte the original, so the signing input is unchanged and the original signature still matches.';
  if (family === 'HMAC')
    return 'The signature was computed over the original header and payload; changing one byte of the payload changes the HMAC completely, so the old signature no longer matches.';
  return 'The signature was computed over the original header and payload; the edited payload hashes to a different value, so the old signature no longer verifies with the public key.';
}

/** One sentence: how the edited token could be made valid again, or why it cannot. */
export function explainRemedy(family: AlgorithmFamily, hasSigningKey: boolean): string {
  if (family === 'HMAC')
    return hasSigningKey
      ? 'Whoever holds the secret can re-sign the edited token and make it valid again; that is why the secret must never leave the servers that issue and verify tokens.'
      : 'Without the secret there is no way to make it valid again, short of guessing the secret; that is why it must be long and random (RFC 7518 §3.2).';
  return hasSigningKey
    ? 'Re-signing with the private key makes it valid again; only the holder of the private key can do that.'
    : 'Without the private key there is no way to make this token valid again: the public key can only verify signatures, not make them.';
}

/** Extra facts worth showing beside the recomputed signature, per algorithm family. */
export function tamperNotes(family: AlgorithmFamily): string[] {
  if (family === 'ECDSA')
    return [
      'ECDSA signatures are randomized: signing the same input twice gives two different signatures, and both verify (RFC 7518 §3.4).',
    ];
  if (family === 'RSA-PSS')
    return [
      'RSA-PSS signatures are randomized by their salt: signing the same input twice gives two different signatures, and both verify (RFC 7518 §3.5).',
    ];
  return [];
}
