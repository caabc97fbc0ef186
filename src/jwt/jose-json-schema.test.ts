import { describe, expect, it } from 'vitest';
import { JWS_ALGORITHMS } from '@/core/algorithms';
import { REGISTERED_NAMES } from '@/jwt/claims-registry';
import {
  JOSE_HEADER_SCHEMA_URI,
  JWT_CLAIMS_SCHEMA_URI,
  NUMERIC_DATE_DESCRIPTION,
  buildJoseHeaderSchema,
  buildJwtClaimsSchema,
  firstSentence,
  listJoseJsonSchemas,
  type JsonSchema,
} from '@/jwt/jose-json-schema';

const header = buildJoseHeaderSchema();
const claims = buildJwtClaimsSchema();

function property(schema: JsonSchema, name: string): JsonSchema {
  const found = schema.properties?.[name];
  if (!found) throw new Error(`schema has no property ${name}`);
  return found;
}

describe('firstSentence', () => {
  it.each([
    ['One sentence.', 'One sentence.'],
    ['First one. Second one.', 'First one.'],
    ['The media type, usually "JWT". Explicit types help.', 'The media type, usually "JWT".'],
    ['Uses SHA-256 (RFC 7518 §3.2). Then more.', 'Uses SHA-256 (RFC 7518 §3.2).'],
    ['true when checked by the provider.', 'true when checked by the provider.'],
    ['No full stop at all', 'No full stop at all'],
  ])('reads %j as %j', (text, expected) => {
    expect(firstSentence(text)).toBe(expected);
  });
});

describe('buildJoseHeaderSchema', () => {
  it('describes an open object that needs alg', () => {
    expect(header).toMatchObject({ type: 'object', additionalProperties: true, required: ['alg'] });
    expect(header.$id).toBe(JOSE_HEADER_SCHEMA_URI);
  });

  it.each(
    REGISTERED_NAMES.filter((entry) => entry.location === 'header').map((entry) => [entry.name, entry]),
  )('describes %s with one sentence, its section and a link', (name, entry) => {
    const schema = property(header, name);
    expect(schema.description).toBe(`${firstSentence(entry.description)} (${entry.spec})`);
    expect(schema.description?.match(/[.!?](?=\s|$)/g)).toHaveLength(1);
    expect(schema.markdownDescription).toContain(`[${entry.spec}](${entry.url})`);
    expect(schema.title).toBe(`${entry.title} (${name})`);
  });

  it('lists every JWS algorithm and none, each with a description', () => {
    const alg = property(header, 'alg');
    expect(alg.enum).toEqual([...JWS_ALGORITHMS, 'none']);
    expect(alg.enumDescriptions).toHaveLength(JWS_ALGORITHMS.length + 1);
    expect(alg.enumDescriptions?.[0]).toBe('HMAC with SHA-256 (RFC 7518 §3.2)');
    expect(alg.enumDescriptions?.[9]).toBe('ECDSA on P-256 with SHA-256 (RFC 7518 §3.4)');
  });

  it('warns about none, and only about none', () => {
    const alg = property(header, 'alg');
    expect(alg.if).toEqual({ const: 'none' });
    expect(alg.then?.deprecationMessage).toMatch(/not signed.*RFC 7518 §3\.6/);
  });

  it.each([
    ['crit', { type: 'array', minItems: 1 }],
    ['p2c', { type: 'integer', minimum: 1 }],
    ['b64', { type: 'boolean' }],
    ['jku', { type: 'string', format: 'uri' }],
    ['jwk', { type: 'object' }],
    ['kid', { type: 'string' }],
  ])('gives %s the shape %j', (name, shape) => {
    expect(property(header, name)).toMatchObject(shape);
  });
});

describe('buildJwtClaimsSchema', () => {
  it('describes an open object with no required claim', () => {
    expect(claims).toMatchObject({ type: 'object', additionalProperties: true });
    expect(claims.required).toBeUndefined();
    expect(claims.$id).toBe(JWT_CLAIMS_SCHEMA_URI);
  });

  it.each(['exp', 'nbf', 'iat', 'auth_time', 'updated_at'])('makes %s a NumericDate', (name) => {
    const schema = property(claims, name);
    expect(schema.type).toBe('number');
    expect(schema.errorMessage).toMatch(/NumericDate .* not a string \(RFC 7519 §2\)/);
    expect(schema.markdownDescription).toContain(`\n\n${NUMERIC_DATE_DESCRIPTION}.\n\n`);
  });

  it.each(['iss', 'sub', 'jti', 'nonce'])('does not call %s a NumericDate', (name) => {
    expect(property(claims, name)).toMatchObject({ type: 'string' });
    expect(property(claims, name).markdownDescription).not.toContain(NUMERIC_DATE_DESCRIPTION);
  });

  it('describes exp with its registry sentence and RFC 7519 §4.1.4', () => {
    expect(property(claims, 'exp').description).toBe(
      'The time (seconds since 1970, UTC) on or after which the token must be rejected. (RFC 7519 §4.1.4)',
    );
  });

  it('accepts aud as a string or an array of strings', () => {
    expect(property(claims, 'aud').oneOf).toEqual([
      { type: 'string' },
      { type: 'array', items: { type: 'string' } },
    ]);
  });

  it.each(
    REGISTERED_NAMES.filter((entry) => entry.location === 'payload').map((entry) => [entry.name, entry]),
  )('describes %s with one sentence and its section', (name, entry) => {
    expect(property(claims, name).description).toBe(`${firstSentence(entry.description)} (${entry.spec})`);
  });

  it('keeps header parameters out of the claims and claims out of the header', () => {
    expect(claims.properties?.alg).toBeUndefined();
    expect(header.properties?.exp).toBeUndefined();
  });
});

describe('buildJoseHeaderSchema and buildJwtClaimsSchema', () => {
  it.each(
    [header, claims].flatMap((schema) =>
      Object.entries(schema.properties ?? {}).map(([name, p]) => [schema.title, name, p]),
    ),
  )('%s gives %s a value shape', (_title, _name, schema) => {
    expect(typeof schema === 'object' && (schema.type ?? schema.oneOf)).toBeTruthy();
  });
});

describe('listJoseJsonSchemas', () => {
  it('pairs each schema with its own URI', () => {
    expect(listJoseJsonSchemas().map(({ uri, schema }) => [uri, schema.$id])).toEqual([
      [JOSE_HEADER_SCHEMA_URI, JOSE_HEADER_SCHEMA_URI],
      [JWT_CLAIMS_SCHEMA_URI, JWT_CLAIMS_SCHEMA_URI],
    ]);
  });
});
