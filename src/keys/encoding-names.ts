import type { SecretEncoding } from './key-types';

/**
 * How each secret encoding is named, in sentences and in every "Secret encoding" select, on every
 * page: one table, so "UTF-8 text" never turns into "utf8" on the next page.
 */
export const ENCODING_NAMES: Readonly<Record<SecretEncoding, string>> = {
  utf8: 'UTF-8 text',
  base64: 'base64',
  base64url: 'base64url',
  hex: 'hex',
};
