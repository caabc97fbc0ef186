import { utf8ToBytes } from '@/encoding/base64';
import type { SignatureView } from './sign';
import { diffSigningInput, type ChangedRange } from './signing-input-diff';
import { explainAvalanche, explainBase64Shift } from './tamper-text';

/** One level of the tamper demo: the signed text beside the edited one, each with its changes marked. */
export interface TamperLevel {
  readonly signed: string;
  readonly edited: string;
  /** Ranges of `signed` that the edit replaced or removed. */
  readonly signedMarks: readonly ChangedRange[];
  /** Ranges of `edited` that are new. */
  readonly editedMarks: readonly ChangedRange[];
}

/** The signature level: presented vs recomputed, and how many bits differ. */
export interface SignatureLevel {
  readonly presented: SignatureView;
  readonly recomputed: SignatureView | null;
  /** `null` when no signature could be recomputed (no usable key). */
  readonly differingBits: number | null;
  readonly totalBits: number;
  /** One sentence on the count, or on why there is none. */
  readonly summary: string | null;
}

/** The change shown three times: in the JSON, in the base64url payload segment, in the signature. */
export interface TamperLevels {
  readonly json: TamperLevel;
  readonly segment: TamperLevel & {
    /** Bytes added (positive) or removed (negative) by the edit. */
    readonly byteDelta: number;
    /** One line: why base64url changes from the first changed character on, or does not. */
    readonly why: string;
  };
  readonly signature: SignatureLevel;
}

/** The inputs of `describeTamperLevels`: the texts and segments before and after, and both signatures. */
export interface TamperLevelsInput {
  readonly signedPayloadText: string;
  readonly editedPayloadText: string;
  readonly signedSegment: string;
  readonly editedSegment: string;
  readonly presented: { readonly view: SignatureView; readonly bytes: Uint8Array };
  readonly recomputed: { readonly view: SignatureView; readonly bytes: Uint8Array } | null;
}

/** Counts the bits that differ between two byte strings; bytes past the shorter one count as all different. */
export function countDifferingBits(a: Uint8Array, b: Uint8Array): number {
  let count = 8 * Math.abs(a.length - b.length);
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    let x = (a[i] ?? 0) ^ (b[i] ?? 0);
    while (x !== 0) {
      count += x & 1;
      x >>>= 1;
    }
  }
  return count;
}

function level(signed: string, edited: string): TamperLevel {
  return {
    signed,
    edited,
    signedMarks: diffSigningInput(edited, signed),
    editedMarks: diffSigningInput(signed, edited),
  };
}

/** Describes one edit at the three levels a student should see it. */
export function describeTamperLevels(input: TamperLevelsInput): TamperLevels {
  const byteDelta = utf8ToBytes(input.editedPayloadText).length - utf8ToBytes(input.signedPayloadText).length;
  const changed = input.signedPayloadText !== input.editedPayloadText;
  const { presented, recomputed } = input;
  const totalBits = presented.bytes.length * 8;
  const differingBits = recomputed ? countDifferingBits(presented.bytes, recomputed.bytes) : null;
  return {
    json: level(input.signedPayloadText, input.editedPayloadText),
    segment: {
      ...level(input.signedSegment, input.editedSegment),
      byteDelta,
      why: explainBase64Shift(changed, byteDelta),
    },
    signature: {
      presented: presented.view,
      recomputed: recomputed?.view ?? null,
      differingBits,
      totalBits,
      summary: differingBits === null ? null : explainAvalanche(differingBits, totalBits, changed),
    },
  };
}
