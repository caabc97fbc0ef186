import { decodeJwt, decodeProtectedHeader } from 'jose';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AttackExperiment, AttackId, AttackRun } from './experiment';
import { ATTACK_EXPERIMENTS } from './experiments';
import * as hardened from './hardened-verifier';
import * as naive from './naive-verifiers';

// Every verifier call is recorded (and still performed), so a test can prove both verdicts are over the
// very bytes the run reports as its forged token.
vi.mock('./hardened-verifier', async (importOriginal) => {
  const real = await importOriginal<typeof hardened>();
  return {
    ...real,
    verifyHardened: vi.fn(real.verifyHardened),
    decryptHardened: vi.fn(real.decryptHardened),
  };
});
vi.mock('./naive-verifiers', async (importOriginal) => {
  const real = await importOriginal<typeof naive>();
  const wrapped = Object.entries(real).map(([name, value]) => [
    name,
    typeof value === 'function' ? vi.fn(value) : value,
  ]);
  return Object.fromEntries(wrapped) as typeof real;
});

const NOW_MS = Date.UTC(2025, 5, 1, 12, 0, 0);
const BASE64URL = /^[A-Za-z0-9_-]+$/;

function initialInputs(experiment: AttackExperiment): Record<string, string> {
  return Object.fromEntries(experiment.inputs.map((field) => [field.name, field.initial]));
}

async function runInitial(experiment: AttackExperiment): Promise<AttackRun> {
  const result = await experiment.run(initialInputs(experiment), { nowMs: NOW_MS });
  if (!result.ok) throw new Error(`${experiment.id}: ${result.error.code} on ${result.error.field}`);
  return result.value;
}

