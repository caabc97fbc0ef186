// The 1 MB token pasted into the debugger, signed in Node (the page-side bench signs with WebCrypto).
import { createHmac, randomBytes } from 'node:crypto';

/** Base64url without padding (RFC 7515 §2). */
function toBase64url(data) {
  return Buffer.from(data).toString('base64url');
}

/** `count` random lowercase letters (CSPRNG). */
function randomLetters(count) {
  return Buffer.from(randomBytes(count).map((byte) => 97 + (byte % 26))).toString('latin1');
}

/** A fresh 32-byte secret and its text in `encoding` ('utf8' gets letters, so the text is valid UTF-8). */
function createSecret(encoding) {
  if (encoding === 'utf8') {
    const text = randomLetters(32);
    return { secret: Buffer.from(text, 'utf8'), keyText: text };
  }
  const secret = randomBytes(32);
  return { secret, keyText: secret.toString(encoding) };
}

/**
 * Returns `{ token, keyText }`: an HS256 JWS whose payload carries a `blob` claim of `claimBytes`
 * random letters, and a fresh 32-byte secret written in `encoding` (utf8, base64, base64url or hex).
 */
export function createHmacToken({ claimBytes, encoding }) {
  const { secret, keyText } = createSecret(encoding);
  const letters = randomLetters(claimBytes);
  const header = toBase64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = toBase64url(
    JSON.stringify({ sub: 'bench-user', iat: 1_700_000_000, exp: 4_102_444_800, blob: letters }),
  );
  const signature = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
  return { token: `${header}.${payload}.${signature}`, keyText };
}
