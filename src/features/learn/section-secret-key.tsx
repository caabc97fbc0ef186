import { AppLink } from './app-link';
import { LessonSection } from './lesson-section';
import { SignExperiment } from './sign-experiment';

/** 1. What a secret key is: the HMAC key, the signing input, and base64url (not encryption). */
export function SectionSecretKey() {
  return (
    <LessonSection
      id="what-is-a-secret-key"
      experiment={<SignExperiment />}
      check={{
        question: 'A token’s payload holds a user’s e-mail address. Who can read it?',
        answer:
          'Anyone who sees the token: the browser, every proxy and log on its way, the user. Base64url decodes without any key; the signature protects the payload from changes, not from readers. Only an encrypted token (JWE) hides it.',
      }}
      deeper={
        <>
          <AppLink to="/encoder" arrow>
            Write and sign your own tokens in the Encoder
          </AppLink>
          <AppLink to="/" arrow>
            Decode any token in the Debugger
          </AppLink>
        </>
      }
    >
      <p>
        A JWT signed with HS256, HS384 or HS512 carries an HMAC: a hash of the token’s first two parts, keyed
        with a secret. That secret is the JWT secret key — a string of bytes shared by whoever issues tokens
        and whoever verifies them. With it you can compute the signature; without it you cannot (RFC 7515 §5,
        RFC 7518 §3.2).
      </p>
      <p>
        The signature covers exactly the ASCII text <code>base64url(header) + "." + base64url(payload)</code>.
        Base64url writes bytes with 64 URL-safe characters (A–Z, a–z, 0–9, <code>-</code> and <code>_</code>):
        every 3 bytes become 4 characters, and JWTs leave out the <code>=</code> padding (RFC 7515 §2).
      </p>
      <p>
        Base64url is an encoding, not encryption: anyone who holds a token can read its header and payload, no
        key needed. The signature proves who made the token and that nothing in it changed; it hides nothing.
        Keep secrets and sensitive personal data out of the payload, or encrypt the token (JWE, RFC 7516).
      </p>
    </LessonSection>
  );
}
