// The Encoder's and the audit's figures: flat keys for bench-results.json and their part of the table.
import { formatRows, pad, padLeft } from './report.mjs';
import { median, round, toKb } from './stats.mjs';

/**
 * The algorithms bench/sign.ts times (JWS_ALGORITHMS of src/core/algorithms.ts without Ed25519, which
 * this Node script cannot import), in table order; keys are `sign_<alg lowercase>_ms`.
 */
export const SIGN_ALGORITHMS = [
  'HS256',
  'HS384',
  'HS512',
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
];

/** The bench-results.json key of one algorithm's sign latency. */
export const signKey = (alg) => `sign_${alg.toLowerCase()}_ms`;

/** Audit candidates per second over Node's single-core createHmac rate, two decimals (NaN without a Node rate). */
export function auditRatio(auditPerSecond, nodePerSecond) {
  return nodePerSecond > 0 ? round(auditPerSecond / nodePerSecond, 2) : Number.NaN;
}

/** 1 when any editor file is among the requests of `/`, or the editor is not a lazy chunk at all. */
export function editorInInitial(editor) {
  return editor.inInitial.length > 0 || !editor.lazyEntryFound || editor.files.length === 0 ? 1 : 0;
}

/**
 * Builds the flat figures from the /encoder loads (`{ editorReadyMs, firstTokenMs }`), the sign page
 * runs (`{ medianMs: { HS256: … } }`), the editor-chunk measurement and measureAuditThroughput()'s result.
 */
export function summarizeEncoder({ encoderRuns, signRuns, editor, audit }) {
  const over = (values, digits) => round(median(values), digits);
  const sign = Object.fromEntries(
    SIGN_ALGORITHMS.map((alg) => [
      signKey(alg),
      over(
        signRuns.map((run) => run.medianMs[alg]),
        3,
      ),
    ]),
  );
  return {
    editor_chunks_raw_kb: toKb(editor.raw),
    editor_chunks_gzip_kb: toKb(editor.gzip),
    editor_chunks_in_initial_bundle: editorInInitial(editor),
    editor_ready_ms: over(
      encoderRuns.map((run) => run.editorReadyMs),
      1,
    ),
    encoder_first_token_ms: over(
      encoderRuns.map((run) => run.firstTokenMs),
      1,
    ),
    ...sign,
    audit_candidates_per_s: audit.audit_candidates_per_s,
    audit_hs384_candidates_per_s: audit.audit_hs384_candidates_per_s,
    audit_hs512_candidates_per_s: audit.audit_hs512_candidates_per_s,
    node_hmac_per_s: audit.node_hmac_per_s,
    audit_workers: audit.audit_workers,
    audit_vs_node_ratio: auditRatio(audit.audit_candidates_per_s, audit.node_hmac_per_s),
  };
}

/** The Encoder and audit part of the table. */
export function formatEncoderTable(results, runCounts) {
  const rows = [
    ['editor chunks (raw)', results.editor_chunks_raw_kb, 'KB', 'editor_chunks_raw_kb'],
    ['editor chunks (gzip -9)', results.editor_chunks_gzip_kb, 'KB', 'editor_chunks_gzip_kb'],
    [
      'editor files requested by /',
      results.editor_chunks_in_initial_bundle,
      '',
      'editor_chunks_in_initial_bundle',
    ],
    ['navigation → editable editor', results.editor_ready_ms, 'ms', 'editor_ready_ms'],
    ['navigation → first signed token', results.encoder_first_token_ms, 'ms', 'encoder_first_token_ms'],
    ...SIGN_ALGORITHMS.map((alg) => [`signToken ${alg}`, results[signKey(alg)], 'ms', signKey(alg)]),
    ['audit, all workers', results.audit_candidates_per_s, '/s', 'audit_candidates_per_s'],
    ['audit HS384, all workers', results.audit_hs384_candidates_per_s, '/s', 'audit_hs384_candidates_per_s'],
    ['audit HS512, all workers', results.audit_hs512_candidates_per_s, '/s', 'audit_hs512_candidates_per_s'],
    ['  workers', results.audit_workers, '', 'audit_workers'],
    ['Node createHmac, one core', results.node_hmac_per_s, '/s', 'node_hmac_per_s'],
    ['audit ÷ Node (one core)', results.audit_vs_node_ratio, '×', 'audit_vs_node_ratio'],
    ...(results.hashcat_candidates_per_s === undefined
      ? []
      : [
          [
            'hashcat -m 16500, CPU (--peers)',
            results.hashcat_candidates_per_s,
            '/s',
            'hashcat_candidates_per_s',
          ],
          [
            'audit ÷ hashcat',
            auditRatio(results.audit_candidates_per_s, results.hashcat_candidates_per_s),
            '×',
            'audit_vs_hashcat_ratio',
          ],
        ]),
  ];
  return [
    `Encoder: medians of ${runCounts.encoder} cold loads of /encoder and ${runCounts.sign} runs of the sign page ` +
      `(${runCounts.signIterations} signatures per algorithm each, keys generated once); audit: one run`,
    '',
    `${pad('figure', 32)}${padLeft('value', 12)}  unit  budget`,
    `${'-'.repeat(32)}${'-'.repeat(12)}  ----  ------`,
    ...formatRows(results, rows),
  ].join('\n');
}

/** The editor's files with their sizes, and where the two ways of finding them disagree. */
export function formatEditorFiles(editor) {
  const lines = editor.sizes.map(
    (file) =>
      `  ${pad(file.kind, 6)}${padLeft(toKb(file.raw), 10)} KB${padLeft(toKb(file.gzip), 10)} KB gz  ${file.path}`,
  );
  const notes = [
    ...(editor.lazyEntryFound
      ? []
      : ['  FAIL: the build has no lazy chunk for the code editor (monaco-loader)']),
    ...(editor.inInitial.length ? [`  FAIL: requested by / too: ${editor.inInitial.join(', ')}`] : []),
    ...(editor.onlyRequested.length
      ? [
          `  requested by /encoder only, not under the editor's lazy entry: ${editor.onlyRequested.join(', ')}`,
        ]
      : []),
    ...(editor.notRequested.length
      ? [`  under the editor's lazy entry but not requested: ${editor.notRequested.join(', ')}`]
      : []),
  ];
  return [
    "the code editor's files (/encoder requests minus / and the encoder page's own chunks, with the build manifest's editor tree):",
    ...lines,
    ...notes,
  ].join('\n');
}
