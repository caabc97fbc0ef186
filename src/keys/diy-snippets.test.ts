import { execFileSync, spawnSync } from 'node:child_process';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  keyPairSnippets,
  LOAD_FROM_ENV_SNIPPETS,
  SECRET_STORAGE_NOTE,
  secretSnippets,
  type Snippet,
} from './diy-snippets';
import type { KeyPairKind } from './generate-key-pair';
import { parseSigningKey } from './parse-signing-key';

// The snippets are run for real where the tool is installed; the rest are checked as text.
const has = (command: string, ...args: string[]): boolean => spawnSync(command, args).status === 0;
const HAS_OPENSSL = has('openssl', 'version');
// The real interpreter, not a version-manager shim: shims cost a few hundred ms per run.
const PYTHON = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
const PYTHON_PATH = PYTHON.status === 0 ? PYTHON.stdout.trim() : '';
const HAS_PYTHON = PYTHON_PATH !== '';
const HAS_PYTHON_CRYPTOGRAPHY = HAS_PYTHON && has(PYTHON_PATH, '-c', 'import cryptography');

const workDir = mkdtempSync(join(tmpdir(), 'jwt-lab-snippets-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const run = (command: string, args: string[], env: Record<string, string> = {}): string =>
  execFileSync(command, args, { cwd: workDir, env: { ...process.env, ...env }, encoding: 'utf8' });
const find = (snippets: readonly Snippet[], label: string): Snippet => {
  const snippet = snippets.find((candidate) => candidate.label === label);
  if (!snippet) throw new Error(`no snippet "${label}"`);
  return snippet;
};
const decodedLength = (text: string, encoding: BufferEncoding): number =>
  Buffer.from(text.trim(), encoding).length;

describe('secretSnippets', () => {
  it('has the classic one-liners for 32 bytes', () => {
    const codes = secretSnippets(32).map((snippet) => snippet.code);
    expect(codes).toContain('openssl rand -base64 32');
    expect(codes).toContain('openssl rand -hex 32');
    expect(codes).toContain(
      `node -e "console.log(require('node:crypto').randomBytes(32).toString('base64url'))"`,
    );
    expect(codes).toContain('python3 -c "import secrets; print(secrets.token_urlsafe(32))"');
  });

  it.each([16, 32, 48, 64, 128])('puts the size (%i bytes) into every snippet', (bytes) => {
    for (const snippet of secretSnippets(bytes)) expect(snippet.code).toContain(String(bytes));
  });

  it.each([
    ['Go', 'go', ['crypto/rand', 'make([]byte, 64)', 'rand.Read(key)']],
    ['Java', 'java', ['SecureRandom', 'new byte[64]', 'nextBytes(key)']],
    ['.NET (C#)', 'csharp', ['RandomNumberGenerator.GetBytes(64)']],
  ] as const)('%s uses the platform CSPRNG', (label, language, fragments) => {
    const snippet = find(secretSnippets(64), label);
    expect(snippet.language).toBe(language);
    for (const fragment of fragments) expect(snippet.code).toContain(fragment);
    expect(snippet.code).not.toMatch(/math\.random|new Random\(|math\/rand"/i);
  });

  it.runIf(HAS_OPENSSL).each([32, 48, 49])('OpenSSL commands make %i bytes on one line', (bytes) => {
    const base64 = run('sh', ['-c', find(secretSnippets(bytes), 'OpenSSL (base64)').code]);
    expect(base64.trim()).not.toContain('\n');
    expect(decodedLength(base64, 'base64')).toBe(bytes);
    const hex = run('sh', ['-c', find(secretSnippets(bytes), 'OpenSSL (hex)').code]);
    expect(hex.trim()).toMatch(new RegExp(`^[0-9a-f]{${bytes * 2}}$`));
  });

  it('the Node.js command makes 64 bytes of base64url', () => {
    const bytes = 64;
    const out = run('sh', ['-c', find(secretSnippets(bytes), 'Node.js').code]);
    expect(out.trim()).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodedLength(out, 'base64url')).toBe(bytes);
  });

  it.runIf(HAS_PYTHON)('the Python command makes 32 bytes of base64url', () => {
    const bytes = 32;
    const code = find(secretSnippets(bytes), 'Python').code.replace(/^python3 /, `'${PYTHON_PATH}' `);
    const out = run('sh', ['-c', code]);
    expect(out.trim()).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodedLength(out, 'base64url')).toBe(bytes);
  });
});

// One kind per code path (RSA size, EC curve, Ed25519): spawning generators is slow on a busy machine.
const KINDS: readonly KeyPairKind[] = ['RSA-2048', 'P-521', 'Ed25519'];
const DESCRIPTIONS: Readonly<Record<string, string>> = {
  'RSA-2048': 'RSA 2048-bit private key (PKCS#8 PEM)',
  'P-521': 'EC P-521 private key (PKCS#8 PEM)',
  Ed25519: 'Ed25519 private key (PKCS#8 PEM)',
};

/** The two PEM blocks a snippet printed, checked to be one key pair and readable as a signing key. */
async function expectKeyPair(output: string, kind: KeyPairKind): Promise<void> {
  const [privatePem = '', publicPem = ''] = output.split(/(?=-----BEGIN PUBLIC KEY-----)/);
  expect(privatePem).toContain('-----BEGIN PRIVATE KEY-----');
  const derived = createPublicKey(createPrivateKey(privatePem)).export({ format: 'jwk' });
  expect(createPublicKey(publicPem).export({ format: 'jwk' })).toEqual(derived);
  const parsed = await parseSigningKey(privatePem, 'utf8');
  expect(parsed.ok && parsed.value.description).toBe(DESCRIPTIONS[kind]);
}

describe('keyPairSnippets', () => {
  it.each([
    ['RSA-2048', 'openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out private.pem'],
    ['RSA-4096', 'openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:4096 -out private.pem'],
    ['P-256', 'openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out private.pem'],
    ['P-521', 'openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-521 -out private.pem'],
    ['Ed25519', 'openssl genpkey -algorithm ed25519 -out private.pem'],
  ] as const)('%s: %s', (kind, command) => {
    const snippets = keyPairSnippets(kind);
    expect(find(snippets, 'OpenSSL: private key (PKCS#8 PEM)').code).toBe(command);
    expect(find(snippets, 'OpenSSL: its public key (SPKI PEM)').code).toBe(
      'openssl pkey -in private.pem -pubout -out public.pem',
    );
  });

  it('parameterises every language by the RSA size', () => {
    const codes = keyPairSnippets('RSA-3072').map((snippet) => snippet.code);
    expect(codes.filter((code) => code.includes('3072'))).toHaveLength(3);
  });

  it.runIf(HAS_OPENSSL).each(KINDS)('the OpenSSL commands make a %s key pair', async (kind) => {
    const [privateCommand, publicCommand] = keyPairSnippets(kind);
    run('sh', ['-c', `${privateCommand!.code} && ${publicCommand!.code}`]);
    const output =
      readFileSync(join(workDir, 'private.pem'), 'utf8') + readFileSync(join(workDir, 'public.pem'), 'utf8');
    await expectKeyPair(output, kind);
  });

  it.each(KINDS)('the Node.js script makes a %s key pair', async (kind) => {
    await expectKeyPair(run('node', ['-e', find(keyPairSnippets(kind), 'Node.js').code]), kind);
  });

  it.runIf(HAS_PYTHON_CRYPTOGRAPHY).each(KINDS)('the Python script makes a %s key pair', async (kind) => {
    await expectKeyPair(
      run(PYTHON_PATH, ['-c', find(keyPairSnippets(kind), 'Python (cryptography)').code]),
      kind,
    );
  });
});

describe('LOAD_FROM_ENV_SNIPPETS', () => {
  const secret = Buffer.from('0123456789abcdef0123456789abcdef0').toString('base64url');

  it('covers Node.js, Python and Go, all reading JWT_SECRET', () => {
    expect(LOAD_FROM_ENV_SNIPPETS.map((snippet) => snippet.label)).toEqual(['Node.js', 'Python', 'Go']);
    for (const snippet of LOAD_FROM_ENV_SNIPPETS) expect(snippet.code).toContain('JWT_SECRET');
  });

  it('the Node.js snippet decodes the base64url secret, and refuses a missing one', () => {
    const code = `${find(LOAD_FROM_ENV_SNIPPETS, 'Node.js').code}\nconsole.log(secret.toString());`;
    expect(run('node', ['-e', code], { JWT_SECRET: secret }).trim()).toBe(
      '0123456789abcdef0123456789abcdef0',
    );
    expect(spawnSync('node', ['-e', code], { env: { PATH: process.env['PATH'] ?? '' } }).status).not.toBe(0);
  });

  it.runIf(HAS_PYTHON)('the Python snippet decodes the unpadded base64url secret', () => {
    const code = `${find(LOAD_FROM_ENV_SNIPPETS, 'Python').code}\nprint(secret.decode())`;
    expect(run(PYTHON_PATH, ['-c', code], { JWT_SECRET: secret }).trim()).toBe(
      '0123456789abcdef0123456789abcdef0',
    );
  });

  it('the Go snippet uses unpadded base64url, matching what the generator shows', () => {
    expect(find(LOAD_FROM_ENV_SNIPPETS, 'Go').code).toContain(
      'base64.RawURLEncoding.DecodeString(os.Getenv("JWT_SECRET"))',
    );
  });
});

describe('SECRET_STORAGE_NOTE', () => {
  it('names every place a secret must never go', () => {
    for (const place of [
      'secret manager',
      'deploy time',
      'source control',
      'client code',
      'URLs',
      'logs',
      'browser storage',
    ]) {
      expect(SECRET_STORAGE_NOTE).toContain(place);
    }
  });
});
