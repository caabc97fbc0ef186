/**
 * ECDSA P-256 verification written by hand, as Java 15–18 did before April 2022 (CVE-2022-21449,
 * "psychic signatures"). AN EXAMPLE OF WHAT NOT TO DO: it never checks that 0 < r < n and 0 < s < n
 * (FIPS 186-5 §6.4.2 step 1), so the signature r = s = 0 verifies for every message under every key.
 * Use WebCrypto (or jose, which uses it) instead; it refuses such signatures.
 */

// P-256's domain parameters (FIPS 186-5 / SEC 2): field prime p, a = -3, base point G, group order n.
const P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn;
const N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;
const GX = 0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296n;
const GY = 0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5n;

/** A point in Jacobian coordinates (x = X/Z², y = Y/Z³); Z = 0 is the point at infinity. */
interface Jacobian {
  readonly X: bigint;
  readonly Y: bigint;
  readonly Z: bigint;
}

const INFINITY: Jacobian = { X: 1n, Y: 1n, Z: 0n };

const mod = (a: bigint, m: bigint = P): bigint => ((a % m) + m) % m;

/** base^exp mod m by square-and-multiply. */
function modPow(base: bigint, exp: bigint, m: bigint): bigint {
  let result = 1n;
  let b = mod(base, m);
  for (let e = exp; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * b) % m;
    b = (b * b) % m;
  }
  return result;
}

/**
 * The "inverse" by Fermat's little theorem, x^(m-2) mod m. For x = 0 there is no inverse, and this
 * quietly returns 0 instead of failing — the second ingredient of the bug.
 */
const invert = (x: bigint, m: bigint): bigint => modPow(x, m - 2n, m);

function double(pt: Jacobian): Jacobian {
  if (pt.Z === 0n || pt.Y === 0n) return INFINITY;
  const delta = mod(pt.Z * pt.Z);
  const gamma = mod(pt.Y * pt.Y);
  const beta = mod(pt.X * gamma);
  const alpha = mod(3n * (pt.X - delta) * (pt.X + delta)); // a = -3 (dbl-2001-b)
  const X = mod(alpha * alpha - 8n * beta);
  const Z = mod((pt.Y + pt.Z) ** 2n - gamma - delta);
  const Y = mod(alpha * (4n * beta - X) - 8n * gamma * gamma);
  return { X, Y, Z };
}

function add(p1: Jacobian, p2: Jacobian): Jacobian {
  if (p1.Z === 0n) return p2;
  if (p2.Z === 0n) return p1;
  const z1z1 = mod(p1.Z * p1.Z);
  const z2z2 = mod(p2.Z * p2.Z);
  const u1 = mod(p1.X * z2z2);
  const u2 = mod(p2.X * z1z1);
  const s1 = mod(p1.Y * p2.Z * z2z2);
  const s2 = mod(p2.Y * p1.Z * z1z1);
  if (u1 === u2) return s1 === s2 ? double(p1) : INFINITY;
  const h = mod(u2 - u1);
  const r = mod(s2 - s1);
  const hh = mod(h * h);
  const hhh = mod(h * hh);
  const X = mod(r * r - hhh - 2n * u1 * hh);
  const Y = mod(r * (u1 * hh - X) - s1 * hhh);
  return { X, Y, Z: mod(h * p1.Z * p2.Z) };
}

function multiply(k: bigint, pt: Jacobian): Jacobian {
  let result = INFINITY;
  for (let bit = BigInt(k.toString(2).length - 1); bit >= 0n; bit--) {
    result = double(result);
    if ((k >> bit) & 1n) result = add(result, pt);
  }
  return result;
}

/**
 * The affine x of a point. For the point at infinity Z = 0, the "inverse" above is 0, so x comes out
 * as 0 instead of an error — the third ingredient: nobody asked whether the point is at infinity.
 */
function affineX(pt: Jacobian): bigint {
  const zInv = invert(pt.Z, P);
  return mod(pt.X * zInv * zInv);
}

/** Reads big-endian bytes as an unsigned integer. */
export function bytesToBigInt(bytes: Uint8Array): bigint {
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  return value;
}

/**
 * ECDSA P-256 verification of `(r, s)` over a SHA-256 `digest` under the public point `(x, y)`,
 * WITHOUT the range check on r and s. With r = s = 0: w = 0, so u1 = u2 = 0, the sum is the point at
 * infinity, its x "is" 0, and 0 = r: accepted.
 */
export function verifyP256WithoutRangeCheck(
  digest: Uint8Array,
  r: bigint,
  s: bigint,
  publicPoint: { readonly x: bigint; readonly y: bigint },
): boolean {
  // MISSING on purpose: if (r <= 0n || r >= N || s <= 0n || s >= N) return false;
  const e = bytesToBigInt(digest); // SHA-256 is as long as n, so no truncation
  const w = invert(s, N);
  const u1 = mod(e * w, N);
  const u2 = mod(r * w, N);
  const q: Jacobian = { X: publicPoint.x, Y: publicPoint.y, Z: 1n };
  const sum = add(multiply(u1, { X: GX, Y: GY, Z: 1n }), multiply(u2, q));
  return mod(affineX(sum), N) === r;
}
