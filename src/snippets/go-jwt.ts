/** The verify program for Go and golang-jwt v4 (every algorithm but RFC 9864's `Ed25519` name). */
import { ALGORITHM_INFO } from '@/core/algorithms';
import type { SnippetOptions } from './snippet-types';
import { goJwkImports, goJwkReader } from './go-jwk';
import { listLiteral, openingComment, stringLiteral, wholeSeconds } from './snippet-text';

const PEM_READERS = {
  RSA: 'ParseRSAPublicKeyFromPEM',
  EC: 'ParseECPublicKeyFromPEM',
  OKP: 'ParseEdPublicKeyFromPEM',
};

/** The key function's body and the packages it needs (4-space indents, tabs later). */
function keyFunction({ alg, key }: SnippetOptions): { body: string; imports: readonly string[] } {
  switch (key.form) {
    case 'secret': {
      const secret = 'os.Getenv("JWT_SECRET")';
      const decode = {
        utf8: { body: `return []byte(${secret}), nil`, imports: [] },
        base64: { body: `return base64.StdEncoding.DecodeString(${secret})`, imports: ['encoding/base64'] },
        base64url: {
          body: `return base64.RawURLEncoding.DecodeString(strings.TrimRight(${secret}, "="))`,
          imports: ['encoding/base64', 'strings'],
        },
        hex: { body: `return hex.DecodeString(${secret})`, imports: ['encoding/hex'] },
      }[key.encoding];
      return { body: `        ${decode.body}`, imports: decode.imports };
    }
    case 'pem': {
      const kty = ALGORITHM_INFO[alg].kty;
      const reader = kty === 'oct' ? '' : PEM_READERS[kty];
      return { body: `        return jwt.${reader}([]byte(os.Getenv("JWT_PUBLIC_KEY")))`, imports: [] };
    }
    case 'jwk':
      return {
        body: `        var jwk jsonWebKey
        if err := json.Unmarshal([]byte(os.Getenv("JWT_PUBLIC_KEY")), &jwk); err != nil {
            return nil, fmt.Errorf("JWT_PUBLIC_KEY: %w", err)
        }
        return jwk.publicKey()`,
        imports: goJwkImports(alg),
      };
    case 'jwks':
      return {
        body: `        var set struct {
            Keys []jsonWebKey \`json:"keys"\`
        }
        if err := json.Unmarshal([]byte(os.Getenv("JWT_PUBLIC_KEY")), &set); err != nil {
            return nil, fmt.Errorf("JWT_PUBLIC_KEY: %w", err)
        }
        // The set is trusted; the kid only says which of its keys signed.
        kid, _ := t.Header["kid"].(string)
        for _, jwk := range set.Keys {
            if jwk.Kid == kid {
                return jwk.publicKey()
            }
        }
        return nil, fmt.Errorf("no key with kid %q in the JWKS", kid)`,
        imports: goJwkImports(alg),
      };
  }
}

/** The claim checks after the signature: v4 has no leeway option, so exp and nbf are checked here. */
function claimChecks({ skewSeconds, expectedIssuer, expectedAudience }: SnippetOptions): string {
  const checks = [
    `    leeway := ${wholeSeconds(skewSeconds)} * time.Second // for exp and nbf
    now := time.Now()
    if !claims.VerifyExpiresAt(now.Add(-leeway).Unix(), false) {
        return nil, fmt.Errorf("token is expired (exp %v)", claims["exp"])
    }
    if !claims.VerifyNotBefore(now.Add(leeway).Unix(), false) {
        return nil, fmt.Errorf("token is not valid yet (nbf %v)", claims["nbf"])
    }`,
  ];
  if (expectedIssuer !== undefined)
    checks.push(`    if issuer := ${stringLiteral(expectedIssuer, 'go')}; !claims.VerifyIssuer(issuer, true) {
        return nil, fmt.Errorf("issuer is %v, expected %q", claims["iss"], issuer)
    }`);
  if (expectedAudience?.length)
    checks.push(`    audiences := []string{${listLiteral(expectedAudience, 'go').slice(1, -1)}} // aud must hold one of these
    audienceOK := false
    for _, audience := range audiences {
        audienceOK = audienceOK || claims.VerifyAudience(audience, true)
    }
    if !audienceOK {
        return nil, fmt.Errorf("audience is %v, expected one of %q", claims["aud"], audiences)
    }`);
  return checks.join('\n');
}

/** The program's text: reads TOKEN and the key from the environment, prints the claims or the error. */
export function goJwtCode(options: SnippetOptions): string {
  const keyFn = keyFunction(options);
  const imports = [...new Set(['encoding/json', 'fmt', 'os', 'time', ...keyFn.imports])].sort();
  const withJwk = options.key.form === 'jwk' || options.key.form === 'jwks';
  const program = `${openingComment('//', 'golang-jwt v4', options, 'go mod init verify && go get github.com/golang-jwt/jwt/v4 && go run .')}
package main

import (
${imports.map((name) => `    "${name}"`).join('\n')}

    "github.com/golang-jwt/jwt/v4"
)

func main() {
    claims, err := verify(os.Getenv("TOKEN"))
    if err != nil {
        fmt.Fprintln(os.Stderr, err)
        os.Exit(1)
    }
    out, _ := json.MarshalIndent(claims, "", "  ")
    fmt.Println(string(out))
}

func verify(token string) (jwt.MapClaims, error) {
    parser := jwt.NewParser(
        jwt.WithValidMethods([]string{${stringLiteral(options.alg, 'go')}}), // never let the token choose its algorithm
        jwt.WithJSONNumber(),
        jwt.WithoutClaimsValidation(), // checked below, with leeway
    )
    parsed, err := parser.Parse(token, func(t *jwt.Token) (interface{}, error) {
${keyFn.body}
    })
    if err != nil {
        return nil, err
    }
    claims := parsed.Claims.(jwt.MapClaims)
${claimChecks(options)}
    return claims, nil
}
${withJwk ? `\n${goJwkReader(options.alg)}\n` : ''}`;
  // gofmt indents with tabs.
  return program.replace(/^(?: {4})+/gm, (indent) => '\t'.repeat(indent.length / 4));
}
