import { exportJWK, generateKeyPair } from 'jose';
import { bytesToBase64url } from '@/encoding/base64';

/**
 * A JWKS with the mistakes the inspector looks for, made fresh in this page (throwaway keys): an
 * EC private key, an HMAC secret, and a key without `kid`.
 */
export async function makeLeakyJwks(): Promise<string> {
  const pair = await generateKeyPair('ES256', { extractable: true });
  const priv = await exportJWK(pair.privateKey);
  const other = await generateKeyPair('ES256');
  const pub = await exportJWK(other.publicKey);
  const secret = bytesToBase64url(crypto.getRandomValues(new Uint8Array(32)));
  const keys = [
    { ...priv, kid: 'signing-2024', alg: 'ES256', use: 'sig' },
    { kty: 'oct', kid: 'hmac-main', alg: 'HS256', k: secret },
    { ...pub, alg: 'ES256', use: 'sig' },
  ];
  return JSON.stringify({ keys }, null, 2);
}
