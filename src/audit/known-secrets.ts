/** A secret that is public because a site, library or tutorial printed it as its default or example. */
export interface WellKnownSecret {
  readonly secret: string;
  /** Where it was published, phrased to follow "this secret is …". */
  readonly source: string;
}

const PLACEHOLDER = 'a placeholder secret common in tutorials and sample configurations';

// Exact text as published. Named sources were confirmed in public copies of their READMEs and docs
// (jwt.io's against data/jose-vectors.json); generic placeholders get generic wording, not a guessed owner.
export const WELL_KNOWN_SECRETS: readonly WellKnownSecret[] = [
  {
    secret: 'a-string-secret-at-least-256-bits-long',
    source: "jwt.io's default HS256 secret (current site, 2025)",
  },
  {
    secret: 'a-valid-string-secret-that-is-at-least-384-bits-long',
    source: "jwt.io's default HS384 secret (current site, 2025)",
  },
  {
    secret: 'a-valid-string-secret-that-is-at-least-512-bits-long-which-is-very-long',
    source: "jwt.io's default HS512 secret (current site, 2025)",
  },
  { secret: 'your-256-bit-secret', source: "jwt.io's default HS256 secret (2018–2025)" },
  { secret: 'your-384-bit-secret', source: "jwt.io's default HS384 secret (2018–2025)" },
  { secret: 'your-512-bit-secret', source: "jwt.io's default HS512 secret (2018–2025)" },
  {
    secret: 'secret',
    source: "jwt.io's original default secret (before 2018), and the placeholder of countless tutorials",
  },
  { secret: 'shhhhh', source: 'the example secret in the jsonwebtoken (node-jsonwebtoken) README' },
  { secret: 'shhhhhhared-secret', source: 'the example secret in the express-jwt README' },
  { secret: 'super-secret', source: 'the example JWT_SECRET_KEY in the Flask-JWT-Extended documentation' },
  {
    secret: '09d25e094faa6ca2556c818166b7a9563b93f7099f6f0f4caa6cf63b88e8d3e7',
    source: "the example SECRET_KEY in FastAPI's OAuth2-with-JWT tutorial",
  },
  {
    secret: 'super-secret-jwt-token-with-at-least-32-characters-long',
    source: "the Supabase CLI's local-development JWT secret",
  },
  ...[
    'changeme',
    'password',
    'default',
    'secretkey',
    'secret_key',
    'secret-key',
    'mysecret',
    'mysecretkey',
    'supersecret',
    'jwt_secret',
    'jwt-secret',
    'jwtsecret',
    'your_jwt_secret',
    'your-jwt-secret',
    'your_secret_key',
    'your-secret-key',
    'secret123',
    '123456',
  ].map((secret) => ({ secret, source: PLACEHOLDER })),
];
