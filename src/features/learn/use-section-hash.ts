import { useEffect } from 'react';
import { keepInView } from './keep-in-view';
import { sectionForHash } from './lesson-sections';

/**
 * Scrolls to the section the fragment names (`/learn#generation`) on arrival — the page is loaded
 * lazily, after the browser's own fragment scroll — and whenever the fragment changes; the section
 * takes the focus, so keyboard and screen-reader users land there too.
 */
export function useSectionHash(): void {
  useEffect(() => {
    let stop = () => {};
    const follow = () => {
      stop();
      const id = sectionForHash(window.location.hash);
      if (id) stop = keepInView(id, (section) => section.focus({ preventScroll: true }));
    };
    follow();
    window.addEventListener('hashchange', follow);
    window.addEventListener('popstate', follow);
    return () => {
      stop();
      window.removeEventListener('hashchange', follow);
      window.removeEventListener('popstate', follow);
    };
  }, []);
}
