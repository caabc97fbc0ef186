import type { Result } from '@/core/errors';
import type { JwksInspection } from '@/rotation/jwks-inspection';

/** Ask the JWKS worker to inspect this text. */
export interface JwksInspectRequest {
  readonly id: number;
  readonly text: string;
}

/** The worker's answer for request `id`: what `inspectJwksText` gives on the main thread. */
export interface JwksInspectResponse {
  readonly id: number;
  readonly result: Result<JwksInspection>;
}
