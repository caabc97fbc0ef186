// A tiny static server for the bench: the app's build at `/` (index.html for unknown paths, as a
// single-page app needs) and the bench-only pages under BENCH_BASE. Only 127.0.0.1, a free port.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { BENCH_BASE } from './build.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.gz': 'application/gzip',
  '.txt': 'text/plain; charset=utf-8',
};

/** Returns true when `file` exists and is a regular file. */
async function isFile(file) {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** Maps a URL pathname to a file inside `dir`, or null when it would escape `dir`. */
function fileInside(dir, pathname) {
  const file = normalize(join(dir, decodeURIComponent(pathname)));
  return file === dir || file.startsWith(dir.endsWith(sep) ? dir : dir + sep) ? file : null;
}

/**
 * Resolves a request path to the file on disk that answers it: bench pages under BENCH_BASE, app
 * files elsewhere, and the app's index.html for any path that is not a file (client-side routes).
 */
export async function resolveRequestFile({ appDir, benchDir }, pathname) {
  if (pathname.startsWith(BENCH_BASE)) {
    const file = fileInside(benchDir, pathname.slice(BENCH_BASE.length - 1));
    return file && (await isFile(file)) ? file : null;
  }
  const file = fileInside(appDir, pathname === '/' ? '/index.html' : pathname);
  if (file && (await isFile(file))) return file;
  return join(appDir, 'index.html');
}

/** Starts the server on a free port; resolves to `{ origin, close }`. */
export async function startServer(dirs) {
  const server = createServer(async (request, response) => {
    try {
      const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
      const file = await resolveRequestFile(dirs, pathname);
      if (!file) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      };
      // Cross-origin isolation gives the bench pages a 5 µs performance.now() instead of 100 µs.
      if (pathname.startsWith(BENCH_BASE)) {
        headers['cross-origin-opener-policy'] = 'same-origin';
        headers['cross-origin-embedder-policy'] = 'require-corp';
      }
      response.writeHead(200, headers).end(await readFile(file));
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
