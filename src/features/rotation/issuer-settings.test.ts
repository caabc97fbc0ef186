import { describe, expect, it } from 'vitest';
import { playScenario } from '@/rotation/play-scenario';
import { keyMomentS, SCENARIOS } from '@/rotation/scenarios';
import { createWorld } from '@/rotation/world';
import { CACHE_TTLS, describeCacheTtl, issuerSettings, LIFETIMES } from './issuer-settings';

const START = 1_750_000_000;

describe('issuerSettings', () => {
  it.each(SCENARIOS.map((s) => [s.id, s] as const))(
    '%s: the controls show the scenario’s key type, token lifetime and JWKS cache at its key moment',
    (_id, scenario) => {
      const played = playScenario(scenario, START, keyMomentS(scenario));
      if (!played.ok) throw new Error(played.error.message);
      const settings = issuerSettings(played.value);
      const issued = scenario.script.flatMap(([, event]) =>
        event.type === 'issueToken' ? [event.lifetimeS] : [],
      );
      expect(settings).toEqual({
        kind: scenario.keyKind,
        lifetimeS: issued.at(-1),
        jwksCacheTtlS: scenario.jwksCacheTtlS,
      });
      // Every setting is one the selects offer, so a select never shows a value it lacks.
      expect(LIFETIMES.map((option) => option.s)).toContain(settings.lifetimeS);
      expect(CACHE_TTLS.map((option) => option.s)).toContain(settings.jwksCacheTtlS);
    },
  );

  it.each([
    [0, 'hmac'],
    [300, 'es256'],
  ] as const)('an empty world with a cache of %is starts on %s keys', (ttl, kind) => {
    expect(issuerSettings(createWorld({ startS: START, jwksCacheTtlS: ttl }))).toEqual({
      kind,
      lifetimeS: 900,
      jwksCacheTtlS: ttl,
    });
  });
});

describe('describeCacheTtl', () => {
  it.each([
    [0, 'No cache'],
    [300, 'Cached for 5 min'],
    [3600, 'Cached for 60 min'],
  ])('says %is as %s', (ttl, text) => {
    expect(describeCacheTtl(ttl)).toBe(text);
  });
});
