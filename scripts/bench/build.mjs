// Production builds for the bench, each into its own folder under node_modules/.cache, so a bench never
// races the `dist/` that `npm run build` and the end-to-end tests use.
import { join } from 'node:path';
import { build } from 'vite';

/** URL prefix the bench-only pages are built for (the static server mounts them there). */
export const BENCH_BASE = '/__bench/';

/** The bench-only page that times decodeToken + verifyToken, relative to the repo root. */
export const DECODE_VERIFY_PAGE = 'bench/decode-verify.html';

/** A bare textarea styled like the token field: the browser's own cost of a 1 MB paste. */
export const PASTE_FLOOR_PAGE = 'bench/paste-floor.html';

/** The bench-only page that times signToken for every algorithm the encoder offers. */
export const SIGN_PAGE = 'bench/sign.html';

/** Where Vite writes the build manifest inside an app build (read to tell which files are Monaco's). */
export const MANIFEST_FILE = '.vite/manifest.json';

/**
 * Builds the app as `vite build` does (the repo's vite.config.ts), into `outDir`, plus the build
 * manifest (a file beside the output that the app never requests; the output itself is unchanged).
 */
export async function buildApp(root, outDir) {
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true, manifest: MANIFEST_FILE } });
}

/** Builds the bench-only pages (no app config, no public files) into `outDir`, served under BENCH_BASE. */
export async function buildBenchPages(root, outDir) {
  await build({
    root,
    configFile: false,
    base: BENCH_BASE,
    publicDir: false,
    logLevel: 'warn',
    resolve: { alias: { '@': join(root, 'src') } },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      rolldownOptions: {
        input: [DECODE_VERIFY_PAGE, PASTE_FLOOR_PAGE, SIGN_PAGE].map((page) => join(root, page)),
      },
    },
  });
}
