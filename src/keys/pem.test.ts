import { describe, expect, it } from 'vitest';
import { encodePem, readPemBlocks } from './pem';

const DER = new Uint8Array(Array.from({ length: 100 }, (_, i) => i));
const PEM = encodePem('PUBLIC KEY', DER);

describe('readPemBlocks', () => {
  it.each([
    ['a plain block', PEM],
    ['CRLF line endings', PEM.replaceAll('\n', '\r\n')],
    ['indented lines (YAML)', `key: |\n${PEM.replace(/^/gm, '    ')}`],
    ['text around the block', `Here is our key:\n${PEM}\nThanks!`],
    ['JSON-style \\n escapes', JSON.stringify(PEM)],
    ['the whole block on one line', PEM.replaceAll('\n', ' ')],
    ['a lower-case label', PEM.replaceAll('PUBLIC KEY', 'public key')],
  ])('reads %s', (_name, text) => {
    const result = readPemBlocks(text);
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.map((block) => block.label)).toEqual(['PUBLIC KEY']);
    expect(result.ok && [...(result.value[0]?.der ?? [])]).toEqual([...DER]);
  });

  it('reads RFC 1421 headers and every block in order', () => {
    const legacy = PEM.replace(
      '-----\n',
      '-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,00\n\n',
    ).replaceAll('PUBLIC KEY', 'RSA PRIVATE KEY');
    const result = readPemBlocks(`${legacy}${encodePem('CERTIFICATE', DER)}`);
    expect(result.ok && result.value.map((block) => block.label)).toEqual(['RSA PRIVATE KEY', 'CERTIFICATE']);
    expect(result.ok && result.value[0]?.headers).toEqual({
      'Proc-Type': '4,ENCRYPTED',
      'DEK-Info': 'AES-256-CBC,00',
    });
    expect(result.ok && result.value[0]?.der.length).toBe(100);
  });

  const lines = PEM.split('\n');
  it.each([
    ['no block at all', 'hello', 'No complete PEM block'],
    ['an unclosed BEGIN marker', '-----BEGIN PUBLIC KEY', 'not closed'],
    ['a missing END line', lines.slice(0, 2).join('\n'), 'has no "-----END PUBLIC KEY-----" line'],
    ['a second BEGIN before the END', `${lines.slice(0, 2).join('\n')}\n${PEM}`, 'has no "-----END'],
    [
      'different BEGIN and END labels',
      PEM.replace('END PUBLIC KEY', 'END PRIVATE KEY'),
      'ends with "END PRIVATE KEY"',
    ],
    ['a non-base64 character', PEM.replace(/\n(.)/, '\n*'), '"*" on line 2 is not a base64 character'],
    ['padding in the middle', PEM.replace(/\n(.)/, '\n='), 'padding "=" on line 2'],
    ['a line cut short', PEM.replace(/\n(.)/, '\n'), 'impossible length (135 characters)'],
    ['an empty body', '-----BEGIN X-----\n\n-----END X-----', 'is empty'],
  ])('fails with KEY_INVALID on %s', (_name, text, message) => {
    const result = readPemBlocks(text);
    expect(!result.ok && [result.error.code, result.error.field]).toEqual(['KEY_INVALID', 'key']);
    expect(!result.ok && result.error.message).toContain(message);
  });

  it('stays fast on 200,000 short body lines', () => {
    const started = performance.now();
    readPemBlocks(`-----BEGIN X-----\n${'AAAA\n'.repeat(200_000)}-----END X-----`);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('stays fast on a megabyte of BEGIN markers', () => {
    const started = performance.now();
    readPemBlocks('-----BEGIN A-----'.repeat(60_000));
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('encodePem', () => {
  it('writes 64-character lines between the markers', () => {
    expect(PEM.split('\n').map((line) => line.length)).toEqual([26, 64, 64, 8, 24, 0]);
  });
});
