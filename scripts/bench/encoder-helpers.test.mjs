// Unit tests for the bench's Encoder and audit helpers: `node --test scripts/bench/`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lazyEntryFiles, selectEditorFiles, staticFiles } from './editor-chunks.mjs';
import {
  auditRatio,
  editorInInitial,
  signKey,
  summarizeEncoder,
  SIGN_ALGORITHMS,
} from './report-encoder.mjs';

/** A manifest shaped like the app's: Monaco's lazy chunk imports the entry and the encoder page. */
const MANIFEST = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_shared.js'],
    dynamicImports: ['src/debugger.tsx', 'src/encoder.tsx'],
  },
  '_shared.js': { file: 'assets/shared.js' },
  'src/debugger.tsx': { file: 'assets/debugger.js', isDynamicEntry: true, imports: ['index.html'] },
  'src/encoder.tsx': {
    file: 'assets/encoder.js',
    isDynamicEntry: true,
    imports: ['index.html', '_shared.js', '_button.js'],
    dynamicImports: ['monaco-loader.ts'],
  },
  '_button.js': { file: 'assets/button.js' },
  'monaco-loader.ts': {
    file: 'assets/monaco-loader.js',
    isDynamicEntry: true,
    imports: ['index.html', 'src/encoder.tsx', '_monaco-part.js'],
    dynamicImports: ['jsonMode.js'],
    css: ['assets/monaco-loader.css'],
    assets: ['assets/editor.worker.js', 'assets/codicon.ttf'],
  },
  '_monaco-part.js': { file: 'assets/monaco-part.js' },
  'jsonMode.js': {
    file: 'assets/jsonMode.js',
    isDynamicEntry: true,
    imports: ['monaco-loader.ts'],
    assets: ['assets/json.worker.js'],
  },
};
const MONACO_FILES = [
  '/assets/monaco-loader.js',
  '/assets/monaco-loader.css',
  '/assets/editor.worker.js',
  '/assets/codicon.ttf',
  '/assets/monaco-part.js',
  '/assets/jsonMode.js',
  '/assets/json.worker.js',
];

describe('staticFiles', () => {
  it('follows static imports but not dynamic ones', () =>
    assert.deepEqual([...staticFiles(MANIFEST, 'src/encoder.tsx')].sort(), [
      '/assets/button.js',
      '/assets/encoder.js',
      '/assets/index.js',
      '/assets/shared.js',
    ]));
});

describe('lazyEntryFiles', () => {
  it("keeps the lazy tree's own files and drops what other entries load anyway", () =>
    assert.deepEqual(lazyEntryFiles(MANIFEST, 'monaco-loader.ts').sort(), [...MONACO_FILES].sort()));
  it('keeps an entry file even when another entry imports it statically', () => {
    const bundled = structuredClone(MANIFEST);
    bundled['src/debugger.tsx'].imports.push('monaco-loader.ts');
    assert.ok(lazyEntryFiles(bundled, 'monaco-loader.ts').includes('/assets/monaco-loader.js'));
    assert.ok(!lazyEntryFiles(bundled, 'monaco-loader.ts').includes('/assets/monaco-part.js'));
  });
  for (const [label, manifest] of [
    ['is missing', { 'index.html': MANIFEST['index.html'] }],
    ['is not lazy', { 'monaco-loader.ts': { file: 'assets/monaco-loader.js' } }],
  ]) {
    it(`returns null when the entry ${label}`, () =>
      assert.equal(lazyEntryFiles(manifest, 'monaco-loader.ts'), null));
  }
});

