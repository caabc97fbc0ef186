import type { Page } from '@playwright/test';

/** One moment of the page: the verdict's state and text, and the decoded payload beside it. */
export interface VerdictMoment {
  readonly state: string;
  readonly text: string;
  readonly payload: string;
}

/**
 * Records the verdict and the decoded payload at every DOM change from now on, so a journey can
 * prove what was never on screen together (a forged payload beside "verified"), however briefly.
 * Returns a function that collects the recording.
 */
export async function recordVerdictsBesidePayload(page: Page): Promise<() => Promise<VerdictMoment[]>> {
  await page.evaluate(() => {
    const moments: { state: string; text: string; payload: string }[] = [];
    (window as unknown as { __moments: typeof moments }).__moments = moments;
    const record = () => {
      const status = document.querySelector('[data-testid="verify-status"]');
      const payload = document.querySelector('[data-testid="decoded-payload"]');
      moments.push({
        state: status?.getAttribute('data-state') ?? '',
        text: status?.textContent ?? '',
        payload: payload?.textContent ?? '',
      });
    };
    new MutationObserver(record).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  });
  return () => page.evaluate(() => (window as unknown as { __moments: VerdictMoment[] }).__moments);
}
