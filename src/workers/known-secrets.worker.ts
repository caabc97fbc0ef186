/// <reference lib="webworker" />
// Thin entry point: loads and parses the 1.2 MB known-secret list off the main thread, then answers
// lookups. All logic lives in src/audit.
import { findKnownSecret } from '@/audit/secret-list';
import { loadSecretList } from '@/audit/load-secret-list';
import type { KnownSecretRequest, KnownSecretResponse } from './known-secrets-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const list = loadSecretList();

scope.onmessage = async (event: MessageEvent<KnownSecretRequest>) => {
  const { id, candidates } = event.data;
  let response: KnownSecretResponse;
  try {
    const loaded = await list;
    const match = candidates
      .map((candidate) => findKnownSecret(candidate, loaded))
      .find((found) => found !== null);
    response = { id, match: match ?? null };
  } catch (error) {
    response = { id, match: null, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response);
};
