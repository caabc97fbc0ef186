import { compactVerify } from 'jose';
import type { CrackTarget } from './crack-target';

/**
 * Confirms a cracked secret the independent way, with jose over WebCrypto and the algorithm pinned: the
 * hand-written HMAC only proposes; this decides.
 */
export async function confirmSecret(target: CrackTarget, secret: Uint8Array): Promise<boolean> {
  try {
    await compactVerify(target.token, secret, { algorithms: [target.alg] });
    return true;
  } catch {
    return false;
  }
}
