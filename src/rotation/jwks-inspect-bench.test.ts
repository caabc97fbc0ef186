import { generateKeyPairSync } from 'node:crypto';
import { it } from 'vitest';
import { cleanPublicJwks, inspectJwks } from './jwks-inspect';
it('bench', async () => {
  const pub = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ format: 'jwk' });
  const keys = Array.from({ length: 10_000 }, (_, i) => ({ ...pub, kid: i < 50 ? `k${i}` : 'shared', alg: 'RS256', use: 'sig' }));
  const text = JSON.stringify({ keys }, null, 2);
  console.log('text bytes', text.length);
  let t = performance.now();
  JSON.parse(text);
  console.log('parse', performance.now() - t);
  t = performance.now();
  const r = await inspectJwks(text);
  console.log('inspect', performance.now() - t, r.ok && r.value.problems.length);
  t = performance.now();
  if (r.ok) console.log(cleanPublicJwks(r.value).length);
  console.log('clean', performance.now() - t);
});
