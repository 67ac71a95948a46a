import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * STYLE rule 14: kernel ← infrastructure (db, graphql, http, jobs) ← features. The kernel imports
 * packages and its own files only, so it can never know a feature or the layer above it. Biome's
 * `noRestrictedImports` (biome.json, an override for this folder) says the same in the editor; this
 * test also catches what a pattern may miss (dynamic imports, `export … from`, a deeper `../..`).
 */

const KERNEL = dirname(fileURLToPath(import.meta.url));
const SRC = resolve(KERNEL, '..');

/** Every module specifier a file names: static and type imports, re-exports, dynamic imports. */
export function specifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s[^'"]*?\sfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const m of source.matchAll(pattern)) found.push(m[1]!);
  return found;
}

/** The files of `dir` outside the kernel that `file` imports (relative specifiers only). */
function escapes(file: string): string[] {
  return specifiers(readFileSync(file, 'utf8'))
    .filter((s) => s.startsWith('.'))
    .map((s) => relative(SRC, resolve(dirname(file), s)))
    .filter((target) => !target.startsWith('kernel/'));
}

const files = readdirSync(KERNEL, { recursive: true, encoding: 'utf8' })
  // Tests may set up whatever they check (this one names other layers in its own sample).
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => join(KERNEL, f));

describe('the kernel', () => {
  it('imports only packages and its own files: nothing of graphql/, db/, http/, jobs/ or modules/', () => {
    expect(files.length).toBeGreaterThanOrEqual(7);
    const outside = files.flatMap((f) => escapes(f).map((target) => `${relative(SRC, f)} → ${target}`));
    expect(outside).toEqual([]);
  });

  it('finds every kind of import the check relies on', () => {
    const source = `import type { A } from '../graphql/context.js';
      import { b,
        c } from "../db/sql.js";
      export { d } from '../modules/index.js';
      export * from '../http/server.js';
      import '../jobs/worker.js';
      const e = await import('../modules/auth/actor.js');`;
    expect(specifiers(source).sort()).toEqual(
      [
        '../db/sql.js',
        '../graphql/context.js',
        '../http/server.js',
        '../jobs/worker.js',
        '../modules/auth/actor.js',
        '../modules/index.js',
      ].sort(),
    );
  });
});
