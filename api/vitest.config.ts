import { createRequire } from 'node:module';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// type-graphql reads decorator metadata, which esbuild does not emit: SWC compiles the tests.
export default defineConfig({
  plugins: [
    swc.vite({
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        target: 'es2023',
      },
    }),
  ],
  resolve: {
    // graphql 16 ships CJS (main) and ESM (module). Node loads the CJS one for our dependencies
    // (Apollo, type-graphql); Vite would pick the ESM one for our sources. Two copies break
    // `instanceof GraphQLError` and type identity, so the sources get the same file as Node.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    name: 'api',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // A worker keeps the modules it has loaded from one file to the next: each file otherwise
    // loaded the whole API again (some 2 s of the suite's CPU per file, 200 s in all on two
    // cores). Files share no state but the module cache: each starts its own app over its own
    // database and clock, and spies are put back after every test.
    isolate: false,
    restoreMocks: true,
  },
});
