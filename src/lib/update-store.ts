/** A waiting new version of the app, and how to switch to it (reloads the page). */
export interface PendingUpdate {
  readonly reload: () => void;
}

/** The update notice's state: whether a new version waits, for `useSyncExternalStore`. */
export interface UpdateStore {
  readonly get: () => PendingUpdate | null;
  readonly subscribe: (listener: () => void) => () => void;
  /** A new version is installed and waiting; `reload` activates it and reloads the page. */
  readonly offer: (reload: () => void) => void;
  /** The user chose "Later": hide the notice (the new version starts on the next visit). */
  readonly dismiss: () => void;
}

/** Creates an empty update store. */
export function createUpdateStore(): UpdateStore {
  let pending: PendingUpdate | null = null;
  const listeners = new Set<() => void>();
  const set = (next: PendingUpdate | null) => {
    pending = next;
    for (const listener of listeners) listener();
  };
  return {
    get: () => pending,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    offer: (reload) => set({ reload }),
    dismiss: () => set(null),
  };
}

/** What `whenPageSettles` needs of the browser, so it can be tested without one. */
export interface PageEvents {
  readonly isLoaded: () => boolean;
  readonly onLoad: (run: () => void) => void;
  /** Runs `run` when the main thread is next idle. */
  readonly onIdle: (run: () => void) => void;
  /** Runs `run` after a short pause. */
  readonly onPause: (run: () => void) => void;
  /** Whether the page says it is still working on something (`aria-busy="true"`, e.g. a pending verdict). */
  readonly isBusy: () => boolean;
}

/** After this many busy checks (one per pause), the task runs anyway: a page may stay busy for good. */
export const MAX_BUSY_CHECKS = 40;

/**
 * Runs `task` once the page has loaded, gone idle and shows no pending work (its first verdict), so
 * that what the task fetches never competes with the first screen (the first-download budget counts
 * every script requested before the verdict). The main thread is idle while a verdict waits on a
 * worker, hence the busy check on top of idleness.
 */
export function whenPageSettles(task: () => void, page: PageEvents): void {
  let checks = 0;
  const check = () => {
    checks += 1;
    if (page.isBusy() && checks < MAX_BUSY_CHECKS) page.onPause(() => page.onIdle(check));
    else task();
  };
  const afterIdle = () => page.onIdle(check);
  if (page.isLoaded()) afterIdle();
  else page.onLoad(afterIdle);
}
