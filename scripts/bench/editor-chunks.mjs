// Which files of the app build are the code editor's (Monaco and everything it lazily brings: its
// chunk and CSS, the JSON mode, the editor and JSON workers, the codicon font), their sizes, and
// whether any of them is already requested by `/`. Two independent witnesses: what the browser
// requested on `/encoder` but not on `/` (minus the encoder page's own chunks), and the build
// manifest's tree under the editor's lazy entry. Their union is measured, so a Monaco file that `/`
// also requests still shows up, and fails the check, instead of vanishing from the difference.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { measureRequested } from './assets.mjs';
import { MANIFEST_FILE } from './build.mjs';

/** The manifest key of the one module that imports Monaco (src/components/code-editor/monaco-loader.ts). */
export const EDITOR_ENTRY = 'src/components/code-editor/monaco-loader.ts';

/** The manifest key of the encoder page, whose own chunks are not the editor's. */
export const ENCODER_ENTRY = 'src/features/encoder/encoder-page.tsx';

/** URL path of a manifest file (the app is built for base `/`). */
const toPath = (file) => `/${file}`;

/** Paths a manifest chunk needs before it runs: its file, CSS and assets, and those of its static imports. */
export function staticFiles(manifest, key, into = new Set(), visited = new Set()) {
  const chunk = manifest[key];
  if (!chunk || visited.has(key)) return into;
  visited.add(key);
  for (const file of [chunk.file, ...(chunk.css ?? []), ...(chunk.assets ?? [])]) into.add(toPath(file));
  for (const imported of chunk.imports ?? []) staticFiles(manifest, imported, into, visited);
  return into;
}

/**
 * Paths that only the lazy entry `entryKey` brings in: everything its tree of dynamic imports needs,
 * minus what any other entry (the app's, another page's) needs anyway. The entries' own files always
 * count. Null when `entryKey` is not a lazy entry at all (the editor was bundled into something else).
 */
export function lazyEntryFiles(manifest, entryKey) {
  if (!manifest[entryKey]?.isDynamicEntry) return null;
  const tree = new Set([entryKey]);
  for (const key of tree) for (const next of manifest[key]?.dynamicImports ?? []) tree.add(next);
  const owned = new Set();
  for (const key of tree) staticFiles(manifest, key, owned);
  const shared = new Set();
  for (const [key, chunk] of Object.entries(manifest))
    if ((chunk.isEntry || chunk.isDynamicEntry) && !tree.has(key)) staticFiles(manifest, key, shared);
  const own = new Set([...tree].map((key) => toPath(manifest[key].file)));
  return [...owned].filter((path) => own.has(path) || !shared.has(path));
}

/**
 * Combines both witnesses. `requested`: what /encoder requested minus what / requested minus the
 * encoder page's own static files. Returns the sorted union (`files`), the editor files `/`
 * requested (`inInitial`, should be empty) and where the witnesses disagree.
 */
export function selectEditorFiles({ encoderRequests, rootRequests, encoderPageFiles, manifestFiles }) {
  const root = new Set(rootRequests);
  const pageOwn = new Set(encoderPageFiles);
  const requested = [...new Set(encoderRequests)].filter(
    (path) => !root.has(path) && !pageOwn.has(path) && path !== '/encoder',
  );
  const fromManifest = manifestFiles ?? [];
  const files = [...new Set([...requested, ...fromManifest])].sort();
  return {
    files,
    inInitial: files.filter((path) => root.has(path)),
    onlyRequested: requested.filter((path) => !fromManifest.includes(path)).sort(),
    notRequested: fromManifest.filter((path) => !encoderRequests.includes(path)).sort(),
    lazyEntryFound: manifestFiles !== null,
  };
}

/** Reads the app build's manifest. */
export async function readManifest(appDir) {
  return JSON.parse(await readFile(join(appDir, MANIFEST_FILE), 'utf8'));
}

/**
 * The editor-chunk figures from one `/` request list and the `/encoder` request lists of every run:
 * the selection (see selectEditorFiles) plus `{ raw, gzip }` bytes summed over every file and per file.
 */
export async function measureEditorChunks(dirs, origin, { rootRequests, encoderRequests }) {
  const manifest = await readManifest(dirs.appDir);
  const selection = selectEditorFiles({
    encoderRequests,
    rootRequests,
    encoderPageFiles: [...staticFiles(manifest, ENCODER_ENTRY)],
    manifestFiles: lazyEntryFiles(manifest, EDITOR_ENTRY),
  });
  const { totals, files } = await measureRequested(
    dirs,
    origin,
    selection.files.map((path) => ({ url: `${origin}${path}`, resourceType: '' })),
  );
  const sum = (measure) => totals.js[measure] + totals.css[measure] + totals.other[measure];
  return { ...selection, sizes: files, raw: sum('raw'), gzip: sum('gzip') };
}
