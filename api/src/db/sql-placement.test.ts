import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The rule of README's architecture section (STYLE rule 15): SQL lives in repositories
 * (`<feature>.repository.ts`, and `jobs/jobs.repository.ts` for the queue), in the data-access
 * layer of `db/` and in migrations and seeders; nowhere else. This scans `api/src` for SQL sent
 * through `execute(`, `query(` or `raw(`, and for SQL text kept in a string to send later, so a
 * service that grows its own statement fails here and is moved to its repository.
 */

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Where SQL may be, each with why. Paths are relative to `api/src`. */
const ALLOWED: readonly { match: (path: string) => boolean; why: string }[] = [
  { match: (p) => p.endsWith('.repository.ts'), why: 'a repository: the place for SQL' },
  { match: (p) => p.endsWith('.test.ts'), why: 'tests set up and inspect the database directly' },
  {
    match: (p) => ['db/driver.ts', 'db/sql.ts', 'db/lean.ts', 'db/paginate.ts'].includes(p),
    why: 'the data-access layer repositories are built on',
  },
  { match: (p) => p.startsWith('db/migrations/'), why: 'schema changes' },
  { match: (p) => p.startsWith('db/seeders/'), why: 'demo data' },
  {
    match: (p) => p === 'db/reference-data.ts',
    why: 'a seed step: the built-in roles, kept in step with the code at every boot, as the owner',
  },
  {
    match: (p) => p === 'db/app-role.ts' || p.startsWith('db/embedded-postgres'),
    why: 'server, database and role set-up as the owner or superuser, before the ORM exists',
  },
];

/** A call that sends its first argument to the database. */
const CALL = /\b(?:execute|query|raw)\s*(?:<[^()]*?>)?\s*\(/g;

/**
 * What an SQL statement starts with, followed by what makes it one. Keywords are matched in
 * lower case (the house style) or all in capitals, never capitalised like a sentence.
 */
const STATEMENT =
  /^\s*(?:select\s[\s\S]*?\bfrom\b|select\s+(?:\d|\*|[a-z_]+\s*\()|insert\s+into\b|update\s+"?[a-z_.]+"?\s+set\b|delete\s+from\b|with\s+[a-z_]+\s+as\s*\(|(?:grant|revoke)\s+[a-z, ]+\s+on\b|(?:create|drop|alter)\s+(?:table|policy|function|trigger|index|role|schema|database)\b|(?:set|reset)\s+(?:local\s+)?[a-z_.]+\s*(?:=|to)\b|truncate\b|call\s+[a-z_]+\s*\()/;

const isSql = (text: string) =>
  STATEMENT.test(text) || (/^\s*[A-Z]{4,}\s/.test(text) && STATEMENT.test(text.toLowerCase()));

/** String literals (quotes and template texts, their interpolations kept verbatim). */
const STRING = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\[\s\S])*`/g;

/** Comments (which may quote SQL to explain it) blanked out; strings kept as they are. */
const stripComments = (source: string) =>
  source.replace(
    /(\/\/[^\n]*|\/\*[\s\S]*?\*\/)|('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\[\s\S])*`)/g,
    (_, comment: string | undefined, string: string | undefined) => (comment === undefined ? string! : ' '),
  );

/** Places in `source` that hold SQL: calls whose first argument is SQL, and SQL strings. */
function sqlIn(code: string): string[] {
  const source = stripComments(code);
  const found = new Set<string>();
  for (const m of source.matchAll(STRING)) {
    const text = m[0].slice(1, -1);
    if (isSql(text)) found.add(text.trim().split('\n')[0]!.slice(0, 80));
  }
  for (const m of source.matchAll(CALL)) {
    // The first argument, when it is a literal right away.
    const rest = source.slice(m.index + m[0].length).trimStart();
    const literal = rest.match(/^(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\[\s\S])*`)/)?.[0];
    if (literal && isSql(literal.slice(1, -1))) found.add(literal.slice(1, -1).trim().slice(0, 80));
  }
  return [...found];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('SQL lives in repositories, db/ infrastructure, migrations and seeders', () => {
  it('finds SQL in no other file of api/src', () => {
    const offending: Record<string, string[]> = {};
    for (const file of sourceFiles(SRC)) {
      const path = relative(SRC, file).split('\\').join('/');
      if (ALLOWED.some((a) => a.match(path))) continue;
      const sql = sqlIn(readFileSync(file, 'utf8'));
      if (sql.length > 0) offending[path] = sql;
    }
    // Move each statement into its feature's `<feature>.repository.ts` and call it from there.
    expect(offending).toEqual({});
  });

  it('recognises the SQL it looks for, and leaves prose and GraphQL alone', () => {
    const flagged = [
      "await ctx.em.execute('select 1 from work_order where follow_up_of_id = ? limit 1', [id]);",
      "await em.execute<{ n: string }[]>(`select nextval('work_order_number_seq') as n`);",
      "const sql = 'update kiosk_device set last_seen_at = now() where id = ?';",
      'await pool.query(`insert into audit_log (seq) values (1)`);',
      "await em.getConnection().execute('select 1');",
      'await query(em, `with orders as (select 1) select * from orders`);',
      'await client.query(`grant usage on schema ${S} to ${R}`);',
      "await em.execute(`select app_set_actor('system', null, null, '{}', false)`);",
      "await em.execute('delete from role where id = ?', [id]);",
      "await em.execute('SELECT id FROM park WHERE code = ?', [code]);",
    ];
    for (const line of flagged) expect(sqlIn(line), line).not.toEqual([]);
    const clean = [
      "throw new BadInputError('first', 'Give either first or last, not both');",
      "const doc = 'query ($id: ID!) { park(id: $id) { id } }';",
      "t('Select the building from the list');",
      'const result = await execute({ ...args, rootValue: payload });',
      "logger.warn('could not update the record');",
      "/** Sends `select 1 from park` to check. */ const url = 'postgres://localhost/park';",
      '// insert into audit_log (seq) values (1)',
    ];
    for (const line of clean) expect(sqlIn(line), line).toEqual([]);
  });
});
