/**
 * JSON Schemas for the JOSE header and the JWT claims set, built from the claims registry so that the
 * editor's completion, hover and validation say exactly what the Debugger's claim table says.
 * They use JSON Schema draft-07 plus the VS Code extensions (`markdownDescription`, `enumDescriptions`,
 * `deprecationMessage`, `errorMessage`) that Monaco's JSON language service reads.
 */
import { ALGORITHM_INFO, JWS_ALGORITHMS, type AlgorithmInfo } from '@/core/algorithms';
import { REGISTERED_NAMES, type ClaimLocation, type RegisteredName } from '@/jwt/claims-registry';

/** The subset of JSON Schema (draft-07 + VS Code extensions) these schemas use. */
export interface JsonSchema {
  readonly $schema?: string;
  readonly $id?: string;
  readonly type?: 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array';
  readonly title?: string;
  readonly description?: string;
  readonly markdownDescription?: string;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly additionalProperties?: boolean;
  readonly required?: readonly string[];
  readonly items?: JsonSchema;
  readonly minItems?: number;
  readonly uniqueItems?: boolean;
  readonly minimum?: number;
  readonly format?: string;
  readonly enum?: readonly string[];
  readonly enumDescriptions?: readonly string[];
  readonly const?: string;
  readonly oneOf?: readonly JsonSchema[];
  readonly if?: JsonSchema;
  readonly then?: JsonSchema;
  readonly errorMessage?: string;
  readonly deprecationMessage?: string;
}

// The `inmemory:` scheme is never fetched: the schemas are handed to the editor, not requested.
/** Identifies the JOSE header schema (pass it as a code editor's `schemaUri`). */
export const JOSE_HEADER_SCHEMA_URI = 'inmemory://jwt-lab/schemas/jose-header.json';
/** Identifies the JWT claims set schema (pass it as a code editor's `schemaUri`). */
export const JWT_CLAIMS_SCHEMA_URI = 'inmemory://jwt-lab/schemas/jwt-claims.json';

export const NUMERIC_DATE_DESCRIPTION = 'NumericDate: seconds since 1970-01-01 UTC';

// Inline, not a $ref: the JSON service's hover shows the first description it meets, and a
// referenced definition's would hide the claim's own.
const NUMERIC_DATE: JsonSchema = {
  type: 'number',
  errorMessage:
    'A NumericDate is a number of seconds since 1970-01-01 UTC, such as 1767225600, not a string (RFC 7519 §2).',
};

const STRING: JsonSchema = { type: 'string' };
const OBJECT: JsonSchema = { type: 'object' };
const STRINGS: JsonSchema = { type: 'array', items: STRING };
const BOOLEAN: JsonSchema = { type: 'boolean' };

const NONE_WARNING =
  '"none" means the token is not signed at all (RFC 7518 §3.6): anyone can forge it, and jwt-lab never accepts it as verified.';

const FAMILY_LABEL: Readonly<Record<AlgorithmInfo['family'], string>> = {
  HMAC: 'HMAC',
  RSA: 'RSASSA-PKCS1-v1_5',
  'RSA-PSS': 'RSASSA-PSS',
  ECDSA: 'ECDSA',
  EdDSA: 'EdDSA',
};

function describeAlgorithm(info: AlgorithmInfo): string {
  const curve = info.crv ? ` on ${info.crv}` : '';
  const hash = info.family === 'EdDSA' ? '' : ` with SHA-${info.hashBytes * 8}`;
  return `${FAMILY_LABEL[info.family]}${curve}${hash} (${info.rfc})`;
}

const ALG: JsonSchema = {
  type: 'string',
  enum: [...JWS_ALGORITHMS, 'none'],
  enumDescriptions: [
    ...JWS_ALGORITHMS.map((alg) => describeAlgorithm(ALGORITHM_INFO[alg])),
    'No signature: an Unsecured JWS (RFC 7518 §3.6). Verifiers must reject it.',
  ],
  errorMessage: `Not a JWS algorithm jwt-lab signs with: use one of ${JWS_ALGORITHMS.join(', ')} (RFC 7518 §3.1).`,
  if: { const: 'none' },
  then: { deprecationMessage: NONE_WARNING },
};

const STRING_HEADERS = [
  ...['kid', 'typ', 'cty', 'x5t', 'x5t#S256', 'enc', 'zip'],
  ...['apu', 'apv', 'iv', 'tag', 'p2s'],
];

