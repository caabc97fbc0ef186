/**
 * Finds PEM blocks (RFC 7468) in pasted text. Tolerant of what copy-and-paste does to them: text
 * around the block, CRLF, indentation, a whole key on one line, and `\n` escapes left over from a
 * JSON string or an environment variable. Scans with indexOf so hostile input stays linear.
 */
import { base64ToBytes, bytesToBase64 } from '@/encoding/base64';
import { fail, ok, type Result } from '@/core/errors';

/** One decoded PEM block. */
export interface PemBlock {
  /** The label between `BEGIN ` and `-----`, upper-cased ("PUBLIC KEY"). */
  readonly label: string;
  /** RFC 1421 headers such as `Proc-Type` (legacy encrypted keys), keyed as written. */
  readonly headers: Readonly<Record<string, string>>;
  readonly der: Uint8Array;
}

const BEGIN = '-----BEGIN ';
const END = '-----END ';
const DASHES = '-----';
const PLAIN_LINE_RE = /^[A-Za-z0-9+/]*$/;
const HEADER_NAME_RE = /^[A-Za-z][A-Za-z0-9-]*$/;
const LINE_BREAK_RE = /[\n\r\u2028\u2029]/;

/** Reads every PEM block in the text, in order; fails on the first broken one. */
export function readPemBlocks(input: string): Result<readonly PemBlock[]> {
  const text = input.replace(/\\r\\n|\\n|\\r/g, '\n');
  const blocks: PemBlock[] = [];
  let cursor = text.indexOf(BEGIN);
  while (cursor !== -1) {
    const labelEnd = text.indexOf(DASHES, cursor + BEGIN.length);
    if (labelEnd === -1) return invalid('A "-----BEGIN" line is not closed by "-----"; the PEM is damaged.');
    const label = normaliseLabel(text.slice(cursor + BEGIN.length, labelEnd));
    const bodyStart = labelEnd + DASHES.length;
    const endAt = text.indexOf(END, bodyStart);
    const nextBegin = text.indexOf(BEGIN, bodyStart);
    if (endAt === -1 || (nextBegin !== -1 && nextBegin < endAt)) {
      return invalid(
        `The PEM block "${label}" has no "-----END ${label}-----" line; it looks cut short. Copy it again in full.`,
      );
    }
    const endLabelEnd = text.indexOf(DASHES, endAt + END.length);
    const endLabel = normaliseLabel(
      text.slice(endAt + END.length, endLabelEnd === -1 ? text.length : endLabelEnd),
    );
    if (endLabelEnd === -1 || endLabel !== label) {
      return invalid(
        `The PEM block begins with "BEGIN ${label}" but ends with "END ${endLabel}"; two keys were probably mixed up.`,
      );
    }
    const block = decodeBody(text, label, bodyStart, endAt);
    if (!block.ok) return block;
    blocks.push(block.value);
    cursor = text.indexOf(BEGIN, endLabelEnd + DASHES.length);
  }
  if (blocks.length === 0)
    return invalid('No complete PEM block ("-----BEGIN …-----" … "-----END …-----") was found.');
  return ok(blocks);
}

/** Writes DER bytes as a PEM block with 64-character lines (RFC 7468 §2). */
export function encodePem(label: string, der: Uint8Array): string {
  const body = bytesToBase64(der).replace(/.{1,64}/g, '$&\n');
  return `-----BEGIN ${label}-----\n${body}-----END ${label}-----\n`;
}

function decodeBody(text: string, label: string, start: number, end: number): Result<PemBlock> {
  // HEADER_RE only admits names starting with a letter, so "__proto__" can never become a key here.
  const headers: Record<string, string> = {};
  // Collected as parts: repeated `+=` with endsWith() would flatten a growing string on every line.
  const parts: string[] = [];
  let padded = false;
  let offset = start;
  for (const rawLine of text.slice(start, end).split('\n')) {
    const line = rawLine.trim();
    const header = parts.length === 0 ? readHeader(line) : null;
    if (header) {
      headers[header[0]] = header[1];
    } else {
      // Most lines are plain base64: one test instead of three keeps 200,000-line pastes quick.
      const plain = PLAIN_LINE_RE.test(line);
      const compact = plain ? line : line.replace(/\s+/g, '');
      const badChar = plain ? undefined : /[^A-Za-z0-9+/=]/.exec(compact)?.[0];
      const earlyPadding = (!plain && /=[^=]/.test(compact)) || (padded && compact !== '');
      if (badChar !== undefined || earlyPadding) {
        const where = `on line ${text.slice(0, offset).split('\n').length}`;
        const what =
          badChar !== undefined
            ? `"${badChar}" ${where} is not a base64 character`
            : `padding "=" ${where} comes before the end of the data`;
        return invalid(`The base64 inside the PEM block "${label}" is broken: ${what}.`);
      }
      if (compact !== '') {
        parts.push(compact);
        padded = compact.endsWith('=');
      }
    }
    offset += rawLine.length + 1;
  }
  const base64 = parts.join('');
  if (base64 === '') return invalid(`The PEM block "${label}" is empty.`);
  const der = base64ToBytes(base64);
  if (!der) {
    return invalid(
      `The base64 inside the PEM block "${label}" has an impossible length (${base64.length} characters); a line is probably missing or cut short.`,
    );
  }
  return ok({ label, headers, der });
}

/**
 * An RFC 1421 header line ("Proc-Type: 4,ENCRYPTED") as [name, value], or null. Same answers as
 * /^([A-Za-z][A-Za-z0-9-]*):\s*(.*)$/, whose `\s*(.*)$` backtracks quadratically over a long run
 * of spaces followed by a line separator (U+2028) that `.` cannot cross.
 */
function readHeader(line: string): readonly [string, string] | null {
  const colon = line.indexOf(':');
  const name = line.slice(0, colon);
  const value = line.slice(colon + 1).trimStart();
  if (colon === -1 || !HEADER_NAME_RE.test(name) || LINE_BREAK_RE.test(value)) return null;
  return [name, value];
}

function normaliseLabel(raw: string): string {
  return raw.trim().replace(/\s+/g, ' ').toUpperCase();
}

function invalid(message: string): Result<never> {
  return fail('KEY_INVALID', 'key', message);
}
