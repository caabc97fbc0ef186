/** The verify program for Node.js and jsonwebtoken (HMAC, RSA, RSA-PSS and ECDSA; no EdDSA). */
import type { SnippetKey, SnippetOptions } from './snippet-types';
import { listLiteral, openingComment, stringLiteral, wholeSeconds } from './snippet-text';

/** jsonwebtoken reads no JWKs: Node's crypto turns one into a key object. */
function keyLines(key: SnippetKey): string[] {
  switch (key.form) {
    case 'secret':
      return [
        `const key = Buffer.from(process.env.JWT_SECRET, ${stringLiteral(key.encoding, 'javascript')});`,
      ];
    case 'pem':
      return ['const key = createPublicKey(process.env.JWT_PUBLIC_KEY);'];
    case 'jwk':
      return ['const key = createPublicKey({ key: JSON.parse(process.env.JWT_PUBLIC_KEY), format: "jwk" });'];
    case 'jwks':
      return [
        '// The set is trusted; the kid only says which of its keys signed.',
        'const kid = jwt.decode(token, { complete: true })?.header.kid;',
        'const jwk = JSON.parse(process.env.JWT_PUBLIC_KEY).keys.find((candidate) => candidate.kid === kid);',
        'if (!jwk) throw new Error(`no key with kid ${JSON.stringify(kid)} in the JWKS`);',
        'const key = createPublicKey({ key: jwk, format: "jwk" });',
      ];
  }
}

/** The program's text: reads TOKEN and the key from the environment, prints the claims or the error. */
export function nodeJsonwebtokenCode(options: SnippetOptions): string {
  const { alg, key, expectedIssuer, expectedAudience } = options;
  const checks = [
    `    algorithms: [${stringLiteral(alg, 'javascript')}], // never let the token choose its algorithm`,
    `    clockTolerance: ${wholeSeconds(options.skewSeconds)}, // seconds of leeway for exp and nbf`,
  ];
  if (expectedIssuer !== undefined)
    checks.push(`    issuer: ${stringLiteral(expectedIssuer, 'javascript')},`);
  if (expectedAudience?.length)
    checks.push(
      `    audience: ${listLiteral(expectedAudience, 'javascript')}, // aud must hold one of these`,
    );
  const cryptoImport = key.form === 'secret' ? '' : 'import { createPublicKey } from "node:crypto";\n';
  return `${openingComment('//', 'jsonwebtoken', options, 'npm install jsonwebtoken && node verify.mjs')}
${cryptoImport}import jwt from "jsonwebtoken";

try {
  const token = process.env.TOKEN;
${keyLines(key)
  .map((line) => `  ${line}`)
  .join('\n')}
  const claims = jwt.verify(token, key, {
${checks.join('\n')}
  });
  console.log(JSON.stringify(claims, null, 2));
} catch (error) {
  console.error(\`\${error.name}: \${error.message}\`);
  process.exitCode = 1;
}
`;
}
