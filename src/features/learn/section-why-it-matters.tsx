import { AppLink } from './app-link';
import { ForgeExperiment } from './forge-experiment';
import { LessonSection } from './lesson-section';

/** 2. Why it matters: whoever holds the key mints any token; without it, no byte can change. */
export function SectionWhyItMatters() {
  return (
    <LessonSection
      id="why-it-matters"
      experiment={<ForgeExperiment />}
      check={{
        question:
          'An attacker changes "role": "user" to "admin" in a token and keeps the old signature. What does a correct verifier say?',
        answer:
          'Invalid signature. The verifier recomputes the HMAC over the new header.payload with its secret; one changed byte gives a completely different HMAC, and without the secret the attacker cannot compute the right one.',
      }}
      deeper={
        <>
          <AppLink to="/encoder#tamper-title" arrow>
            Watch one byte break a signature in the Encoder’s tamper demo
          </AppLink>
          <AppLink to="/attacks" arrow>
            See how attackers get around a verifier, on Attacks
          </AppLink>
        </>
      }
    >
      <p>
        A verifier accepts a token when the HMAC it computes with its own copy of the secret equals the
        signature the token carries. So the secret is the whole of the security: whoever holds it can mint a
        token with any claims — any user, any role, any expiry — and every verifier that shares it will accept
        it as genuine.
      </p>
      <p>
        Without the secret, changing a single byte of the header or payload changes the HMAC the verifier
        expects, and the old signature no longer matches. Guessing the secret is the only way on, which is why
        a secret a person could guess is no secret at all (section 3).
      </p>
      <p>
        The same holds inside your own systems: every service that holds a secret can forge tokens for every
        other service that trusts it. Give each purpose its own secret (section 5).
      </p>
    </LessonSection>
  );
}
