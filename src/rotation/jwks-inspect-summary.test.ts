import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inspectJwks, type JwksReport } from './jwks-inspect';
import { describeProblemPlace, summarizeJwks, type JwksProblemGroup } from './jwks-inspect-summary';

type Jwk = Record<string, unknown>;

// One public key reused under many kids: generating 10,000 RSA keys would take minutes.
const RSA: Jwk = {
  ...(generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ format: 'jwk' }) as Jwk),
  alg: 'RS256',
  use: 'sig',
};
const EC: Jwk = {
  ...(generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ format: 'jwk' }) as Jwk),
  alg: 'ES256',
};

async function report(keys: unknown[] | string): Promise<JwksReport> {
  const result = await inspectJwks(typeof keys === 'string' ? keys : JSON.stringify({ keys }));
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** 50 keys with their own kids, then 9,950 that share one. */
const TEN_THOUSAND = Array.from({ length: 10_000 }, (_, i) => ({
  ...RSA,
  kid: i < 50 ? `key-${i + 1}` : 'shared',
}));

describe('summarizeJwks', () => {
  it('inspects 10,000 keys in time and says each kind of problem once', async () => {
    const started = performance.now();
    const summary = summarizeJwks(await report(TEN_THOUSAND));
    // Generous: 0.8 s alone, over 2 s on a loaded two-core machine; the old code took 1.8 s without yielding.
    expect(performance.now() - started).toBeLessThan(5000);
    expect(summary).toMatchObject({ keyCount: 10_000, keyTypes: [['RSA', 10_000]], errorCount: 9_949 });
    expect(summary.groups).toHaveLength(1);
    const [group] = summary.groups;
    expect(group?.message).toBe(
      '9,950 keys share kid "shared": a verifier cannot tell which key a token means (RFC 7517 §4.5).',
    );
    expect(group?.keyIndexes).toHaveLength(9_950);
    expect(group && describeProblemPlace(group)).toBe('Keys 51, 52, 53, 54, 55 and 9,945 more');
  });

  it('lets timers run while it inspects 10,000 keys (the page keeps answering)', async () => {
    let last = performance.now();
    let longest = 0;
    let ticks = 0;
    let running = true;
    const tick = () => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      ticks += 1;
      if (running) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    await report(TEN_THOUSAND);
    running = false;
    expect(ticks).toBeGreaterThan(10);
    expect(longest).toBeLessThan(250);
  });

  it('groups a problem shared by many keys, and keeps the kid of a single one', async () => {
    const summary = summarizeJwks(
      await report([
        { ...EC, kid: 'a', use: 'foo' },
        { ...EC, kid: 'b', use: 'foo' },
        { ...EC, kid: 'c', use: 'foo' },
        { ...EC, kid: 'a' },
        { ...RSA, kid: 'a' },
        { ...RSA, kid: 'r', alg: 'ES256' },
        'junk',
      ]),
    );
    expect(summary).toMatchObject({
      keyCount: 7,
      keyTypes: [
        ['EC', 4],
        ['RSA', 2],
        ['?', 1],
      ],
      errorCount: 3,
      warningCount: 4,
    });
    expect(summary.groups.map((g) => [g.severity, describeProblemPlace(g), g.message.slice(0, 40)])).toEqual([
      ['error', 'Key 6 (kid "r")', 'alg ES256 needs an EC key, but this key '],
      ['error', 'Key 7', 'Key 7 is not a JSON object.'],
      ['error', 'Keys 1 and 4', '2 keys share kid "a": a verifier cannot '],
      ['warning', 'Keys 1, 2 and 3', 'Unknown use "foo": RFC 7517 §4.2 defines'],
      ['warning', 'Keys 1 and 5', '2 keys share kid "a": allowed only for e'],
    ]);
  });
});

describe('describeProblemPlace', () => {
  it.each<[JwksProblemGroup, string]>([
    [{ severity: 'warning', message: '', keyIndexes: [] }, 'The set'],
    [{ severity: 'error', message: '', keyIndexes: [2] }, 'Key 3'],
    [{ severity: 'error', message: '', keyIndexes: [2], kid: 'k' }, 'Key 3 (kid "k")'],
    [{ severity: 'error', message: '', keyIndexes: [0, 9_999] }, 'Keys 1 and 10,000'],
    [{ severity: 'error', message: '', keyIndexes: [0, 1, 2, 3, 4, 5] }, 'Keys 1, 2, 3, 4, 5 and 1 more'],
  ])('places %j as %s', (group, place) => {
    expect(describeProblemPlace(group)).toBe(place);
  });
});
