import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { type Client, createClient } from 'graphql-ws';
import pg from 'pg';
import { pino } from 'pino';
import { inject } from 'vitest';
import WebSocket from 'ws';
import { type App, createApp } from '../src/app.js';
import { createOrm, StatementCounter } from '../src/db/orm.js';
import { TEMPLATE_EMPTY, TEMPLATE_SEEDED } from './templates.js';

export type GqlResult<T = Record<string, unknown>> = {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
};

export type TestApp = {
  url: string;
  orm: MikroORM;
  app: App;
  statements: StatementCounter;
  /** POSTs one operation to /graphql as a client would. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
  /** Like gql, but fails the test on any error. */
  gqlOk<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** A graphql-ws client on /graphql. */
  wsClient(): Client;
  /** SQL against the test database, bypassing the API (for asserting that nothing changed). */
  sql<R extends Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
  close(): Promise<void>;
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
export async function startTestApp(opts: { data?: 'seeded' | 'empty' } = {}): Promise<TestApp> {
  const adminUrl = inject('pgAdminUrl');
  const dbName = `t_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  await cloneDatabase(adminUrl, opts.data === 'empty' ? TEMPLATE_EMPTY : TEMPLATE_SEEDED, dbName);
  const url = adminUrl.replace(/\/postgres$/, `/${dbName}`);
  const statements = new StatementCounter();
  const orm = await createOrm({ url, poolMax: 4, counter: statements });
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const app = await createApp({ config: { host: '127.0.0.1', port: 0, isProduction: false }, orm, logger });
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const clients: Client[] = [];

  const gql = async <T>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>> => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as GqlResult<T>;
    return { ...body, status: res.status };
  };

  return {
    url: app.url,
    orm,
    app,
    statements,
    gql,
    async gqlOk<T>(query: string, variables?: Record<string, unknown>) {
      const res = await gql<T>(query, variables);
      if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors, null, 2)}`);
      return res.data as T;
    },
    wsClient() {
      const client = createClient({
        url: `${app.url.replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        lazy: false,
      });
      clients.push(client);
      return client;
    },
    async sql(text, params) {
      return (await pool.query(text, params)).rows;
    },
    async close() {
      await Promise.all(clients.map((c) => c.dispose()));
      await app.close();
      await orm.close();
      await pool.end();
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`drop database if exists "${dbName}" with (force)`);
      await admin.end();
    },
  };
}
