/** How long to wait for the element: the page that holds it may still be loading. */
const FIND_MS = 3000;
/** Once the layout has been still this long, the element is where it will stay. */
const QUIET_MS = 1000;
/** Never hold the view longer than this (lazy editors, first results above the element). */
const MAX_HOLD_MS = 6000;
const INPUTS = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/**
 * Scrolls the element with this id to the top of the view, below the sticky app bar, as soon as it
 * exists, and keeps it there while the page around it is still growing — unless the reader scrolls,
 * types or clicks first. Returns a function that stops it.
 */
export function keepInView(id: string, onFound?: (element: HTMLElement) => void): () => void {
  const started = performance.now();
  let foundAt = 0;
  let lastChange = 0;
  let lastHeight = -1;
  let frame = 0;
  const stop = () => {
    cancelAnimationFrame(frame);
    for (const type of INPUTS) window.removeEventListener(type, stop);
  };
  const place = () => {
    const element = document.getElementById(id);
    const now = performance.now();
    if (!element) {
      if (now - started < FIND_MS) frame = requestAnimationFrame(place);
      else stop();
      return;
    }
    if (!foundAt) {
      foundAt = now;
      lastChange = now;
      onFound?.(element);
    }
    const height = document.documentElement.scrollHeight;
    const gap = element.getBoundingClientRect().top - targetTop(element);
    // Near the end of a page still too short to scroll that far, waiting for it to grow is all one can do.
    const atEnd = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
    const off = Math.abs(gap) > 1 && !(gap > 0 && atEnd);
    if (off || height !== lastHeight) {
      if (off) window.scrollTo(0, window.scrollY + gap);
      lastHeight = height;
      lastChange = now;
    }
    if (now - lastChange < QUIET_MS && now - foundAt < MAX_HOLD_MS) frame = requestAnimationFrame(place);
    else stop();
  };
  for (const type of INPUTS) window.addEventListener(type, stop, { passive: true });
  frame = requestAnimationFrame(place);
  return stop;
}

/** Where the element's top belongs: below a sticky app bar, or at its own scroll margin if that is larger. */
function targetTop(element: HTMLElement): number {
  const bar = [...document.querySelectorAll('header')].find((header) =>
    ['sticky', 'fixed'].includes(getComputedStyle(header).position),
  );
  const barBottom = bar ? bar.getBoundingClientRect().bottom : 0;
  const margin = Number.parseFloat(getComputedStyle(element).scrollMarginTop) || 0;
  return Math.max(margin, barBottom + 8);
}
