import { SECRET_ENCODINGS, type SecretEncoding } from './key-types';

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

/** The encodings as choices for a select, in the order of `SECRET_ENCODINGS`. */
export const SECRET_ENCODING_OPTIONS: readonly { readonly value: SecretEncoding; readonly label: string }[] =
  SECRET_ENCODINGS.map((value) => ({ value, label: ENCODING_NAMES[value] }));
