import { describe, expect, it } from 'vitest';
import { labError } from '@/core/errors';
import type { ClaimChange, ClaimChanges } from './claim-changes';
import { describeClaimChange, summarizeChanges, type ResignFacts } from './claim-changes-text';

const change = (partial: Partial<ClaimChange>): ClaimChange => ({
  part: 'payload',
  name: 'role',
  kind: 'changed',
  before: '"user"',
  after: '"admin"',
  ...partial,
});

describe('describeClaimChange', () => {
  it.each([
    [change({}), 'role changed ("user" → "admin")'],
    [change({ kind: 'added', name: 'scope', before: null, after: '"read"' }), 'scope added ("read")'],
    [change({ kind: 'removed', name: 'exp', before: '1', after: null }), 'exp removed'],
    [
      change({ part: 'header', name: 'alg', before: '"HS256"', after: '"HS384"' }),
      'header alg changed ("HS256" → "HS384")',
    ],
    [
      change({ kind: 'added', before: null, after: `"${'x'.repeat(60)}"` }),
      `role added ("${'x'.repeat(38)}…)`,
    ],
  ])('%#: %s', (input, expected) => {
    expect(describeClaimChange(input)).toBe(expected);
  });
});

const none: ClaimChanges = { changes: [], textChanged: false };
const facts = (partial: Partial<ResignFacts>): ResignFacts => ({
  changes: { ok: true, value: none },
  identical: false,
  busy: false,
  asTyped: true,
  exact: true,
  sameKey: true,
  alg: 'HS256',
  ...partial,
});

describe('summarizeChanges', () => {
  it.each<[string, Partial<ResignFacts>, string | RegExp]>([
    [
      'lists the changes',
      {
        changes: {
          ok: true,
          value: { changes: [change({}), change({ name: 'exp', kind: 'removed' })], textChanged: true },
        },
      },
      'Changes since the original: role changed ("user" → "admin"); exp removed.',
    ],
    [
      'says an unchanged token re-signs identically',
      { identical: true },
      'No changes yet — re-signing gives the identical token.',
    ],
    [
      'tells whitespace from claims',
      { changes: { ok: true, value: { changes: [], textChanged: true } } },
      /^No claim changes, but the JSON text differs/,
    ],
    [
      'asks to fix broken JSON',
      { changes: { ok: false, error: labError('PAYLOAD_NOT_JSON', 'payload', '') } },
      /fix the payload JSON/,
    ],
    ['waits while signing', { busy: true }, 'No changes yet.'],
    ['names a re-serialising mode', { asTyped: false }, /choose “Exactly as typed”/],
    ['names a non-canonical original', { exact: false }, /not encoded canonically/],
    ['names another key', { sameKey: false }, /key is not the original’s/],
    ['explains randomized signatures', { alg: 'ES256' }, /ES256 signatures are randomized/],
    ['says no more than it knows', { alg: 'RS256' }, 'No changes yet.'],
  ])('%s', (_name, partial, expected) => {
    const text = summarizeChanges(facts(partial));
    if (typeof expected === 'string') expect(text).toBe(expected);
    else expect(text).toMatch(expected);
  });
});
