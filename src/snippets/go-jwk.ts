/**
 * Go pieces for public keys given as JWK or JWKS: golang-jwt v4 reads PEM but no JWK, so the program
 * carries a small reader for the one key type its algorithm needs.
 */
import { ALGORITHM_INFO, type JwsAlgorithm } from '@/core/algorithms';

/** Go's name for the curve of each ECDSA algorithm. */
const GO_CURVES: Readonly<Record<string, string>> = { 'P-256': 'P256', 'P-384': 'P384', 'P-521': 'P521' };

/** The members the reader needs, by key type (Go matches JSON names without regard to case). */
const MEMBERS = { RSA: ['N', 'E'], EC: ['Crv', 'X', 'Y'], OKP: ['Crv', 'X'] } as const;

/** The `publicKey` method's body for the algorithm's key type (4-space indents, tabs later). */
function publicKeyBody(alg: JwsAlgorithm): string {
  const info = ALGORITHM_INFO[alg];
  if (info.kty === 'RSA')
    return `    n, errN := base64.RawURLEncoding.DecodeString(k.N)
    e, errE := base64.RawURLEncoding.DecodeString(k.E)
    if k.Kty != "RSA" || errN != nil || errE != nil || len(n) == 0 || len(e) == 0 || len(e) > 4 {
        return nil, fmt.Errorf("JWT_PUBLIC_KEY: not an RSA public JWK")
    }
    return &rsa.PublicKey{N: new(big.Int).SetBytes(n), E: int(new(big.Int).SetBytes(e).Int64())}, nil`;
  if (info.kty === 'EC') {
    const crv = info.crv ?? '';
    return `    x, errX := base64.RawURLEncoding.DecodeString(k.X)
    y, errY := base64.RawURLEncoding.DecodeString(k.Y)
    if k.Kty != "EC" || k.Crv != "${crv}" || errX != nil || errY != nil {
        return nil, fmt.Errorf("JWT_PUBLIC_KEY: not a ${crv} public JWK")
    }
    key := &ecdsa.PublicKey{Curve: elliptic.${GO_CURVES[crv] ?? ''}(), X: new(big.Int).SetBytes(x), Y: new(big.Int).SetBytes(y)}
    if !key.Curve.IsOnCurve(key.X, key.Y) {
        return nil, fmt.Errorf("JWT_PUBLIC_KEY: the point is not on ${crv}")
    }
    return key, nil`;
  }
  return `    x, err := base64.RawURLEncoding.DecodeString(k.X)
    if k.Kty != "OKP" || k.Crv != "Ed25519" || err != nil || len(x) != ed25519.PublicKeySize {
        return nil, fmt.Errorf("JWT_PUBLIC_KEY: not an Ed25519 public JWK")
    }
    return ed25519.PublicKey(x), nil`;
}

/** The packages the JWK reader imports, beside the program's own. */
export function goJwkImports(alg: JwsAlgorithm): readonly string[] {
  const kty = ALGORITHM_INFO[alg].kty;
  const own = { RSA: ['crypto/rsa', 'math/big'], EC: ['crypto/ecdsa', 'crypto/elliptic', 'math/big'] };
  return ['encoding/base64', ...(kty === 'RSA' || kty === 'EC' ? own[kty] : ['crypto/ed25519'])];
}

/** The `jsonWebKey` type and its `publicKey` method, for the algorithm's key type. */
export function goJwkReader(alg: JwsAlgorithm): string {
  const kty = ALGORITHM_INFO[alg].kty;
  const members = ['Kid', 'Kty', ...(kty === 'RSA' || kty === 'EC' || kty === 'OKP' ? MEMBERS[kty] : [])];
  // gofmt aligns the types and the tags of a struct's fields in columns.
  const width = Math.max(...members.map((name) => name.length));
  const fields = members.map((name) => `    ${name.padEnd(width)} string \`json:"${name.toLowerCase()}"\``);
  return `// jsonWebKey holds the public members of a JWK (RFC 7517).
type jsonWebKey struct {
${fields.join('\n')}
}

func (k jsonWebKey) publicKey() (interface{}, error) {
${publicKeyBody(alg)}
}`;
}
