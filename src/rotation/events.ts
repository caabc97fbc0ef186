/**
 * Everything that can happen in the rotation world, as a pure reducer. A step that makes no sense in
 * the current state (publishing twice, retiring an unpublished key …) is refused with a `Result`.
 */
import { fail, ok, type Result } from '@/core/errors';
import { generateKey, leakKey, logStep, publishKey, retireKey, startSigning, stepError } from './key-steps';
import { findKey, formatSimTime, type KeyKind, type SimToken, type World } from './world';

export type SimEvent =
  | { readonly type: 'generateKey'; readonly kind: KeyKind; readonly kid?: string }
  | { readonly type: 'publishKey'; readonly kid: string }
  | { readonly type: 'startSigning'; readonly kid: string }
  | { readonly type: 'retireKey'; readonly kid: string }
  | { readonly type: 'issueToken'; readonly lifetimeS: number; readonly subject?: string }
  | { readonly type: 'advanceClock'; readonly byS: number }
  | { readonly type: 'refreshCache' }
  | { readonly type: 'leakKey'; readonly kid: string }
  | {
      readonly type: 'forgeToken';
      readonly kid: string;
      readonly lifetimeS: number;
      readonly subject?: string;
      /** For a `kid` the world does not have: which kind of key the attacker signs with. */
      readonly kind?: KeyKind;
    };

export type SimEventType = SimEvent['type'];

/** The world after `event`, or why the event cannot happen now. */
export function applyEvent(world: World, event: SimEvent): Result<World> {
  switch (event.type) {
    case 'generateKey':
      return generateKey(world, event);
    case 'publishKey':
      return publishKey(world, event);
    case 'startSigning':
      return startSigning(world, event);
    case 'retireKey':
      return retireKey(world, event);
    case 'leakKey':
      return leakKey(world, event);
    case 'issueToken': {
      const key = world.signingKid === undefined ? undefined : findKey(world, world.signingKid);
      if (!key)
        return fail(
          'NO_SUITABLE_KEY',
          'key',
          'The issuer has no signing key: generate one and start signing with it.',
        );
      if (!isPositiveInteger(event.lifetimeS)) return lifetimeError();
      const token = makeToken(
        world,
        { kid: key.kid, kind: key.kind, forged: false, signedWithRealKey: true },
        event,
      );
      const until = formatSimTime(world, token.expiresAt);
      return logStep(
        world,
        `Issued ${token.id} for ${token.subject}, signed with "${key.kid}", valid until ${until}.`,
        {
          tokens: [...world.tokens, token],
        },
      );
    }
    case 'forgeToken': {
      if (event.kid.trim() === '')
        return fail('KEY_INVALID', 'key', 'A forged token still needs a kid to name.');
      if (!isPositiveInteger(event.lifetimeS)) return lifetimeError();
      const key = findKey(world, event.kid);
      const leaked = key?.leakedAt !== undefined && key.leakedAt <= world.nowS;
      const kind = key?.kind ?? event.kind ?? 'hmac';
      const subject = event.subject ?? 'attacker';
      const token = makeToken(
        world,
        { kid: event.kid, kind, forged: true, signedWithRealKey: leaked },
        { ...event, subject },
      );
      const how = leaked ? 'with the leaked key' : "with the attacker's own key";
      return logStep(
        world,
        `An attacker forged ${token.id} for ${subject} naming kid "${event.kid}", ${how}.`,
        {
          tokens: [...world.tokens, token],
        },
      );
    }
    case 'advanceClock':
      if (!isPositiveInteger(event.byS))
        return stepError('claims', 'The clock only moves forward, by a whole number of seconds.');
      return ok({ ...world, nowS: world.nowS + event.byS });
    case 'refreshCache':
      return logStep(world, 'The verifier fetched the JWKS again.', {
        verifier: { ...world.verifier, cacheRefreshes: [...world.verifier.cacheRefreshes, world.nowS] },
      });
  }
}

/** Applies events in order; stops at the first one that cannot happen, naming its position. */
export function applyEvents(world: World, events: readonly SimEvent[]): Result<World> {
  let current = world;
  for (const [index, event] of events.entries()) {
    const next = applyEvent(current, event);
    if (!next.ok)
      return fail(
        next.error.code,
        next.error.field,
        `Step ${index + 1} (${event.type}): ${next.error.message}`,
      );
    current = next.value;
  }
  return ok(current);
}

type TokenSigner = Pick<SimToken, 'kid' | 'kind' | 'forged' | 'signedWithRealKey'>;

function makeToken(
  world: World,
  signer: TokenSigner,
  request: { lifetimeS: number; subject?: string },
): SimToken {
  const n = world.tokens.length + 1;
  return {
    id: `t${n}`,
    ...signer,
    subject: request.subject ?? `user-${n}`,
    issuedAt: world.nowS,
    expiresAt: world.nowS + request.lifetimeS,
  };
}

function isPositiveInteger(n: number): boolean {
  return Number.isSafeInteger(n) && n > 0;
}

function lifetimeError(): Result<World> {
  return stepError('claims', 'A token lifetime is a whole, positive number of seconds.');
}
