import { defineProject } from 'vitest/config';

/** The repository's own commands (`pnpm start`, `scripts/build.ts`), run as an engineer runs them. */
export default defineProject({
  test: { name: 'commands', include: ['**/*.test.ts'], testTimeout: 240_000, hookTimeout: 240_000 },
});
