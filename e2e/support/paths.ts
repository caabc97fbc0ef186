import { fileURLToPath } from 'node:url';

/** Repository root, so files land in the same place whatever the working directory. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Every request any page made during the run, one per line (reset by global-setup). */
export const REQUEST_LOG = `${REPO_ROOT}test-results/requests.log`;

/** Commit-worthy screenshots for the README. */
export const SCREENSHOT_DIR = `${REPO_ROOT}docs/screenshots`;
