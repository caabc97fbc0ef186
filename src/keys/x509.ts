/** The public key of an X.509 certificate (RFC 5280 §4.1). Chain, validity and signature are not checked. */
import type { Result } from '@/core/errors';
import { childrenOf, contextTag, readOnly, TAG } from './der';
import { malformedDer, type PublicKeyInfo } from './public-jwk';
import { jwkFromSpkiElement } from './spki';

/** Reads the SubjectPublicKeyInfo of a DER certificate as a public JWK. */
export function jwkFromCertificate(der: Uint8Array): Result<PublicKeyInfo> {
  const certificate = childrenOf(readOnly(der, TAG.SEQUENCE) ?? undefined);
  const tbs = childrenOf(certificate?.[0]);
  if (!certificate || certificate.length !== 3 || !tbs) return malformedDer('X.509 certificate');
  // TBSCertificate: [0] version (absent in v1), serialNumber, signature, issuer, validity, subject, spki, …
  const first = tbs[0]?.tag === contextTag(0) ? 1 : 0;
  const spki = tbs[first + 5];
  if (!spki || spki.tag !== TAG.SEQUENCE) return malformedDer('X.509 certificate');
  return jwkFromSpkiElement(spki);
}
