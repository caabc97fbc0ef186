import type { EntropyEstimate } from '@/audit/entropy';

/** Ask the entropy worker to estimate one secret text (already trimmed, as the assessment reads it). */
export interface EntropyRequest {
  readonly id: number;
  readonly text: string;
}

/** The estimate for the request's text, or why there is none (zxcvbn's files could not be loaded). */
export type EntropyResponse =
  | { readonly id: number; readonly estimate: EntropyEstimate }
  | { readonly id: number; readonly error: string };
