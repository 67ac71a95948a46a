import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { type Client, createClient } from 'graphql-ws';
import pg from 'pg';
import { pino } from 'pino';
import { inject } from 'vitest';
import WebSocket from 'ws';
import { type App, createApp } from '../src/app.js';
import { appRoleUrl } from '../src/db/app-role.js';
import { createOrm, StatementCounter } from '../src/db/orm.js';
import { DEMO_PASSWORD } from '../src/db/seeders/demo-users.js';
import { ManualClock } from '../src/kernel/clock.js';
import {
  TEMPLATE_EMPTY,
  TEMPLATE_SEEDED,
  TEST_APP_PASSWORD,
  TEST_JWT_SECRET,
  TEST_ROOT_LOGIN,
} from './templates.js';

export type GqlResult<T = Record<string, unknown>> = {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
};

/** A signed-in (or anonymous) client of the API. */
export type Session = {
  /** The `Authorization` value this session sends, if any. */
  authorization: string | undefined;
  accessToken: string | undefined;
  refreshToken: string | undefined;
  userId: string | undefined;
  /** POSTs one operation to /graphql as a client would. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
  /** Like gql, but fails the test on any error. */
  gqlOk<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** A graphql-ws client on /graphql that authenticates in connection_init. */
  wsClient(): Client;
};

/** The API over its own database; `gql`, `gqlOk` and `wsClient` act as the HQ admin. */
export type TestApp = Session & {
  url: string;
  /** The API's ORM: connected as the application role, under row-level security. */
  orm: MikroORM;
  /** The owner's ORM (bypasses row-level security), for seeding and setup only. */
  ownerOrm: MikroORM;
  app: App;
  statements: StatementCounter;
  /** The API's clock; `advanceClock` moves it. */
  clock: ManualClock;
  /**
   * Moves the API's time forward: the clock, and every pending job by as much, so timers that
   * fall due run now (the worker runs when the app was started with `jobs: true`).
   */
  advanceClock(ms: number): Promise<void>;
  /**
   * Waits until the worker has run every job that is due now (none left whose run time has come,
   * none running), so a test can then assert what the jobs did, or that they did nothing. Fails
   * at once when a job has failed (it would be retried later, hiding its error), and after
   * `timeoutMs` when the queue does not empty. Needs an app started with `jobs: true`.
   */
  drainJobs(timeoutMs?: number): Promise<void>;
  /** Signs in through the login mutation. */
  as(login: string, password?: string): Promise<Session>;
  /** A session sending the given `Authorization` value (or none). */
  withAuthorization(authorization: string | undefined): Session;
  /** The database URL the application role connects with. */
  appUrl: string;
  /** SQL against the test database, bypassing the API (for asserting that nothing changed). */
  sql<R extends Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
  /** The test database's name; `startTestApp({ database })` starts another API on it. */
  database: string;
  /** Stops the API and drops its database, unless kept (to start again on it: a restart). */
  close(opts?: { keepDatabase?: boolean }): Promise<void>;
};

