import { defineProject } from 'vitest/config';

/** Checks across packages that need no server: generated code against the schema. */
export default defineProject({
  test: { name: 'contracts', include: ['contracts/**/*.test.ts'], testTimeout: 60_000 },
});
