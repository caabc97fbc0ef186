/**
 * A JWE read into its parts without any cryptography: compact (RFC 7516 §7.1) or JSON, flattened or
 * general with per-recipient headers (§7.2). Each recipient gets its whole JOSE header (protected,
 * shared unprotected and its own members together), which is what picks its key.
 */
import { base64urlToBytes, bytesToUtf8 } from '@/encoding/base64';
import { fail, ok, type Result } from '@/core/errors';
import type { Serialization } from '@/jwt/decoded-token';

type Json = Readonly<Record<string, unknown>>;

/** One recipient: its own unprotected header and encrypted key (compact and flattened have one). */
export interface JweRecipient {
  readonly header: Json | null;
  /** base64url; empty for `dir` and `ECDH-ES`. */
  readonly encryptedKey: string;
  /** Protected, shared unprotected and per-recipient members together (RFC 7516 §7.2.1). */
  readonly joseHeader: Json;
}

/** Every part of a JWE, as transmitted (base64url text). */
export interface JweStructure {
  readonly serialization: Serialization;
  readonly protectedB64: string;
  readonly protectedHeader: Json | null;
  /** The JSON serialization's shared `unprotected` header. */
  readonly sharedHeader: Json | null;
  readonly recipients: readonly JweRecipient[];
  readonly iv: string;
  readonly ciphertext: string;
  readonly tag: string;
  /** JSON serialization only: extra authenticated data (RFC 7516 §7.2.1). */
  readonly aad?: string;
}

/** The flattened JWE jose decrypts, for one recipient. */
export interface FlattenedJwe {
  protected?: string;
  unprotected?: Record<string, unknown>;
  header?: Record<string, unknown>;
  encrypted_key?: string;
  iv?: string;
  ciphertext: string;
  tag?: string;
  aad?: string;
}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const malformed = (message: string): Result<never> => fail('TOKEN_MALFORMED', 'token', message);

/** Reads a compact JWE or a JWE JSON serialization (the text as the debugger decoded it). */
export function parseJweStructure(text: string): Result<JweStructure> {
  const trimmed = text.trim();
  return trimmed.startsWith('{') ? parseJson(trimmed) : parseCompact(trimmed);
}

function parseCompact(text: string): Result<JweStructure> {
  const parts = text.split('.');
  if (parts.length !== 5)
    return malformed(
      `This JWE has ${parts.length} parts; a compact JWE has exactly five (header.encrypted-key.iv.ciphertext.tag, RFC 7516 §7.1).`,
    );
  const [protectedB64 = '', encryptedKey = '', iv = '', ciphertext = '', tag = ''] = parts;
  const header = readProtected(protectedB64);
  if (!header.ok) return header;
  return ok({
    serialization: 'compact',
    protectedB64,
    protectedHeader: header.value,
    sharedHeader: null,
    recipients: [{ header: null, encryptedKey, joseHeader: header.value ?? {} }],
    iv,
    ciphertext,
    tag,
  });
}

function parseJson(text: string): Result<JweStructure> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return malformed('This starts like a JWE JSON serialization but is not valid JSON.');
  }
  if (!isObject(value) || typeof value.ciphertext !== 'string')
    return malformed('A JWE JSON serialization is an object with a "ciphertext" string (RFC 7516 §7.2.1).');
  for (const member of ['protected', 'iv', 'tag', 'aad'] as const) {
    if (value[member] !== undefined && typeof value[member] !== 'string')
      return malformed(`The "${member}" member must be a base64url string (RFC 7516 §7.2.1).`);
  }
  if (value.unprotected !== undefined && !isObject(value.unprotected))
    return malformed('The "unprotected" member must be a JSON object (RFC 7516 §7.2.1).');
  const protectedB64 = typeof value.protected === 'string' ? value.protected : '';
  const header = protectedB64 === '' ? ok(null) : readProtected(protectedB64);
  if (!header.ok) return header;
  const shared = isObject(value.unprotected) ? value.unprotected : null;
  const general = value.recipients !== undefined;
  const entries: unknown[] = general ? (Array.isArray(value.recipients) ? value.recipients : []) : [value];
  if (entries.length === 0)
    return malformed('The "recipients" member must be a non-empty array (RFC 7516 §7.2.1).');
  const recipients: JweRecipient[] = [];
  for (const [index, entry] of entries.entries()) {
    const where = general ? ` of recipient ${index + 1}` : '';
    if (!isObject(entry)) return malformed(`Recipient ${index + 1} must be a JSON object.`);
    if (entry.header !== undefined && !isObject(entry.header))
      return malformed(`The "header" member${where} must be a JSON object.`);
    if (entry.encrypted_key !== undefined && typeof entry.encrypted_key !== 'string')
      return malformed(`The "encrypted_key" member${where} must be a base64url string.`);
    const own = isObject(entry.header) ? entry.header : null;
    recipients.push({
      header: own,
      encryptedKey: typeof entry.encrypted_key === 'string' ? entry.encrypted_key : '',
      joseHeader: { ...(header.value ?? {}), ...(shared ?? {}), ...(own ?? {}) },
    });
  }
  return ok({
    serialization: general ? 'json-general' : 'json-flattened',
    protectedB64,
    protectedHeader: header.value,
    sharedHeader: shared,
    recipients,
    iv: typeof value.iv === 'string' ? value.iv : '',
    ciphertext: value.ciphertext,
    tag: typeof value.tag === 'string' ? value.tag : '',
    ...(typeof value.aad === 'string' && { aad: value.aad }),
  });
}

function readProtected(segment: string): Result<Json | null> {
  const bytes = base64urlToBytes(segment);
  const text = bytes ? bytesToUtf8(bytes) : null;
  if (text === null) return malformed('The protected header is not base64url-encoded UTF-8 (RFC 7516 §7.1).');
  try {
    const value: unknown = JSON.parse(text);
    if (isObject(value)) return ok(value);
  } catch {
    // reported below
  }
  return malformed('The protected header is not a JSON object (RFC 7516 §4).');
}

/** The flattened JWE of one recipient, as jose takes it (empty members left out, as compact does). */
export function flattenFor(structure: JweStructure, index: number): FlattenedJwe {
  const recipient = structure.recipients[index];
  const flattened: FlattenedJwe = { ciphertext: structure.ciphertext };
  if (structure.protectedB64 !== '') flattened.protected = structure.protectedB64;
  if (structure.sharedHeader) flattened.unprotected = { ...structure.sharedHeader };
  if (recipient?.header) flattened.header = { ...recipient.header };
  if (recipient?.encryptedKey) flattened.encrypted_key = recipient.encryptedKey;
  if (structure.iv !== '') flattened.iv = structure.iv;
  if (structure.tag !== '') flattened.tag = structure.tag;
  if (structure.aad !== undefined) flattened.aad = structure.aad;
  return flattened;
}
