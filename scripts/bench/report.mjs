// Turns the runs into the flat bench-results.json object and a readable table with budgets.
import { median, round, toKb } from './stats.mjs';

/** The budgets from the Debugger issue ("≤ 170 KB", "< 2 ms", "no task over 100 ms"). */
export const BUDGETS = [
  { key: 'initial_js_gzip_kb', label: 'initial JS ≤ 170 KB gzip', pass: (value) => value <= 170 },
  { key: 'decode_verify_1kb_ms', label: '1 KB decode+verify < 2 ms', pass: (value) => value < 2 },
  { key: 'longest_task_1mb_ms', label: 'no task over 100 ms (1 MB paste)', pass: (value) => value <= 100 },
  {
    key: 'longest_task_after_paste_1mb_ms',
    label: "the app's own tasks after the paste ≤ 100 ms",
    pass: (value) => value <= 100,
  },
  // Issue 10's "the page answers input within 100 ms", held to on the Keys page's strength check too.
  {
    key: 'strength_64b_longest_task_ms',
    label: 'no task over 100 ms judging a 64-byte secret',
    pass: (value) => value <= 100,
  },
  // From the Encoder and audit issues: Monaco stays out of `/`, and the audit's floor.
  {
    key: 'editor_chunks_in_initial_bundle',
    label: 'no editor file among the requests of /',
    pass: (value) => value === 0,
  },
  {
    key: 'audit_candidates_per_s',
    label: 'audit ≥ 1,000,000 candidates/s',
    pass: (value) => value >= 1_000_000,
  },
  // Issue 14: HS512 in WebAssembly SIMD, on every core.
  {
    key: 'audit_hs512_candidates_per_s',
    label: 'audit HS512 ≥ 1,000,000 candidates/s',
    pass: (value) => value >= 1_000_000,
  },
];

/** Median of `run[field]` over runs, rounded to `digits` decimals. */
const over = (runs, field, digits = 1) => round(median(runs.map((run) => run[field])), digits);

/** Median of one size total over runs, in KB. */
const sizeKb = (sizesPerRun, kind, measure) => toKb(median(sizesPerRun.map((s) => s.totals[kind][measure])));

/** Builds the flat result object (numbers only, plus `timestamp`) from the debugger and decode-verify runs. */
export function summarize(debuggerRuns, decodeRuns, sizesPerRun) {
  return {
    initial_js_raw_kb: sizeKb(sizesPerRun, 'js', 'raw'),
    initial_js_gzip_kb: sizeKb(sizesPerRun, 'js', 'gzip'),
    initial_css_raw_kb: sizeKb(sizesPerRun, 'css', 'raw'),
    initial_css_gzip_kb: sizeKb(sizesPerRun, 'css', 'gzip'),
    fcp_ms: over(debuggerRuns, 'fcpMs'),
    verified_example_ms: over(debuggerRuns, 'verifiedMs'),
    decode_verify_1kb_ms: over(decodeRuns, 'decodeVerify1kbMs', 3),
    decode_verify_1mb_ms: over(decodeRuns, 'decodeVerify1mbMs', 2),
    longest_task_1mb_ms: over(debuggerRuns, 'longestTaskMs'),
    longest_task_after_paste_1mb_ms: over(debuggerRuns, 'longestAppTaskMs'),
    paste_floor_ms: over(decodeRuns, 'pasteFloorMs'),
    hostile_link_longest_task_ms: over(decodeRuns, 'hostileLinkMs'),
    jwks_10k_longest_task_ms: over(decodeRuns, 'jwksLongestTaskMs'),
    jwks_10k_longest_task_after_paste_ms: over(decodeRuns, 'jwksLongestAppTaskMs'),
    jwks_10k_summary_ms: over(decodeRuns, 'jwksSummaryMs'),
    strength_64b_longest_task_ms: over(decodeRuns, 'strength64LongestTaskMs'),
    strength_64b_verdict_ms: over(decodeRuns, 'strength64VerdictMs'),
    timestamp: new Date().toISOString(),
  };
}

/** Figures worth seeing that are not part of the JSON contract. */
export function extras(debuggerRuns, decodeRuns) {
  return {
    load_longest_task_ms: over(debuggerRuns, 'loadLongestTaskMs'),
    paste_settle_ms: over(debuggerRuns, 'settleMs'),
    paste_longest_frame_ms: over(debuggerRuns, 'longestFrameMs'),
    token_1kb_chars: decodeRuns[0]?.token1kbBytes,
    token_1mb_chars: decodeRuns[0]?.token1mbBytes,
    paste_token_chars: debuggerRuns[0]?.tokenLength,
    paste_methods: [...new Set(debuggerRuns.map((r) => r.pasteMethod))].join(', '),
    timer_resolution_ms: over(decodeRuns, 'timerResolutionMs', 4),
  };
}

export const pad = (text, width) => String(text).padEnd(width);
export const padLeft = (text, width) => String(text).padStart(width);

/** `PASS  (label)` or `FAIL  (label)` for a figure with a budget, '' for one without. */
export function formatVerdict(results, key) {
  const budget = BUDGETS.find((b) => b.key === key);
  if (!budget) return '';
  return `${budget.pass(results[key]) ? 'PASS' : 'FAIL'}  (${budget.label})`;
}

/** Table lines for `[label, value, unit, key]` rows, each with its verdict. */
export function formatRows(results, rows) {
  return rows.map(([label, value, unit, key]) =>
    `${pad(label, 32)}${padLeft(value, 12)}  ${pad(unit, 4)}  ${formatVerdict(results, key)}`.trimEnd(),
  );
}

