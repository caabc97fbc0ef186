/**
 * The guided scenarios of the /rotation page: each a script of timed events, a lesson, and
 * checkpoints that say what the verifier does with every token at chosen moments.
 */
import type { SimEvent } from './events';
import type { Outcome } from './outcome';
import type { KeyKind } from './world';

export type ScenarioId = 'overlap' | 'no-overlap' | 'leaked-secret' | 'stale-jwks-cache';

/** An event at an offset in seconds from the scenario's start. */
export type ScriptStep = readonly [offsetS: number, event: SimEvent];

/** The expected fate of every token issued so far, at an offset from the start. */
export interface Checkpoint {
  readonly atS: number;
  readonly label: string;
  readonly expect: Readonly<Record<string, Outcome>>;
  /** The scenario's most telling moment: the page opens the scenario here (one per scenario). */
  readonly keyMoment?: true;
}

export interface Scenario {
  readonly id: ScenarioId;
  readonly title: string;
  /** The lesson, in two or three sentences. */
  readonly lesson: string;
  readonly keyKind: KeyKind;
  readonly jwksCacheTtlS: number;
  /** Where the clock stops at the end of the script (offset from the start). */
  readonly durationS: number;
  readonly script: readonly ScriptStep[];
  readonly checkpoints: readonly Checkpoint[];
}

const MIN = 60;
const gen = (kind: KeyKind, kid: string): SimEvent => ({ type: 'generateKey', kind, kid });
const publish = (kid: string): SimEvent => ({ type: 'publishKey', kid });
const sign = (kid: string): SimEvent => ({ type: 'startSigning', kid });
const retire = (kid: string): SimEvent => ({ type: 'retireKey', kid });
const issue = (subject: string, lifetimeS: number): SimEvent => ({ type: 'issueToken', subject, lifetimeS });
const forge = (kid: string, lifetimeS: number): SimEvent => ({
  type: 'forgeToken',
  kid,
  subject: 'admin',
  lifetimeS,
});
const setUp = (kind: KeyKind, kid: string): ScriptStep[] => [
  [0, gen(kind, kid)],
  [0, publish(kid)],
  [0, sign(kid)],
];

const OVERLAP: Scenario = {
  id: 'overlap',
  title: 'Rotation with overlap',
  lesson:
    'Publish the new key first and wait until every verifier has fetched it (at least the JWKS cache TTL), then switch signing. Keep the old key in the JWKS until the last token it signed has expired, then retire it. Nobody is logged out.',
  keyKind: 'es256',
  jwksCacheTtlS: 5 * MIN,
  durationS: 2000,
  script: [
    ...setUp('es256', 'k1'),
    [0, issue('alice', 15 * MIN)],
    [300, issue('bob', 15 * MIN)],
    [600, gen('es256', 'k2')],
    [600, publish('k2')],
    [700, issue('carol', 15 * MIN)],
    [900, sign('k2')],
    [900, issue('dave', 15 * MIN)],
    [1200, issue('erin', 15 * MIN)],
    [1600, retire('k1')],
  ],
  checkpoints: [
    { atS: 650, label: 'k2 is published; k1 still signs', expect: { t1: 'accepted', t2: 'accepted' } },
    {
      atS: 900,
      label: 'The switch: every verifier has fetched k2 by now',
      expect: { t1: 'expired', t2: 'accepted', t3: 'accepted', t4: 'accepted' },
      keyMoment: true,
    },
    {
      atS: 1600,
      label: "k1 retired just as its last token (carol's) expired",
      expect: { t1: 'expired', t2: 'expired', t3: 'expired', t4: 'accepted', t5: 'accepted' },
    },
    {
      atS: 1800,
      label: 'The verifier drops k1 from its JWKS: nobody was still using it',
      expect: { t1: 'expired', t2: 'expired', t3: 'expired', t4: 'expired', t5: 'accepted' },
    },
  ],
};

