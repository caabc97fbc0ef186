import { describeDuration } from '@/audit/crack-time';
import { bytesToHex } from '@/encoding/base64';

/** 103781 → "103,781". */
export function formatCount(count: number): string {
  return Math.round(count).toLocaleString('en-US');
}

/** A rate in words a person reads at a glance: "4.2 billion", "830 thousand", "950". */
export function formatLargeNumber(value: number): string {
  const scales: readonly [number, string][] = [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
    [1e3, 'thousand'],
  ];
  for (const [scale, word] of scales) {
    if (value >= scale)
      return `${(value / scale).toLocaleString('en-US', { maximumSignificantDigits: 3 })} ${word}`;
  }
  return Math.round(value).toLocaleString('en-US');
}

/** Elapsed or remaining time: "0.4 s" under a minute's tenth, then "3 minutes", "2 years" … */
export function formatElapsed(ms: number): string {
  if (ms < 10_000)
    return `${(ms / 1000).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} s`;
  return describeDuration(ms / 1000).text;
}

/** Time spent hashing, which is often a few milliseconds: "14 ms" below a second, then as `formatElapsed`. */
export function formatHashingTime(ms: number): string {
  return ms < 1000 ? `${Math.round(ms).toLocaleString('en-US')} ms` : formatElapsed(ms);
}

/** Names a found secret the way a person reads it: quoted text, or hex when it is not text. */
export function describeFoundSecret(secret: Uint8Array, secretText: string | null): string {
  return secretText !== null ? JSON.stringify(secretText) : `hex ${bytesToHex(secret)}`;
}
