/** The verify program for Python and PyJWT (every algorithm but RFC 9864's `Ed25519` name). */
import type { SnippetKey, SnippetOptions } from './snippet-types';
import { listLiteral, openingComment, stringLiteral, wholeSeconds } from './snippet-text';

/** Python's base64 decoders want padding; JWT secrets often come without it. */
const PAD = ' + "=" * (-len(secret) % 4)';

function keyLines(key: SnippetKey): string[] {
  switch (key.form) {
    case 'secret': {
      const decode = {
        utf8: 'secret.encode()',
        base64: `base64.b64decode(secret${PAD}, validate=True)`,
        base64url: `base64.urlsafe_b64decode(secret${PAD})`,
        hex: 'bytes.fromhex(secret)',
      }[key.encoding];
      return ['secret = os.environ["JWT_SECRET"]', `key = ${decode}`];
    }
    case 'pem':
      return ['key = os.environ["JWT_PUBLIC_KEY"]'];
    case 'jwk':
      return ['key = jwt.PyJWK.from_json(os.environ["JWT_PUBLIC_KEY"]).key'];
    case 'jwks':
      return [
        '# The set is trusted; the kid only says which of its keys signed.',
        'kid = jwt.get_unverified_header(token).get("kid")',
        'key = jwt.PyJWKSet.from_json(os.environ["JWT_PUBLIC_KEY"])[kid].key',
      ];
  }
}

/** The program's text: reads TOKEN and the key from the environment, prints the claims or the error. */
export function pythonPyjwtCode(options: SnippetOptions): string {
  const { alg, key, expectedIssuer, expectedAudience } = options;
  const checks = [
    `        algorithms=[${stringLiteral(alg, 'python')}],  # never let the token choose its algorithm`,
    `        leeway=${wholeSeconds(options.skewSeconds)},  # seconds of leeway for exp and nbf`,
  ];
  if (expectedIssuer !== undefined) checks.push(`        issuer=${stringLiteral(expectedIssuer, 'python')},`);
  if (expectedAudience?.length)
    checks.push(`        audience=${listLiteral(expectedAudience, 'python')},  # aud must hold one of these`);
  // PyJWT refuses a token that has aud when no audience is given; the debugger then does not check it.
  else checks.push('        options={"verify_aud": False},  # no audience expected');
  const base64Import = key.form === 'secret' && key.encoding.startsWith('base64') ? 'import base64\n' : '';
  return `${openingComment('#', 'PyJWT', options, 'pip install "pyjwt[crypto]" && python3 verify.py')}
${base64Import}import json
import os
import sys

import jwt

try:
    token = os.environ["TOKEN"]
${keyLines(key)
  .map((line) => `    ${line}`)
  .join('\n')}
    claims = jwt.decode(
        token,
        key,
${checks.join('\n')}
    )
except (jwt.PyJWTError, KeyError, ValueError) as error:
    sys.exit(f"{type(error).__name__}: {error}")
print(json.dumps(claims, indent=2))
`;
}
