/**
 * The key lookups of the naive `kid` verifier. AN EXAMPLE OF WHAT NOT TO DO: each builds a file path or
 * an SQL query by pasting in the token's `kid`, so whoever writes the token chooses the key. Look keys
 * up by exact name among your own instead (`keysByKid` in `hardened-verifier.ts`).
 */
import { utf8ToBytes } from '@/encoding/base64';
import { KEY_DIR, resolvePath, runToySql, type SimulatedKeyStore } from './simulated-key-store';

/** What a key lookup found: key bytes and how, or why not. */
export type KeyLookup =
  | { readonly ok: true; readonly key: Uint8Array; readonly how: string }
  | { readonly ok: false; readonly message: string };

/** NOT what to do: glues the `kid` into a file path (`../` climbs out of the key folder). */
export function readKeyFileNaively(store: SimulatedKeyStore, kid: string): KeyLookup {
  const path = resolvePath(`${KEY_DIR}${kid}`);
  const contents = store.files.get(path);
  if (contents === undefined) return { ok: false, message: `no such file ${path}` };
  return {
    ok: true,
    key: utf8ToBytes(contents),
    how: `read from ${path} (${utf8ToBytes(contents).length} bytes)`,
  };
}

/** NOT what to do: the SQL the naive server builds by pasting the `kid` between quotes. */
export function naiveKeyQuery(kid: string): string {
  return `SELECT secret FROM keys WHERE kid = '${kid}'`;
}

/** NOT what to do: runs the pasted-together query and takes the first row as the key. */
export function queryKeyNaively(store: SimulatedKeyStore, kid: string): KeyLookup {
  const query = naiveKeyQuery(kid);
  const outcome = runToySql(query, store.rows);
  if (!outcome.ok) return { ok: false, message: `the database said "${outcome.message}"` };
  const row = outcome.rows[0];
  if (row === undefined) return { ok: false, message: 'the query returned no row' };
  return { ok: true, key: utf8ToBytes(row), how: `got from the query ${query}` };
}
