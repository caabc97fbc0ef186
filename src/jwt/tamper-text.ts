import type { AlgorithmFamily } from '@/core/algorithms';

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

/** The verification rule in one sentence, per algorithm family. */
export function verifierRule(family: AlgorithmFamily): string {
  if (family === 'HMAC')
    return 'The rule: a verifier recomputes the HMAC over base64url(header).base64url(payload) with its secret and compares it with the signature the token carries.';
  return 'The rule: a verifier checks the signature the token carries against base64url(header).base64url(payload) with the public key.';
}

const byteCount = (n: number) => `${n} byte${n === 1 ? '' : 's'}`;

/** One line: why the base64url segment changes from the first changed character on (or does not). */
export function explainBase64Shift(changed: boolean, byteDelta: number): string {
  if (!changed) return 'The payload bytes are unchanged, so its base64url segment is too.';
  if (byteDelta === 0)
    return 'Same number of bytes, so base64url stays aligned: only the characters that carry the changed bytes differ (each character carries 6 bits).';
  const verb = byteDelta > 0 ? 'adds' : 'removes';
  const size = byteCount(Math.abs(byteDelta));
  if (byteDelta % 3 === 0)
    return `The edit ${verb} ${size}, whole 3-byte groups, so after the changed characters the segment is the same text, only shifted.`;
  return `Base64url writes each 3 bytes as 4 characters; the edit ${verb} ${size}, so every later byte lands in a new place in its group and every character from the first change on is different.`;
}

/** One sentence on how many bits of the signature differ: about half, the avalanche effect. */
export function explainAvalanche(differingBits: number, totalBits: number, changed: boolean): string {
  const share = totalBits === 0 ? 0 : Math.round((100 * differingBits) / totalBits);
  const count = `${differingBits} of ${totalBits} bits differ (${share}%)`;
  if (differingBits === 0) return `${count}: the signed bytes are the same, so the signature is too.`;
  if (!changed)
    return `${count} although the signed bytes are the same: this algorithm's signatures are randomized.`;
  return `${count}: about half, however small the edit — the avalanche effect. Nothing in the signature tells how much changed.`;
}
