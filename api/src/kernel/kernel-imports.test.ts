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

/**
 * The specifiers a file imports at run time: `specifiers` without `import type`/`export type`
 * statements and without imports whose every name is marked `type` (TypeScript erases those).
 */
export function runtimeSpecifiers(source: string): string[] {
  const erased = source
    .replace(/\b(?:import|export)\s+type\s[^'"]*?\sfrom\s*['"][^'"]+['"]/g, '')
    .replace(/\bimport\s*\{([^}]*)\}\s*from\s*['"][^'"]+['"]/g, (statement, names: string) =>
      names
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean)
        .every((n) => n.startsWith('type '))
        ? ''
        : statement,
    );
  return specifiers(erased);
}

/** The files of `dir` outside the kernel that `file` imports (relative specifiers only). */
function escapes(file: string): string[] {
  return specifiers(readFileSync(file, 'utf8'))
    .filter((s) => s.startsWith('.'))
    .map((s) => relative(SRC, resolve(dirname(file), s)))
    .filter((target) => !target.startsWith('kernel/'));
}

const sources = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => join(dir, f));

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

/**
 * The layer above the kernel (db/, graphql/, http/, jobs/) knows the features only through their
 * list and what it gathers: `modules/index.ts` (MODULES and the aggregated types), `registry.ts`
 * (catalogue, type access, the services features lend the request context) and `manifest.ts`.
 * Type-only imports are erased and make no dependency at run time, so they are allowed.
 */
const GATEWAYS = new Set(['modules/index.ts', 'modules/registry.ts', 'modules/manifest.ts']);
/**
 * The demo data (run as the park feature's seed step) builds rows of every feature's entities; it
 * is the one place in db/ that may, and nothing else imports it.
 */
const DEMO_DATA = 'db/seeders/';

/** The feature files `file` imports at run time, not through a gateway. */
function featureInternals(file: string): string[] {
  return runtimeSpecifiers(readFileSync(file, 'utf8'))
    .filter((s) => s.startsWith('.'))
    .map((s) => relative(SRC, resolve(dirname(file), s)).replace(/\.js$/, '.ts'))
    .filter((target) => target.startsWith('modules/') && !GATEWAYS.has(target));
}

describe('the infrastructure (db/, graphql/, http/, jobs/)', () => {
  it('imports no feature’s internals at run time, only the module list and the registry', () => {
    const infra = ['db', 'graphql', 'http', 'jobs']
      .flatMap((d) => sources(join(SRC, d)))
      .filter((f) => !relative(SRC, f).startsWith(DEMO_DATA));
    expect(infra.length).toBeGreaterThan(30);
    const reached = infra.flatMap((f) =>
      featureInternals(f).map((target) => `${relative(SRC, f)} → ${target}`),
    );
    expect(reached).toEqual([]);
  });

  it('tells run-time imports from erased ones', () => {
    const source = `import type { A } from '../modules/a/a.js';
      import { type B, type C } from '../modules/b/b.js';
      export type { D } from '../modules/d/d.js';
      import { type E, f } from '../modules/e/e.js';
      import { g } from '../modules/g/g.js';
      export { h } from '../modules/h/h.js';
      const i = await import('../modules/i/i.js');`;
    expect(runtimeSpecifiers(source)).toEqual(
      expect.arrayContaining([
        '../modules/e/e.js',
        '../modules/g/g.js',
        '../modules/h/h.js',
        '../modules/i/i.js',
      ]),
    );
    expect(runtimeSpecifiers(source)).toHaveLength(4);
  });
});
