/** The verify program for Ruby and ruby-jwt (HMAC, RSA, RSA-PSS and ECDSA; EdDSA needs rbnacl). */
import type { SnippetKey, SnippetOptions } from './snippet-types';
import { listLiteral, openingComment, stringLiteral, wholeSeconds } from './snippet-text';

function keyLines(key: SnippetKey): string[] {
  switch (key.form) {
    case 'secret':
      return [
        `key = ${
          {
            utf8: 'ENV.fetch("JWT_SECRET")',
            base64: 'Base64.strict_decode64(ENV.fetch("JWT_SECRET"))',
            base64url: 'Base64.urlsafe_decode64(ENV.fetch("JWT_SECRET"))',
            hex: '[ENV.fetch("JWT_SECRET")].pack("H*")',
          }[key.encoding]
        }`,
      ];
    case 'pem':
      return ['key = OpenSSL::PKey.read(ENV.fetch("JWT_PUBLIC_KEY"))'];
    case 'jwk':
      return ['key = JWT::JWK.import(JSON.parse(ENV.fetch("JWT_PUBLIC_KEY"))).keypair'];
    case 'jwks':
      return []; // ruby-jwt picks the key from the set given as `jwks:` itself
  }
}

/** The program's text: reads TOKEN and the key from the environment, prints the claims or the error. */
export function rubyJwtCode(options: SnippetOptions): string {
  const { alg, key, expectedIssuer, expectedAudience } = options;
  const checks = [
    `    algorithm: ${stringLiteral(alg, 'ruby')}, # never let the token choose its algorithm`,
    `    leeway: ${wholeSeconds(options.skewSeconds)}, # seconds of leeway for exp and nbf`,
  ];
  if (key.form === 'jwks')
    checks.push(`    jwks: JSON.parse(ENV.fetch("JWT_PUBLIC_KEY")), # the token's kid picks the key`);
  if (expectedIssuer !== undefined)
    checks.push(`    iss: ${stringLiteral(expectedIssuer, 'ruby')}, verify_iss: true,`);
  if (expectedAudience?.length)
    checks.push(
      `    aud: ${listLiteral(expectedAudience, 'ruby')}, verify_aud: true, # aud must hold one of these`,
    );
  const base64Require =
    key.form === 'secret' && key.encoding.startsWith('base64') ? `require "base64"\n` : '';
  return `${openingComment('#', 'ruby-jwt', options, 'gem install jwt && ruby verify.rb')}
${base64Require}require "json"
require "jwt"

begin
  token = ENV.fetch("TOKEN")
${keyLines(key)
  .map((line) => `  ${line}`)
  .join('\n')}
  claims, _header = JWT.decode(token, ${key.form === 'jwks' ? 'nil' : 'key'}, true, {
${checks.join('\n')}
  })
  puts JSON.pretty_generate(claims)
rescue StandardError => e # JWT::DecodeError and its kin, a missing variable, a bad key
  warn "#{e.class}: #{e.message}"
  exit 1
end
`;
}
