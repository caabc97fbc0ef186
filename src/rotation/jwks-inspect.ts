/**
 * The JWKS inspector: reads a pasted JWK Set, lists its keys with their RFC 7638 thumbprints, finds
 * what is wrong for a set meant to be public, and exports the cleaned public set.
 */
import type { JWK } from 'jose';
import { fail, ok, type Result } from '@/core/errors';
import { locateJsonError } from '@/keys/json-error';
import { jwkThumbprint } from '@/keys/thumbprint';
import {
  checkJwk,
  DUPLICATE_KID_REASONS,
  describeKeySize,
  privateMembersOf,
  type JwkRecord,
  type JwksProblem,
} from './jwks-checks';

/** Keys handled between two yields to the event loop: a few milliseconds of work each. */
const BATCH_SIZE = 250;

/** One line of the key table; members that are absent or not strings are `undefined`. */
export interface JwksRow {
  readonly index: number;
  readonly kty?: string;
  readonly alg?: string;
  readonly use?: string;
  readonly kid?: string;
  /** `2048-bit`, `P-256`, `Ed25519` … */
  readonly size?: string;
  /** RFC 7638 SHA-256 thumbprint, base64url; `null` when the key lacks the members it needs. */
  readonly thumbprint: string | null;
  readonly hasPrivateMembers: boolean;
}

export interface JwksReport {
  readonly rows: readonly JwksRow[];
  readonly problems: readonly JwksProblem[];
  /** The set's entries as pasted, for `cleanPublicJwks`. */
  readonly entries: readonly unknown[];
}

/** Reads JWKS text into a key table and its problems; fails only when the text is not a set at all. */
export async function inspectJwks(text: string): Promise<Result<JwksReport>> {
  if (text.trim() === '') return fail('KEY_EMPTY', 'key', 'Paste a JWK Set: {"keys": [ … ]}.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    const where = locateJsonError(text);
    const at = where ? ` Line ${where.line}, column ${where.column}: ${where.problem}.` : '';
    return fail('KEY_INVALID', 'key', `This is not valid JSON.${at}`);
  }
  if (!isRecord(parsed)) return fail('KEY_INVALID', 'key', 'A JWK Set is a JSON object: {"keys": [ … ]}.');
  const problems: JwksProblem[] = [];
  let entries: unknown[];
  if (Array.isArray(parsed.keys)) entries = parsed.keys;
  else if (parsed.keys === undefined && typeof parsed.kty === 'string') {
    entries = [parsed];
    problems.push({
      severity: 'warning',
      message: 'This is a single JWK, not a set; a JWKS wraps keys in {"keys": [ … ]} (RFC 7517 §5).',
    });
  } else
    return fail(
      'KEY_INVALID',
      'key',
      'A JWK Set needs a "keys" member holding an array of JWKs (RFC 7517 §5).',
    );
  if (entries.length === 0)
    problems.push({ severity: 'warning', message: 'The set has no keys: nothing can verify against it.' });
  // Thousands of keys would hold the main thread for seconds: work in batches, yielding between them.
  const rows: JwksRow[] = [];
  for (let start = 0; start < entries.length; start += BATCH_SIZE) {
    if (start > 0) await nextTask();
    const batch = entries.slice(start, start + BATCH_SIZE);
    append(rows, await Promise.all(batch.map((entry, offset) => describeRow(entry, start + offset))));
    batch.forEach((entry, offset) => append(problems, entryProblems(entry, start + offset)));
  }
  append(problems, duplicateKidProblems(entries));
  return ok({ rows, problems, entries });
}

/** The set as JSON text with private members removed and secret (`oct`) and unusable entries dropped. */
export function cleanPublicJwks(report: JwksReport): string {
  const keys = report.entries
    .filter(isRecord)
    .filter((jwk) => ['RSA', 'EC', 'OKP'].includes(String(jwk.kty)));
  const cleaned = keys.map((jwk) => {
    const drop = new Set(privateMembersOf(jwk));
    return Object.fromEntries(Object.entries(jwk).filter(([name]) => !drop.has(name)));
  });
  return JSON.stringify({ keys: cleaned }, null, 2);
}

async function describeRow(entry: unknown, index: number): Promise<JwksRow> {
  if (!isRecord(entry)) return { index, thumbprint: null, hasPrivateMembers: false };
  const thumbprint = await jwkThumbprint(entry as JWK);
  return {
    index,
    kty: stringOrUndefined(entry.kty),
    alg: stringOrUndefined(entry.alg),
    use: stringOrUndefined(entry.use),
    kid: stringOrUndefined(entry.kid),
    size: describeKeySize(entry),
    thumbprint: thumbprint.ok ? thumbprint.value : null,
    hasPrivateMembers: privateMembersOf(entry).length > 0,
  };
}

function entryProblems(entry: unknown, index: number): JwksProblem[] {
  const at = `Key ${index + 1}`;
  if (!isRecord(entry))
    return [{ severity: 'error', keyIndex: index, message: `${at} is not a JSON object.` }];
  const kid = stringOrUndefined(entry.kid);
  return checkJwk(entry).map((problem) => ({
    ...problem,
    keyIndex: index,
    ...(kid === undefined ? {} : { kid }),
  }));
}

/** RFC 7517 §4.5: distinct kids within a set; the same kid on different key types is tolerated. */
function duplicateKidProblems(entries: readonly unknown[]): JwksProblem[] {
  const seen = new Map<string, { index: number; kty: unknown }>();
  const problems: JwksProblem[] = [];
  entries.forEach((entry, index) => {
    if (!isRecord(entry) || typeof entry.kid !== 'string') return;
    const first = seen.get(entry.kid);
    if (!first) {
      seen.set(entry.kid, { index, kty: entry.kty });
      return;
    }
    const sameType = first.kty === entry.kty;
    const severity = sameType ? 'error' : 'warning';
    problems.push({
      severity,
      keyIndex: index,
      kid: entry.kid,
      duplicateOf: first.index,
      message: `Duplicate kid "${entry.kid}" (also key ${first.index + 1}): ${DUPLICATE_KID_REASONS[severity]}`,
    });
  });
  return problems;
}

/** Appends without spreading: `push(...items)` overflows the stack past ~100,000 items. */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** Resolves on a later macrotask, so the browser can paint and handle input in between. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function isRecord(value: unknown): value is JwkRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
