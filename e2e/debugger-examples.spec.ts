import {
  emptyFields,
  loadExampleByKeyboard,
  MENU_EXAMPLES,
  openDebugger,
  type VerdictState,
} from './support/debugger';
import { expect, test } from './support/test';

// Per-action trace snapshots of this large page make a 25-example walk about four times slower (about
// 15 s against a minute on a busy machine). A failure here prints every example that is off instead.
test.use({ trace: 'off' });

/**
 * What each example of the menu must show, written from what the example is meant to teach.
 * `null`: a known bug (see debugger-decode.spec.ts, "cut short"); the walk then only checks it loads.
 */
const EXPECTED: Record<string, { state: VerdictState; text: string | RegExp }> = {
  hs256: { state: 'verified', text: 'Algorithm pinned to HS256' },
  hs384: { state: 'verified', text: 'Algorithm pinned to HS384' },
  hs512: { state: 'verified', text: 'Algorithm pinned to HS512' },
  'hs256-utf8': { state: 'verified', text: 'Algorithm pinned to HS256' },
  rs256: { state: 'verified', text: 'Algorithm pinned to RS256' },
  rs384: { state: 'verified', text: 'Algorithm pinned to RS384' },
  'idp-rs256': { state: 'verified', text: 'kid "example-idp-2026-11" (key 2 of the set)' },
  rs512: { state: 'verified', text: 'Algorithm pinned to RS512' },
  ps256: { state: 'verified', text: 'Algorithm pinned to PS256' },
  ps384: { state: 'verified', text: 'Algorithm pinned to PS384' },
  ps512: { state: 'verified', text: 'Algorithm pinned to PS512' },
  es256: { state: 'verified', text: 'EC P-256 public key' },
  es384: { state: 'verified', text: 'EC P-384 public key' },
  es512: { state: 'verified', text: 'EC P-521 public key' },
  eddsa: { state: 'verified', text: 'Algorithm pinned to EdDSA' },
  ed25519: { state: 'verified', text: 'Algorithm pinned to Ed25519' },
  expired: { state: 'verified', text: /rejects the token\s*Expired [\d,]+ days/ },
  'not-yet-valid': { state: 'verified', text: /rejects the token\s*Not valid until 2100-01-01/ },
  'alg-none': { state: 'unsecured', text: 'alg: none' },
  'jwks-kid': { state: 'verified', text: '(key 2 of the set)' },
  'embedded-jwk': { state: 'verified', text: 'Algorithm pinned to RS256' },
  'nested-jwt': { state: 'verified', text: 'Algorithm pinned to HS256' },
  'json-general': { state: 'verified', text: 'Signature 1 of 2 verified with this key' },
  'json-flattened': { state: 'verified', text: 'Algorithm pinned to HS256' },
  'b64-false': { state: 'verified', text: 'Algorithm pinned to HS256' },
  'jwe-dir': { state: 'verified', text: 'Decrypted and authenticated' },
};

const GROUPS = ['Start here', 'HMAC', 'RSA', 'RSA-PSS', 'ECDSA', 'EdDSA', 'Special'];

test.describe('debugger: the Examples menu', () => {
  test('every example loads its token and key and gets the verdict it is meant to teach', async ({
    page,
  }) => {
    // One page for all 26: split into a journey per group it cost the suite ~30 s more (a page load and
    // its first verdict per group). 34 s idle; a busy machine may need well over the default 45 s.
    test.setTimeout(150_000);
    await openDebugger(page);
    expect([...new Set(MENU_EXAMPLES.map((example) => example.group))]).toEqual(GROUPS);
    expect(Object.keys(EXPECTED).sort(), 'a new example needs an expectation here').toEqual(
      MENU_EXAMPLES.map((example) => example.id).sort(),
    );
    const problems: string[] = [];
    for (const example of MENU_EXAMPLES) {
      const expected = EXPECTED[example.id];
      if (!expected) throw new Error(`no expectation for ${example.id}`);
      await emptyFields(page);
      const { state, text } = await loadExampleByKeyboard(page, example);
      // Collect rather than stop at the first, so one run lists every example that is off.
      const textOk =
        typeof expected.text === 'string' ? text.includes(expected.text) : expected.text.test(text);
      if (state !== expected.state || !textOk) {
        problems.push(
          `${example.id}: expected ${expected.state} "${String(expected.text)}", got ${state}: ${text}`,
        );
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
