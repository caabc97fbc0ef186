import type { Page } from '@playwright/test';
import { expect } from './test';

/** Must match EDITOR_VALUE_PROPERTY in src/components/code-editor/code-editor-style.ts. */
const EDITOR_VALUE_PROPERTY = 'jwtLabEditorValue';

/** Monaco's chunk is loaded lazily; on a cold cache in CI it can take a few seconds. */
const READY_TIMEOUT = 15_000;

/** Waits until the CodeEditor with this test id has swapped its placeholder textarea for Monaco. */
export async function waitForEditor(page: Page, testId: string): Promise<void> {
  await expect(page.getByTestId(testId)).toHaveAttribute('data-editor-state', 'ready', {
    timeout: READY_TIMEOUT,
  });
}

/**
 * Replaces the whole text of a CodeEditor as a user would: click into it, select all, paste. Not
 * keyboard.insertText: Monaco treats that as typing, one character at a time, so auto-indent and
 * auto-closing brackets mangle multi-line JSON. A paste event goes in verbatim, in one edit, and
 * needs no system clipboard (which parallel workers would share).
 */
export async function setEditorText(page: Page, testId: string, text: string): Promise<void> {
  await waitForEditor(page, testId);
  await page.getByTestId(testId).locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  if (text === '') await page.keyboard.press('Delete');
  else await page.evaluate(pasteIntoFocused, text);
  await expect.poll(() => getEditorText(page, testId), { message: `text of editor ${testId}` }).toBe(text);
}

function pasteIntoFocused(text: string): void {
  const target = document.activeElement;
  if (!target) throw new Error('pasteIntoFocused: nothing has focus');
  const clipboardData = new DataTransfer();
  clipboardData.setData('text/plain', text);
  target.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
}

/** Returns the full text of a CodeEditor (Monaco's model, or the placeholder textarea before it loads). */
export async function getEditorText(page: Page, testId: string): Promise<string> {
  return page.getByTestId(testId).evaluate((wrapper, property) => {
    const fromMonaco: unknown = Reflect.get(wrapper, property);
    if (typeof fromMonaco === 'string') return fromMonaco;
    return wrapper.querySelector('textarea')?.value ?? '';
  }, EDITOR_VALUE_PROPERTY);
}
