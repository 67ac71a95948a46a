import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ParkDatabaseConnection, PreparedStatement } from './driver.js';

/**
 * How repositories run SQL: as named prepared statements with bind parameters, on the
 * request's transaction when it has one (`driver.ts`). PostgreSQL parses a statement's text once
 * per connection and, after a few executions, reuses a generic plan; so the text must not vary
 * with values. Values are always parameters (`?`), never spliced in; the only literals are
 * bounded choices such as a page size or a sort direction, which make a handful of statements.
 *
 * Only repositories (`modules/<feature>/<feature>.repository.ts`) and the readers in `db/` call
 * this; services call repositories.
 */

const statements = new Map<string, PreparedStatement>();

/** The prepared statement of `text` (`?` placeholders), named after its text; made once. */
export function statement(text: string): PreparedStatement {
  let prepared = statements.get(text);
  if (!prepared) {
    let n = 0;
    const numbered = text.replace(/\?/g, () => `$${++n}`);
    const name = `r_${createHash('sha1').update(numbered).digest('base64url').slice(0, 20)}`;
    prepared = { name, text: numbered };
    statements.set(text, prepared);
  }
  return prepared;
}

type Executor = { provideConnection<T>(fn: (connection: ParkDatabaseConnection) => Promise<T>): Promise<T> };
type HasExecutor = { getExecutor(): Executor };

/** Resolves when the database answers (the readiness probe); a statement that reads nothing. */
export async function ping(em: EntityManager): Promise<void> {
  await query(em, 'select 1');
}

/**
 * Rows of `text` (`?` placeholders) with `values` bound, on `em`'s transaction (or a pooled
 * connection outside one). Arrays bind as PostgreSQL arrays: write `= any(?)`, not `in (?)`.
 * Counted like the ORM's statements (the `onQuery` hook), so tests that pin a request's
 * statement count see these too.
 */
export async function query<R = Record<string, unknown>>(
  em: EntityManager,
  text: string,
  values: readonly unknown[] = [],
): Promise<R[]> {
  const prepared = statement(text);
  em.config.get('onQuery')(prepared.text, values as unknown[]);
  const owner = (em.getTransactionContext() ?? em.getConnection().getClient()) as unknown as HasExecutor;
  return owner.getExecutor().provideConnection((connection) => connection.prepared<R>(prepared, values));
}

/** Rows a server-side cursor fetches at a time: a batch is what an export holds in memory. */
export const CURSOR_BATCH = 2000;

/**
 * The rows of `text` (`?` placeholders), batch by batch, from a server-side cursor on `em`'s
 * transaction (which must be open: a cursor lives as long as its transaction). Memory holds one
 * batch, whatever the number of rows. The cursor is closed when the consumer stops early; a
 * rolled-back transaction closes it anyway.
 */
export async function* cursorBatches<R = Record<string, unknown>>(
  em: EntityManager,
  text: string,
  values: readonly unknown[] = [],
  batchSize = CURSOR_BATCH,
): AsyncGenerator<R[]> {
  if (!em.isInTransaction()) throw new Error('A cursor needs an open transaction');
  await query(em, `declare "export_rows" no scroll cursor for ${text}`, values);
  let open = true;
  try {
    while (true) {
      const rows = await query<R>(em, `fetch forward ${Math.trunc(batchSize)} from "export_rows"`);
      if (rows.length === 0) break;
      yield rows;
      if (rows.length < batchSize) break;
    }
    await query(em, 'close "export_rows"');
    open = false;
  } finally {
    // Stopped early (the client went away): close it now, unless the transaction is gone.
    if (open && em.isInTransaction()) await query(em, 'close "export_rows"').catch(() => undefined);
  }
}

/** What `plainArray` may hold unquoted: uuids, decimal numbers, ISO instants, enum labels. */
const PLAIN = /^[\w.:+-]+$/;

/**
 * A bulk statement's array parameter (`?::uuid[]`, `?::timestamptz[]`, `?::numeric[]`) as a
 * PostgreSQL array literal, for values that need no quoting; null becomes NULL. pg's own
 * serializer quotes, escapes and re-formats every element (each instant through local-time
 * arithmetic): a third of the energy ingest's CPU for its hundreds of thousands of elements.
 * A value that would need quoting is refused, so data can never change the literal's shape.
 */
export function plainArray(values: readonly (string | number | Date | null)[]): string {
  const parts = new Array<string>(values.length);
  // A batch's instants and ids repeat (a quarter's readings, a meter's rollups, one park): each
  // formatted or checked once.
  const instants = new Map<number, string>();
  const checked = new Set<string>();
  for (let i = 0; i < values.length; i += 1) {
    const v = values[i]!;
    if (v === null) parts[i] = 'NULL';
    else if (typeof v === 'string') {
      if (!checked.has(v)) {
        if (!PLAIN.test(v) || (v.length === 4 && v.toUpperCase() === 'NULL'))
          throw new Error(`plainArray: ${JSON.stringify(v)} would need quoting`);
        checked.add(v);
      }
      parts[i] = v;
    } else if (typeof v === 'number') {
      if (!Number.isFinite(v)) throw new Error(`plainArray: ${v} is not a finite number`);
      parts[i] = String(v);
    } else {
      const ms = v.getTime();
      let text = instants.get(ms);
      if (text === undefined) {
        text = v.toISOString();
        instants.set(ms, text);
      }
      parts[i] = text;
    }
  }
  return `{${parts.join(',')}}`;
}
