import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Creates the data folder (database cluster, its password, the JWT key, files) if needed and puts
 * a `.gitignore` of `*` in it, so a `DATA_DIR` chosen inside a checkout never shows up in
 * `git status`, let alone in a commit.
 */
export async function prepareDataDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(
    join(dir, '.gitignore'),
    '# Written by the park API: nothing in its data folder belongs in git.\n*\n',
    {
      flag: 'wx',
    },
  ).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'EEXIST') throw err;
  });
}
