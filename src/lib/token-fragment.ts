/** The fragment parameters that carry a token into the debugger (`/#token=…`). */
export const TOKEN_FRAGMENT_NAMES = ['token', 'id_token', 'access_token'] as const;

/** The URL fragment without the token parameters (other parameters kept), '' when nothing is left. */
export function hashWithoutToken(hash: string): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  let changed = false;
  for (const name of TOKEN_FRAGMENT_NAMES) {
    if (params.has(name)) {
      params.delete(name);
      changed = true;
    }
  }
  if (!changed) return hash;
  const rest = params.toString();
  return rest === '' ? '' : `#${rest}`;
}
