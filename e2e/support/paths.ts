import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root, so files land in the same place whatever the working directory. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Every request any page made during the run, one per line (reset by global-setup). Beside the run's other
 * results: JWT_LAB_RESULTS (as in playwright.config.ts) keeps two runs on one machine from resetting each other's log.
 */
export const REQUEST_LOG = resolve(REPO_ROOT, process.env.JWT_LAB_RESULTS ?? 'test-results', 'requests.log');

/**
 * Where journeys save their screenshots: test-results/screenshots, so a test run leaves the work tree
 * clean. `npm run screenshots` sets JWT_LAB_SCREENSHOTS=docs/screenshots to refresh the committed ones.
 */
export const SCREENSHOT_DIR = `${REPO_ROOT}${process.env.JWT_LAB_SCREENSHOTS ?? 'test-results/screenshots'}`;
