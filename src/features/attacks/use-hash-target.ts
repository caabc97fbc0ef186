import { useEffect, useState } from 'react';
import type { AttackId } from '@/attacks/experiment';
import { attackForHash } from './attack-run-state';

/**
 * The card the location's fragment names (`/attacks#alg-none`, from the debugger or `/learn`): scrolled
 * to and focused on arrival and whenever the fragment changes (an index link, back and forward).
 */
export function useHashTarget(ids: readonly AttackId[]): AttackId | null {
  const [target, setTarget] = useState(() => attackForHash(window.location.hash, ids));
  useEffect(() => {
    let frame = 0;
    const follow = () => {
      const id = attackForHash(window.location.hash, ids);
      setTarget(id);
      if (!id) return;
      cancelAnimationFrame(frame);
      // After layout, and after the router's own scroll to the top of a page it has just opened.
      frame = requestAnimationFrame(() => {
        const card = document.getElementById(id);
        card?.scrollIntoView({ block: 'start' });
        card?.focus({ preventScroll: true });
      });
    };
    follow();
    window.addEventListener('hashchange', follow);
    window.addEventListener('popstate', follow);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('hashchange', follow);
      window.removeEventListener('popstate', follow);
    };
  }, [ids]);
  return target;
}
