import { defineConfig } from 'vitest/config';

/** One runner for the workspace; each package with tests is a project. */
export default defineConfig({
  test: {
    projects: ['api', 'web-shared', 'kiosk-web', 'tests', 'tests/bench', 'tests/e2e', 'tests/commands'],
  },
});
