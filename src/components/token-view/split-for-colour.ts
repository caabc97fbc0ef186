import { JWE_ROLES, JWS_ROLES, type SegmentRole } from '@/jwt/decoded-token';

/** One dot-separated part of the text in the token field, with the role its position gives it. */
export interface ColouredPart {
  readonly role: SegmentRole | 'extra';
  readonly text: string;
}

/**
 * Splits the token field's own text (not the decoded, possibly older, token) at its dots, so the
 * colours always sit under the characters on screen, while typing too. Text with anything but
 * base64url characters, dots and padding is left plain: the colours would suggest a token that is not there.
 */
export function splitForColour(text: string): ColouredPart[] | null {
  if (text === '' || !/^[A-Za-z0-9_\-.=+/]+$/.test(text)) return null;
  const parts = text.split('.');
  const roles = parts.length === 5 ? JWE_ROLES : JWS_ROLES;
  return parts.map((part, index) => ({ role: roles[index] ?? 'extra', text: part }));
}
