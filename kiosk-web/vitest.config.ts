import { defineProject } from 'vitest/config';

/** Unit tests of the kiosk's own logic (search, scanning, bill input and money); screens are tested in tests/e2e/kiosk. */
export default defineProject({ test: { name: 'kiosk-web', include: ['src/**/*.test.ts'] } });
