import type { SecretEncoding } from '@/keys/key-types';

/** A token (and the key that verifies or signs it) carried from one page to another, in memory only. */
export interface TokenHandoff {
  readonly token: string;
  readonly keyText: string;
  readonly encoding: SecretEncoding;
}

let pending: TokenHandoff | null = null;

/**
 * Leaves a token and key for the next page ("open in debugger", "use in encoder"). Never in the URL
 * or storage: keys must not leave memory (PRODUCT.md, "Nothing leaves the page").
 */
export function handOff(handoff: TokenHandoff): void {
  pending = handoff;
}

/**
 * Takes what was handed off, if anything. It is cleared after the current task rather than at once,
 * so React's double-invoked initialisers (StrictMode) both see it.
 */
export function takeHandoff(): TokenHandoff | null {
  const taken = pending;
  if (taken) setTimeout(() => (pending = pending === taken ? null : pending), 0);
  return taken;
}