const NO_OVERLAP: Scenario = {
  id: 'no-overlap',
  title: 'Rotation without overlap',
  lesson:
    'The same ES256 keys and the same verifier as with overlap, but k2 is published, signs and replaces k1 in one step. Until the verifier fetches the JWKS again, new tokens name a kid it has never seen; from that fetch on, every token k1 signed is refused. Live sessions break, and their users must log in again.',
  keyKind: 'es256',
  jwksCacheTtlS: 5 * MIN,
  durationS: 1200,
  script: [
    ...setUp('es256', 'k1'),
    [0, issue('alice', 15 * MIN)],
    [300, issue('bob', 15 * MIN)],
    [600, issue('carol', 15 * MIN)],
    [700, gen('es256', 'k2')],
    [700, publish('k2')],
    [700, sign('k2')],
    [700, retire('k1')],
    [700, issue('alice', 15 * MIN)],
  ],
  checkpoints: [
    { atS: 699, label: 'Just before the switch', expect: { t1: 'accepted', t2: 'accepted', t3: 'accepted' } },
    {
      atS: 700,
      label: "The switch: k2 signs, but the verifier's cached JWKS lacks it",
      expect: { t1: 'accepted', t2: 'accepted', t3: 'accepted', t4: 'unknown-kid' },
    },
    {
      atS: 900,
      label: 'The verifier fetches the JWKS: k1 is gone, live sessions break',
      expect: { t1: 'expired', t2: 'retired', t3: 'retired', t4: 'accepted' },
      keyMoment: true,
    },
    {
      atS: 1200,
      label: 'Only tokens signed after the switch work',
      expect: { t1: 'expired', t2: 'expired', t3: 'retired', t4: 'accepted' },
    },
  ],
};

const LEAKED_SECRET: Scenario = {
  id: 'leaked-secret',
  title: 'Emergency rotation after a leaked secret',
  lesson:
    "Once a secret leaks, anyone can forge tokens the verifier cannot tell from real ones. Retire it at once, even though honest users must log in again: from that moment the forged token is refused, and the attacker's old secret is useless under the new kid.",
  keyKind: 'hmac',
  jwksCacheTtlS: 0,
  durationS: 1200,
  script: [
    ...setUp('hmac', 'k1'),
    [0, issue('alice', 15 * MIN)],
    [300, { type: 'leakKey', kid: 'k1' }],
    [300, forge('k1', 24 * 60 * MIN)],
    [400, issue('bob', 15 * MIN)],
    [600, gen('hmac', 'k2')],
    [600, publish('k2')],
    [600, sign('k2')],
    [600, retire('k1')],
    [600, issue('alice', 15 * MIN)],
    [660, forge('k2', 24 * 60 * MIN)],
  ],
  checkpoints: [
    {
      atS: 500,
      label: 'The leak: the forged admin token is accepted',
      expect: { t1: 'accepted', t2: 'accepted', t3: 'accepted' },
    },
    {
      atS: 600,
      label: 'Emergency rotation: k1 retired at once',
      expect: { t1: 'retired', t2: 'retired', t3: 'retired', t4: 'accepted' },
      keyMoment: true,
    },
    {
      atS: 700,
      label: 'A forgery under the new kid fails: the attacker lacks k2',
      expect: { t1: 'retired', t2: 'retired', t3: 'retired', t4: 'accepted', t5: 'invalid' },
    },
  ],
};

const STALE_JWKS_CACHE: Scenario = {
  id: 'stale-jwks-cache',
  title: 'A verifier that caches the JWKS too long',
  lesson:
    'The issuer publishes k2 and signs with it at once, but the verifier keeps its JWKS for an hour. Until it fetches the set again, every new token names a kid it has never seen. Publish first, then wait longer than the longest verifier cache before signing with the new key.',
  keyKind: 'es256',
  jwksCacheTtlS: 60 * MIN,
  durationS: 4000,
  script: [
    ...setUp('es256', 'k1'),
    [0, issue('alice', 60 * MIN)],
    [600, gen('es256', 'k2')],
    [600, publish('k2')],
    [600, sign('k2')],
    [600, issue('bob', 60 * MIN)],
    [1800, issue('carol', 60 * MIN)],
  ],
  checkpoints: [
    { atS: 599, label: 'Before the switch', expect: { t1: 'accepted' } },
    {
      atS: 600,
      label: 'k2 signs, but the cached JWKS lacks it',
      expect: { t1: 'accepted', t2: 'unknown-kid' },
      keyMoment: true,
    },
    {
      atS: 3599,
      label: 'Still the JWKS fetched at the start',
      expect: { t1: 'accepted', t2: 'unknown-kid', t3: 'unknown-kid' },
    },
    {
      atS: 3600,
      label: 'The cache refreshes: k2 is known at last',
      expect: { t1: 'expired', t2: 'accepted', t3: 'accepted' },
    },
  ],
};

export const SCENARIOS: readonly Scenario[] = [OVERLAP, NO_OVERLAP, LEAKED_SECRET, STALE_JWKS_CACHE];

/** The offset of the scenario's key moment, where the page opens it (its end if none is marked). */
export function keyMomentS(scenario: Scenario): number {
  return scenario.checkpoints.find((checkpoint) => checkpoint.keyMoment)?.atS ?? scenario.durationS;
}
