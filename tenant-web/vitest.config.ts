import { defineProject } from 'vitest/config';

/** Unit tests of the portal's own logic (amounts); screens are tested in tests/e2e/tenant. */
export default defineProject({ test: { name: 'tenant-web', include: ['src/**/*.test.ts'] } });
