import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AuditEvent } from './audit-protocol';
import { startAudit, type AuditPort } from './audit-runner';
import { createAuditCommandHandler } from './audit-worker-loop';
import { parseCrackTarget } from './crack-target';
import { WELL_KNOWN_SECRETS } from './known-secrets';
import { parseSecretList, splitSecretLines } from './secret-list';
import { signWeakExampleToken, WEAK_EXAMPLE_SECRET } from './weak-example';

const LIST_TEXT = readFileSync(new URL('../../data/jwt.secrets.list', import.meta.url), 'utf8');
// The audit's order for "Published secrets": the well-known defaults, then the list, without repeats.
const CANDIDATES = [
  ...new Set([...WELL_KNOWN_SECRETS.map((entry) => entry.secret), ...parseSecretList(LIST_TEXT)]),
];
const NOW = Date.UTC(2030, 0, 1, 12);

function spawnInProcess(): AuditPort {
  let alive = true;
  let listener: (event: AuditEvent) => void = () => {};
  const handle = createAuditCommandHandler({
    post: (event) => setTimeout(() => alive && listener(event)),
    defer: (next) => setTimeout(() => alive && next()),
    now: () => performance.now(),
  });
  return {
    send: (command) => setTimeout(() => alive && handle(command)),
    listen: (handler) => (listener = handler),
    terminate: () => (alive = false),
  };
}

describe('signWeakExampleToken', () => {
  it('signs HS256 with the weak secret, over throwaway claims issued now', async () => {
    const token = await signWeakExampleToken(NOW);
    const [header = '', payload = '', signature = ''] = token.split('.');
    expect(createHmac('sha256', WEAK_EXAMPLE_SECRET).update(`${header}.${payload}`).digest('base64url')).toBe(
      signature,
    );
    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString())).toEqual({
      sub: 'weak-example',
      name: 'Example User',
      role: 'user',
      iat: NOW / 1000,
      exp: NOW / 1000 + 3600,
    });
    expect(parseCrackTarget(token)).toMatchObject({ ok: true, value: { alg: 'HS256' } });
  });

  it('uses a secret from the published list, early enough to be found within a second', () => {
    expect(splitSecretLines(LIST_TEXT)).toContain(WEAK_EXAMPLE_SECRET);
    const index = CANDIDATES.indexOf(WEAK_EXAMPLE_SECRET);
    expect(index).toBeGreaterThan(1_000); // deep enough for the bar to move and the speed to be timed
    expect(index).toBeLessThan(10_000);
  });

  it('is found by the audit over the published secrets', async () => {
    const target = parseCrackTarget(await signWeakExampleToken(NOW));
    if (!target.ok) throw new Error(target.error.message);
    const outcome = await startAudit(
      target.value,
      { kind: 'list', candidates: CANDIDATES },
      { workers: 2, spawn: spawnInProcess, now: () => performance.now() },
    ).outcome;
    expect(outcome).toMatchObject({ kind: 'found', secretText: WEAK_EXAMPLE_SECRET });
    expect(outcome.tried).toBeGreaterThanOrEqual(CANDIDATES.indexOf(WEAK_EXAMPLE_SECRET) + 1);
  });
});
