/**
 * Every registered JOSE header parameter and the common registered JWT claims, each explained in one or
 * two plain sentences with the spec section it comes from. The URLs are shown as links, never fetched.
 */

/** Where a name lives: the JOSE header or the JWT payload (the claims set). */
export type ClaimLocation = 'header' | 'payload';

export interface RegisteredName {
  readonly name: string;
  readonly location: ClaimLocation;
  readonly title: string;
  readonly description: string;
  /** Human label of the defining section, e.g. `RFC 7519 §4.1.4`. */
  readonly spec: string;
  readonly url: string;
}

interface SpecRef {
  readonly spec: string;
  readonly url: string;
}

type Entry = readonly [name: string, title: string, ref: SpecRef, description: string];

const rfc = (rfcNumber: number, section: string): SpecRef => ({
  spec: `RFC ${rfcNumber} §${section}`,
  url: `https://www.rfc-editor.org/rfc/rfc${rfcNumber}#section-${section}`,
});

const oidc = (section: string, anchor: string): SpecRef => ({
  spec: `OpenID Connect Core 1.0 §${section}`,
  url: `https://openid.net/specs/openid-connect-core-1_0.html#${anchor}`,
});

const ID_TOKEN = oidc('2', 'IDToken');
const STANDARD_CLAIMS = oidc('5.1', 'StandardClaims');

// prettier-ignore
const HEADER_ENTRIES: readonly Entry[] = [
  ['alg', 'Algorithm', rfc(7515, '4.1.1'), 'The algorithm that signs (or, in a JWE, wraps the key of) the token, such as HS256 or RS256. A verifier must pin the algorithms it accepts instead of obeying this value, or an attacker picks "none" or swaps RS256 for HS256.'],
  ['jku', 'JWK Set URL', rfc(7515, '4.1.2'), 'A URL of a JWK Set said to hold the signing key. A verifier must never fetch keys from a URL the token chooses: an attacker points it at their own keys, or at internal servers.'],
  ['jwk', 'JSON Web Key', rfc(7515, '4.1.3'), 'The public key that signed the token, embedded in the token itself. A verifier must never trust a key the token names itself: anyone can sign with their own key and embed it.'],
  ['kid', 'Key ID', rfc(7515, '4.1.4'), 'A hint naming which of the verifier\'s own keys signed the token, so keys can be rotated. Treat it as untrusted input: look it up in your key set, never put it in a file path or a query.'],
  ['x5u', 'X.509 URL', rfc(7515, '4.1.5'), 'A URL of the certificate chain for the signing key. Like jku, a verifier must not fetch it unless the URL is on an allow-list it controls.'],
  ['x5c', 'X.509 certificate chain', rfc(7515, '4.1.6'), 'The signing key\'s certificate chain, embedded in the token. A verifier must validate the chain against its own trusted roots; a certificate the token brings proves nothing by itself.'],
  ['x5t', 'X.509 SHA-1 thumbprint', rfc(7515, '4.1.7'), 'The SHA-1 thumbprint of the signing certificate, used like kid to pick a key the verifier already trusts. It identifies a key; it does not supply one.'],
  ['x5t#S256', 'X.509 SHA-256 thumbprint', rfc(7515, '4.1.8'), 'The SHA-256 thumbprint of the signing certificate, used like kid to pick a key the verifier already trusts. It identifies a key; it does not supply one.'],
  ['typ', 'Type', rfc(7515, '4.1.9'), 'The media type of the whole token, usually "JWT". Explicit types such as "at+jwt" stop one kind of token being accepted as another (RFC 8725 §3.11).'],
  ['cty', 'Content type', rfc(7515, '4.1.10'), 'The media type of the payload. "JWT" here means the payload is itself a nested signed or encrypted JWT.'],
  ['crit', 'Critical', rfc(7515, '4.1.11'), 'Lists header extensions the recipient must understand. A recipient that does not support one of them must reject the token.'],
  ['enc', 'Encryption algorithm', rfc(7516, '4.1.2'), 'The algorithm that encrypts a JWE\'s content, such as A256GCM. The alg parameter then says how the content key is wrapped or agreed.'],
  ['zip', 'Compression', rfc(7516, '4.1.3'), 'The plaintext was compressed ("DEF" is DEFLATE) before encryption. Compressing secrets next to attacker-chosen data can leak them through the ciphertext length (RFC 8725 §3.6).'],
  ['epk', 'Ephemeral public key', rfc(7518, '4.6.1.1'), 'The sender\'s one-time public key for ECDH-ES. The recipient combines it with its own private key to derive the content key.'],
  ['apu', 'Agreement PartyUInfo', rfc(7518, '4.6.1.2'), 'Information about the producer (base64url), mixed into the ECDH-ES key derivation.'],
  ['apv', 'Agreement PartyVInfo', rfc(7518, '4.6.1.3'), 'Information about the recipient (base64url), mixed into the ECDH-ES key derivation.'],
  ['iv', 'Initialization vector', rfc(7518, '4.7.1.1'), 'The 96-bit IV used to wrap the content key with AES-GCM key wrapping (A128GCMKW and its siblings). It must never repeat under the same key.'],
  ['tag', 'Authentication tag', rfc(7518, '4.7.1.2'), 'The authentication tag of AES-GCM key wrapping. Unwrapping fails if the wrapped key was changed.'],
  ['p2s', 'PBES2 salt input', rfc(7518, '4.8.1.1'), 'The salt for deriving the key-wrapping key from a password with PBKDF2. It makes precomputed password tables useless.'],
  ['p2c', 'PBES2 count', rfc(7518, '4.8.1.2'), 'The number of PBKDF2 iterations: more slows down password guessing. A recipient should cap it, because the token chooses how much CPU time it costs to decrypt.'],
  ['b64', 'Base64url-encode payload', rfc(7797, '3'), 'When false, the payload is signed as raw bytes instead of base64url (an unencoded payload). It must then also be listed in crit.'],
];

