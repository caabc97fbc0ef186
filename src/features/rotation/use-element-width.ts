import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The width of an element, kept current with a ResizeObserver (so the SVG is drawn at real pixels).
 * It is read once before the first paint, so a phone never sees a frame drawn at `fallback` width.
 */
export function useElementWidth<T extends HTMLElement>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    if (element.clientWidth > 0) setWidth(element.clientWidth);
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
