import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import * as c from '@zxcvbn-ts/language-common'
import * as en from '@zxcvbn-ts/language-en'
import { webcrypto } from 'node:crypto'
let t0 = performance.now()
const z = new ZxcvbnFactory({ dictionary: {...c.dictionary, ...en.dictionary}, graphs: c.adjacencyGraphs, translations: en.translations })
console.log('init', performance.now()-t0)
const rnd = (n) => webcrypto.getRandomValues(new Uint8Array(n))
for (const [name, gen] of [['b64url16', () => Buffer.from(rnd(16)).toString('base64url')], ['b64url32', () => Buffer.from(rnd(32)).toString('base64url')], ['b64-64', () => Buffer.from(rnd(64)).toString('base64')], ['hex16', () => Buffer.from(rnd(16)).toString('hex')], ['hex32', () => Buffer.from(rnd(32)).toString('hex')], ['hex64', () => Buffer.from(rnd(64)).toString('hex')]]) {
  const ratios = []; let t = performance.now()
  const N = 60
  for (let i = 0; i < N; i++) { const s = gen(); const r = z.check(s); ratios.push(r.guessesLog10 / Math.min(s.length,256)) }
  ratios.sort((a,b)=>a-b)
  console.log(name, 'min', ratios[0].toFixed(3), 'p5', ratios[3].toFixed(3), 'med', ratios[N/2].toFixed(3), 'ms/each', ((performance.now()-t)/N).toFixed(0))
}
for (const p of ['HelloWorldThisIsMySecretKeyForJwt2024', 'asdkjfhaskjdfhqwieuryqwoieuryzxmcnbv', 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ', '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', 'deadbeefdeadbeefdeadbeefdeadbeefdeadbeefdeadbeefdeadbeefdeadbeef', 'mysupersecretkeythatisverylongandsecure123', 'ThisIsMySuperSecretKeyForJWTTokens2024AndItIsLong']) {
  const r = z.check(p); console.log(p, (r.guessesLog10/p.length).toFixed(3), r.sequence.map(m=>m.pattern+':'+m.token).join(' | '))
}
