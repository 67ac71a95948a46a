import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { prepareDataDir } from './data-dir.js';

let checkout: string;
afterEach(() => rm(checkout, { recursive: true, force: true }));

it('keeps a data folder made inside a git checkout out of git status', async () => {
  checkout = await mkdtemp(join(tmpdir(), 'park-checkout-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: checkout, encoding: 'utf8' });
  git('init', '-q');
  await writeFile(join(checkout, 'README.md'), 'x');
  const dataDir = join(checkout, 'my-data', 'park');
  await prepareDataDir(dataDir);
  await writeFile(join(dataDir, 'pg-password'), 'secret\n');
  expect(git('status', '--porcelain', '--untracked-files=all')).toBe('?? README.md\n');

  // A second start leaves an edited ignore file as it is.
  await writeFile(join(dataDir, '.gitignore'), '*\n!notes.txt\n');
  await prepareDataDir(dataDir);
  expect(await readFile(join(dataDir, '.gitignore'), 'utf8')).toBe('*\n!notes.txt\n');
});