// prettier-ignore
const PAYLOAD_ENTRIES: readonly Entry[] = [
  ['iss', 'Issuer', rfc(7519, '4.1.1'), 'Who created and signed the token, often a URL. A verifier should accept only the issuers it expects (RFC 8725 §3.8).'],
  ['sub', 'Subject', rfc(7519, '4.1.2'), 'Whom the token is about, typically a user ID. It is unique within its issuer, so identify users by iss and sub together.'],
  ['aud', 'Audience', rfc(7519, '4.1.3'), 'Who the token is meant for: a string or an array of strings. A recipient that does not find itself in aud must reject the token, so a token for one service cannot be replayed at another.'],
  ['exp', 'Expiration time', rfc(7519, '4.1.4'), 'The time (seconds since 1970, UTC) on or after which the token must be rejected. Verifiers may allow a few minutes of leeway for clock skew.'],
  ['nbf', 'Not before', rfc(7519, '4.1.5'), 'The time (seconds since 1970, UTC) before which the token must not be accepted.'],
  ['iat', 'Issued at', rfc(7519, '4.1.6'), 'When the token was issued (seconds since 1970, UTC), which tells its age. It does not make the token expire: only exp does.'],
  ['jti', 'JWT ID', rfc(7519, '4.1.7'), 'A unique identifier for this token, which lets a recipient detect replays or revoke one token.'],
  ['auth_time', 'Authentication time', ID_TOKEN, 'When the user actually authenticated (seconds since 1970), which can be long before iat if a session was reused. Clients use it to demand a fresh login (max_age).'],
  ['nonce', 'Nonce', ID_TOKEN, 'The value the client sent in its authentication request, echoed back to tie the ID token to that request. The client must check that it matches, which stops replays.'],
  ['acr', 'Authentication context class', ID_TOKEN, 'How strongly the user was authenticated, as a context class agreed with the provider (a level of assurance).'],
  ['amr', 'Authentication methods', ID_TOKEN, 'An array naming how the user authenticated, such as "pwd", "otp" or "mfa" (values listed in RFC 8176).'],
  ['azp', 'Authorized party', ID_TOKEN, 'The client ID of the party the ID token was issued to, needed when the token has several audiences.'],
  ['at_hash', 'Access token hash', oidc('3.2.2.10', 'ImplicitIDToken'), 'The left half of the hash of the access token issued with this ID token, base64url-encoded. The client recomputes it to check the two tokens belong together.'],
  ['c_hash', 'Code hash', oidc('3.3.2.11', 'HybridIDToken'), 'The left half of the hash of the authorization code issued with this ID token, base64url-encoded, binding the code to the token.'],
  ['sid', 'Session ID', { spec: 'OpenID Connect Front-Channel Logout 1.0 §3', url: 'https://openid.net/specs/openid-connect-frontchannel-1_0.html#OPLogout' }, 'Identifies the user\'s session at the provider, so that a logout can end exactly that session.'],
  ['name', 'Full name', STANDARD_CLAIMS, 'The user\'s full name, ready to display.'],
  ['given_name', 'Given name', STANDARD_CLAIMS, 'The user\'s given (first) name or names.'],
  ['family_name', 'Family name', STANDARD_CLAIMS, 'The user\'s surname or surnames.'],
  ['middle_name', 'Middle name', STANDARD_CLAIMS, 'The user\'s middle name or names.'],
  ['nickname', 'Nickname', STANDARD_CLAIMS, 'A casual name for the user.'],
  ['preferred_username', 'Preferred username', STANDARD_CLAIMS, 'The short name the user wants to be shown as. It is neither unique nor stable: never use it as a key (use iss and sub).'],
  ['profile', 'Profile page', STANDARD_CLAIMS, 'URL of the user\'s profile page.'],
  ['picture', 'Picture', STANDARD_CLAIMS, 'URL of the user\'s profile picture.'],
  ['website', 'Website', STANDARD_CLAIMS, 'URL of the user\'s web page or blog.'],
  ['email', 'Email', STANDARD_CLAIMS, 'The user\'s preferred email address. It can change and may be unverified (see email_verified), so never use it as a key.'],
  ['email_verified', 'Email verified', STANDARD_CLAIMS, 'true when the provider has checked that the user controls the email address.'],
  ['gender', 'Gender', STANDARD_CLAIMS, 'The user\'s gender, as they chose to state it.'],
  ['birthdate', 'Birthdate', STANDARD_CLAIMS, 'The user\'s birthday as YYYY-MM-DD (or YYYY alone).'],
  ['zoneinfo', 'Time zone', STANDARD_CLAIMS, 'The user\'s IANA time zone, such as "Europe/Paris".'],
  ['locale', 'Locale', STANDARD_CLAIMS, 'The user\'s language and region as a BCP 47 tag, such as "en-US".'],
  ['phone_number', 'Phone number', STANDARD_CLAIMS, 'The user\'s preferred phone number, ideally in E.164 form such as "+1 (425) 555-1212".'],
  ['phone_number_verified', 'Phone number verified', STANDARD_CLAIMS, 'true when the provider has checked that the user controls the phone number.'],
  ['address', 'Postal address', STANDARD_CLAIMS, 'The user\'s postal address, as a JSON object (formatted, street_address, locality, postal_code, country …).'],
  ['updated_at', 'Profile updated at', STANDARD_CLAIMS, 'When the user\'s profile was last changed (seconds since 1970). It says nothing about whether the token is valid.'],
  ['act', 'Actor', rfc(8693, '4.1'), 'The party acting on behalf of the subject after a token exchange (delegation). Nested act claims show the chain of actors.'],
  ['scope', 'Scope', rfc(8693, '4.2'), 'The space-separated scopes the token grants, such as "read:messages write:messages". Resource servers check it before acting.'],
  ['client_id', 'Client ID', rfc(8693, '4.3'), 'The OAuth client that requested the token.'],
  ['may_act', 'Authorized actor', rfc(8693, '4.4'), 'Who is allowed to act on behalf of the subject in a later token exchange.'],
  ['roles', 'Roles', rfc(9068, '2.2.3.1'), 'Roles granted to the user, in the sense of SCIM (RFC 7643).'],
  ['groups', 'Groups', rfc(9068, '2.2.3.1'), 'Groups the user belongs to, in the sense of SCIM (RFC 7643).'],
  ['entitlements', 'Entitlements', rfc(9068, '2.2.3.1'), 'Entitlements of the user, in the sense of SCIM (RFC 7643).'],
  ['cnf', 'Confirmation', rfc(7800, '3.1'), 'Binds the token to a key (proof of possession): only whoever holds that key can use the token, as with DPoP or mutual TLS.'],
];

const toRegistered =
  (location: ClaimLocation) =>
  ([name, title, ref, description]: Entry): RegisteredName => ({
    name,
    location,
    title,
    description,
    ...ref,
  });

/** Every registered header parameter and claim this app explains. */
export const REGISTERED_NAMES: readonly RegisteredName[] = [
  ...HEADER_ENTRIES.map(toRegistered('header')),
  ...PAYLOAD_ENTRIES.map(toRegistered('payload')),
];

// A Map, not an object, so that names like "constructor" or "__proto__" never hit Object.prototype.
const BY_LOCATION_AND_NAME = new Map(
  REGISTERED_NAMES.map((entry) => [`${entry.location}:${entry.name}`, entry]),
);

/** Finds the registered header parameter or claim with this exact (case-sensitive) name. */
export function findRegisteredName(location: ClaimLocation, name: string): RegisteredName | undefined {
  return BY_LOCATION_AND_NAME.get(`${location}:${name}`);
}
