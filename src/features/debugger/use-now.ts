import { useCallback, useEffect, useState } from 'react';

/**
 * The current time in ms, refreshed every `intervalMs` so "expired 3 min ago" stays true. `readClock`
 * takes a fresh reading at once: input handlers call it, so a claim check never judges new input by
 * a clock up to `intervalMs` old.
 */
export function useNow(intervalMs: number): readonly [number, () => void] {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  const readClock = useCallback(() => setNow(Date.now()), []);
  return [now, readClock] as const;
}
