import { defineProject } from 'vitest/config';

export default defineProject({ test: { name: 'web-shared', include: ['src/**/*.test.ts'] } });
