/**
 * The vocabulary of "Verify in code": which libraries get a program, what the program is told about
 * the token (its algorithm, the form of its key, the claim checks), and what comes back.
 */
import type { JwsAlgorithm } from '@/core/algorithms';
import type { SecretEncoding } from '@/keys/key-types';

/** One library a verify program is written for (the `data-lang` of the `verify-snippet` hook). */
export type SnippetLang = 'node-jose' | 'node-jsonwebtoken' | 'python-pyjwt' | 'ruby-jwt' | 'go-jwt';

/** The libraries, in the order the panel shows them. */
export const SNIPPET_LANGS: readonly SnippetLang[] = [
  'node-jose',
  'node-jsonwebtoken',
  'python-pyjwt',
  'ruby-jwt',
  'go-jwt',
];

/**
 * How the program gets its key. HMAC secrets come from `JWT_SECRET` as text in `encoding` (the program
 * turns it into bytes); public keys come from `JWT_PUBLIC_KEY` as a PEM, one JWK, or a JWKS from which
 * the token's `kid` picks (`kid` is only shown to the user, never written into the program).
 */
export type SnippetKey =
  | { readonly form: 'secret'; readonly encoding: SecretEncoding }
  | { readonly form: 'pem' }
  | { readonly form: 'jwk' }
  | { readonly form: 'jwks'; readonly kid: string };

/** What a verify program checks, and how it reads its key. */
export interface SnippetOptions {
  /** The one algorithm the program accepts (the token's own `alg`, pinned). */
  readonly alg: JwsAlgorithm;
  readonly key: SnippetKey;
  /** Leeway for `exp` and `nbf`, in whole seconds. */
  readonly skewSeconds: number;
  /** `iss` must equal this exactly, when given. */
  readonly expectedIssuer?: string;
  /** `aud` must hold one of these, when any are given. */
  readonly expectedAudience?: readonly string[];
}

/** The environment variables a program reads. */
export type SnippetEnvName = 'TOKEN' | 'JWT_SECRET' | 'JWT_PUBLIC_KEY';

/** One environment variable, and what to put in it. */
export interface SnippetEnvVar {
  readonly name: SnippetEnvName;
  readonly value: string;
}

/** A complete program that verifies the token, with how to install its library and run it. */
export interface VerifySnippet {
  readonly lang: SnippetLang;
  /** "Node.js · jose". */
  readonly label: string;
  /** The syntax of `code`. */
  readonly language: 'javascript' | 'python' | 'ruby' | 'go';
  readonly fileName: string;
  /** Shell command that installs the library. */
  readonly install: string;
  /** Shell command that runs the program once the environment is set. */
  readonly run: string;
  readonly env: readonly SnippetEnvVar[];
  readonly code: string;
}