async function cloneDatabase(adminUrl: string, template: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    // Clones from one template may collide briefly; PostgreSQL refuses rather than waits.
    for (let attempt = 0; ; attempt += 1) {
      try {
        await client.query(`create database "${name}" template "${template}"`);
        return;
      } catch (err) {
        if (attempt >= 20 || !String(err).includes('being accessed by other users')) throw err;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  } finally {
    await client.end();
  }
}

/**
 * Starts the real API on a random port over its own database cloned from a template:
 * `seeded` (the demo park) by default, or `empty` (migrated only).
 */
export async function startTestApp(
  opts: {
    data?: 'seeded' | 'empty';
    production?: boolean;
    jobs?: boolean;
    /** An existing test database (another app's, kept at close) instead of a fresh clone. */
    database?: string;
    /** Time carries on across a restart: pass the previous app's clock. */
    clock?: ManualClock;
  } = {},
): Promise<TestApp> {
  const adminUrl = inject('pgAdminUrl');
  const dbName = opts.database ?? `t_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  if (!opts.database)
    await cloneDatabase(adminUrl, opts.data === 'empty' ? TEMPLATE_EMPTY : TEMPLATE_SEEDED, dbName);
  const url = adminUrl.replace(/\/postgres$/, `/${dbName}`);
  const appUrl = appRoleUrl(url, TEST_APP_PASSWORD);
  const statements = new StatementCounter();
  const orm = await createOrm({ url: appUrl, poolMax: 4, counter: statements });
  const ownerOrm = await createOrm({ url, poolMax: 2 });
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const clock = opts.clock ?? new ManualClock();
  const app = await createApp({
    clock,
    files: { dir: join(tmpdir(), 'park-test-files', dbName), maxBytes: 1024 * 1024 },
    ...(opts.jobs && { jobs: { connectionString: appUrl, pollIntervalMs: 100 } }),
    config: { host: '127.0.0.1', port: 0, isProduction: opts.production ?? false, trustProxy: true },
    orm,
    logger,
    auth: { jwtSecret: TEST_JWT_SECRET, accessTokenTtlSeconds: 600, refreshTokenTtlDays: 30 },
  });
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const clients: Client[] = [];
  const wsUrl = `${app.url.replace('http', 'ws')}/graphql`;

  const session = (authorization: string | undefined, tokens?: Partial<Session>): Session => {
    // Each session has its own address, so per-address limits do not spill between tests.
    const ip = `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const gql = async <T>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>> => {
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          'x-forwarded-for': ip,
          ...(authorization && { authorization }),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as GqlResult<T>;
      return { ...body, status: res.status };
    };
    return {
      authorization,
      accessToken: tokens?.accessToken,
      refreshToken: tokens?.refreshToken,
      userId: tokens?.userId,
      gql,
      async gqlOk<T>(query: string, variables?: Record<string, unknown>) {
        const res = await gql<T>(query, variables);
        if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors, null, 2)}`);
        return res.data as T;
      },
      wsClient() {
        const client = createClient({
          url: wsUrl,
          webSocketImpl: WebSocket,
          retryAttempts: 0,
          lazy: false,
          // A refused connection reaches the subscriber's error handler; no console noise.
          onNonLazyError: () => undefined,
          connectionParams: authorization ? { authorization } : {},
        });
        clients.push(client);
        return client;
      },
    };
  };
  const anonymous = session(undefined);
  const as = async (login: string, password = DEMO_PASSWORD): Promise<Session> => {
    const data = await anonymous.gqlOk<{
      login: { accessToken: string; refreshToken: string; user: { id: string } };
    }>('mutation ($input: LoginInput!) { login(input: $input) { accessToken refreshToken user { id } } }', {
      input: { login, password },
    });
    return session(`Bearer ${data.login.accessToken}`, {
      accessToken: data.login.accessToken,
      refreshToken: data.login.refreshToken,
      userId: data.login.user.id,
    });
  };
  const admin = await as(opts.data === 'empty' ? TEST_ROOT_LOGIN : 'hq.admin');

  return {
    ...admin,
    url: app.url,
    appUrl,
    orm,
    ownerOrm,
    app,
    statements,
    clock,
    async advanceClock(ms) {
      clock.advance(ms);
      await pool.query(
        `update graphile_worker._private_jobs set run_at = run_at - make_interval(secs => $1::float8 / 1000)
         where locked_at is null`,
        [ms],
      );
    },
    async drainJobs(timeoutMs = 10_000) {
      if (!opts.jobs) throw new Error('drainJobs needs an app started with { jobs: true }');
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const { rows } = await pool.query<{ task: string; key: string | null; error: string | null }>(
          `select task_identifier as task, key, last_error as error from graphile_worker.jobs
           where run_at <= now() or locked_at is not null or last_error is not null`,
        );
        const failed = rows.filter((r) => r.error);
        if (failed.length) throw new Error(`Jobs failed: ${JSON.stringify(failed, null, 2)}`);
        if (rows.length === 0) return;
        if (Date.now() > deadline)
          throw new Error(`Jobs still due after ${timeoutMs} ms: ${JSON.stringify(rows, null, 2)}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    as,
    withAuthorization: (authorization) => session(authorization),
    async sql(text, params) {
      return (await pool.query(text, params)).rows;
    },
    database: dbName,
    async close(closing) {
      await Promise.all(clients.map((c) => c.dispose()));
      await app.close();
      await orm.close();
      await ownerOrm.close();
      await pool.end();
      if (closing?.keepDatabase) return;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      // The pools' connections may close a moment after their `end()` resolves; dropping with
      // force kills one still open, and its pool reports that as an unhandled error (a fresh-clone
      // run under load saw two). Wait for them first; force only what is left after 5 s.
      for (let i = 0; i < 50; i += 1) {
        const { rows } = await admin.query<{ n: number }>(
          'select count(*)::int as n from pg_stat_activity where datname = $1',
          [dbName],
        );
        if (rows[0]!.n === 0) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      await admin.query(`drop database if exists "${dbName}" with (force)`);
      await admin.end();
    },
  };
}
