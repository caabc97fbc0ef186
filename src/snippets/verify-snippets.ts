/**
 * "Verify in code": for the token on screen, a complete program per library that verifies it the way
 * the debugger did — the algorithm pinned, exp/nbf with the chosen leeway, iss and aud when expected,
 * the key read from the environment in the form the user has (never written into the program).
 */
import { ALGORITHM_INFO, JWS_ALGORITHMS, type JwsAlgorithm } from '@/core/algorithms';
import { labError, ok, type Result } from '@/core/errors';
import { goJwtCode } from './go-jwt';
import { nodeJoseCode } from './node-jose';
import { nodeJsonwebtokenCode } from './node-jsonwebtoken';
import { pythonPyjwtCode } from './python-pyjwt';
import { rubyJwtCode } from './ruby-jwt';
import { snippetEnv } from './snippet-text';
import type { SnippetLang, SnippetOptions, VerifySnippet } from './snippet-types';

type Program = Omit<VerifySnippet, 'lang' | 'label' | 'env' | 'code'> & {
  /** "Node.js", "Python" … */
  readonly runtime: string;
  /** The package as people call it: "jose", "PyJWT" … */
  readonly name: string;
  /** The library's name in messages: "ruby-jwt", "golang-jwt v4". */
  readonly library: string;
  readonly algorithms: readonly JwsAlgorithm[];
  /** Why the others are missing, said when one is asked for. */
  readonly missing: string;
  readonly write: (options: SnippetOptions) => string;
};

const ALL = JWS_ALGORITHMS;
const NO_EDDSA = ALL.filter((alg) => ALGORITHM_INFO[alg].family !== 'EdDSA');
const NO_ED25519_NAME = ALL.filter((alg) => alg !== 'Ed25519');

/** Each library's program, and the algorithms it verifies (each one run by the runner tests). */
export const PROGRAMS: Readonly<Record<SnippetLang, Program>> = {
  'node-jose': {
    runtime: 'Node.js',
    name: 'jose',
    library: 'jose',
    language: 'javascript',
    fileName: 'verify.mjs',
    install: 'npm install jose',
    run: 'node verify.mjs',
    algorithms: ALL,
    missing: '',
    write: nodeJoseCode,
  },
  'node-jsonwebtoken': {
    runtime: 'Node.js',
    name: 'jsonwebtoken',
    library: 'jsonwebtoken',
    language: 'javascript',
    fileName: 'verify.mjs',
    install: 'npm install jsonwebtoken',
    run: 'node verify.mjs',
    algorithms: NO_EDDSA,
    missing: 'jsonwebtoken has no EdDSA; use jose for Ed25519 keys.',
    write: nodeJsonwebtokenCode,
  },
  'python-pyjwt': {
    runtime: 'Python',
    name: 'PyJWT',
    library: 'PyJWT',
    language: 'python',
    fileName: 'verify.py',
    install: 'pip install "pyjwt[crypto]"',
    run: 'python3 verify.py',
    algorithms: NO_ED25519_NAME,
    missing: 'PyJWT knows Ed25519 keys only under the algorithm name EdDSA, not RFC 9864’s Ed25519.',
    write: pythonPyjwtCode,
  },
  'ruby-jwt': {
    runtime: 'Ruby',
    name: 'jwt',
    library: 'ruby-jwt',
    language: 'ruby',
    fileName: 'verify.rb',
    install: 'gem install jwt',
    run: 'ruby verify.rb',
    algorithms: NO_EDDSA,
    missing: 'ruby-jwt verifies EdDSA only with the rbnacl gem, and reads no OKP JWKs.',
    write: rubyJwtCode,
  },
  'go-jwt': {
    runtime: 'Go',
    name: 'golang-jwt',
    library: 'golang-jwt v4',
    language: 'go',
    fileName: 'main.go',
    install: 'go mod init verify && go get github.com/golang-jwt/jwt/v4',
    run: 'go run .',
    algorithms: NO_ED25519_NAME,
    missing: 'golang-jwt knows Ed25519 keys only under the algorithm name EdDSA, not RFC 9864’s Ed25519.',
    write: goJwtCode,
  },
};

/** "Node.js · jose": the runtime and the library, as tabs and labels name a program. */
export function programLabel(lang: SnippetLang): string {
  return `${PROGRAMS[lang].runtime} · ${PROGRAMS[lang].name}`;
}

/** Whether a library's program can verify tokens of this algorithm. */
export function supportsAlgorithm(lang: SnippetLang, alg: JwsAlgorithm): boolean {
  return PROGRAMS[lang].algorithms.includes(alg);
}

/** The program that verifies tokens like this one with the given library, or why there is none. */
export function verifySnippet(lang: SnippetLang, options: SnippetOptions): Result<VerifySnippet> {
  const { language, fileName, install, run, library, algorithms, missing, write } = PROGRAMS[lang];
  if (!algorithms.includes(options.alg)) {
    const message = `${library} cannot verify ${options.alg}: ${missing}`;
    return { ok: false, error: labError('ALG_UNSUPPORTED', 'alg', message) };
  }
  const hmac = ALGORITHM_INFO[options.alg].family === 'HMAC';
  if (hmac !== (options.key.form === 'secret')) {
    const wanted = hmac ? 'an HMAC secret' : 'a public key (PEM, JWK or JWKS)';
    const message = `${options.alg} is verified with ${wanted}.`;
    return { ok: false, error: labError('KEY_ALG_MISMATCH', 'key', message) };
  }
  const env = snippetEnv(options);
  const label = programLabel(lang);
  return ok({ lang, label, language, fileName, install, run, env, code: write(options) });
}
