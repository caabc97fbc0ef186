import { appendFileSync } from 'node:fs';
import { test as base, expect } from '@playwright/test';
import { REQUEST_LOG } from './paths';

/** Schemes that never leave the machine, so they need no origin check. */
const LOCAL_SCHEMES = ['data:', 'blob:', 'about:'];

/** One request seen by the guard. */
export type SeenRequest = { method: string; url: string; resourceType: string };

/** Returns the requests that went anywhere but `allowedOrigin` (data:/blob: are fine). */
export function findForeignRequests(requests: readonly SeenRequest[], allowedOrigin: string): SeenRequest[] {
  return requests.filter(({ url }) => {
    if (LOCAL_SCHEMES.some((scheme) => url.startsWith(scheme))) return false;
    try {
      return new URL(url).origin !== allowedOrigin;
    } catch {
      return true; // an unparsable URL is suspicious by definition
    }
  });
}

type GuardFixtures = { networkGuard: undefined };

/**
 * The project's `test`: every spec imports it from here. Its auto fixture watches all requests of
 * the browser context (pages and their workers) and fails the test if any went to an origin other
 * than the preview server, or if the Content-Security-Policy had to block something — the page
 * "nothing leaves the page" promise, checked on every journey.
 */
export const test = base.extend<GuardFixtures>({
  networkGuard: [
    async ({ context, baseURL }, use, testInfo) => {
      const allowedOrigin = new URL(baseURL ?? 'http://localhost:4173').origin;
      const requests: SeenRequest[] = [];
      const cspViolations: string[] = [];
      context.on('request', (request) => {
        requests.push({ method: request.method(), url: request.url(), resourceType: request.resourceType() });
      });
      // Requests the CSP blocks never reach the network, so they only show up as console errors.
      context.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
          cspViolations.push(message.text());
        }
      });

      await use(undefined);

      const title = testInfo.titlePath.join(' › ');
      const lines = requests.map(
        ({ method, resourceType, url }) => `${title}\t${method}\t${resourceType}\t${url}\n`,
      );
      if (lines.length > 0) appendFileSync(REQUEST_LOG, lines.join(''));

      const foreign = findForeignRequests(requests, allowedOrigin).map(
        ({ method, url }) => `${method} ${url}`,
      );
      expect(foreign, `requests left ${allowedOrigin}`).toEqual([]);
      expect(cspViolations, 'the Content-Security-Policy blocked something').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
