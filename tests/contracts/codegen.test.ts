import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');

/** Each app's typed documents (`src/gql/`) must be what codegen makes of its `.graphql` files and /schema.graphql. */
it.each(['admin-web', 'tenant-web', 'kiosk-web'])(
  '%s: committed generated GraphQL code is current (run `pnpm codegen` when this fails)',
  async (app) => {
    const result = await run('pnpm', ['exec', 'graphql-codegen', '--config', 'codegen.ts', '--check'], {
      cwd: resolve(root, app),
    }).then(
      () => 0,
      (err: { code?: number; stdout?: string }) => err.code ?? 1,
    );
    expect(result, `${app}/src/gql is stale`).toBe(0);
  },
);
