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
