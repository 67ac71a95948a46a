import type { Configuration } from '@mikro-orm/core';
import { PostgreSqlConnection, PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Pool, PoolClient, QueryResult } from 'pg';

/**
 * MikroORM's PostgreSQL driver with two changes to how statements reach the server; everything
 * else (the pool, its type parsers, the entity manager, the query builder) is MikroORM's own.
 *
 * 1. **BEGIN travels with the first statement.** Kysely sends `start transaction` as a round trip
 *    of its own; here it is held back and sent in one simple-protocol message with the
 *    transaction's first statement (for a request: the actor statement that re-checks the
 *    session), so a request opens its transaction and confirms its caller in one round trip. A
 *    transaction that ran nothing commits or rolls back without a word to the server.
 * 2. **Named prepared statements** for the repositories' reads ({@link PreparedStatement}): the
 *    text is parsed and planned once per connection and executed with bind parameters after
 *    that. `em.execute` and the ORM write parameter values into the SQL text, so PostgreSQL
 *    parses and plans each of those statements anew.
 * 3. **A read-only transaction's COMMIT travels with the next user's first message** when
 *    someone is already waiting for a connection (under load): the connection goes straight to
 *    them, and their `commit; start transaction …; <first statement>` ends the last transaction
 *    and opens theirs in one round trip. Nothing was written, so there is nothing the COMMIT could
 *    refuse; the transaction-local actor settings end with it, before the next statement runs.
 *    With nobody waiting, COMMIT is sent and awaited as usual, so an idle pool holds no open
 *    transaction (and no table locks).
 */
export class ParkDriver extends PostgreSqlDriver {
  constructor(config: Configuration) {
    super(config);
    // The base class makes its connection in its constructor and offers no other seam.
    Object.assign(this, { connection: new ParkConnection(this.config) });
  }
}

/** A statement a repository prepares once per connection: `$n` parameters, a stable name. */
export type PreparedStatement = { readonly name: string; readonly text: string };

type Compiled = { sql: string; parameters: readonly unknown[] };
type KyselyResult = { rows: Record<string, unknown>[]; numAffectedRows?: bigint };

/** One pooled `pg` client as Kysely sees it, with the deferred BEGIN and prepared statements. */
export class ParkDatabaseConnection {
  /** The `start transaction …` not yet sent; it goes out with the next statement. */
  #pendingBegin: string | undefined;
  /** Whether the transaction (once sent) is read-only, so its COMMIT may wait for the next user. */
  #readOnly = false;
  /** A read-only transaction's COMMIT not yet sent; it goes out first in the next message. */
  #pendingCommit = false;

  constructor(readonly client: PoolClient) {}

  beginLater(sql: string | undefined, readOnly = false): void {
    this.#pendingBegin = sql;
    this.#readOnly = sql !== undefined && readOnly;
  }

  get hasPendingCommit(): boolean {
    return this.#pendingCommit;
  }

