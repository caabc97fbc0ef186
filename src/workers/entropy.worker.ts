/// <reference lib="webworker" />
// Thin entry point: zxcvbn prices a random text character by character (~0.8 s for the 86 characters
// of a 64-byte base64url secret), so the estimate runs here, never on the page's thread. All logic
// lives in src/audit.
import { estimateEntropy } from '@/audit/entropy';
import { loadStrengthEstimator } from '@/audit/strength-estimator';
import type { EntropyRequest, EntropyResponse } from './entropy-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<EntropyRequest>) => {
  const { id, text } = event.data;
  let response: EntropyResponse;
  try {
    response = { id, estimate: estimateEntropy(text, await loadStrengthEstimator()) };
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response);
};
