import { describe, expect, it } from 'vitest';
import { viewSignature, encodeSegment } from './sign';
import { countDifferingBits, describeTamperLevels } from './tamper-levels';
import { explainBase64Shift } from './tamper-text';

const bytes = (...values: number[]) => Uint8Array.from(values);
const sig = (b: Uint8Array) => ({ view: viewSignature(b), bytes: b });

describe('countDifferingBits', () => {
  it.each<[string, Uint8Array, Uint8Array, number]>([
    ['equal bytes', bytes(1, 2, 3), bytes(1, 2, 3), 0],
    ['one bit', bytes(0b0000_0001), bytes(0b0000_0000), 1],
    ['every bit of a byte', bytes(0xff), bytes(0x00), 8],
    ['bits spread over bytes', bytes(0xf0, 0x0f), bytes(0x0f, 0x0f), 8],
    ['a missing byte counts as 8', bytes(0x00, 0x00), bytes(0x00), 8],
    ['nothing', bytes(), bytes(), 0],
  ])('%s', (_name, a, b, expected) => {
    expect(countDifferingBits(a, b)).toBe(expected);
    expect(countDifferingBits(b, a)).toBe(expected);
  });
});

describe('explainBase64Shift', () => {
  it.each<[string, boolean, number, RegExp]>([
    ['unchanged', false, 0, /unchanged/],
    ['same length', true, 0, /stays aligned/],
    ['one byte more', true, 1, /adds 1 byte, so every later byte lands in a new place/],
    ['two bytes fewer', true, -2, /removes 2 bytes, so every later byte/],
    ['three bytes more', true, 3, /adds 3 bytes, whole 3-byte groups/],
  ])('%s', (_name, changed, delta, expected) => {
    expect(explainBase64Shift(changed, delta)).toMatch(expected);
  });
});

describe('describeTamperLevels', () => {
  const signedText = '{"sub":"u","role":"user","iat":1}';
  const editedText = '{"sub":"u","role":"admin","iat":1}';
  const presented = bytes(0x00, 0xff, 0x0f, 0xf0);
  const recomputed = bytes(0x00, 0x00, 0x0f, 0xf0);

  it('marks one value in the JSON, the segment from the first changed character, and counts bits', () => {
    const levels = describeTamperLevels({
      signedPayloadText: signedText,
      editedPayloadText: editedText,
      signedSegment: encodeSegment(signedText),
      editedSegment: encodeSegment(editedText),
      presented: sig(presented),
      recomputed: sig(recomputed),
    });
    const at = (text: string, marks: readonly { start: number; end: number }[]) =>
      marks.map((m) => text.slice(m.start, m.end));
    expect(at(levels.json.signed, levels.json.signedMarks)).toEqual(['user']);
    expect(at(levels.json.edited, levels.json.editedMarks)).toEqual(['admin']);
    const firstChange = [...levels.segment.edited].findIndex((c, i) => c !== levels.segment.signed[i]);
    expect(levels.segment.editedMarks[0]?.start).toBe(firstChange);
    expect(levels.segment.byteDelta).toBe(1);
    expect(levels.segment.why).toMatch(/adds 1 byte/);
    expect(levels.signature).toMatchObject({ differingBits: 8, totalBits: 32 });
    expect(levels.signature.summary).toMatch(/^8 of 32 bits differ \(25%\)/);
  });

  it('has no count without a recomputed signature', () => {
    const levels = describeTamperLevels({
      signedPayloadText: signedText,
      editedPayloadText: signedText,
      signedSegment: encodeSegment(signedText),
      editedSegment: encodeSegment(signedText),
      presented: sig(presented),
      recomputed: null,
    });
    expect(levels.signature).toMatchObject({ differingBits: null, summary: null, recomputed: null });
    expect(levels.json.editedMarks).toEqual([]);
    expect(levels.segment.editedMarks).toEqual([]);
  });
});