describe('selectEditorFiles', () => {
  const rootRequests = ['/', '/assets/index.js', '/assets/shared.js', '/assets/debugger.js'];
  const encoderPageFiles = [...staticFiles(MANIFEST, 'src/encoder.tsx')];
  const encoderRequests = [
    '/encoder',
    ...encoderPageFiles,
    ...MONACO_FILES.filter((f) => !f.endsWith('.ttf')),
  ];

  it('takes /encoder minus / minus the page, and adds the manifest files nobody requested', () => {
    const picked = selectEditorFiles({
      encoderRequests,
      rootRequests,
      encoderPageFiles,
      manifestFiles: MONACO_FILES,
    });
    assert.deepEqual(picked.files, [...MONACO_FILES].sort());
    assert.deepEqual(picked.inInitial, []);
    assert.deepEqual(picked.notRequested, ['/assets/codicon.ttf']);
    assert.deepEqual(picked.onlyRequested, []);
  });
  it('reports an editor file that / requests too, which the difference alone would hide', () => {
    const picked = selectEditorFiles({
      encoderRequests,
      rootRequests: [...rootRequests, '/assets/monaco-part.js'],
      encoderPageFiles,
      manifestFiles: MONACO_FILES,
    });
    assert.deepEqual(picked.inInitial, ['/assets/monaco-part.js']);
    assert.equal(editorInInitial(picked), 1);
  });
  it('lists a requested file outside the manifest tree', () => {
    const picked = selectEditorFiles({
      encoderRequests: [...encoderRequests, '/assets/stray.js'],
      rootRequests,
      encoderPageFiles,
      manifestFiles: MONACO_FILES,
    });
    assert.deepEqual(picked.onlyRequested, ['/assets/stray.js']);
    assert.ok(picked.files.includes('/assets/stray.js'));
  });
});

describe('editorInInitial', () => {
  const clean = { files: ['/assets/monaco-loader.js'], inInitial: [], lazyEntryFound: true };
  for (const [label, editor, expected] of [
    ['no editor file is requested by /', clean, 0],
    ['/ requests an editor file', { ...clean, inInitial: ['/assets/monaco-loader.js'] }, 1],
    ['the editor has no lazy chunk', { ...clean, lazyEntryFound: false }, 1],
    ['no editor file was found at all', { ...clean, files: [] }, 1],
  ]) {
    it(`is ${expected} when ${label}`, () => assert.equal(editorInInitial(editor), expected));
  }
});

describe('auditRatio', () => {
  for (const [audit, node, expected] of [
    [2_000_000, 400_000, 5],
    [1_000_000, 300_000, 3.33],
  ]) {
    it(`is ${expected} for ${audit} over ${node}`, () => assert.equal(auditRatio(audit, node), expected));
  }
  it('is NaN without a Node figure', () => assert.ok(Number.isNaN(auditRatio(1, 0))));
});

describe('summarizeEncoder', () => {
  const signRun = (ms) => ({ medianMs: Object.fromEntries(SIGN_ALGORITHMS.map((alg) => [alg, ms])) });
  const results = summarizeEncoder({
    encoderRuns: [
      { editorReadyMs: 900, firstTokenMs: 400 },
      { editorReadyMs: 1100, firstTokenMs: 600 },
      { editorReadyMs: 5000, firstTokenMs: 500 },
    ],
    signRuns: [signRun(1), signRun(3), signRun(2.5)],
    editor: { files: ['/a.js'], inInitial: [], lazyEntryFound: true, raw: 2048, gzip: 512 },
    audit: { audit_candidates_per_s: 1_500_000, audit_workers: 2, node_hmac_per_s: 500_000 },
  });
  it('takes medians, converts sizes to KB and adds the ratio', () =>
    assert.deepEqual(
      {
        editor_chunks_raw_kb: results.editor_chunks_raw_kb,
        editor_chunks_gzip_kb: results.editor_chunks_gzip_kb,
        editor_chunks_in_initial_bundle: results.editor_chunks_in_initial_bundle,
        editor_ready_ms: results.editor_ready_ms,
        encoder_first_token_ms: results.encoder_first_token_ms,
        sign_ps384_ms: results.sign_ps384_ms,
        audit_vs_node_ratio: results.audit_vs_node_ratio,
        audit_workers: results.audit_workers,
      },
      {
        editor_chunks_raw_kb: 2,
        editor_chunks_gzip_kb: 0.5,
        editor_chunks_in_initial_bundle: 0,
        editor_ready_ms: 1100,
        encoder_first_token_ms: 500,
        sign_ps384_ms: 2.5,
        audit_vs_node_ratio: 3,
        audit_workers: 2,
      },
    ));
  it('has one sign key per algorithm, lowercase', () => {
    assert.equal(signKey('EdDSA'), 'sign_eddsa_ms');
    for (const alg of SIGN_ALGORITHMS) assert.equal(results[signKey(alg)], 2.5);
    assert.equal(Object.keys(results).filter((key) => key.startsWith('sign_')).length, 13);
  });
});
