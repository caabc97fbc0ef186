import { base64urlToBytes } from '@/encoding/base64';
import { findCompactToken } from './find-compact-token';
import { removedRuns, type RemovedRun } from './removed-runs';

/**
 * Tolerant paste: people copy tokens out of HTTP headers, JSON responses, URLs and log lines.
 * `extractToken` finds the token in what was pasted and says exactly what it removed, so nothing is
 * changed silently.
 */
export interface ExtractedToken {
  /** The token text to decode (compact, or the JSON serialization as pasted). */
  readonly token: string;
  /** One sentence per thing that was removed or picked out; empty when the paste was already clean. */
  readonly notes: readonly string[];
  /**
   * Characters removed from *inside* the token (not a line wrap): the token as pasted is a different
   * token, which every verifier rejects. Empty when the cleanup only touched what surrounds it.
   */
  readonly removedInside: readonly RemovedRun[];
}

const TOKEN_FIELDS = ['access_token', 'id_token', 'token', 'jwt', 'refresh_token'] as const;
const FIELD_IN_TEXT = /["']?(access_token|id_token|token|jwt)["']?\s*[:=]\s*["']?([A-Za-z0-9_\-.]+)/;

/** Finds the token in pasted text: strips `Bearer `, quotes and whitespace, picks it out of JSON or a URL. */
export function extractToken(pasted: string): ExtractedToken {
  const { token, notes, joinedFrom } = findToken(pasted);
  return { token, notes, removedInside: joinedFrom ? removedRuns(joinedFrom) : [] };
}

/** `joinedFrom`: the text whose whitespace was removed to give `token`, when that is what happened. */
function findToken(pasted: string): { token: string; notes: readonly string[]; joinedFrom?: string } {
  const notes: string[] = [];
  let text = pasted.trim();
  if (text === '') return { token: '', notes };

  if (text.startsWith('{')) {
    const fromJson = tokenFromJson(text);
    if (fromJson === 'serialization') return { token: text, notes };
    if (fromJson) return { token: fromJson.token, notes: [`Took "${fromJson.field}" from the pasted JSON.`] };
  }

  const header = /^authorization\s*:\s*/i.exec(text);
  if (header) {
    text = text.slice(header[0].length);
    notes.push('Removed the "Authorization:" header name.');
  }
  const bearer = /^bearer\s+/i.exec(text);
  if (bearer) {
    text = text.slice(bearer[0].length);
    notes.push('Removed the "Bearer " prefix.');
  }
  const quoted = /^(["'`])([\s\S]*)\1[,;]?$/.exec(text);
  if (quoted) {
    text = quoted[2] ?? '';
    notes.push('Removed the surrounding quotes.');
  }
  // One unbroken run of text is the token itself, however malformed: the decoder says exactly what
  // is wrong with it. Cutting at an unexpected character would hide the real problem.
  if (!/\s/.test(text)) return { token: text, notes };
  // RFC 7797 "b64": false puts the payload in as-is, spaces included: leave such a token alone.
  if (headerSaysUnencodedPayload(text)) return { token: text, notes };

  const whitespace = text.match(/\s/g)?.length ?? 0;
  const joined = text.replace(/\s+/g, '');
  const removed = `Removed ${whitespace} whitespace character${whitespace === 1 ? '' : 's'} (spaces or line breaks).`;
  if (/^[A-Za-z0-9_\-.]*$/.test(joined))
    return { token: joined, notes: [...notes, removed], joinedFrom: text };

  const field = FIELD_IN_TEXT.exec(pasted);
  if (field?.[2]?.includes('.')) {
    return { token: field[2], notes: [`Took the value of "${field[1]}" from the pasted text.`] };
  }
  const inside = findCompactToken(text);
  if (inside) return { token: inside, notes: [...notes, 'Picked the token out of the surrounding text.'] };
  return { token: joined, notes: [...notes, removed], joinedFrom: text };
}

function headerSaysUnencodedPayload(text: string): boolean {
  const headerSegment = text.slice(0, text.indexOf('.'));
  const bytes = base64urlToBytes(headerSegment);
  if (!bytes) return false;
  try {
    const header: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof header === 'object' && header !== null && (header as Record<string, unknown>).b64 === false;
  } catch {
    return false;
  }
}

function tokenFromJson(text: string): { token: string; field: string } | 'serialization' | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  if ('payload' in record || 'ciphertext' in record) return 'serialization';
  for (const field of TOKEN_FIELDS) {
    const candidate = record[field];
    if (typeof candidate === 'string' && candidate.includes('.')) return { token: candidate.trim(), field };
  }
  return null;
}

/** Reads a token from a URL fragment such as `#token=…`, `#id_token=…` or `#access_token=…`. */
export function tokenFromFragment(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  for (const name of ['token', 'id_token', 'access_token']) {
    const value = params.get(name);
    if (value) return value;
  }
  return null;
}
