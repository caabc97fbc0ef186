/** The plain sentences behind a secret's verdict, most important first. */
import type { SecretEncoding } from '@/keys/key-types';
import type { EntropyEstimate } from './entropy';
import type { KnownSecretMatch } from './secret-list';
import { describeSecretPatterns } from './secret-patterns';

/** Below this many bits of entropy a secret is weak, whatever its length. */
export const MIN_ENTROPY_BITS = 128;
/** HS256's minimum key size in bytes, the smallest of the three (RFC 7518 §3.2). */
export const MIN_SECRET_BYTES = 32;

/** What the reasons are drawn from. */
export interface ReasonFacts {
  readonly known: KnownSecretMatch | null;
  readonly bytes: number;
  readonly encoding: SecretEncoding;
  readonly estimate: EntropyEstimate;
  /** The estimate after the key-size cap: a key cannot hold more than 8 bits per byte. */
  readonly entropyBits: number;
}

/** Explains a verdict: public first, then what makes it weak, then what is fine. */
export function explainSecretStrength(facts: ReasonFacts): string[] {
  const { known, bytes } = facts;
  if (bytes === 0) return ['It is empty: HS256 needs at least 32 bytes (RFC 7518 §3.2).'];
  const reasons: string[] = [];
  if (known)
    reasons.push(
      `It is ${known.where}: attackers try published secrets first, so anyone can forge tokens signed with it.`,
    );
  const entropy = entropyReason(facts);
  const size = sizeReason(bytes, facts.encoding);
  const entropyWeak = facts.entropyBits < MIN_ENTROPY_BITS;
  const sizeWeak = bytes < MIN_SECRET_BYTES;
  // Failing reasons before passing ones; between two failures, guessability matters more than length.
  const ordered = [
    ...(entropyWeak ? [entropy] : []),
    ...(sizeWeak ? [size] : []),
    ...(entropyWeak ? [] : [entropy]),
    ...(sizeWeak ? [] : [size]),
  ];
  return [...reasons, ...ordered];
}

function entropyReason({ estimate, entropyBits, bytes }: ReasonFacts): string {
  const bits = describeBits(entropyBits);
  const need = entropyBits < MIN_ENTROPY_BITS ? `, and a secret needs at least ${MIN_ENTROPY_BITS}` : '';
  const capped = entropyBits < estimate.bits ? ` (its ${bytes} bytes hold no more)` : '';
  const partial = estimate.truncated ? ', counting its first 256 characters' : '';
  const looks = estimate.patterns.length > 0 ? `looks like ${describeSecretPatterns(estimate.patterns)}` : '';
  const encoded = estimate.encoded;
  if (estimate.source === 'random-bytes' && encoded)
    return (
      `It looks random: ${encoded.characters} ${encoded.encoding} characters that decode to ${encoded.bytes} bytes, ` +
      `${bits} of entropy${capped}${need}.`
    );
  if (estimate.source === 'encoded-text' && encoded) {
    const text = looks ? `readable text that ${looks}` : 'readable text';
    return `It is ${text}, written as ${encoded.encoding}, which adds no secrecy; zxcvbn estimates ${bits} of entropy${capped}${need}.`;
  }
  if (looks) return `It ${looks}; zxcvbn estimates ${bits} of entropy${partial}${capped}${need}.`;
  return `It follows no common pattern that zxcvbn knows; zxcvbn estimates ${bits} of entropy${partial}${capped}${need}.`;
}

function sizeReason(bytes: number, encoding: SecretEncoding): string {
  const rfc = '(RFC 7518 §3.2)';
  if (bytes < 32) {
    const as = encoding === 'utf8' ? 'UTF-8' : encoding;
    return `It is ${bytes} ${bytes === 1 ? 'byte' : 'bytes'} as ${as}; HS256 needs at least 32 ${rfc}.`;
  }
  if (bytes < 48)
    return `It is ${bytes} bytes: enough for HS256; HS384 needs at least 48 and HS512 at least 64 ${rfc}.`;
  if (bytes < 64) return `It is ${bytes} bytes: enough for HS256 and HS384; HS512 needs at least 64 ${rfc}.`;
  return `It is ${bytes} bytes: enough for HS256, HS384 and HS512 ${rfc}.`;
}

function describeBits(bits: number): string {
  if (bits < 1) return 'less than 1 bit';
  const rounded = Math.round(bits);
  return `about ${rounded} ${rounded === 1 ? 'bit' : 'bits'}`;
}
