import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './test';

/** axe-core is only a transitive dependency, so take its result type from the builder. */
type AxeViolation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** WCAG 2.0 and 2.1, levels A and AA: the bar PRODUCT.md sets ("axe-clean"). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Narrows a scan: CSS selectors to skip, and rule ids to switch off (say why at the call site). */
export type AxeScanOptions = { exclude?: readonly string[]; disableRules?: readonly string[] };

/** Renders one violation as a few readable lines: rule, impact, help link, and each failing node. */
export function formatAxeViolation(violation: AxeViolation): string {
  const nodes = violation.nodes.map((node) => {
    const summary = (node.failureSummary ?? '').replace(/\s*\n\s*/g, ' ').trim();
    return `  • ${node.target.join(' ')}\n      ${node.html}\n      ${summary}`;
  });
  const head = `[${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help} (${violation.helpUrl})`;
  return [head, ...nodes].join('\n');
}

/**
 * Waits until no CSS transition is running. axe reads computed colours, so a button that has just been
 * enabled, still fading from MUI's disabled grey to its colour (250 ms; longer on a busy machine), would be
 * judged mid-fade: CI once failed a scan on `#bdbdbd` text of a button that was not disabled.
 */
async function waitForTransitions(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            document
              .getAnimations()
              .filter((animation) => animation instanceof CSSTransition && animation.playState === 'running')
              .length,
        ),
      { message: 'CSS transitions still running before the axe scan' },
    )
    .toBe(0);
}

/** Runs axe over the page once its transitions have ended; fails with a readable list of any WCAG A/AA violations. */
export async function expectNoAxeViolations(page: Page, options: AxeScanOptions = {}): Promise<void> {
  await waitForTransitions(page);
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  if (options.disableRules?.length) builder = builder.disableRules([...options.disableRules]);
  const { violations } = await builder.analyze();
  // The message carries the readable list; comparing the count keeps the diff below it short.
  const report = violations.map(formatAxeViolation).join('\n\n');
  expect(violations.length, `axe found violations on ${page.url()}:\n\n${report}\n`).toBe(0);
}
