import { describe, expect, it } from 'vitest';
import { applyEvent, applyEvents, type SimEvent } from './events';
import { createWorld, findKey, type World } from './world';

const START = 1_750_000_000;

function worldAfter(events: readonly SimEvent[], jwksCacheTtlS = 0): World {
  const result = applyEvents(createWorld({ startS: START, jwksCacheTtlS }), events);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const READY: SimEvent[] = [
  { type: 'generateKey', kind: 'hmac', kid: 'k1' },
  { type: 'publishKey', kid: 'k1' },
  { type: 'startSigning', kid: 'k1' },
];

describe('applyEvent', () => {
  it('records each step of a key at the current clock time', () => {
    const world = worldAfter([
      ...READY,
      { type: 'advanceClock', byS: 100 },
      { type: 'generateKey', kind: 'es256' },
      { type: 'publishKey', kid: 'key-2' },
      { type: 'advanceClock', byS: 50 },
      { type: 'startSigning', kid: 'key-2' },
      { type: 'retireKey', kid: 'k1' },
    ]);
    expect(world.nowS).toBe(START + 150);
    expect(world.signingKid).toBe('key-2');
    expect(findKey(world, 'k1')).toEqual({
      kid: 'k1',
      kind: 'hmac',
      createdAt: START,
      publishedAt: START,
      signingFrom: START,
      signingUntil: START + 150,
      retiredAt: START + 150,
    });
    expect(findKey(world, 'key-2')).toMatchObject({
      kind: 'es256',
      createdAt: START + 100,
      signingFrom: START + 150,
    });
  });

  it('issues tokens with the signing key, numbered in order, expiring after their lifetime', () => {
    const world = worldAfter([...READY, { type: 'issueToken', lifetimeS: 900, subject: 'alice' }]);
    expect(world.tokens).toEqual([
      {
        id: 't1',
        kid: 'k1',
        kind: 'hmac',
        subject: 'alice',
        issuedAt: START,
        expiresAt: START + 900,
        forged: false,
        signedWithRealKey: true,
      },
    ]);
    expect(world.log.at(-1)?.text).toBe('Issued t1 for alice, signed with "k1", valid until T+15m.');
  });

  it.each([
    ['a leaked key', true, 'k1', true],
    ['a key that did not leak', false, 'k1', false],
    ['a kid the world does not have', true, 'nope', false],
  ] as const)('forges with %s', (_name, leak, kid, real) => {
    const leakStep: SimEvent[] = leak ? [{ type: 'leakKey', kid: 'k1' }] : [];
    const world = worldAfter([...READY, ...leakStep, { type: 'forgeToken', kid, lifetimeS: 60 }]);
    expect(world.tokens[0]).toMatchObject({
      kid,
      forged: true,
      signedWithRealKey: real,
      subject: 'attacker',
    });
  });

  it('stops the issuer signing when its key is retired', () => {
    const world = worldAfter([...READY, { type: 'retireKey', kid: 'k1' }]);
    expect(world.signingKid).toBeUndefined();
    const issue = applyEvent(world, { type: 'issueToken', lifetimeS: 60 });
    expect(!issue.ok && [issue.error.code, issue.error.field]).toEqual(['NO_SUITABLE_KEY', 'key']);
  });

  it('records an on-demand JWKS fetch', () => {
    const world = worldAfter([{ type: 'advanceClock', byS: 30 }, { type: 'refreshCache' }], 600);
    expect(world.verifier.cacheRefreshes).toEqual([START, START + 30]);
  });

  it.each([
    ['a duplicate kid', [{ type: 'generateKey', kind: 'es256', kid: 'k1' }], 'KEY_INVALID', 'key'],
    ['an empty kid', [{ type: 'generateKey', kind: 'hmac', kid: ' ' }], 'KEY_INVALID', 'key'],
    ['publishing an unknown kid', [{ type: 'publishKey', kid: 'x' }], 'KID_NOT_FOUND', 'key'],
    ['publishing twice', [{ type: 'publishKey', kid: 'k1' }], 'ROTATION_STEP_INVALID', 'key'],
    [
      'republishing a retired key',
      [
        { type: 'retireKey', kid: 'k1' },
        { type: 'publishKey', kid: 'k1' },
      ],
      'ROTATION_STEP_INVALID',
      'key',
    ],
    [
      'signing with the key already signing',
      [{ type: 'startSigning', kid: 'k1' }],
      'ROTATION_STEP_INVALID',
      'key',
    ],
    [
      'signing with a retired key',
      [
        { type: 'retireKey', kid: 'k1' },
        { type: 'startSigning', kid: 'k1' },
      ],
      'ROTATION_STEP_INVALID',
      'key',
    ],
    [
      'retiring an unpublished key',
      [
        { type: 'generateKey', kind: 'hmac', kid: 'k2' },
        { type: 'retireKey', kid: 'k2' },
      ],
      'ROTATION_STEP_INVALID',
      'key',
    ],
    [
      'retiring twice',
      [
        { type: 'retireKey', kid: 'k1' },
        { type: 'retireKey', kid: 'k1' },
      ],
      'ROTATION_STEP_INVALID',
      'key',
    ],
    ['leaking an unknown kid', [{ type: 'leakKey', kid: 'x' }], 'KID_NOT_FOUND', 'key'],
    ['a zero lifetime', [{ type: 'issueToken', lifetimeS: 0 }], 'ROTATION_STEP_INVALID', 'claims'],
    [
      'a fractional lifetime',
      [{ type: 'forgeToken', kid: 'k1', lifetimeS: 1.5 }],
      'ROTATION_STEP_INVALID',
      'claims',
    ],
    ['forging with an empty kid', [{ type: 'forgeToken', kid: '', lifetimeS: 60 }], 'KEY_INVALID', 'key'],
    ['moving the clock back', [{ type: 'advanceClock', byS: -5 }], 'ROTATION_STEP_INVALID', 'claims'],
    ['an infinite clock step', [{ type: 'advanceClock', byS: Infinity }], 'ROTATION_STEP_INVALID', 'claims'],
  ] as const)('refuses %s with %s', (_name, events, code, field) => {
    const result = applyEvents(worldAfter(READY), events as readonly SimEvent[]);
    expect(!result.ok && [result.error.code, result.error.field]).toEqual([code, field]);
    expect(!result.ok && result.error.message).toMatch(new RegExp(`^Step ${events.length} \\(`));
  });
});
