/**
 * Text pieces every verify program shares: string literals for user-given values (issuer,
 * audience), the environment variables it reads, and its opening comment.
 */
import { ENCODING_NAMES } from '@/keys/encoding-names';
import type { SnippetEnvVar, SnippetKey, SnippetOptions } from './snippet-types';

/** The syntaxes a literal is written for. */
export type LiteralSyntax = 'javascript' | 'python' | 'ruby' | 'go';

/** Replaces unpaired UTF-16 surrogates with U+FFFD: Go and Ruby reject `\ud800` in a literal. */
export function toWellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/**
 * A double-quoted string literal that reads back as `text` in the given syntax. JSON's escapes
 * (`\"`, `\\`, `\n`, `\u0000` …) mean the same in JavaScript, Python, Go and Ruby; Ruby alone also
 * interpolates `#{…}` inside double quotes, so its `#` is escaped.
 */
export function stringLiteral(text: string, syntax: LiteralSyntax): string {
  const json = JSON.stringify(toWellFormed(text));
  return syntax === 'ruby' ? json.replaceAll('#', '\\#') : json;
}

/** A list literal of strings: `["a", "b"]` (the same bracket syntax in all four). */
export function listLiteral(values: readonly string[], syntax: LiteralSyntax): string {
  return `[${values.map((value) => stringLiteral(value, syntax)).join(', ')}]`;
}

/** The skew as whole, non-negative seconds (the programs take an integer). */
export function wholeSeconds(skewSeconds: number): number {
  return Number.isFinite(skewSeconds) ? Math.max(0, Math.floor(skewSeconds)) : 0;
}

/** What goes in the key's environment variable, in words. */
export function describeKeyEnv(key: SnippetKey): SnippetEnvVar {
  switch (key.form) {
    case 'secret':
      return {
        name: 'JWT_SECRET',
        value: `the HMAC secret as ${key.encoding === 'utf8' ? 'UTF-8' : ENCODING_NAMES[key.encoding]} text`,
      };
    case 'pem':
      return { name: 'JWT_PUBLIC_KEY', value: 'the public key as PEM (-----BEGIN PUBLIC KEY-----)' };
    case 'jwk':
      return { name: 'JWT_PUBLIC_KEY', value: 'the public key as one JWK (JSON)' };
    case 'jwks':
      return {
        name: 'JWT_PUBLIC_KEY',
        value: `the JWKS (JSON {"keys": […]}); the key whose kid is the token's (${JSON.stringify(key.kid)}) is used`,
      };
  }
}

/** The variables every program reads: the token, and its key. */
export function snippetEnv(options: SnippetOptions): readonly SnippetEnvVar[] {
  return [{ name: 'TOKEN', value: 'the token (compact JWS)' }, describeKeyEnv(options.key)];
}

/** Where the key comes from, in a few words: `$JWT_SECRET (base64 text)`. */
function keySource(key: SnippetKey): string {
  switch (key.form) {
    case 'secret':
      return `$JWT_SECRET (${key.encoding === 'utf8' ? 'UTF-8' : ENCODING_NAMES[key.encoding]} text)`;
    case 'pem':
      return '$JWT_PUBLIC_KEY (PEM)';
    case 'jwk':
      return '$JWT_PUBLIC_KEY (one JWK)';
    case 'jwks':
      return "$JWT_PUBLIC_KEY (a JWKS; the token's kid picks the key)";
  }
}

/** The program's opening comment: what it verifies with what, what it checks, how to run it. */
export function openingComment(
  prefix: '//' | '#',
  library: string,
  options: SnippetOptions,
  howToRun: string,
): string {
  const checks = [`exp and nbf with ${wholeSeconds(options.skewSeconds)} s of leeway`];
  if (options.expectedIssuer !== undefined) checks.push('iss');
  if (options.expectedAudience?.length) checks.push('aud');
  const last = checks.pop();
  const listed = checks.length > 0 ? `${checks.join(', ')} and ${last}` : last;
  return [
    `Verifies the JWT in $TOKEN with ${library}.`,
    `Key: ${keySource(options.key)}.`,
    `Checks the signature (${options.alg} only), then ${listed}.`,
    `Run: ${howToRun}`,
  ]
    .map((line) => `${prefix} ${line}`)
    .join('\n');
}
