import { describe, expect, it } from 'vitest';
import { describeTimeStatus } from './verify-time';

const NOW = Date.UTC(2026, 10, 28, 12, 0, 0);
const nowS = NOW / 1000;

describe('describeTimeStatus', () => {
  it.each([
    ['a valid window', { iat: nowS - 60, exp: nowS + 60 }, []],
    ['an expired token', { exp: nowS - 3 * 86_400 }, [/^token expired 3 days ago$/]],
    ['a token not valid yet', { nbf: nowS + 7200 }, [/^token not yet valid: becomes valid in 2 hours$/]],
    ['exp as a string', { exp: '1000' }, [/^exp is not a NumericDate/]],
    ['nbf as null', { nbf: null }, [/^nbf is not a NumericDate/]],
    ['a payload that is not an object', 'text', []],
  ])('describes %s', (_name, payload, expected) => {
    const facts = describeTimeStatus(payload, NOW, 0);
    expect(facts).toHaveLength(expected.length);
    expected.forEach((pattern, index) => expect(facts[index]).toMatch(pattern));
  });
});
