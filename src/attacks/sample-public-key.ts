/**
 * The initial verification key of the `alg-confusion` experiment: the public half of a throwaway RSA
 * 2048-bit pair made once with jose (`generateKeyPair('RS256')` then `exportSPKI`); the private half was
 * never written down. The attack needs nothing but this public text, which is the point.
 */
export const SAMPLE_RSA_PUBLIC_KEY_PEM = `-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA0n4g182R0jfd7QmzLV03
eIA2jQNp+Ie2DR151plj/jA060UZHFCKOVN62GaNmvK7Y0ZWHCy8JcjNthle5tdm
7m0SfFMoTFSL6LZxFzyeHjGb/djs39ZRwHX4mv3aKE+CnSNvTrnPK70Tu1+2GD5A
aeO5AQEq4H1YIs/Jsb29tT2gbs8Ez5C3uW2xaiMfJNEOazaOfiazNruejf15dbug
r8M74HutlKisuPJ81RA2sHuwPwer/ghtaHKzikgXTtzTci9OAIq7F4+Ow3M5lV4x
PZ8J2uBbOQFX0pGnlbxL4ihMrR//U/n6rMl2UmCdqK5OwaPvk9eNtLHLml1vQVwU
kQIDAQAB
-----END PUBLIC KEY-----
`;
