/** The steps of a key's life (generate, publish, sign, retire, leak), for `applyEvent`. */
import { fail, ok, type ErrorField, type Result } from '@/core/errors';
import type { SimEvent } from './events';
import { findKey, KEY_KIND_ALG, type SimKey, type World } from './world';

type EventOf<T extends SimEvent['type']> = Extract<SimEvent, { type: T }>;

/** The world with `change` applied and a line added to its timeline at the current time. */
export function logStep(world: World, text: string, change: Partial<World>): Result<World> {
  return ok({ ...world, ...change, log: [...world.log, { atS: world.nowS, text }] });
}

/** A step that makes no sense in the current state. */
export function stepError(field: ErrorField, message: string): Result<World> {
  return fail('ROTATION_STEP_INVALID', field, message);
}

/** Adds a new key, named `key-N` unless the event names it. */
export function generateKey(world: World, event: EventOf<'generateKey'>): Result<World> {
  const kid = event.kid ?? nextKid(world);
  if (kid.trim() === '') return fail('KEY_INVALID', 'key', 'A key needs a non-empty kid.');
  if (findKey(world, kid))
    return fail('KEY_INVALID', 'key', `A key with kid "${kid}" already exists; kids must be unique.`);
  const key: SimKey = { kid, kind: event.kind, createdAt: world.nowS };
  return logStep(world, `Generated ${KEY_KIND_ALG[event.kind]} key "${kid}".`, {
    keys: [...world.keys, key],
  });
}

/** Puts a key in the verifier's secret set (HMAC) or the published JWKS (ES256). */
export function publishKey(world: World, { kid }: EventOf<'publishKey'>): Result<World> {
  return withKey(world, kid, (key) => {
    if (key.publishedAt !== undefined) return stepError('key', `Key "${kid}" is already published.`);
    if (key.retiredAt !== undefined)
      return stepError('key', `Key "${kid}" is retired; generate a new key instead.`);
    const where = key.kind === 'hmac' ? "the verifier's secret set" : 'the JWKS';
    return logStep(world, `Published "${kid}" to ${where}.`, {
      keys: updateKeys(world.keys, kid, { publishedAt: world.nowS }),
    });
  });
}

/** Makes the issuer sign new tokens with this key. Signing before publishing is allowed: it is a lesson. */
export function startSigning(world: World, { kid }: EventOf<'startSigning'>): Result<World> {
  return withKey(world, kid, (key) => {
    if (key.retiredAt !== undefined)
      return stepError('key', `Key "${kid}" is retired; it cannot sign again.`);
    if (world.signingKid === kid) return stepError('key', `The issuer already signs with "${kid}".`);
    let keys = updateKeys(world.keys, kid, {
      signingFrom: key.signingFrom ?? world.nowS,
      signingUntil: undefined,
    });
    if (world.signingKid !== undefined)
      keys = updateKeys(keys, world.signingKid, { signingUntil: world.nowS });
    return logStep(world, `The issuer now signs with "${kid}".`, { keys, signingKid: kid });
  });
}

/** Removes a key from what the verifier accepts; the issuer stops signing with it too. */
export function retireKey(world: World, { kid }: EventOf<'retireKey'>): Result<World> {
  return withKey(world, kid, (key) => {
    if (key.publishedAt === undefined)
      return stepError('key', `Key "${kid}" was never published; there is nothing to retire.`);
    if (key.retiredAt !== undefined) return stepError('key', `Key "${kid}" is already retired.`);
    const signing = world.signingKid === kid;
    const now = world.nowS;
    const keys = updateKeys(
      world.keys,
      kid,
      signing ? { retiredAt: now, signingUntil: now } : { retiredAt: now },
    );
    const note = signing ? ' The issuer has no signing key until you pick one.' : '';
    return logStep(world, `Retired "${kid}": the verifier stops accepting it.${note}`, {
      keys,
      signingKid: signing ? undefined : world.signingKid,
    });
  });
}

/** Hands the key to an attacker, who can then forge tokens with it. */
export function leakKey(world: World, { kid }: EventOf<'leakKey'>): Result<World> {
  return withKey(world, kid, (key) =>
    logStep(world, `The secret of "${kid}" leaked: an attacker can now sign with it.`, {
      keys: updateKeys(world.keys, kid, { leakedAt: key.leakedAt ?? world.nowS }),
    }),
  );
}

function nextKid(world: World): string {
  let n = world.keys.length + 1;
  while (findKey(world, `key-${n}`)) n++;
  return `key-${n}`;
}

function withKey(world: World, kid: string, then: (key: SimKey) => Result<World>): Result<World> {
  const key = findKey(world, kid);
  return key ? then(key) : fail('KID_NOT_FOUND', 'key', `There is no key with kid "${kid}".`);
}

function updateKeys(keys: readonly SimKey[], kid: string, change: Partial<SimKey>): SimKey[] {
  return keys.map((key) => (key.kid === kid ? { ...key, ...change } : key));
}
