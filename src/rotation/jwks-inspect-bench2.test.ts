import { generateKeyPairSync } from 'node:crypto';
import { it } from 'vitest';
import { jwkThumbprint } from '@/keys/thumbprint';
import { checkJwk, describeKeySize } from './jwks-checks';
it('bench parts', async () => {
  const pub = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ format: 'jwk' });
  const keys = Array.from({ length: 10_000 }, (_, i) => ({ ...pub, kid: `k${i}`, alg: 'RS256', use: 'sig' }));
  let t = performance.now();
  await Promise.all(keys.map((k) => jwkThumbprint(k as never)));
  console.log('thumbprints', performance.now() - t);
  t = performance.now();
  keys.forEach((k) => checkJwk(k));
  console.log('checkJwk', performance.now() - t);
  t = performance.now();
  keys.forEach((k) => describeKeySize(k));
  console.log('size', performance.now() - t);
});
