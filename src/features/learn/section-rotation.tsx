import { AppLink } from './app-link';
import { LessonSection } from './lesson-section';
import { RotationExperiment } from './rotation-experiment';

/** 6. Rotation: kid, overlap, JWKS caches, and emergency rotation. */
export function SectionRotation() {
  return (
    <LessonSection
      id="rotation"
      experiment={<RotationExperiment />}
      check={{
        question:
          'You add k2 to the JWKS and switch signing to it at the same moment; verifiers cache the JWKS for an hour. What happens?',
        answer:
          'For up to an hour, every new token names a kid the verifiers have not seen yet, and they refuse it (unknown kid). Publish first, wait longer than the longest cache, then switch.',
      }}
      deeper={
        <AppLink to="/rotation" arrow>
          Drive the issuer and the verifier yourself, on Rotation
        </AppLink>
      }
    >
      <p>
        Keys are rotated on a schedule, and at once when one leaks. Give every key an id, the <code>kid</code>{' '}
        header (RFC 7515 §4.1.4): verifiers hold several keys and use the one the token names — from their own
        configuration or the issuer’s JWKS, never from a URL or a key inside the token.
      </p>
      <p>
        Rotate with overlap. Publish the new key to every verifier first — for public keys, in the JWKS, then
        wait out the verifiers’ JWKS cache — and only then sign with it. Keep the old key for verification
        until the last token it signed has expired, then retire it. Nobody is logged out.
      </p>
      <p>
        After a leak there is no overlap: retire the leaked key at once. Everyone signed in with it must log
        in again; that is the price of stopping the tokens the attacker can now forge.
      </p>
    </LessonSection>
  );
}
