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
}

const TOKEN_FIELDS = ['access_token', 'id_token', 'token', 'jwt', 'refresh_token'] as const;
const JWT_INSIDE_TEXT = /eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]*){0,3}/;
const FIELD_IN_TEXT = /["']?(access_token|id_token|token|jwt)["']?\s*[:=]\s*["']?([A-Za-z0-9_\-.]+)/;

/** Finds the token in pasted text: strips `Bearer `, quotes and whitespace, picks it out of JSON or a URL. */
export function extractToken(pasted: string): ExtractedToken {
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
  const whitespace = text.match(/\s/g)?.length ?? 0;
  const joined = text.replace(/\s+/g, '');
  if (/^[A-Za-z0-9_\-.]*$/.test(joined)) {
    const plural = whitespace === 1 ? '' : 's';
    if (whitespace > 0)
      notes.push(`Removed ${whitespace} whitespace character${plural} (spaces or line breaks).`);
    return { token: joined, notes };
  }

  const field = FIELD_IN_TEXT.exec(pasted);
  if (field?.[2]?.includes('.')) {
    return { token: field[2], notes: [`Took the value of "${field[1]}" from the pasted text.`] };
  }
  const inside = JWT_INSIDE_TEXT.exec(text);
  if (inside) return { token: inside[0], notes: [...notes, 'Picked the token out of the surrounding text.'] };
  return {
    token: joined,
    notes: whitespace > 0 ? [...notes, `Removed ${whitespace} whitespace characters.`] : notes,
  };
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
