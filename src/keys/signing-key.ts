import type { JWK } from 'jose';
import type { SecretEncoding } from './key-types';

/**
 * A key that can SIGN (the encoder's counterpart of `ParsedKey`): an HMAC secret, or a private key as
 * a private JWK (with `d`), whatever format the user gave it in.
 */
export type SigningKey =
  | {
      readonly kind: 'secret';
      readonly bytes: Uint8Array;
      readonly encoding: SecretEncoding;
      readonly description: string;
    }
  | {
      readonly kind: 'private';
      /** Private JWK: kty, the public members and `d` (plus CRT members for RSA). */
      readonly jwk: JWK;
      /** The matching public JWK (private members removed), for "open in debugger" and JWKS export. */
      readonly publicJwk: JWK;
      readonly description: string;
      readonly kid?: string;
      /** RSA modulus size in bits. */
      readonly bits?: number;
    };
