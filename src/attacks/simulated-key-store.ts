/**
 * The key store of the `kid-injection` experiment, simulated in memory: a server's disk (its key file
 * plus files every Linux machine has) and a one-table SQL database with a toy query engine. Nothing
 * here touches a real file system or database.
 */

/** Where the naive server looks for key files: two levels deep, so `../../` reaches the root. */
export const KEY_DIR = '/app/keys/';
/** The one real key id of the simulated service. */
export const REAL_KID = '2024-signing';

/** Files whose contents anyone knows, because every Linux machine has them. */
export const WELL_KNOWN_FILES: ReadonlyMap<string, string> = new Map([
  ['/dev/null', ''],
  ['/proc/sys/kernel/randomize_va_space', '2\n'],
]);

/** One row of the `keys` table. */
export interface KeyRow {
  readonly kid: string;
  readonly secret: string;
}

/** The server's side: its disk and its `keys` table, holding the real secret under `REAL_KID`. */
export interface SimulatedKeyStore {
  readonly files: ReadonlyMap<string, string>;
  readonly rows: readonly KeyRow[];
}

/** A store whose real key (file and row) is `secret`. */
export function createKeyStore(secret: string): SimulatedKeyStore {
  return {
    files: new Map([...WELL_KNOWN_FILES, [`${KEY_DIR}${REAL_KID}`, secret]]),
    rows: [{ kid: REAL_KID, secret }],
  };
}

/** POSIX path normalisation: `.` and empty parts vanish, `..` climbs (never above the root). */
export function resolvePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

export type SqlOutcome =
  { readonly ok: true; readonly rows: readonly string[] } | { readonly ok: false; readonly message: string };

type Token = { readonly kind: 'word' | 'string' | 'symbol'; readonly text: string };

/**
 * A toy SQL engine for exactly two statement shapes, joined by `UNION` (or `UNION ALL`):
 * `SELECT secret FROM keys WHERE kid = '…'` and `SELECT '…'`. `--` starts a comment; `''` escapes a
 * quote. Anything else is a syntax error, as a real database would report.
 */
export function runToySql(query: string, rows: readonly KeyRow[]): SqlOutcome {
  const tokens = tokenize(query);
  if (!Array.isArray(tokens)) return tokens;
  const selects: Token[][] = [[]];
  for (const token of tokens) {
    const current = selects[selects.length - 1];
    if (token.kind === 'word' && token.text === 'UNION') selects.push([]);
    else if (token.kind === 'word' && token.text === 'ALL' && current?.length === 0) continue;
    else if (!(token.kind === 'symbol' && token.text === ';')) current?.push(token);
  }
  const result: string[] = [];
  for (const select of selects) {
    const shape = select.map((t) => (t.kind === 'string' ? "'…'" : t.text)).join(' ');
    const literal = select.find((t) => t.kind === 'string')?.text ?? '';
    if (shape === "SELECT '…'") result.push(literal);
    else if (shape === "SELECT SECRET FROM KEYS WHERE KID = '…'")
      result.push(...rows.filter((row) => row.kid === literal).map((row) => row.secret));
    else return { ok: false, message: `syntax error near "${shape}"` };
  }
  return { ok: true, rows: result };
}

function tokenize(query: string): Token[] | { readonly ok: false; readonly message: string } {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const char = query[i] ?? '';
    if (query.startsWith('--', i)) break;
    if (char === "'") {
      const literal = readLiteral(query, i);
      if (!literal) return { ok: false, message: 'unterminated string literal' };
      tokens.push({ kind: 'string', text: literal.text });
      i = literal.end;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(query.slice(i))?.[0];
    if (word) tokens.push({ kind: 'word', text: word.toUpperCase() });
    else if ('=;,*'.includes(char)) tokens.push({ kind: 'symbol', text: char });
    else if (!/\s/.test(char)) return { ok: false, message: `unexpected character ${JSON.stringify(char)}` };
    i += word?.length ?? 1;
  }
  return tokens;
}

/** A quoted literal starting at `start`; `''` inside is one quote. Null when it never closes. */
function readLiteral(query: string, start: number): { readonly text: string; readonly end: number } | null {
  let text = '';
  for (let j = start + 1; j < query.length; j += 1) {
    if (query[j] !== "'") text += query[j];
    else if (query[j + 1] === "'") {
      text += "'";
      j += 1;
    } else return { text, end: j + 1 };
  }
  return null;
}
