import { defineProject } from 'vitest/config';

/**
 * Browser tests: one product server, files one after another (each drives a real Chromium).
 *
 * They run beside the API files on a 2-core machine, so a screen can take seconds to answer:
 * `expect.poll` waits up to 10 s (vitest's default is 1 s), and a test that still fails is run
 * once more, from its start, before the run fails (vitest prints each retry). A test that fails
 * twice fails the run; a test that passes only on its retry is a flake to fix, not to live with.
 */
export default defineProject({
  test: {
    name: 'e2e',
    include: ['**/*.e2e.ts'],
    globalSetup: ['./global-setup.ts'],
    setupFiles: ['./setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    retry: 1,
    expect: { poll: { timeout: 10_000, interval: 100 } },
    hookTimeout: 180_000,
  },
});
