#!/usr/bin/env node
// hashcat beside the audit: `npm run bench -- --peers` runs `hashcat -m 16500 -a 3` on this machine's CPU
// (Debian: `apt-get install hashcat pocl-opencl-icd`) against the audit bench's own token, over the same
// a–z0–9 alphabet at length 8 (the length where a 1–8 brute force spends its time), and reports the
// speed hashcat itself prints. Run alone: node scripts/bench/hashcat-peer.mjs [--seconds 8]
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './stats.mjs';

/** The audit bench's alphabet, as a hashcat custom charset (`-1 ?l?d` = a–z0–9). */
const CHARSET = '?l?d';
const MASK = '?1'.repeat(8);

/** hashcat's version when it is on the PATH, else null. */
export function findHashcat() {
  try {
    return execFileSync('hashcat', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
}

/**
 * Candidates per second in one `--status-json` line: the sum of its devices' speeds, or null when the
 * line is not a status line (hashcat mixes them with its other output).
 */
export function parseStatusSpeed(line) {
  // A status line can follow hashcat's interactive prompt on the same line.
  const text = line.slice(Math.max(0, line.indexOf('{'))).trim();
  if (!text.startsWith('{')) return null;
  let status;
  try {
    status = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(status?.devices)) return null;
  const speeds = status.devices.map((device) => device?.speed).filter((speed) => Number.isFinite(speed));
  return speeds.length ? speeds.reduce((sum, speed) => sum + speed, 0) : null;
}

/**
 * The measured speed from every status line hashcat printed: the median of the non-zero speeds after the
 * first (which still includes the ramp-up), or null when there are fewer than two.
 */
export function speedFromStatus(output) {
  const speeds = output
    .split('\n')
    .map(parseStatusSpeed)
    .filter((speed) => speed !== null && speed > 0);
  return speeds.length >= 2 ? median(speeds.slice(1)) : null;
}

/**
 * Runs hashcat on the CPU for `seconds` of cracking against `token` (kernel compilation before that is
 * not counted: hashcat's own speed figure covers cracking only). Resolves to
 * `{ perSecond, version, device }`; rejects with hashcat's last lines when it measured nothing.
 */
export async function measureHashcat({ token, seconds = 8 }) {
  const version = findHashcat();
  if (!version) throw new Error('hashcat is not installed (Debian: apt-get install hashcat pocl-opencl-icd)');
  const dir = mkdtempSync(join(tmpdir(), 'jwt-lab-hashcat-'));
  const hashFile = join(dir, 'token.txt');
  writeFileSync(hashFile, `${token}\n`);
  const args = [
    ...['-m', '16500', '-a', '3', '-1', CHARSET, hashFile, MASK],
    ...['-D', '1', '--runtime', String(seconds), '--status', '--status-json', '--status-timer', '1'],
    // --force: pocl is the only OpenCL runtime Debian ships for CPUs, and hashcat wants it acknowledged.
    ...['--potfile-disable', '--logfile-disable', '--force', '--session', 'jwt-lab-bench'],
  ];
  try {
    const output = await new Promise((resolve, reject) => {
      const child = spawn('hashcat', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
      let text = '';
      child.stdout.on('data', (chunk) => (text += chunk));
      child.stderr.on('data', (chunk) => (text += chunk));
      child.on('error', reject);
      // Exit 1 is "exhausted", 4 is "aborted by runtime limit": both are normal ends of a timed run.
      child.on('close', () => resolve(text));
    });
    const perSecond = speedFromStatus(output);
    if (perSecond === null)
      throw new Error(`hashcat printed no speed:\n${output.trim().split('\n').slice(-8).join('\n')}`);
    const device = /"device_name": "([^"]*)"/.exec(output)?.[1] ?? 'unknown device';
    return { perSecond: Math.round(perSecond), version, device };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { BENCH_TOKEN } = await import('./audit-throughput.mjs');
  const at = process.argv.indexOf('--seconds');
  const seconds = at >= 0 ? Number(process.argv[at + 1]) : 8;
  const loadBefore = loadavg()[0];
  const result = await measureHashcat({ token: BENCH_TOKEN, seconds });
  console.log(
    `hashcat ${result.version} -m 16500 -a 3 on ${result.device} (a–z0–9 × 8): ${result.perSecond.toLocaleString('en-US')} candidates/s`,
  );
  console.log(
    `1-minute load average on ${availableParallelism()} cores: ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after`,
  );
}
