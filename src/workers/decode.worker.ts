/// <reference lib="webworker" />
// Thin entry point: large tokens are found and decoded here, so a 5 MB paste never stalls the page.
import { decodeToken } from '@/jwt/decode';
import { extractToken } from '@/jwt/extract-token';
import type { DecodeRequest, DecodeResponse } from './decode-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<DecodeRequest>) => {
  const { id, text } = event.data;
  const extracted = extractToken(text);
  const response: DecodeResponse = { id, extracted, decoded: decodeToken(extracted.token) };
  scope.postMessage(response);
};
