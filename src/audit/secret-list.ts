import { WELL_KNOWN_SECRETS } from '@/audit/known-secrets';

/** A secret found in public: the secret itself and where it was published. */
export interface KnownSecretMatch {
  readonly secret: string;
  /** e.g. "jwt.io's default HS256 secret (current site, 2025)". */
  readonly where: string;
}

/** Splits the list text into its lines, in file order (line n is index n − 1); CRLF as published, bare LF tolerated. */
export function splitSecretLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  // A final line break ends the last line; it does not start another one.
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** Parses the known-secret list (one secret per line) into a set, skipping empty lines. */
export function parseSecretList(text: string): Set<string> {
  const secrets = new Set<string>();
  for (const line of splitSecretLines(text)) {
    if (line !== '') secrets.add(line);
  }
  return secrets;
}

/** Describes the list as a source, e.g. "listed in the wallarm/jwt-secrets list of 103,781 known JWT secrets". */
export function describeSecretList(list: ReadonlySet<string>): string {
  return `listed in the wallarm/jwt-secrets list of ${list.size.toLocaleString('en-US')} known JWT secrets`;
}

/**
 * Finds a secret's text among publicly known secrets: the well-known table first (it names the exact
 * source), then the list if it has been loaded. Matches the exact text; an empty secret is no match.
 */
export function findKnownSecret(
  secretText: string,
  list: ReadonlySet<string> | null,
): KnownSecretMatch | null {
  if (secretText === '') return null;
  const wellKnown = WELL_KNOWN_SECRETS.find((entry) => entry.secret === secretText);
  if (wellKnown) return { secret: secretText, where: wellKnown.source };
  if (list?.has(secretText)) return { secret: secretText, where: describeSecretList(list) };
  return null;
}
