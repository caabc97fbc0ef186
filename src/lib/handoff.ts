import type { ResignKeyKind } from '@/jwt/resign-key';
import type { ResignOriginal } from '@/jwt/resign-original';
import type { SecretEncoding } from '@/keys/key-types';

/** A token handed to the encoder to edit and re-sign: its JSON exactly as signed, and what its key can do. */
export interface ResignHandoff extends ResignOriginal {
  /** `signing`: the handed key signs; `public`: the debugger had only a public key; `none`: no usable key. */
  readonly keyKind: ResignKeyKind;
  /** The debugger's key as it read it ("RSA 2048-bit public key"), or null with no key. */
  readonly keyDescription: string | null;
}

/** A token (and the key that verifies or signs it) carried from one page to another, in memory only. */
export interface TokenHandoff {
  readonly token: string;
  readonly keyText: string;
  readonly encoding: SecretEncoding;
  /** Set by the debugger's "Edit and re-sign": the encoder opens this token for editing. */
  readonly original?: ResignHandoff;
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
 * What was handed off, if anything. Reading does not clear it: a page's state initialisers can run
 * more than once before it mounts (StrictMode; a first render React throws away while a lazy part
 * suspends), and every run must see the same hand-off.
 */
export function peekHandoff(): TokenHandoff | null {
  return pending;
}

/** Called by the receiving page once it has mounted: the hand-off is delivered and forgotten. */
export function settleHandoff(): void {
  pending = null;
}
