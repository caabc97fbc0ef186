import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';

const RFC = (rfc: number, section: string) => `https://www.rfc-editor.org/rfc/rfc${rfc}#section-${section}`;

const CONCEPTS: readonly { term: string; text: ReactNode }[] = [
  {
    term: 'kid',
    text: (
      <>
        The key ID in the token&apos;s header says which key signed it, so a verifier holding several keys can
        pick the right one during a rotation. It is a hint, not a credential: look it up only among keys you
        already trust (<Link href={RFC(7517, '4.5')}>RFC 7517 §4.5</Link>,{' '}
        <Link href={RFC(8725, '3.10')}>RFC 8725 §3.10</Link>).
      </>
    ),
  },
  {
    term: 'JWK Set',
    text: (
      <>
        A JSON object whose <code>keys</code> array lists public keys; issuers publish it at a URL and
        verifiers fetch and cache it. Caching is why a new key must be published before it signs (
        <Link href={RFC(7517, '5')}>RFC 7517 §5</Link>).
      </>
    ),
  },
  {
    term: 'Thumbprint',
    text: (
      <>
        A SHA-256 hash of a key&apos;s required members in a fixed order: a stable name for the same key,
        handy as a <code>kid</code> (<Link href="https://www.rfc-editor.org/rfc/rfc7638">RFC 7638</Link>).
      </>
    ),
  },
  {
    term: 'Secrets',
    text: (
      <>
        HMAC secrets are shared, so they live in each verifier&apos;s configuration, never in a public JWKS.
        Make them from a CSPRNG with enough entropy (<Link href={RFC(8725, '3.5')}>RFC 8725 §3.5</Link>); if
        one leaks, rotate at once — every token it can sign is suspect.
      </>
    ),
  },
  {
    term: 'Rotation',
    text: (
      <>
        Publish the new key, wait longer than the longest verifier cache, switch signing, keep the old key
        until its last token has expired, then retire it. Short token lifetimes make every step shorter.
      </>
    ),
  },
];

/** The concepts behind the page, one or two sentences each, with the RFC sections. */
export function ConceptsPanel() {
  return (
    <Paper component="section" aria-labelledby="concepts-title" sx={{ p: 2 }}>
      <Typography id="concepts-title" variant="subtitle1" component="h2" sx={{ fontWeight: 700, mb: 1 }}>
        The ideas
      </Typography>
      <Box
        component="dl"
        sx={{
          m: 0,
          display: 'grid',
          gridTemplateColumns: { sm: 'max-content 1fr' },
          gap: { xs: 0.25, sm: 1.25 },
          columnGap: 2,
        }}
      >
        {CONCEPTS.map(({ term, text }) => (
          <Box key={term} sx={{ display: 'contents' }}>
            <Typography component="dt" variant="body2" sx={{ fontWeight: 700, mt: { xs: 1, sm: 0 } }}>
              {term}
            </Typography>
            <Typography component="dd" variant="body2" sx={{ m: 0, color: 'text.secondary' }}>
              {text}
            </Typography>
          </Box>
        ))}
      </Box>
    </Paper>
  );
}
