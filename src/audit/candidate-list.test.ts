import { describe, expect, it } from 'vitest';
import { countPacked, packCandidates, slicePacked, type PackedCandidates } from './candidate-list';

const unpack = (packed: PackedCandidates) =>
  Array.from({ length: countPacked(packed) }, (_, i) =>
    new TextDecoder().decode(packed.bytes.subarray(packed.offsets[i], packed.offsets[i + 1])),
  );

describe('packCandidates', () => {
  it.each([[['secret', '', 'clé', '🔑x']], [[]]])('round-trips %j through UTF-8', (words) => {
    expect(unpack(packCandidates(words))).toEqual(words);
  });
});

describe('slicePacked', () => {
  it.each([
    [0, 2, ['a', 'bb']],
    [1, 4, ['bb', '', 'dddd']],
    [4, 4, []],
  ])('copies candidates [%i, %i) into a list of their own', (start, end, expected) => {
    const slice = slicePacked(packCandidates(['a', 'bb', '', 'dddd']), start, end);
    expect(unpack(slice)).toEqual(expected);
    expect(slice.offsets[0]).toBe(0);
  });
});
