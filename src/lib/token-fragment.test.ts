import { describe, expect, it } from 'vitest';
import { hashWithoutToken } from './token-fragment';

describe('hashWithoutToken', () => {
  it.each([
    ['#token=abc', ''],
    ['#id_token=abc&state=1', '#state=1'],
    ['#state=1&access_token=abc&token=x', '#state=1'],
    ['#section-2', '#section-2'],
    ['', ''],
  ])('%s → %s', (hash, expected) => {
    expect(hashWithoutToken(hash)).toBe(expected);
  });
});
