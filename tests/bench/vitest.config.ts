import { defineProject } from 'vitest/config';

/**
 * The benchmark's smoke test: runs `bench.ts --smoke` against a fresh embedded PostgreSQL and
 * the built API (built by global-setup.ts). The benchmarks themselves never run
 * under vitest.
 */
export default defineProject({
  test: {
    name: 'bench',
    include: ['bench-smoke.test.ts'],
    globalSetup: ['global-setup.ts'],
    testTimeout: 90_000,
  },
});
