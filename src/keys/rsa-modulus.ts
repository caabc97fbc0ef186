/**
 * Telling a bare RSA modulus from a random secret. Nothing in the bytes can prove a number is a product
 * of two primes, and `openssl rand -hex 256` prints exactly as many digits as a 2048-bit modulus, so
 * the shape alone (size, top bit, odd, no small factor: about 4 % of random 2048-bit strings pass) is
 * never enough: it must come with a sign of where it came from.
 */
import { bitLength } from './public-jwk';

const MIN_BITS = 2048;
const MAX_BITS = 16_384;

/** The odd primes below 1000: a modulus has none of them as a factor (its two primes are huge). */
const SMALL_PRIMES: readonly number[] = (() => {
  const primes: number[] = [];
  for (let n = 3; n < 1000; n += 2) if (primes.every((p) => p * p > n || n % p !== 0)) primes.push(n);
  return primes;
})();

function remainder(bytes: Uint8Array, divisor: number): number {
  let rest = 0;
  for (const byte of bytes) rest = (rest * 256 + byte) % divisor;
  return rest;
}

/**
 * Whether big-endian bytes look like an RSA modulus n of 2048 to 16,384 bits: top bit of its first byte
 * set (so the size is a whole number of bytes, as key generators make it), odd, no prime factor below
 * 1000 — and printed the way a modulus is: with the leading 00 byte of a DER INTEGER (`openssl rsa
 * -text`), or with `dumped` true (colon- or space-separated bytes, or after a "Modulus" label).
 */
export function looksLikeRsaModulus(bytes: Uint8Array, dumped: boolean): boolean {
  let start = 0;
  while (start < bytes.length && bytes[start] === 0) start++;
  const n = bytes.subarray(start);
  const bits = bitLength(n);
  const signByte = start === 1;
  if (!(dumped || signByte) || bits !== n.length * 8 || bits < MIN_BITS || bits > MAX_BITS) return false;
  return ((n[n.length - 1] ?? 0) & 1) === 1 && SMALL_PRIMES.every((p) => remainder(n, p) !== 0);
}
