import { mkdir, mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { BuildError, buildTargets, pruneOrphans, type Target } from '../../scripts/build.ts';

// A stand-in build: copies src/ to dist/, counts its runs, and fails on a source saying FAIL.
const COPY = `
import { appendFileSync, cpSync, readFileSync } from 'node:fs';
appendFileSync('runs.log', 'run\\n');
if (readFileSync('src/a.txt', 'utf8').includes('FAIL')) { console.error('a.txt: refused'); process.exit(1); }
cpSync('src', 'dist', { recursive: true });
`;

let root: string;
let target: Target;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'park-build-'));
  await mkdir(join(root, 'src'));
  await writeFile(join(root, 'src/a.txt'), 'one');
  await writeFile(join(root, 'copy.mjs'), COPY);
  target = {
    name: 'copy',
    inputs: ['src'],
    out: 'dist',
    command: { cwd: '.', script: join(root, 'copy.mjs'), args: [] },
  };
});
afterEach(() => rm(root, { recursive: true, force: true }));

const runs = async () =>
  (await readFile(join(root, 'runs.log'), 'utf8').catch(() => '')).split('\n').length - 1;
const stamp = () =>
  stat(join(root, 'dist/.build-stamp')).then(
    () => true,
    () => false,
  );

it('builds once, then skips until a source changes in content', async () => {
  expect(await buildTargets([target], root)).toMatchObject([{ name: 'copy', built: true }]);
  expect(await readFile(join(root, 'dist/a.txt'), 'utf8')).toBe('one');
  expect(await buildTargets([target], root)).toMatchObject([{ built: false }]);
  // A new modification time alone (a checkout, a touch) is not a change.
  await utimes(join(root, 'src/a.txt'), new Date(), new Date(Date.now() + 60_000));
  expect(await buildTargets([target], root)).toMatchObject([{ built: false }]);
  expect(await runs()).toBe(1);

  await writeFile(join(root, 'src/a.txt'), 'two');
  expect(await buildTargets([target], root)).toMatchObject([{ built: true }]);
  expect(await readFile(join(root, 'dist/a.txt'), 'utf8')).toBe('two');
  // A new file counts too; a test file does not.
  await writeFile(join(root, 'src/b.test.ts'), 'x');
  expect(await buildTargets([target], root)).toMatchObject([{ built: false }]);
  await writeFile(join(root, 'src/b.txt'), 'x');
  expect(await buildTargets([target], root)).toMatchObject([{ built: true }]);
  expect(await runs()).toBe(3);
});

it('leaves no stamp after a failed build, so the next run builds again and reports the output', async () => {
  await buildTargets([target], root);
  await writeFile(join(root, 'src/a.txt'), 'FAIL');
  const failed = buildTargets([target], root);
  await expect(failed).rejects.toBeInstanceOf(BuildError);
  await expect(failed).rejects.toThrow('a.txt: refused');
  expect(await stamp()).toBe(false);
  await expect(buildTargets([target], root)).rejects.toThrow('a.txt: refused');
  expect(await runs()).toBe(3);
  await writeFile(join(root, 'src/a.txt'), 'one'); // back to what was last built
  expect(await buildTargets([target], root)).toMatchObject([{ built: true }]);
});

it('builds once when two builds of the same target start together', async () => {
  const [a, b] = await Promise.all([buildTargets([target], root), buildTargets([target], root)]);
  expect([a[0]!.built, b[0]!.built].sort()).toEqual([false, true]);
  expect(await runs()).toBe(1);
});

it('removes compiled files whose source is gone, and keeps the rest', async () => {
  await mkdir(join(root, 'src/sub'));
  await mkdir(join(root, 'dist/sub'), { recursive: true });
  await writeFile(join(root, 'src/kept.ts'), '');
  await writeFile(join(root, 'src/sub/kept.ts'), '');
  const files = [
    'kept.js',
    'kept.js.map',
    'sub/kept.d.ts',
    'gone.js',
    'gone.js.map',
    'sub/gone.d.ts',
    '.build-stamp',
  ];
  for (const f of files) await writeFile(join(root, 'dist', f), '');
  await pruneOrphans(root, 'src', 'dist');
  const left = await Promise.all(
    files.map((f) =>
      stat(join(root, 'dist', f)).then(
        () => f,
        () => null,
      ),
    ),
  );
  expect(left.filter(Boolean)).toEqual(['kept.js', 'kept.js.map', 'sub/kept.d.ts', '.build-stamp']);
});
