import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AccessCases } from '../src/modules/access-cases.js';

const MODULES = join(dirname(fileURLToPath(import.meta.url)), '../src/modules');

/**
 * Every feature's access cases (`src/modules/<feature>/<feature>.access-cases.ts`), found by
 * file name so that a new feature's probes and isolation cases join the central tests without
 * an edit to them.
 */
export async function loadAccessCases(): Promise<{ feature: string; cases: AccessCases }[]> {
  const files = readdirSync(MODULES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(MODULES, d.name))
        .filter((f) => f.endsWith('.access-cases.ts'))
        .map((f) => ({ feature: d.name, path: join(MODULES, d.name, f) })),
    )
    .sort((a, b) => a.path.localeCompare(b.path));
  return Promise.all(
    files.map(async ({ feature, path }) => {
      const mod = (await import(path)) as { accessCases?: AccessCases };
      if (!mod.accessCases) throw new Error(`${path} exports no accessCases`);
      return { feature, cases: mod.accessCases };
    }),
  );
}
