import { fail, ok, type Result } from '@/core/errors';

/**
 * Parses a dropped wordlist: one candidate per line, LF or CRLF, a leading BOM ignored, empty lines
 * skipped. Spaces are kept (a secret may have them). Duplicates are kept too: dropping them costs more
 * than trying them twice.
 */
export function parseWordlist(text: string): Result<string[]> {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const words = body.split(/\r?\n/).filter((line) => line !== '');
  if (words.length === 0) {
    return fail('WORDLIST_EMPTY', 'wordlist', 'The wordlist has no candidates: put one secret per line.');
  }
  return ok(words);
}
