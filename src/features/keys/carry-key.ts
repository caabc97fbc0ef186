import type { SecretEncoding } from '@/keys/key-types';
import { handOff } from '@/lib/handoff';
import { navigateTo } from '@/lib/navigate';

/** Where a generated key can be carried: the encoder signs with it, the debugger verifies with it. */
export type KeyDestination = '/encoder' | '/';

/**
 * Opens the encoder or the debugger with `keyText` in its key field, handed over in memory (never in
 * the URL). The debugger gets no token: it opens empty and asks for one.
 */
export function carryKeyTo(destination: KeyDestination, keyText: string, encoding: SecretEncoding): void {
  handOff({ token: '', keyText, encoding });
  navigateTo(destination);
  window.scrollTo(0, 0);
}
