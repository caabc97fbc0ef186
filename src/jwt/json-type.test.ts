import { describe, expect, it } from 'vitest';
import { describeJsonType } from '@/jwt/json-type';

describe('describeJsonType', () => {
  it.each([
    ['s', 'a string'],
    [1, 'a number'],
    [false, 'a boolean'],
    [null, 'null'],
    [[], 'an array'],
    [{}, 'an object'],
    [undefined, 'undefined'],
  ])('names %j as %s', (value, expected) => {
    expect(describeJsonType(value)).toBe(expected);
  });
});
