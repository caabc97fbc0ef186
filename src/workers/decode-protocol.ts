import type { DecodedToken } from '@/jwt/decoded-token';
import type { ExtractedToken } from '@/jwt/extract-token';

/** Ask the decode worker to find and decode the token in this text. */
export interface DecodeRequest {
  readonly id: number;
  readonly text: string;
}

/** The worker's answer for request `id`: what `extractToken` and `decodeToken` give on the main thread. */
export interface DecodeResponse {
  readonly id: number;
  readonly extracted: ExtractedToken;
  readonly decoded: DecodedToken;
}
