import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { REQUEST_LOG } from './paths';

/** Starts each run with an empty request log so it shows this run only. */
export default function resetRequestLog(): void {
  mkdirSync(dirname(REQUEST_LOG), { recursive: true });
  writeFileSync(REQUEST_LOG, `# requests made by pages during the run started ${new Date().toISOString()}\n`);
}
