/// <reference lib="webworker" />
// Thin entry point: a pasted key set is parsed, checked and thumbprinted here, so 10,000 keys never
// hold the page (they held it 9.7 s on the main thread).
import { inspectJwksText } from '@/rotation/jwks-inspection';
import type { JwksInspectRequest, JwksInspectResponse } from './jwks-inspect-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<JwksInspectRequest>) => {
  const { id, text } = event.data;
  void inspectJwksText(text).then((result) => {
    const response: JwksInspectResponse = { id, result };
    scope.postMessage(response);
  });
};
