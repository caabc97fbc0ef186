// One cold load of the Encoder (`/encoder`): when its payload editor turns into Monaco and when its
// first signed token shows, plus every request the page made (workers included), so the editor's
// lazy files can be told apart from what `/` loads. `collectRootRequests` records `/` for comparison.

const PAYLOAD_READY = '[data-testid="payload-editor"][data-editor-state="ready"]';
/** After the last figure, wait this long with no new request before the request list counts as complete. */
const QUIET_MS = 1500;

/**
 * Runs in the page before any of its scripts: records (performance.now(), so from navigation start)
 * when the payload editor is first `ready` and when a signed token (`eyJ…`) is first visible.
 */
function installEncoderProbes() {
  const probe = { editorReadyAt: null, tokenAt: null };
  window.__encoderBench = probe;
  const check = () => {
    const now = performance.now();
    const editor = document.querySelector('[data-testid="payload-editor"][data-editor-state="ready"]');
    if (probe.editorReadyAt === null && editor) probe.editorReadyAt = now;
    const token = document.querySelector('[data-testid="encoder-token"]');
    if (probe.tokenAt === null && token && /^eyJ/.test(token.textContent ?? '') && token.checkVisibility())
      probe.tokenAt = now;
    if (probe.editorReadyAt !== null && probe.tokenAt !== null) watcher.disconnect();
  };
  const watcher = new MutationObserver(check);
  watcher.observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['data-editor-state', 'class', 'style', 'hidden'],
  });
}

/** Pathname of every same-origin request `page` makes from now on (workers' requests come through the page too). */
function recordRequests(page, origin) {
  const paths = [];
  let lastAt = performance.now();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin) return;
    paths.push(url.pathname);
    lastAt = performance.now();
  });
  return {
    paths,
    /** Resolves once no request has started for QUIET_MS (at most `timeoutMs`). */
    settle: async (timeoutMs) => {
      const deadline = performance.now() + timeoutMs;
      while (performance.now() - lastAt < QUIET_MS && performance.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 100));
    },
  };
}

/** One cold load of `/encoder` in `context`; resolves to `{ editorReadyMs, firstTokenMs, requests }`. */
export async function runEncoderOnce(context, origin, { timeoutMs = 60_000 } = {}) {
  const page = await context.newPage();
  try {
    await page.addInitScript(installEncoderProbes);
    const requests = recordRequests(page, origin);
    await page.goto(`${origin}/encoder`, { waitUntil: 'commit', timeout: timeoutMs });
    await page
      .waitForFunction(
        () => window.__encoderBench.editorReadyAt !== null && window.__encoderBench.tokenAt !== null,
        null,
        { timeout: timeoutMs, polling: 50 },
      )
      .catch(async (error) => {
        const state = await page
          .getByTestId('payload-editor')
          .getAttribute('data-editor-state', { timeout: 1000 })
          .catch(() => null);
        throw new Error(
          `the encoder showed no ready editor and signed token within ${timeoutMs} ms (payload-editor: ${state ?? 'absent'})`,
          { cause: error },
        );
      });
    const { editorReadyAt, tokenAt } = await page.evaluate(() => window.__encoderBench);
    // Workers, the JSON mode and the icon font may arrive after the editor turns ready.
    await requests.settle(10_000);
    // Still Monaco after the late files arrived: an editor that fell back to the textarea fails here.
    await page.locator(PAYLOAD_READY).waitFor({ timeout: timeoutMs });
    return { editorReadyMs: editorReadyAt, firstTokenMs: tokenAt, requests: [...requests.paths] };
  } finally {
    await page.close();
  }
}

/** Every same-origin path a cold load of `/` requests until the verdict is in and the network is quiet. */
export async function collectRootRequests(context, origin, { timeoutMs = 60_000 } = {}) {
  const page = await context.newPage();
  try {
    const requests = recordRequests(page, origin);
    await page.goto(`${origin}/`, { timeout: timeoutMs });
    await page
      .locator('[data-testid="verify-status"][data-state="verified"]')
      .waitFor({ timeout: timeoutMs });
    await requests.settle(10_000);
    return [...requests.paths];
  } finally {
    await page.close();
  }
}
