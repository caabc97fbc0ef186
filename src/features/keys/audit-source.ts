import type { AuditSource } from '@/audit/audit-runner';
import { createBruteForceSpace } from '@/audit/brute-force-space';
import type { HashcatAttack } from '@/audit/hashcat-export';
import { WELL_KNOWN_SECRETS } from '@/audit/known-secrets';
import { ok, type Result } from '@/core/errors';
import { formatCount } from './format';

/** Where the candidates come from. */
export type SourceKind = 'known' | 'wordlist' | 'brute';

/** The brute-force alphabets offered, plus one the user types. */
export type AlphabetPreset = 'digits' | 'lowercase' | 'alphanumeric' | 'printable' | 'custom';

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const PRINTABLE = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');

export const ALPHABET_PRESETS: Readonly<
  Record<Exclude<AlphabetPreset, 'custom'>, { label: string; alphabet: string }>
> = {
  digits: { label: 'Digits (10)', alphabet: DIGITS },
  lowercase: { label: 'Lowercase letters (26)', alphabet: LOWER },
  alphanumeric: { label: 'Letters and digits (62)', alphabet: `${LOWER}${LOWER.toUpperCase()}${DIGITS}` },
  printable: { label: 'Printable ASCII (95)', alphabet: PRINTABLE },
};

/** A dropped wordlist, already split into lines. */
export interface Wordlist {
  readonly fileName: string;
  readonly words: readonly string[];
}

/** Everything the source fields hold. */
export interface SourceChoice {
  readonly kind: SourceKind;
  readonly wordlist: Wordlist | null;
  readonly preset: AlphabetPreset;
  readonly customAlphabet: string;
  readonly minLength: number;
  readonly maxLength: number;
}

/** A source ready to run, how to say what it covers, and the same attack for hashcat. */
export interface PlannedSource {
  readonly source: AuditSource;
  readonly description: string;
  readonly hashcat: HashcatAttack;
}

/** The alphabet the brute force will turn. */
export function chosenAlphabet(choice: SourceChoice): string {
  return choice.preset === 'custom' ? choice.customAlphabet : ALPHABET_PRESETS[choice.preset].alphabet;
}

/** The well-known defaults first (they name their source), then the list, without repeats. */
export function knownCandidates(list: ReadonlySet<string>): string[] {
  return [...new Set([...WELL_KNOWN_SECRETS.map((entry) => entry.secret), ...list])];
}

/** Turns the brute-force fields into a sized space (or the error beside its field). */
export function planBruteForce(choice: SourceChoice): Result<PlannedSource> {
  const alphabet = chosenAlphabet(choice);
  const space = createBruteForceSpace(alphabet, choice.minLength, choice.maxLength);
  if (!space.ok) return space;
  const name =
    choice.preset === 'custom'
      ? `${space.value.alphabet.length} custom characters`
      : ALPHABET_PRESETS[choice.preset].label.toLowerCase();
  const lengths =
    choice.minLength === choice.maxLength
      ? `${choice.maxLength}`
      : `${choice.minLength} to ${choice.maxLength}`;
  return ok({
    source: { kind: 'brute', space: space.value },
    description: `all ${formatCount(space.value.size)} strings of ${lengths} characters over ${name}`,
    hashcat: { kind: 'brute', alphabet, minLength: choice.minLength, maxLength: choice.maxLength },
  });
}

/** A list of candidates (known secrets or a dropped wordlist) as a source. */
export function planList(
  candidates: readonly string[],
  description: string,
  wordlistFile: string,
): PlannedSource {
  return {
    source: { kind: 'list', candidates },
    description: `${formatCount(candidates.length)} ${description}`,
    hashcat: { kind: 'wordlist', wordlistFile },
  };
}

/** The candidates a choice stands for, ready to run (null while its fields are incomplete or invalid). */
export function planSource(choice: SourceChoice): PlannedSource | null {
  if (choice.kind === 'wordlist') {
    const { wordlist } = choice;
    return wordlist ? planList(wordlist.words, `lines of ${wordlist.fileName}`, wordlist.fileName) : null;
  }
  if (choice.kind === 'brute') {
    const brute = planBruteForce(choice);
    return brute.ok ? brute.value : null;
  }
  return null; // the known list is loaded on start
}
