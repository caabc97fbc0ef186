import { describe, expect, it } from 'vitest';
import { REAL_KID, createKeyStore, resolvePath, runToySql } from './simulated-key-store';

describe('resolvePath', () => {
  it.each([
    ['/app/keys/2024-signing', '/app/keys/2024-signing'],
    ['/app/keys/../../dev/null', '/dev/null'],
    ['/app/keys/../../../../../dev/null', '/dev/null'],
    ['/app/keys/./a//b/../c', '/app/keys/a/c'],
    ['/app/keys/', '/app/keys'],
    ['/..', '/'],
  ])('resolves %s to %s', (path, resolved) => {
    expect(resolvePath(path)).toBe(resolved);
  });
});

describe('runToySql', () => {
  const { rows } = createKeyStore('real-secret');

  it.each([
    [`SELECT secret FROM keys WHERE kid = '${REAL_KID}'`, ['real-secret']],
    [`select secret from keys where kid = '${REAL_KID}';`, ['real-secret']],
    ["SELECT secret FROM keys WHERE kid = 'nope'", []],
    ["SELECT secret FROM keys WHERE kid = 'nope' UNION SELECT 'mine' --'", ['mine']],
    [`SELECT secret FROM keys WHERE kid = '${REAL_KID}' UNION SELECT 'mine'`, ['real-secret', 'mine']],
    ["SELECT 'it''s' UNION ALL SELECT ''", ["it's", '']],
    ["SELECT 'it''s' UNION SELECT ''", ["it's", '']],
  ])('runs %j', (query, expected) => {
    const outcome = runToySql(query, rows);
    if (expected === null) expect(outcome.ok).toBe(false);
    else expect(outcome).toEqual({ ok: true, rows: expected });
  });

  it.each([
    ["SELECT secret FROM keys WHERE kid = 'x' OR '1'='1'", 'syntax error'],
    ["SELECT secret FROM keys WHERE kid = 'x", 'unterminated string literal'],
    ['SELECT secret FROM keys WHERE kid = "x"', 'unexpected character'],
    ['DROP TABLE keys', 'syntax error'],
  ])('reports an error for %j', (query, message) => {
    const outcome = runToySql(query, rows);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toContain(message);
  });
});
