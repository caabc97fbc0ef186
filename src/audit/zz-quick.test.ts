import { it } from 'vitest';
import { createHmac } from 'node:crypto';
import { createHmacKernel } from '@/audit/hmac-kernel';
import { SHA2_CORES } from '@/audit/sha2-cores';
it('speed', () => {
  const msg = new TextEncoder().encode('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ');
  for (const alg of ['HS512','HS384'] as const) {
    const k = createHmacKernel(SHA2_CORES[alg], msg, new Uint8Array(SHA2_CORES[alg].digestBytes));
    k.key.set([97,98,99,100]);
    let n = 0; const t0 = performance.now();
    while (performance.now() - t0 < 1000) { for (let i=0;i<1000;i++){ k.key[0] = i & 0x7f; k.matches(); } n += 1000; }
    console.log(alg, Math.round(n / ((performance.now()-t0)/1000)));
  }
  let n=0; const t0=performance.now();
  while (performance.now() - t0 < 1000) { for (let i=0;i<1000;i++) createHmac('sha256', 'abc'+i).update(msg).digest(); n+=1000; }
  console.log('node', Math.round(n / ((performance.now()-t0)/1000)));
});
