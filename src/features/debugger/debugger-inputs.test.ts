import { describe, expect, it } from 'vitest';
import { DEFAULT_EXAMPLE } from '@/jwt/default-example';
import {
  debuggerInputsReducer,
  initialInputs,
  type DebuggerAction,
  type DebuggerInputs,
} from './debugger-inputs';

const EXAMPLE = DEFAULT_EXAMPLE.token;
const [HEADER = '', PAYLOAD = '', SIGNATURE = ''] = EXAMPLE.split('.');
const IDP_TOKEN =
  'eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJpc3MiOiJodHRwczovL2lkcC5leGFtcGxlIn0.c2lnbmF0dXJlLW9mLWFub3RoZXItdG9rZW4';

const start = () => initialInputs(EXAMPLE, DEFAULT_EXAMPLE.key, DEFAULT_EXAMPLE.secretEncoding);
const run = (state: DebuggerInputs, ...actions: DebuggerAction[]) =>
  actions.reduce(debuggerInputsReducer, state);
const paste = (text: string): DebuggerAction => ({ type: 'token', text, wholeInsert: true });
const typeKey = (text: string): DebuggerAction => ({ type: 'key', text });

describe('debuggerInputsReducer: the example owns its key', () => {
  it('drops the example key and its encoding when another token is pasted over the example', () => {
    const state = run(start(), paste(`Authorization: Bearer ${IDP_TOKEN}`));
    expect(state).toMatchObject({ tokenText: IDP_TOKEN, keyText: '', encoding: 'utf8', exampleToken: null });
    expect(state.keyNote).toMatch(/example's key went with the example token/);
  });

  it.each([
    ['one payload character changed', `${HEADER}.${PAYLOAD.slice(0, 8)}X${PAYLOAD.slice(9)}.${SIGNATURE}`],
    ['the payload replaced (tampering)', `${HEADER}.eyJyb2xlIjoiYWRtaW4ifQ.${SIGNATURE}`],
    ['the signature cut short', `${HEADER}.${PAYLOAD}.${SIGNATURE.slice(0, 10)}`],
  ])('keeps the example key while the example is edited: %s', (_name, edited) => {
    const state = run(start(), { type: 'token', text: edited, wholeInsert: false });
    expect(state.keyText).toBe(DEFAULT_EXAMPLE.key);
    expect(state.encoding).toBe(DEFAULT_EXAMPLE.secretEncoding);
  });

  it("keeps the user's own key when a new token is pasted", () => {
    const state = run(start(), typeKey('my-own-secret'), paste(IDP_TOKEN));
    expect(state).toMatchObject({ keyText: 'my-own-secret', keyNote: null });
  });

  it('re-signing the default example keeps its key with the fresh token', () => {
    const fresh = `${HEADER}.eyJmcmVzaCI6dHJ1ZX0.c2ln`;
    const first = start();
    const state = run(first, { type: 'fresh-example', from: first, fresh }, paste(IDP_TOKEN));
    expect(state.keyText).toBe('');
    const untouched = start();
    const kept = run(untouched, { type: 'fresh-example', from: untouched, fresh });
    expect(kept).toMatchObject({ tokenText: fresh, exampleToken: fresh, keyText: DEFAULT_EXAMPLE.key });
  });

  // Seen in CI: the fresh token arrived after a journey had cleared the key and pasted "Bearer <example>";
  // the field kept the paste, but the decoded payload switched to the fresh token's.
  it.each([
    ['the key was cleared', [typeKey('')]],
    ['the same token was pasted again', [paste(`Bearer ${EXAMPLE}`)]],
    ['the key was cleared and the token pasted again', [typeKey(''), paste(EXAMPLE)]],
  ])('a late fresh token changes nothing once %s', (_, actions) => {
    const first = start();
    const touched = run(first, ...actions);
    const fresh = `${HEADER}.eyJmcmVzaCI6dHJ1ZX0.c2ln`;
    expect(run(touched, { type: 'fresh-example', from: first, fresh })).toBe(touched);
  });

  it('a nested token opened from the payload keeps the key', () => {
    const state = run(start(), { type: 'nested', token: IDP_TOKEN });
    expect(state.keyText).toBe(DEFAULT_EXAMPLE.key);
  });

  it('a token opened from a decrypted JWE leaves the decryption key behind, and says so', () => {
    const jwe = initialInputs('eyJhbGciOiJkaXIiLCJlbmMiOiJBMTI4R0NNIn0..aXY.Y3Q.dGFn', 'a2V5', 'base64url');
    const state = run(jwe, { type: 'nested', token: IDP_TOKEN, fromEncrypted: true });
    expect(state).toMatchObject({ tokenText: IDP_TOKEN, keyText: '', encoding: 'utf8', exampleToken: null });
    expect(state.keyNote).toMatch(/decryption key stays with the encrypted token/);
  });

  it("a token opened from a decrypted JWE keeps the user's own choice of encoding", () => {
    const jwe = initialInputs('eyJhbGciOiJkaXIiLCJlbmMiOiJBMTI4R0NNIn0..aXY.Y3Q.dGFn', '', 'utf8');
    const state = run(
      jwe,
      { type: 'encoding', encoding: 'hex' },
      { type: 'nested', token: IDP_TOKEN, fromEncrypted: true },
    );
    expect(state.encoding).toBe('hex');
  });
});

describe('debuggerInputsReducer: encodings follow the user', () => {
  it('reads a secret typed over the example as UTF-8', () => {
    expect(run(start(), typeKey('my-wrong-secret')).encoding).toBe('utf8');
  });

  it("keeps the example's encoding while its secret is only edited", () => {
    expect(run(start(), typeKey(DEFAULT_EXAMPLE.key.slice(0, -1))).encoding).toBe('base64url');
  });

  it("keeps the user's chosen encoding for every new secret", () => {
    const state = run(start(), { type: 'encoding', encoding: 'hex' }, typeKey('00ff'), typeKey('a1b2c3'));
    expect(state).toMatchObject({ encoding: 'hex', encodingFrom: 'user' });
  });
});

describe('debuggerInputsReducer: paste cleanup', () => {
  it('shows the cleaned token in the field and can undo it', () => {
    const pasted = `Bearer ${HEADER}.${PAYLOAD.slice(0, 6)} ${PAYLOAD.slice(6)}.${SIGNATURE}\n`;
    const cleaned = run(start(), paste(pasted));
    expect(cleaned.tokenText).toBe(EXAMPLE);
    expect(cleaned.cleanup?.removedInside).toHaveLength(1);
    expect(cleaned.cleanup?.notes).toContain('Removed the "Bearer " prefix.');
    const undone = run(cleaned, { type: 'undo-cleanup' });
    expect(undone).toMatchObject({ tokenText: pasted, cleanup: null });
  });

  it('leaves typed text alone (the decoder still reads through it)', () => {
    const state = run(start(), { type: 'token', text: `Bearer ${EXAMPLE}`, wholeInsert: false });
    expect(state).toMatchObject({ tokenText: `Bearer ${EXAMPLE}`, cleanup: null });
  });

  it('does not touch a paste that is already clean', () => {
    expect(run(start(), paste(IDP_TOKEN)).cleanup).toBeNull();
  });
});
