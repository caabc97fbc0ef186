import { describe, expect, it } from 'vitest';
import { runInjectedScript, type TokenHome } from './xss-script';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.sig';

describe('runInjectedScript', () => {
  it.each<[TokenHome, string | null, boolean[]]>([
    ['local-storage', TOKEN, [true, false, false, true]],
    ['httponly-cookie', null, [false, false, false, false]],
    ['memory', null, [false, false, false, false]],
  ])('with the token in %s, steals %j', (home, stolen, exposed) => {
    const outcome = runInjectedScript(home, TOKEN);
    expect(outcome.stolenToken).toBe(stolen);
    expect(outcome.lines.map((line) => line.exposesToken)).toEqual(exposed);
  });

  it('never shows an HttpOnly cookie to document.cookie', () => {
    const cookie = runInjectedScript('httponly-cookie', TOKEN).lines.find(
      (l) => l.code === 'document.cookie',
    );
    expect(cookie?.result).not.toContain(TOKEN);
  });

  it.each<TokenHome>(['local-storage', 'httponly-cookie', 'memory'])(
    'lets the script send requests as the user while the page is open (%s)',
    (home) => {
      const request = runInjectedScript(home, TOKEN).lines.find((l) => l.code.includes('/api/orders'));
      expect(request?.result).toMatch(/^200 OK/);
    },
  );

  it('reads the stored token as a JSON string, exactly', () => {
    const [read] = runInjectedScript('local-storage', TOKEN).lines;
    expect(JSON.parse(read?.result ?? '')).toBe(TOKEN);
  });
});
