// CPU time of the audit bench's worker threads, from Linux /proc: on a shared, loaded machine the
// wall-clock rate says how busy the machine was, candidates per CPU second how fast the code is.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** [pid, ppid, user + system ticks, name] from a /proc stat line (the name may hold spaces and parens). */
function readStat(path) {
  const stat = readFileSync(path, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
  return [
    Number(stat.slice(0, stat.indexOf(' '))),
    Number(fields[1]),
    Number(fields[11]) + Number(fields[12]),
    name,
  ];
}

/** CPU ticks (user + system) so far of every thread of the descendants of `rootPid`, by thread id (Linux). */
export function threadTicks(rootPid) {
  const procs = [];
  for (const name of existsSync('/proc') ? readdirSync('/proc') : []) {
    try {
      if (/^\d+$/.test(name)) procs.push(readStat(`/proc/${name}/stat`));
    } catch {
      // The process ended between the listing and the read.
    }
  }
  const tree = new Set([rootPid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of procs) if (!tree.has(pid) && tree.has(ppid)) grew = tree.add(pid) !== null;
  }
  tree.delete(rootPid);
  const ticks = new Map();
  for (const pid of tree) {
    try {
      for (const tid of readdirSync(`/proc/${pid}/task`))
        ticks.set(tid, readStat(`/proc/${pid}/task/${tid}/stat`)[2]);
    } catch {
      // As above.
    }
  }
  return ticks;
}

/**
 * CPU seconds the `count` busiest threads spent between two threadTicks() samples: the audit's workers
 * (thread names differ between Chromium builds, but nothing else in the page comes near them). Idle
 * headless Chromium alone keeps about half a core busy elsewhere, which says nothing about the kernel.
 */
export function busiestCpuSeconds(before, after, count) {
  const deltas = [...after].map(([tid, ticks]) => ticks - (before.get(tid) ?? ticks)).sort((a, b) => b - a);
  // USER_HZ is 100 on every Linux the bench runs on (`getconf CLK_TCK`).
  return deltas.slice(0, count).reduce((sum, ticks) => sum + ticks, 0) / 100;
}
