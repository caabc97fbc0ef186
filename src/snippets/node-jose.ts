/** The verify program for Node.js and jose (every algorithm jwt-lab verifies). */
import type { SnippetKey, SnippetOptions } from './snippet-types';
import { listLiteral, openingComment, stringLiteral, wholeSeconds } from './snippet-text';

/** Node's Buffer names the secret encodings as jwt-lab does. */
function keyLine(key: SnippetKey, alg: string): string {
  switch (key.form) {
    case 'secret':
      return `const key = Buffer.from(process.env.JWT_SECRET, ${stringLiteral(key.encoding, 'javascript')});`;
    case 'pem':
      return 'const key = createPublicKey(process.env.JWT_PUBLIC_KEY);';
    case 'jwk':
      return `const key = await importJWK(JSON.parse(process.env.JWT_PUBLIC_KEY), ${stringLiteral(alg, 'javascript')});`;
    case 'jwks':
      return 'const key = createLocalJWKSet(JSON.parse(process.env.JWT_PUBLIC_KEY));';
  }
}

function imports(key: SnippetKey): string {
  const fromJose = ['jwtVerify'];
  if (key.form === 'jwk') fromJose.unshift('importJWK');
  if (key.form === 'jwks') fromJose.unshift('createLocalJWKSet');
  const lines = key.form === 'pem' ? ['import { createPublicKey } from "node:crypto";'] : [];
  return [...lines, `import { ${fromJose.join(', ')} } from "jose";`].join('\n');
}

/** The program's text: reads TOKEN and the key from the environment, prints the claims or the error. */
export function nodeJoseCode(options: SnippetOptions): string {
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
  return `${openingComment('//', 'jose', options, 'npm install jose && node verify.mjs')}
${imports(key)}

try {
  ${keyLine(key, alg)}
  const { payload } = await jwtVerify(process.env.TOKEN, key, {
${checks.join('\n')}
  });
  console.log(JSON.stringify(payload, null, 2));
} catch (error) {
  console.error(\`\${error.code ?? error.name}: \${error.message}\`);
  process.exitCode = 1;
}
`;
}
