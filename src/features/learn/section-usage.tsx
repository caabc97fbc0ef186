import { AppLink } from './app-link';
import { KeyTypeGuide } from './key-type-guide';
import { LessonSection } from './lesson-section';
import { UsageExperiment } from './usage-experiment';

/** 5. Usage: pin algorithms, check claims, one secret per purpose; symmetric or asymmetric; JWS or JWE. */
export function SectionUsage() {
  return (
    <LessonSection
      id="usage"
      experiment={<UsageExperiment />}
      check={{
        question:
          'Your API verifies the signature but not aud, and the login service signs tokens for your billing service with the same key. What can a billing token do at your API?',
        answer:
          'Everything an API token can: its signature verifies, and without an audience check your API accepts a token that was meant for another service (cross-service replay). Check aud, and give each service its own key.',
      }}
      deeper={
        <>
          <AppLink to="/attacks#claims-unchecked" arrow>
            Claims not checked, on Attacks
          </AppLink>
          <AppLink to="/attacks#cross-service" arrow>
            Replayed at another service, on Attacks
          </AppLink>
        </>
      }
    >
      <p>
        The verifier decides how a token is checked, never the token. Pin the algorithms you accept (
        <code>algorithms: ['HS256']</code>) so the header cannot pick one — that is how{' '}
        <code>"alg": "none"</code> and algorithm confusion get in (RFC 8725 §3.1). Then check the claims:{' '}
        <code>exp</code> and <code>nbf</code> against your clock, <code>iss</code> against the issuer you
        trust, <code>aud</code> against your own service (RFC 7519 §4.1, RFC 8725 §3.8–3.10).
      </p>
      <p>
        Use one secret per purpose and environment — access tokens, e-mail links, staging, production. A
        secret shared by two services lets each mint tokens the other accepts.
      </p>
      <KeyTypeGuide />
      <p>
        Everything in this lesson is a JWS: signed, and readable by anyone. A JWE (RFC 7516) is encrypted, so
        only the holder of the decryption key can read the claims; use it when the claims themselves are
        confidential, and pin its algorithms just the same.
      </p>
    </LessonSection>
  );
}
