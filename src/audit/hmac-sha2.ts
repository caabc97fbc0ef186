import { createHmacKernel, loadKey } from './hmac-kernel';
import { SHA2_CORES, type HmacAlgorithm } from './sha2-cores';

/** HMAC-SHA-256/384/512 of `message` under `key`, any key length (one-shot; tests and confirmations). */
export function hmacSha2(alg: HmacAlgorithm, key: Uint8Array, message: Uint8Array): Uint8Array {
  const core = SHA2_CORES[alg];
  const kernel = createHmacKernel(core, message, new Uint8Array(core.digestBytes));
  loadKey(kernel, key);
  return kernel.digest();
}