/** Each experiment's expected verdict codes with its initial inputs: the naive verifier's, then jose's. */
const EXPECTED: Readonly<Record<AttackId, readonly [naive: string, jose: string]>> = {
  'alg-none': ['SIGNATURE_SKIPPED', 'ERR_JOSE_ALG_NOT_ALLOWED'],
  'alg-confusion': ['SIGNATURE_VALID', 'ERR_JOSE_ALG_NOT_ALLOWED'],
  'embedded-jwk': ['SIGNATURE_VALID', 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED'],
  jku: ['SIGNATURE_VALID', 'ERR_JWKS_NO_MATCHING_KEY'],
  'kid-injection': ['SIGNATURE_VALID', 'ERR_JWKS_NO_MATCHING_KEY'],
  'weak-secret': ['SIGNATURE_VALID', 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED'],
  'psychic-signature': ['SIGNATURE_VALID', 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED'],
  'claims-unchecked': ['SIGNATURE_VALID', 'ERR_JWT_EXPIRED'],
  'decode-not-verify': ['NOT_VERIFIED', 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED'],
  'cross-service': ['SIGNATURE_VALID', 'ERR_JWT_CLAIM_VALIDATION_FAILED'],
  'payload-is-public': ['SIGNATURE_VALID', 'ERR_JWE_INVALID'],
  'leaked-secret': ['SIGNATURE_VALID', 'ERR_JWKS_NO_MATCHING_KEY'],
};

const TABLE = ATTACK_EXPERIMENTS.map((experiment) => [experiment.id, experiment] as const);

afterEach(() => vi.clearAllMocks());

describe('ATTACK_EXPERIMENTS', () => {
  it('lists the twelve experiments of issue 11, in its order', () => {
    expect(ATTACK_EXPERIMENTS.map((experiment) => experiment.id)).toEqual(Object.keys(EXPECTED));
  });

  it.each(TABLE)(
    '%s: with its initial inputs the naive verifier accepts and the hardened one refuses',
    async (id, experiment) => {
      const run = await runInitial(experiment);
      const [naiveCode, joseCode] = EXPECTED[id];
      expect(run.naive).toMatchObject({ state: 'accepted', code: naiveCode });
      expect(run.hardened).toMatchObject({ state: 'refused', code: joseCode });
      expect(run.hardened.claims).toBeUndefined();
      expect(run.hardened.message).toContain('jose refused it');
      expect(run.steps.length).toBeGreaterThanOrEqual(3);
    },
  );

  it.each(TABLE)(
    '%s: the forged token is a compact JWS whose claims the naive verifier handed on',
    async (id, experiment) => {
      const run = await runInitial(experiment);
      const [header = '', payload = '', signature = '', ...extra] = run.forgedToken.split('.');
      expect(extra).toEqual([]);
      expect(header).toMatch(BASE64URL);
      expect(payload).toMatch(BASE64URL);
      // Only an unsecured ("alg": "none") token may end with an empty signature.
      if (id === 'alg-none') expect(signature).toBe('');
      else expect(signature).toMatch(BASE64URL);
      expect(decodeProtectedHeader(run.forgedToken).alg).toBeTypeOf('string');
      expect(run.naive.claims).toEqual(decodeJwt(run.forgedToken));
    },
  );

  it.each(TABLE)('%s: both verdicts are over the same token bytes', async (_id, experiment) => {
    const run = await runInitial(experiment);
    const naiveCalls = Object.values(naive)
      .filter((value) => vi.isMockFunction(value))
      .flatMap((mock) => mock.mock.calls);
    const hardenedCalls = [
      ...vi.mocked(hardened.verifyHardened).mock.calls,
      ...vi.mocked(hardened.decryptHardened).mock.calls,
    ];
    expect(naiveCalls.map((call) => call[0])).toEqual([run.forgedToken]);
    expect(hardenedCalls.map((call) => call[0])).toEqual([run.forgedToken]);
  });

  it.each(TABLE)(
    '%s: edited claims are re-run into a new token that carries them (nothing is canned)',
    async (id, experiment) => {
      const first = await runInitial(experiment);
      const claims = JSON.stringify({
        ...JSON.parse(initialInputs(experiment)['claims'] ?? '{}'),
        note: 'edited',
      });
      const result = await experiment.run({ ...initialInputs(experiment), claims }, { nowMs: NOW_MS });
      if (!result.ok) throw new Error(result.error.message);
      const [naiveCode, joseCode] = EXPECTED[id];
      expect(result.value.forgedToken).not.toBe(first.forgedToken);
      expect(decodeJwt(result.value.forgedToken)['note']).toBe('edited');
      expect(result.value.naive).toMatchObject({
        state: 'accepted',
        code: naiveCode,
        claims: { note: 'edited' },
      });
      expect(result.value.hardened).toMatchObject({ state: 'refused', code: joseCode });
    },
  );

  it.each(TABLE)(
    '%s: claims that are not a JSON object are a PAYLOAD_NOT_JSON error on "claims"',
    async (_id, experiment) => {
      for (const claims of ['[1, 2]', '{"sub": ', '']) {
        const result = await experiment.run({ ...initialInputs(experiment), claims }, { nowMs: NOW_MS });
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error).toMatchObject({ code: 'PAYLOAD_NOT_JSON', field: 'claims' });
      }
    },
  );

  const CHOICES = ATTACK_EXPERIMENTS.flatMap((experiment) =>
    experiment.inputs
      .filter((field) => field.options)
      .map((field) => [experiment.id, field.name, experiment] as const),
  );
  it.each(CHOICES)(
    '%s: a %s that is not one of its options is an ATTACK_INPUT_INVALID error on that field',
    async (_id, name, experiment) => {
      const result = await experiment.run(
        { ...initialInputs(experiment), [name]: 'something else' },
        { nowMs: NOW_MS },
      );
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatchObject({ code: 'ATTACK_INPUT_INVALID', field: name });
    },
  );

  it.each(TABLE)(
    '%s: describes itself completely, with a jose fix and an https reference',
    (_id, experiment) => {
      expect(experiment.title).not.toBe('');
      expect(experiment.situation.length).toBeGreaterThan(60);
      expect(experiment.why.length).toBeGreaterThan(60);
      expect(experiment.fix).toMatch(/from 'jose'/);
      expect(experiment.fix).toMatch(/algorithms|Algorithms/);
      expect(experiment.reference.label).toMatch(/CVE-\d{4}-\d+|RFC \d+ §|CWE-\d+/);
      expect(experiment.reference.url).toMatch(/^https:\/\//);
      expect(['/', '/keys', '/rotation']).toContain(experiment.defence.path);
      const names = experiment.inputs.map((field) => field.name);
      expect(new Set(names).size).toBe(names.length);
      for (const field of experiment.inputs)
        if (field.options) expect(field.options).toContain(field.initial);
    },
  );
});
