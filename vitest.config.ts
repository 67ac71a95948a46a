import { defineConfig } from 'vitest/config';

/**
 * One runner for the workspace; each package with tests is a project.
 *
 * Vitest's default is one worker fewer than the cores, so on a 2-core machine every file ran one
 * after another. Most files spend their time waiting on PostgreSQL, a server or a browser, not on
 * a core, so three files at a time use the machine (the browser files still take turns: their
 * project sets `fileParallelism: false`, and vitest runs such a project only after all the others,
 * so `pnpm test` starts the browser files in a second vitest process: `scripts/test.ts`).
 */
export default defineConfig({
  test: {
    maxWorkers: 3,
    projects: [
      'api',
      'web-shared',
      'kiosk-web',
      'tenant-web',
      'tests',
      'tests/bench',
      'tests/e2e',
      'tests/commands',
    ],
  },
});
