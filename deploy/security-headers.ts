/**
 * The HTTP headers jwt-lab should be served with: one source for `vite preview` (vite.config.ts, so
 * every end-to-end test runs under them) and for the ready-made host files (public/_headers and the
 * snippets in this folder), which e2e/headers.spec.ts checks against it. index.html carries the same
 * policy as a meta tag for hosts that send no headers.
 */

type Policy = Readonly<Record<string, readonly string[]>>;

/** What the page may load: only itself. Shared by the meta tag and the header. */
const PAGE_POLICY: Policy = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // MUI (Emotion) and Monaco inject style elements at run time.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  // Every worker is a bundled file of our own (Vite's `?worker` and `new URL(…)` forms); none is a blob.
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'manifest-src': ["'self'"],
};

/**
 * The header adds what a meta tag cannot do or does not reach. `frame-ancestors` is ignored in a meta
 * tag (CSP 3 §6.1.3). Workers never see the page's meta tag: they run under the headers of their own
 * script, and the secret audit compiles its WebAssembly SIMD kernel there with `new WebAssembly.Module`,
 * which a policy without 'wasm-unsafe-eval' refuses (the audit then falls back to TypeScript, ~4× slower).
 * The page itself keeps the meta's stricter script-src, since both policies apply to it.
 */
const HEADER_POLICY: Policy = {
  ...PAGE_POLICY,
  'script-src': [...(PAGE_POLICY['script-src'] ?? []), "'wasm-unsafe-eval'"],
  'frame-ancestors': ["'none'"],
};

const serialise = (policy: Policy) =>
  Object.entries(policy)
    .map(([directive, sources]) => [directive, ...sources].join(' '))
    .join('; ');

/** The policy of index.html's `<meta http-equiv="Content-Security-Policy">`, exactly as written there. */
export const META_CONTENT_SECURITY_POLICY = serialise(PAGE_POLICY);

/** The `Content-Security-Policy` header for every response (pages, scripts, workers). */
export const CONTENT_SECURITY_POLICY = serialise(HEADER_POLICY);

/**
 * Powerful features the app never uses, denied to it and to anything it might embed. Only names
 * Chromium knows: it logs an error for every unknown one ("bluetooth" is not one) on each load.
 */
const DENIED_FEATURES = [
  'accelerometer',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'serial',
  'usb',
];

/** Every security header, by name, for every path. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': DENIED_FEATURES.map((feature) => `${feature}=()`).join(', '),
  'Cross-Origin-Opener-Policy': 'same-origin',
  // For browsers too old to know frame-ancestors.
  'X-Frame-Options': 'DENY',
};
