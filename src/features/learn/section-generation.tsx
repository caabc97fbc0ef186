import { AppLink } from './app-link';
import { GenerationExperiment } from './generation-experiment';
import { LessonSection } from './lesson-section';

/** 3. Generation: CSPRNG bytes, at least the hash output long (RFC 7518 §3.2). */
export function SectionGeneration() {
  return (
    <LessonSection
      id="generation"
      experiment={<GenerationExperiment />}
      check={{
        question: 'Is a 40-character passphrase you made up a good HS256 secret?',
        answer:
          'No. Its 40 bytes pass the size rule, but its entropy is what a person can produce — a small fraction of the 256 bits in 32 random bytes — and phrases are exactly what cracking lists and rules try. Generate the bytes with a CSPRNG instead.',
      }}
      deeper={
        <AppLink to="/keys" arrow>
          Generate secrets and key pairs, and audit a token’s secret, on Keys
        </AppLink>
      }
    >
      <p>
        A secret must come from a cryptographically secure random number generator (CSPRNG):{' '}
        <code>crypto.getRandomValues</code> in a browser, <code>crypto.randomBytes</code> in Node,{' '}
        <code>secrets.token_bytes</code> in Python, <code>openssl rand -base64 32</code> in a terminal. Never{' '}
        <code>Math.random</code>, a timestamp, a UUID (at most 122 random bits, often fewer), a word or
        anything a person typed.
      </p>
      <p>
        It must be at least as long as the hash output: 32 bytes for HS256, 48 for HS384, 64 for HS512 (RFC
        7518 §3.2). Random bytes of that length cannot be guessed. A human secret can: one captured token is
        enough to test candidates offline, at billions a second on a single GPU, until one reproduces its
        signature.
      </p>
      <p>
        Keep the bytes in an encoding your configuration can carry (base64url, base64 or hex) and tell your
        library which one: the same string read as UTF-8 text is a different key, and tokens will not verify.
      </p>
    </LessonSection>
  );
}
