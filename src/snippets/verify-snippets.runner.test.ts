/**
 * Every program "Verify in code" shows, run for real: Node's with the npm packages, PyJWT, ruby-jwt
 * and golang-jwt from Debian's packages (.ci/run installs them). A missing toolchain fails with the
 * line that installs it — never a skip.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runnerConfigs } from './runner-cases';
import { SNIPPET_LANGS, type SnippetLang } from './snippet-types';
import { supportsAlgorithm, verifySnippet } from './verify-snippets';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WORK = mkdtempSync(join(tmpdir(), 'jwt-lab-snippets-'));
// The Node programs import jose and jsonwebtoken as a user's project would: from node_modules.
symlinkSync(join(ROOT, 'node_modules'), join(WORK, 'node_modules'));
afterAll(() => rmSync(WORK, { recursive: true, force: true }));
const CONFIGS = await runnerConfigs(Math.floor(Date.now() / 1000));

interface Outcome {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command to its end (at most a minute) with a bare environment plus `env`. */
function exec(command: string, args: readonly string[], cwd: string, env: object = {}): Promise<Outcome> {
  const base = { PATH: process.env['PATH'], HOME: process.env['HOME'] ?? WORK };
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: { ...base, ...env }, timeout: 60_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', (error) => resolve({ code: null, stdout, stderr: String(error) }));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** How one program runs, given its folder and file. */
type Command = (dir: string, file: string) => readonly [string, readonly string[]];

/** Throws the one-line instruction when a probe fails. */
async function probe(missing: string, command: string, args: readonly string[], cwd = WORK): Promise<void> {
  const outcome = await exec(command, args, cwd);
  if (outcome.code !== 0) throw new Error(`${missing} (${outcome.stderr.trim().split('\n')[0]})`);
}

/** Go programs build together in one module, offline, against Debian's golang-jwt source. */
async function buildGo(langDir: string): Promise<Command> {
  const source = '/usr/share/gocode/src/github.com/golang-jwt/jwt';
  const missing = 'golang-jwt for Go is missing: apt-get install golang-go golang-github-golang-jwt-jwt-dev';
  await probe(missing, 'go', ['version']);
  await probe(missing, 'test', ['-f', `${source}/go.mod`]);
  const goMod = `module verifysnippets\n\ngo 1.19\n\nrequire github.com/golang-jwt/jwt/v4 v4.4.3\n\nreplace github.com/golang-jwt/jwt/v4 => ${source}\n`;
  writeFileSync(join(langDir, 'go.mod'), goMod);
  const env = {
    GOFLAGS: '-mod=mod',
    GOPROXY: 'off',
    GOSUMDB: 'off',
    GOCACHE: join(ROOT, 'node_modules/.cache/go-build'),
  };
  const build = await exec('go', ['build', '-o', 'bin/', './...'], langDir, env);
  if (build.code !== 0) throw new Error(`go build failed:\n${build.stderr}`);
  return (dir) => [join(langDir, 'bin', basename(dir)), []];
}

/** Finds a python3 with PyJWT and cryptography: Debian's, which python3-jwt installs into, first. */
async function findPython(): Promise<Command> {
  for (const python of ['/usr/bin/python3', 'python3']) {
    const outcome = await exec(python, ['-c', 'import jwt, cryptography'], WORK);
    if (outcome.code === 0) return (dir, file) => [python, [join(dir, file)]];
  }
  throw new Error('PyJWT is missing: apt-get install python3 python3-jwt python3-cryptography');
}

const node: Command = (dir, file) => [process.execPath, [join(dir, file)]];

/** Checks each language's toolchain and readies its programs; throws what to install when one is missing. */
const TOOLCHAINS: Readonly<Record<SnippetLang, (langDir: string) => Promise<Command>>> = {
  'node-jose': async () => node,
  'node-jsonwebtoken': async () => {
    await probe('jsonwebtoken is missing: npm install', process.execPath, ['-e', "import('jsonwebtoken')"]);
    return node;
  },
  'python-pyjwt': findPython,
  'ruby-jwt': async () => {
    await probe('ruby-jwt is missing: apt-get install ruby ruby-jwt', 'ruby', ['-e', "require 'jwt'"]);
    return (dir, file) => ['ruby', [join(dir, file)]];
  },
  'go-jwt': buildGo,
};

describe.each(SNIPPET_LANGS)('%s programs', (lang) => {
  const langDir = join(WORK, lang);
  const programs = CONFIGS.filter((config) => supportsAlgorithm(lang, config.options.alg)).map((config) => {
    const snippet = verifySnippet(lang, config.options);
    if (!snippet.ok) throw new Error(`${lang} ${config.id}: ${snippet.error.message}`);
    return { ...config, dir: join(langDir, config.id), snippet: snippet.value };
  });
  // A missing toolchain fails every test of its language with the line that installs it (a throw in
  // beforeAll would leave them reported as skipped).
  let command: Command | Error = new Error('not prepared');
  beforeAll(async () => {
    for (const { dir, snippet } of programs) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, snippet.fileName), snippet.code);
    }
    command = await TOOLCHAINS[lang](langDir).catch((error: Error) => error);
  }, 240_000);

  const runs = programs.flatMap((program) =>
    program.runs.map((run) => ({ ...run, program, name: `${program.id}: ${run.title}` })),
  );
  it.concurrent.each(runs)('$name', async ({ program, env, claims }) => {
    if (command instanceof Error) throw command;
    const [file, args] = command(program.dir, program.snippet.fileName);
    const outcome = await exec(file, args, program.dir, env);
    if (claims) {
      expect(outcome.code, outcome.stderr).toBe(0);
      expect(JSON.parse(outcome.stdout)).toEqual(claims);
    } else {
      expect(outcome.code, outcome.stdout).toBeGreaterThan(0);
      expect(outcome.stderr.trim()).not.toBe('');
    }
  });
});

describe('go-jwt programs as written', () => {
  it('are formatted as gofmt formats them', async () => {
    const outcome = await exec('gofmt', ['-l', '.'], join(WORK, 'go-jwt'));
    if (outcome.code === null) throw new Error('gofmt is missing: apt-get install golang-go');
    expect(outcome).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});
