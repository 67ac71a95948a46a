import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createMigration } from './create-migration.js';
import { SNAPSHOT_NAME, SOURCE_MIGRATIONS_DIR } from './orm.js';

/** The snapshot as the migrator reads it: only the parts these tests edit are typed. */
type Snapshot = {
  tables: {
    name: string;
    schema?: string;
    columns: Record<string, unknown>;
    policies?: unknown[];
    rlsEnabled?: boolean;
    rlsForced?: boolean;
  }[];
};

const snapshotFile = join(SOURCE_MIGRATIONS_DIR, `${SNAPSHOT_NAME}.json`);
const committedSnapshot = () => readFile(snapshotFile, 'utf8');
const scratch: string[] = [];
afterEach(async () => {
  await Promise.all(scratch.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A scratch folder holding the committed snapshot as `edit` changes it. */
async function scratchWith(edit: (s: Snapshot) => void): Promise<{ dir: string; snapshot: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'park-migration-'));
  scratch.push(dir);
  const parsed = JSON.parse(await committedSnapshot()) as Snapshot;
  edit(parsed);
  const snapshot = JSON.stringify(parsed, null, 2);
  await writeFile(join(dir, `${SNAPSHOT_NAME}.json`), snapshot);
  return { dir, snapshot };
}

const table = (s: Snapshot, name: string) => s.tables.find((t) => t.name === name)!;

describe('migration:create', () => {
  it('on a clean tree reports no changes and writes nothing', async () => {
    const before = await committedSnapshot();
    const files = await readdir(SOURCE_MIGRATIONS_DIR);
    const result = await createMigration();
    if (result.status !== 'unchanged') {
      // Leave the tree as it was before failing.
      if (result.status === 'created') await unlink(result.file);
      await writeFile(snapshotFile, before);
    }
    expect(result).toEqual({ status: 'unchanged' });
    expect(await readdir(SOURCE_MIGRATIONS_DIR)).toEqual(files);
    expect(await committedSnapshot()).toBe(before);
    const status = execFileSync('git', ['status', '--porcelain', '--', SOURCE_MIGRATIONS_DIR], {
      encoding: 'utf8',
    });
    expect(status).toBe('');
  });

  it('writes the change an entity made: a column the snapshot lacks comes back', async () => {
    const { dir } = await scratchWith((s) => {
      delete table(s, 'attachment').columns.size;
    });
    const result = await createMigration({ dir, name: 'probe' });
    expect(result.status).toBe('created');
    if (result.status !== 'created') return;
    expect(result.up).toEqual(['alter table "attachment" add "size" int null;']);
    const code = await readFile(result.file, 'utf8');
    expect(code).toContain('this.addSql(`alter table "attachment" add "size" int null;`);');
    expect(code).not.toMatch(/drop (policy|trigger)/i);
    // The snapshot now describes the entities again.
    expect(await readFile(join(dir, `${SNAPSHOT_NAME}.json`), 'utf8')).toBe(await committedSnapshot());
  });

  it('refuses a migration that drops a policy and row-level security, and writes nothing', async () => {
    const { dir, snapshot } = await scratchWith((s) => {
      Object.assign(table(s, 'park'), {
        policies: [{ name: 'park_read', command: 'select', using: 'true' }],
        rlsEnabled: true,
        rlsForced: true,
      });
    });
    const result = await createMigration({ dir, name: 'probe' });
    expect(result.status).toBe('refused');
    if (result.status !== 'refused') return;
    expect(result.findings.map((f) => f.removes)).toEqual([
      'policy park_read on park',
      'forced row level security on park',
      'row level security on park',
    ]);
    expect(await readdir(dir)).toEqual([`${SNAPSHOT_NAME}.json`]);
    expect(await readFile(join(dir, `${SNAPSHOT_NAME}.json`), 'utf8')).toBe(snapshot);
  });

  it('refuses to drop a table no entity maps', async () => {
    const { dir } = await scratchWith((s) => {
      s.tables.push({ name: 'audit_chain_head', schema: 'public', columns: table(s, 'park').columns });
    });
    const result = await createMigration({ dir });
    expect(result.status === 'refused' && result.findings.map((f) => f.removes)).toEqual([
      'table audit_chain_head',
    ]);
    expect(await readdir(dir)).toEqual([`${SNAPSHOT_NAME}.json`]);
  });

  it('stops without a snapshot rather than diffing against a database', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'park-migration-'));
    scratch.push(dir);
    await expect(createMigration({ dir })).rejects.toThrow(/no schema snapshot at/);
    expect(await readdir(dir)).toEqual([]);
  });
});
