import { describe, expect, it, vi } from 'vitest';
import { createUpdateStore, MAX_BUSY_CHECKS, whenPageSettles, type PageEvents } from './update-store';

describe('createUpdateStore', () => {
  it('starts with no waiting version', () => {
    expect(createUpdateStore().get()).toBeNull();
  });

  it('offers a waiting version whose reload is the one given, and tells every listener', () => {
    const store = createUpdateStore();
    const heard = vi.fn();
    store.subscribe(heard);
    const reload = vi.fn();
    store.offer(reload);
    store.get()?.reload();
    expect(reload).toHaveBeenCalledOnce();
    expect(heard).toHaveBeenCalledOnce();
  });

  it.each([
    ['offer then dismiss', ['offer', 'dismiss'], false],
    ['dismiss then offer (a later update)', ['dismiss', 'offer'], true],
    ['offer twice', ['offer', 'offer'], true],
  ] as const)('after %s, a version is waiting: %s', (_name, steps, waiting) => {
    const store = createUpdateStore();
    for (const step of steps) {
      if (step === 'offer') store.offer(() => undefined);
      else store.dismiss();
    }
    expect(store.get() !== null).toBe(waiting);
  });

  it('stops telling a listener once it unsubscribes', () => {
    const store = createUpdateStore();
    const heard = vi.fn();
    const unsubscribe = store.subscribe(heard);
    unsubscribe();
    store.offer(() => undefined);
    expect(heard).not.toHaveBeenCalled();
  });
});

/** A page whose load, idle and pause moments the test fires by hand; records the order of events. */
function fakePage(loaded: boolean, busyChecks = 0) {
  const log: string[] = [];
  let pending: (() => void) | undefined;
  let busyLeft = busyChecks;
  const wait = (what: string) => (run: () => void) => {
    log.push(what);
    pending = run;
  };
  const page: PageEvents = {
    isLoaded: () => loaded,
    onLoad: wait('load'),
    onIdle: wait('idle'),
    onPause: wait('pause'),
    isBusy: () => busyLeft-- > 0,
  };
  /** Fires whatever the page waits for, until the task has run (or 200 steps, a runaway). */
  const runToEnd = () => {
    for (let step = 0; step < 200 && !log.includes('task'); step++) pending?.();
  };
  return { page, log, runToEnd };
}

describe('whenPageSettles', () => {
  it.each([
    ['a page still loading', false, 0, ['load', 'idle', 'task']],
    ['a page already loaded', true, 0, ['idle', 'task']],
    [
      'a page busy for two checks (a pending verdict)',
      true,
      2,
      ['idle', 'pause', 'idle', 'pause', 'idle', 'task'],
    ],
  ])('on %s, runs the task only once loaded, idle and not busy', (_name, loaded, busy, expected) => {
    const { page, log, runToEnd } = fakePage(loaded, busy);
    whenPageSettles(() => log.push('task'), page);
    expect(log).not.toContain('task');
    runToEnd();
    expect(log).toEqual(expected);
  });

  it('runs the task anyway on a page that stays busy, after MAX_BUSY_CHECKS checks', () => {
    const { page, log, runToEnd } = fakePage(true, Number.POSITIVE_INFINITY);
    whenPageSettles(() => log.push('task'), page);
    runToEnd();
    expect(log.at(-1)).toBe('task');
    expect(log.filter((event) => event === 'pause')).toHaveLength(MAX_BUSY_CHECKS - 1);
  });
});
