import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/** The smoke run drives the built API (api/dist): build it, whichever project ran first. */
export default function setup() {
  execFileSync(process.execPath, ['scripts/build.ts', 'api'], {
    cwd: resolve(import.meta.dirname, '../..'),
    stdio: 'inherit',
  });
}
