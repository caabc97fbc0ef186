/**
 * The shape of a teaching warning and its builders, shared by the token, time and key warnings.
 */
import type { ErrorField } from '@/core/errors';

export type WarningCode =
  | 'EXP_MISSING'
  | 'TOKEN_EXPIRED'
  | 'TOKEN_NOT_YET_VALID'
  | 'LIFETIME'
  | 'LIFETIME_LONG'
  | 'ALG_NONE'
  | 'HEADER_JWK'
  | 'HEADER_JKU'
  | 'HEADER_X5U'
  | 'HEADER_X5C'
  | 'CRIT_PRESENT'
  | 'TYP_UNUSUAL'
  | 'PAYLOAD_NOT_OBJECT'
  | 'SECRET_TOO_SHORT'
  | 'SECRET_KNOWN'
  | 'RSA_TOO_SMALL'
  | 'ALG_UNPROTECTED'
  | 'DUPLICATE_MEMBER'
  | 'HIDDEN_CHARACTERS'
  | 'UNSAFE_INTEGER';

export type WarningSeverity = 'info' | 'warning' | 'danger';

export interface TokenWarning {
  readonly code: WarningCode;
  readonly severity: WarningSeverity;
  readonly field: ErrorField;
  readonly message: string;
  readonly spec?: { readonly label: string; readonly url: string };
}

/** A spec reference for an RFC section, linked to the RFC Editor's copy. */
export function rfcSpec(rfcNumber: number, section: string): NonNullable<TokenWarning['spec']> {
  return {
    label: `RFC ${rfcNumber} §${section}`,
    url: `https://www.rfc-editor.org/rfc/rfc${rfcNumber}#section-${section}`,
  };
}

/** Builds a `TokenWarning` (the spec reference is optional). */
export function warn(
  code: WarningCode,
  severity: WarningSeverity,
  field: ErrorField,
  message: string,
  source?: TokenWarning['spec'],
): TokenWarning {
  return { code, severity, field, message, ...(source === undefined ? {} : { spec: source }) };
}
