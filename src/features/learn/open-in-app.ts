import { handOff, type TokenHandoff } from '@/lib/handoff';
import { navigateTo } from '@/lib/navigate';
import { keepInView } from './keep-in-view';

/**
 * Goes to another page of the app without reloading, then to the element the path's fragment names
 * (`/attacks#alg-none`, `/encoder#tamper-title`). A token for the debugger travels in memory only.
 */
export function openInApp(path: string, handoff?: TokenHandoff): void {
  if (handoff) handOff(handoff);
  navigateTo(path);
  window.scrollTo(0, 0);
  const id = fragmentOf(path);
  if (id) keepInView(id);
}

function fragmentOf(path: string): string {
  try {
    return decodeURIComponent(new URL(path, window.location.origin).hash.slice(1));
  } catch {
    return '';
  }
}