// Value shapes by name; a name missing here gets a description but no type constraint.
const HEADER_SHAPES: Readonly<Record<string, JsonSchema>> = {
  alg: ALG,
  jku: { type: 'string', format: 'uri' },
  x5u: { type: 'string', format: 'uri' },
  jwk: OBJECT,
  epk: OBJECT,
  x5c: STRINGS,
  crit: { type: 'array', items: STRING, minItems: 1, uniqueItems: true },
  p2c: { type: 'integer', minimum: 1 },
  b64: BOOLEAN,
  ...Object.fromEntries(STRING_HEADERS.map((n) => [n, STRING])),
};

const STRING_CLAIMS = [
  ...['iss', 'sub', 'jti', 'nonce', 'acr', 'azp', 'at_hash', 'c_hash', 'sid', 'scope', 'client_id'],
  ...['name', 'given_name', 'family_name', 'middle_name', 'nickname', 'preferred_username', 'profile'],
  ...['picture', 'website', 'email', 'gender', 'birthdate', 'zoneinfo', 'locale', 'phone_number'],
];

const CLAIM_SHAPES: Readonly<Record<string, JsonSchema>> = {
  ...Object.fromEntries(STRING_CLAIMS.map((n) => [n, STRING])),
  aud: { oneOf: [STRING, STRINGS] },
  ...Object.fromEntries(['exp', 'nbf', 'iat', 'auth_time', 'updated_at'].map((n) => [n, NUMERIC_DATE])),
  email_verified: BOOLEAN,
  phone_number_verified: BOOLEAN,
  ...Object.fromEntries(['address', 'act', 'may_act', 'cnf'].map((n) => [n, OBJECT])),
  ...Object.fromEntries(['amr', 'roles', 'groups', 'entitlements'].map((n) => [n, STRINGS])),
};

/** Returns the first sentence of a registry description (hovers stay one line long). */
export function firstSentence(text: string): string {
  const match = /^.*?[.!?](?=\s+["A-Z(]|$)/s.exec(text.trim());
  return match ? match[0] : text.trim();
}

function describeName(entry: RegisteredName, shape: JsonSchema): JsonSchema {
  const sentence = firstSentence(entry.description);
  const dateNote = shape === NUMERIC_DATE ? `\n\n${NUMERIC_DATE_DESCRIPTION}.` : '';
  return {
    ...shape,
    title: `${entry.title} (${entry.name})`,
    description: `${sentence} (${entry.spec})`,
    markdownDescription: `${sentence}${dateNote}\n\n[${entry.spec}](${entry.url})`,
  };
}

function describeLocation(location: ClaimLocation, shapes: Readonly<Record<string, JsonSchema>>) {
  const entries = REGISTERED_NAMES.filter((entry) => entry.location === location);
  return Object.fromEntries(
    entries.map((entry) => [entry.name, describeName(entry, shapes[entry.name] ?? {})]),
  );
}

/** Builds the JSON Schema of a JWS protected header: every registered parameter, `alg` required. */
export function buildJoseHeaderSchema(): JsonSchema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: JOSE_HEADER_SCHEMA_URI,
    title: 'JOSE header',
    description: 'The JOSE header: how the token is signed and which key to use (RFC 7515 §4).',
    type: 'object',
    properties: describeLocation('header', HEADER_SHAPES),
    required: ['alg'],
    additionalProperties: true,
  };
}

/** Builds the JSON Schema of a JWT claims set: registered claims described, private claims allowed. */
export function buildJwtClaimsSchema(): JsonSchema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: JWT_CLAIMS_SCHEMA_URI,
    title: 'JWT claims set',
    description: 'The claims the token asserts (RFC 7519 §4).',
    type: 'object',
    properties: describeLocation('payload', CLAIM_SHAPES),
    additionalProperties: true,
  };
}

/** Lists both schemas with their URIs, ready to hand to the editor's JSON service. */
export function listJoseJsonSchemas(): readonly { readonly uri: string; readonly schema: JsonSchema }[] {
  return [
    { uri: JOSE_HEADER_SCHEMA_URI, schema: buildJoseHeaderSchema() },
    { uri: JWT_CLAIMS_SCHEMA_URI, schema: buildJwtClaimsSchema() },
  ];
}
