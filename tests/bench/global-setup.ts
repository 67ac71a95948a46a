import { execFileSync } from 'node:child_process';

/** The smoke run drives the built API (api/dist): build it, whichever project ran first. */
export default function setup() {
  execFileSync('pnpm', ['--filter', '@park/api', 'build'], { stdio: 'inherit' });
}
