/**
 * Warnings about what a header's or payload's JSON *text* says and its parsed value hides: members
 * named twice, invisible or bidirectional characters, integers JavaScript cannot hold exactly.
 */
import { nameHiddenCharacter } from './hidden-characters';
import type { JsonTextFacts } from './json-text';
import { rfcSpec, warn, type TokenWarning } from './warning-model';

const quoteList = (items: readonly string[]) => items.map((item) => `"${item}"`).join(', ');

/** The warnings for one part's JSON text facts (`part` is 'header' or 'payload'). */
export function collectJsonTextWarnings(
  part: 'header' | 'payload',
  facts: JsonTextFacts | undefined,
): TokenWarning[] {
  if (!facts) return [];
  const found: TokenWarning[] = [];
  const the = `The ${part}`;
  if (facts.duplicates.length > 0) {
    const rule =
      part === 'header'
        ? 'RFC 7515 §4 requires header names to be unique; a verifier must reject the token or take the last one, and parsers disagree — one library may check the first "alg" while another uses the last.'
        : 'JSON parsers disagree about which one wins (RFC 8259 §4): the service that checks the token and the one that uses it may read different values.';
    found.push(
      warn(
        'DUPLICATE_MEMBER',
        'danger',
        part,
        `${the} names ${quoteList(facts.duplicates)} more than once; both are shown. ${rule}`,
        part === 'header' ? rfcSpec(7515, '4') : rfcSpec(8259, '4'),
      ),
    );
  }
  if (facts.hidden.size > 0) {
    const names = [...facts.hidden.entries()]
      .map(([code, count]) => `${nameHiddenCharacter(code)}${count > 1 ? ` ×${count}` : ''}`)
      .join(', ');
    found.push(
      warn(
        'HIDDEN_CHARACTERS',
        'danger',
        part,
        `${the} contains characters that change how text looks without being seen: ${names}. They are shown escaped (\\u…); raw, "\\u202Enimda" would read as "admin", and two names that look the same could differ.`,
      ),
    );
  }
  if (facts.unsafeIntegers.length > 0) {
    found.push(
      warn(
        'UNSAFE_INTEGER',
        'warning',
        part,
        `${the} has integers beyond 2^53 − 1 (${facts.unsafeIntegers.join(', ')}): JavaScript and many JSON parsers read them rounded (9007199254740993 becomes …992), so two services may see different numbers. They are shown here exactly as written; send large IDs as strings.`,
        rfcSpec(8259, '6'),
      ),
    );
  }
  return found;
}
