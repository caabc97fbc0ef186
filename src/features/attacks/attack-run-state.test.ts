import { describe, expect, it } from 'vitest';
import type { AttackId, AttackInputField, AttackRun } from '@/attacks/experiment';
import { labError } from '@/core/errors';
import {
  attackForHash,
  initialInputs,
  isDebuggerPath,
  inputForError,
  sameInputs,
  showRun,
  type RunView,
} from './attack-run-state';

const FIELDS: readonly AttackInputField[] = [
  { name: 'claims', label: 'Claims', initial: '{"sub":"alice"}', multiline: true },
  { name: 'kid', label: 'Target kid', initial: '../../dev/null' },
];

const RUN: AttackRun = {
  forgedToken: 'a.b.',
  steps: ['forged'],
  naive: { state: 'accepted', message: 'ok' },
  hardened: { state: 'refused', code: 'ERR_JOSE_ALG_NOT_ALLOWED', message: 'no' },
};

describe('initialInputs', () => {
  it('takes every field at its initial text', () => {
    expect(initialInputs(FIELDS)).toEqual({ claims: '{"sub":"alice"}', kid: '../../dev/null' });
  });
});

describe('sameInputs', () => {
  it.each([
    ['equal fields', { a: '1', b: '2' }, { b: '2', a: '1' }, true],
    ['one field changed', { a: '1', b: '2' }, { a: '1', b: '3' }, false],
    ['a field missing', { a: '1', b: '2' }, { a: '1' }, false],
    ['another field instead', { a: '1', b: '' }, { a: '1', c: '' }, false],
    ['whitespace counts', { a: '1' }, { a: '1 ' }, false],
    ['no fields', {}, {}, true],
  ])('%s', (_name, a, b, expected) => {
    expect(sameInputs(a, b)).toBe(expected);
  });
});

describe('showRun', () => {
  const inputs = initialInputs(FIELDS);
  const edited = { ...inputs, kid: 'other' };
  it.each<[string, RunView, Record<string, string>, string]>([
    ['idle stays idle', { state: 'idle' }, inputs, 'idle'],
    [
      'a run in progress shows as running, whatever is typed meanwhile',
      { state: 'running', inputs },
      edited,
      'running',
    ],
    ['a finished run for these inputs is shown', { state: 'done', inputs, run: RUN }, inputs, 'done'],
    ['a finished run for other inputs is stale', { state: 'done', inputs, run: RUN }, edited, 'stale'],
    [
      'an input error for other inputs is stale',
      { state: 'failed', inputs, error: labError('KEY_INVALID', 'key', 'x') },
      edited,
      'stale',
    ],
    ['a crash for these inputs is shown', { state: 'crashed', inputs, message: 'boom' }, inputs, 'crashed'],
  ])('%s', (_name, view, onScreen, expected) => {
    expect(showRun(view, onScreen).state).toBe(expected);
  });
});

describe('inputForError', () => {
  it.each([
    ['an error on a field the experiment has', labError('CLAIM_INVALID', 'claims', 'x'), 'claims'],
    ['an error on a field it lacks', labError('KEY_INVALID', 'key', 'x'), null],
  ])('%s', (_name, error, expected) => {
    expect(inputForError(error, FIELDS)).toBe(expected);
  });
});

describe('attackForHash', () => {
  const ids: readonly AttackId[] = ['alg-none', 'jku', 'kid-injection'];
  it.each([
    ['#alg-none', 'alg-none'],
    ['kid-injection', 'kid-injection'],
    ['#%6Aku', 'jku'],
    ['', null],
    ['#', null],
    ['#weak-secret', null],
    ['#ALG-NONE', null],
    ['#%E0%A4%A', null],
  ])('reads %j as %j', (hash, expected) => {
    expect(attackForHash(hash, ids)).toBe(expected);
  });
});

describe('isDebuggerPath', () => {
  it.each([
    ['/', true],
    ['/#token', true],
    ['/?x=1', true],
    ['/keys', false],
    ['/rotation#leak', false],
    ['//evil.example', false],
    ['', false],
  ])('%j → %j', (path, expected) => {
    expect(isDebuggerPath(path)).toBe(expected);
  });
});
