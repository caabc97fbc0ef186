import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';

/** Why encrypt: JWS proves who wrote a token, JWE hides what it says; when each is needed. */
export function EncryptLesson() {
  return (
    <>
      <Typography variant="body2" sx={{ mb: 1 }}>
        A signature (JWS) proves <strong>who wrote</strong> a token, but anyone who holds it can read every
        claim: the payload is only base64url. Encryption (JWE) hides <strong>what it says</strong>: only the
        recipient's key opens it, and its authentication tag proves nothing was changed.
      </Typography>
      <Typography variant="body2" sx={{ mb: 2, color: 'text.secondary' }}>
        Sign when readers must trust who issued the claims (access and ID tokens). Encrypt when the claims
        must stay secret from whoever carries the token — a browser, a proxy, a log. With a public key anyone
        can encrypt, so encryption alone says nothing about the sender; when you need both, sign first and
        encrypt the signed token, a nested JWT with <code>cty: &quot;JWT&quot;</code> (
        <Link
          href="https://www.rfc-editor.org/rfc/rfc7519#section-11.2"
          target="_blank"
          rel="noreferrer noopener"
        >
          RFC 7519 §11.2
        </Link>
        ).
      </Typography>
    </>
  );
}
