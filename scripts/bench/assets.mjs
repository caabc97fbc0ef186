// Sizes of what the browser actually downloaded, measured from the files on disk (raw and gzip -9),
// so the figures do not depend on how the bench's server happens to compress.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { gzipSync, constants } from 'node:zlib';
import { resolveRequestFile } from './serve.mjs';

/** Which budget a requested file counts toward. */
export function classifyAsset(pathname, resourceType) {
  const ext = extname(pathname).toLowerCase();
  if (ext === '.js' || ext === '.mjs' || resourceType === 'script') return 'js';
  if (ext === '.css' || resourceType === 'stylesheet') return 'css';
  return 'other';
}

/** Returns `{ raw, gzip }` byte counts of one file. */
export async function measureFile(file) {
  const bytes = await readFile(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length };
}

/**
 * Sums the sizes of the requested same-origin URLs per kind (js, css, other); each path counts once.
 * Returns the totals and one row per file, for the table.
 */
export async function measureRequested(dirs, origin, requests) {
  const totals = { js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, other: { raw: 0, gzip: 0 } };
  const files = [];
  const seen = new Set();
  for (const { url, resourceType } of requests) {
    const parsed = new URL(url);
    if (parsed.origin !== origin || seen.has(parsed.pathname)) continue;
    seen.add(parsed.pathname);
    const file = await resolveRequestFile(dirs, parsed.pathname);
    if (!file) continue;
    const kind = classifyAsset(parsed.pathname, resourceType);
    const size = await measureFile(file);
    totals[kind].raw += size.raw;
    totals[kind].gzip += size.gzip;
    files.push({ path: parsed.pathname, kind, ...size });
  }
  return { totals, files };
}
