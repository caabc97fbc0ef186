/**
 * The limits that keep a hostile JWE from freezing or filling the page. No imports: the debugger reads
 * the default before any JWE code has loaded.
 */

/**
 * PBES2 iteration counts (`p2c`) above this are refused unless the user raises the bound: OWASP's
 * PBKDF2-HMAC-SHA256 figure. A token can ask for billions, and PBKDF2 would run that long.
 */
export const DEFAULT_P2C_LIMIT = 310_000;

/** The highest bound the control offers (about ten seconds of PBKDF2-SHA512 in a fast browser). */
export const MAX_P2C_LIMIT = 10_000_000;

/** A `zip: "DEF"` plaintext is inflated up to this many bytes and no further (a zip bomb stops here). */
export const MAX_PLAINTEXT_BYTES = 10 * 1024 * 1024;