/** The main table: one line per figure, budgets marked PASS/FAIL. */
export function formatTable(results, more, runCounts) {
  const rows = [
    ['initial JS (raw)', results.initial_js_raw_kb, 'KB', 'initial_js_raw_kb'],
    ['initial JS (gzip -9)', results.initial_js_gzip_kb, 'KB', 'initial_js_gzip_kb'],
    ['initial CSS (raw)', results.initial_css_raw_kb, 'KB', 'initial_css_raw_kb'],
    ['initial CSS (gzip -9)', results.initial_css_gzip_kb, 'KB', 'initial_css_gzip_kb'],
    ['first contentful paint', results.fcp_ms, 'ms', 'fcp_ms'],
    ['navigation → verified example', results.verified_example_ms, 'ms', 'verified_example_ms'],
    ['decode+verify 1 KB HS256', results.decode_verify_1kb_ms, 'ms', 'decode_verify_1kb_ms'],
    ['decode+verify 1 MB HS256', results.decode_verify_1mb_ms, 'ms', 'decode_verify_1mb_ms'],
    ['longest task, 1 MB paste', results.longest_task_1mb_ms, 'ms', 'longest_task_1mb_ms'],
    [
      '  of which after the paste task',
      results.longest_task_after_paste_1mb_ms,
      'ms',
      'longest_task_after_paste_1mb_ms',
    ],
    ['  same paste, bare textarea', results.paste_floor_ms, 'ms', 'paste_floor_ms'],
    [
      'longest task, 1 MB hostile link',
      results.hostile_link_longest_task_ms,
      'ms',
      'hostile_link_longest_task_ms',
    ],
    [
      'longest task, 10,000-key JWKS paste',
      results.jwks_10k_longest_task_ms,
      'ms',
      'jwks_10k_longest_task_ms',
    ],
    [
      '  of which after the paste task',
      results.jwks_10k_longest_task_after_paste_ms,
      'ms',
      'jwks_10k_longest_task_after_paste_ms',
    ],
    ['  paste → summary of 10,000 keys', results.jwks_10k_summary_ms, 'ms', 'jwks_10k_summary_ms'],
    [
      'longest task, 64-byte secret check',
      results.strength_64b_longest_task_ms,
      'ms',
      'strength_64b_longest_task_ms',
    ],
    ['  paste → its verdict (Keys)', results.strength_64b_verdict_ms, 'ms', 'strength_64b_verdict_ms'],
  ];
  const lines = [
    `medians of ${runCounts.debugger} cold loads of / and ${runCounts.decode} runs of the decode+verify page`,
    '',
    `${pad('figure', 32)}${padLeft('value', 12)}  unit  budget`,
    `${'-'.repeat(32)}${'-'.repeat(12)}  ----  ------`,
    ...formatRows(results, rows),
    '',
    'not in bench-results.json:',
    `  longest task during the load of /        ${more.load_longest_task_ms} ms`,
    `  1 MB paste → settled verified verdict    ${more.paste_settle_ms} ms`,
    `  longest animation frame, 1 MB paste      ${more.paste_longest_frame_ms} ms`,
    `  how the 1 MB token went in: ${more.paste_methods}`,
    `  token sizes (chars): 1 KB bench ${more.token_1kb_chars}, 1 MB bench ${more.token_1mb_chars}, pasted ${more.paste_token_chars}`,
    `  performance.now() resolution on the bench page: ${more.timer_resolution_ms} ms`,
  ];
  return lines.join('\n');
}

/** The files behind the initial-size figures (from one run). */
export function formatFiles(sizes) {
  const lines = sizes.files
    .filter((file) => file.kind !== 'other')
    .map(
      (file) =>
        `  ${pad(file.kind, 4)}${padLeft(toKb(file.raw), 10)} KB${padLeft(toKb(file.gzip), 10)} KB gz  ${file.path}`,
    );
  const others = sizes.files.filter((file) => file.kind === 'other').map((file) => file.path);
  return [
    'requested before the verdict (raw, gzip -9):',
    ...lines,
    ...(others.length ? [`  also requested (not JS/CSS): ${others.join(', ')}`] : []),
  ].join('\n');
}

/** Issue 14's WebGPU figures as bench-results.json keys (null figures where the browser had no adapter). */
export function summarizeWebgpu(webgpu) {
  return {
    audit_webgpu_candidates_per_s: webgpu.audit_webgpu_candidates_per_s ?? null,
    audit_webgpu_hs384_candidates_per_s: webgpu.audit_webgpu_hs384_candidates_per_s ?? null,
    audit_webgpu_hs512_candidates_per_s: webgpu.audit_webgpu_hs512_candidates_per_s ?? null,
    audit_webgpu_adapter: webgpu.audit_webgpu_adapter ?? 'none',
  };
}

/** The WebGPU engine's lines, each beside the CPU engine's figure for the same algorithm. */
export function formatWebgpuTable(results) {
  const rows = [
    ['HS256', 'audit_webgpu_candidates_per_s', 'audit_candidates_per_s'],
    ['HS384', 'audit_webgpu_hs384_candidates_per_s', 'audit_hs384_candidates_per_s'],
    ['HS512', 'audit_webgpu_hs512_candidates_per_s', 'audit_hs512_candidates_per_s'],
  ];
  const lines = [`WebGPU audit engine on ${results.audit_webgpu_adapter} (one GPU worker):`];
  for (const [alg, key, cpuKey] of rows) {
    const value = results[key];
    const cpu = results[cpuKey];
    const ratio =
      value && cpu ? `  (${round(value / cpu, 2)}× the CPU engine's ${cpu.toLocaleString('en-US')}/s)` : '';
    lines.push(`  ${pad(`audit ${alg}, WebGPU`, 30)}${padLeft(value ?? 'n/a', 12)}  /s${ratio}`);
  }
  return lines.join('\n');
}