  /**
   * Ends the transaction: nothing to send when it never started on the server. With `defer`, a
   * read-only transaction's COMMIT is held back for the next message on this connection.
   */
  async end(sql: 'commit' | 'rollback', defer = false): Promise<void> {
    const readOnly = this.#readOnly;
    this.#readOnly = false;
    if (this.#pendingBegin !== undefined) {
      this.#pendingBegin = undefined;
      return;
    }
    if (sql === 'commit' && defer && readOnly) {
      this.#pendingCommit = true;
      return;
    }
    await this.client.query(this.#takeCommit(sql));
  }

  /** Sends a held-back COMMIT now (before the connection idles in the pool). */
  async flushCommit(): Promise<void> {
    if (!this.#pendingCommit) return;
    this.#pendingCommit = false;
    await this.client.query('commit');
  }

  /** `sql` preceded by the held-back COMMIT, if any, as one simple-protocol message. */
  #takeCommit(sql: string): string {
    if (!this.#pendingCommit) return sql;
    this.#pendingCommit = false;
    return `commit; ${sql}`;
  }

  async executeQuery(compiled: Compiled): Promise<KyselyResult> {
    const begin = this.#pendingBegin;
    let result: QueryResult;
    if (begin !== undefined) {
      this.#pendingBegin = undefined;
      if (compiled.parameters.length === 0) {
        // Simple protocol: all statements in one message; pg answers with one result each.
        const results = (await this.client.query(
          this.#takeCommit(`${begin}; ${compiled.sql}`),
        )) as unknown as QueryResult[];
        result = results[results.length - 1]!;
        return toKysely(result);
      }
      await this.client.query(this.#takeCommit(begin));
    } else if (this.#pendingCommit) {
      await this.flushCommit();
    }
    result = await this.client.query(compiled.sql, compiled.parameters as unknown[]);
    return toKysely(result);
  }

  /** Runs a named prepared statement (parsed once per connection, by `pg`'s own bookkeeping). */
  async prepared<R>(statement: PreparedStatement, values: readonly unknown[]): Promise<R[]> {
    if (this.#pendingBegin !== undefined) {
      const begin = this.#pendingBegin;
      this.#pendingBegin = undefined;
      await this.client.query(this.#takeCommit(begin));
    } else if (this.#pendingCommit) {
      await this.flushCommit();
    }
    const result = await this.client.query({
      name: statement.name,
      text: statement.text,
      values: values as unknown[],
    });
    return result.rows as R[];
  }

  // biome-ignore lint/correctness/useYield: Kysely's interface; nothing here streams rows.
  async *streamQuery(): AsyncIterableIterator<KyselyResult> {
    throw new Error('Streaming is not supported by this driver');
  }
}

function toKysely(result: QueryResult): KyselyResult {
  const { command, rowCount, rows } = result;
  const writes = command === 'INSERT' || command === 'UPDATE' || command === 'DELETE' || command === 'MERGE';
  return {
    rows: rows ?? [],
    ...(writes && { numAffectedRows: BigInt(rowCount ?? 0) }),
  };
}

/** The Kysely driver over MikroORM's pool: Kysely's Postgres driver, but with the changes above. */
class ParkKyselyDriver {
  #connections = new WeakMap<PoolClient, ParkDatabaseConnection>();

  constructor(private readonly pool: Pool) {}

  async init(): Promise<void> {}

  async acquireConnection(): Promise<ParkDatabaseConnection> {
    const client = await this.pool.connect();
    let connection = this.#connections.get(client);
    if (!connection) {
      connection = new ParkDatabaseConnection(client);
      this.#connections.set(client, connection);
    }
    return connection;
  }

  async beginTransaction(
    connection: ParkDatabaseConnection,
    settings: { isolationLevel?: string; accessMode?: string },
  ): Promise<void> {
    const parts = ['start transaction'];
    if (settings.isolationLevel) parts.push(`isolation level ${settings.isolationLevel}`);
    if (settings.accessMode) parts.push(settings.accessMode);
    connection.beginLater(parts.join(' '), settings.accessMode === 'read only');
  }

  async commitTransaction(connection: ParkDatabaseConnection): Promise<void> {
    // Someone waiting takes this connection next: the COMMIT goes out with their first message.
    await connection.end('commit', this.pool.waitingCount > 0);
  }

  async rollbackTransaction(connection: ParkDatabaseConnection): Promise<void> {
    await connection.end('rollback');
  }

  async savepoint(connection: ParkDatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery({ sql: `savepoint ${quote(name)}`, parameters: [] });
  }

  async rollbackToSavepoint(connection: ParkDatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery({ sql: `rollback to savepoint ${quote(name)}`, parameters: [] });
  }

  async releaseSavepoint(connection: ParkDatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery({ sql: `release savepoint ${quote(name)}`, parameters: [] });
  }

  async releaseConnection(connection: ParkDatabaseConnection): Promise<void> {
    // A transaction Kysely gave up on without ending it must not leak its BEGIN into the next user.
    connection.beginLater(undefined);
    // Nobody waiting after all: the pool keeps no connection inside a transaction.
    if (connection.hasPendingCommit && this.pool.waitingCount === 0) {
      try {
        await connection.flushCommit();
      } catch (err) {
        connection.client.release(err as Error);
        return;
      }
    }
    connection.client.release();
  }

  async destroy(): Promise<void> {
    await this.pool.end();
  }
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

type Dialect = {
  createDriver(): unknown;
  createQueryCompiler(): unknown;
  createAdapter(): unknown;
  createIntrospector(db: unknown): unknown;
};

class ParkConnection extends PostgreSqlConnection {
  override createKyselyDialect(overrides: Parameters<PostgreSqlConnection['createKyselyDialect']>[0]) {
    let pool: Pool | undefined;
    // MikroORM builds the pool (options, type parsers, error handlers) and hands it over here.
    const inner = super.createKyselyDialect({
      ...overrides,
      onPoolCreated: (created: Pool) => {
        pool = created;
      },
    } as typeof overrides) as unknown as Dialect;
    const dialect: Dialect = {
      createDriver: () => new ParkKyselyDriver(pool!),
      createQueryCompiler: () => inner.createQueryCompiler(),
      createAdapter: () => inner.createAdapter(),
      createIntrospector: (db) => inner.createIntrospector(db),
    };
    return dialect as unknown as ReturnType<PostgreSqlConnection['createKyselyDialect']>;
  }
}
