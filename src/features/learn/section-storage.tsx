import { AppLink } from './app-link';
import { LessonSection } from './lesson-section';
import { StorageExperiment } from './storage-experiment';

/** 4. Storage: where the secret lives, and where clients should keep tokens. */
export function SectionStorage() {
  return (
    <LessonSection
      id="storage"
      experiment={<StorageExperiment />}
      check={{
        question:
          'A single-page app keeps its access token in localStorage and has an XSS hole. What does the attacker get?',
        answer:
          'The token itself: the script reads it and sends it away, and the attacker uses it from their own machine until it expires. With an HttpOnly cookie the script could only act through the victim’s open page, and nothing would be left once it closed.',
      }}
      deeper={
        <>
          <AppLink to="/keys" arrow>
            Make a secret and the command to inject it, on Keys
          </AppLink>
          <AppLink to="/attacks#leaked-secret" arrow>
            A secret committed to a repository, on Attacks
          </AppLink>
        </>
      }
    >
      <p>
        The secret lives only on the servers that sign and verify: in a secret manager (HashiCorp Vault, AWS
        Secrets Manager, Google Secret Manager, Azure Key Vault …) or in an environment variable injected at
        deploy time. Never in source control — it stays in the history after you delete it — nor in client
        code, where every user can read it, nor in URLs, logs or browser storage.
      </p>
      <p>
        Tokens are another matter: clients must keep them somewhere. Anything in <code>localStorage</code> or{' '}
        <code>sessionStorage</code> is readable by every script on the page, so one XSS hole or one
        compromised dependency can copy the token and use it from anywhere until it expires.
      </p>
      <p>
        An <code>HttpOnly</code> cookie (with <code>Secure</code> and <code>SameSite</code>) is never visible
        to JavaScript. XSS can still send requests as the user while the page is open — HttpOnly is not a cure
        for XSS — but it cannot carry the token away. Cookies are sent automatically, so they bring back CSRF:{' '}
        <code>SameSite</code> and a CSRF token deal with it.
      </p>
    </LessonSection>
  );
}
