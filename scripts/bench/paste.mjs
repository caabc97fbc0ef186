// Puts text into a field the way a user's paste does: through Chromium's clipboard and Ctrl+V, so
// the editing pipeline (text insertion, `input` event, layout) is the real one. Falls back to
// Playwright's fill (one insertText, which is close) when the clipboard is not available.

/** Resolves to true once `field` holds exactly `length` characters, false after `timeoutMs`. */
async function holdsLength(field, length, timeoutMs) {
  try {
    await field.evaluate(
      (element, expected) =>
        new Promise((resolve, reject) => {
          const deadline = performance.now() + 5000;
          const poll = () => {
            if (element.value.length === expected) resolve();
            else if (performance.now() > deadline) reject(new Error('not pasted'));
            else setTimeout(poll, 20);
          };
          poll();
        }),
      length,
      { timeout: timeoutMs },
    );
    return true;
  } catch {
    return false;
  }
}

/**
 * Readies a paste of `text` into `field` (clipboard written, field focused and its text selected),
 * so that only the paste itself falls inside a measured window. Resolves to `paste()`, which
 * pastes and resolves to the method used: 'clipboard' or 'fill'.
 */
export async function preparePaste(page, field, text) {
  let clipboardReady = false;
  try {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(page.url()).origin,
    });
    await page.evaluate((value) => navigator.clipboard.writeText(value), text);
    await field.focus();
    await field.selectText();
    clipboardReady = true;
  } catch {
    // no clipboard in this browser build: fill instead
  }
  return async () => {
    if (clipboardReady) {
      await page.keyboard.press('ControlOrMeta+V');
      if (await holdsLength(field, text.length, 10_000)) return 'clipboard';
    }
    await field.fill(text);
    return 'fill';
  };
}
