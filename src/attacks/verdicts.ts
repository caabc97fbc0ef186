import type { VerifierVerdict } from './experiment';

/** A verdict that lets the token in and hands its claims to the application. */
export function accepted(
  code: string,
  message: string,
  claims: Readonly<Record<string, unknown>>,
): VerifierVerdict {
  return { state: 'accepted', code, message, claims };
}

/** A verdict that keeps the token out, with the reason's code. */
export function refused(code: string, message: string): VerifierVerdict {
  return { state: 'refused', code, message };
}
