import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { verifyAccessToken } from './jwt.ts';

/** The transaction-local settings `app_set_actor` writes, by name. */
export type ActorSettings = Record<string, string>;

const SETTINGS = ['app.actor_kind', 'app.actor_id', 'app.tenant_id', 'app.park_ids', 'app.all_parks'];

/**
 * What `app_begin_user` sets for a session, read back once: PostGraphile's `pgSettings` then
 * sets the same values with `set_config(…, true)` at the start of each request's transaction.
 */
export async function actorSettings(
  appUrl: string,
  sessionId: string,
  userId: string,
): Promise<ActorSettings> {
  const db = new pg.Client({ connectionString: appUrl });
  await db.connect();
  try {
    await db.query('begin');
    await db.query('select app_begin_user($1, $2)', [sessionId, userId]);
    const { rows } = await db.query<{ name: string; value: string }>(
      'select name, current_setting(name) as value from unnest($1::text[]) name',
      [SETTINGS],
    );
    await db.query('rollback');
    return Object.fromEntries(rows.map((r) => [r.name, r.value]));
  } finally {
    await db.end();
  }
}

/**
 * The peer: PostGraphile 5 (Amber preset) over the same tables, connected as `park_app`. The
 * token is checked like the limit does; its user's actor settings become `pgSettings`. Unlike
 * the API and the limit, the session is not re-checked in the database on each request.
 */
export async function startPostGraphile(opts: {
  appUrl: string;
  jwtSecret: string;
  poolMax: number;
  actors: Map<string, ActorSettings>;
}) {
  const pool = new pg.Pool({ connectionString: opts.appUrl, max: opts.poolMax });
  const preset = {
    extends: [PostGraphileAmberPreset],
    pgServices: [makePgService({ pool, schemas: ['public'] })],
    grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
    grafast: {
      explain: false,
      context(requestContext: { node?: { req?: IncomingMessage } }) {
        const claims = verifyAccessToken(requestContext.node?.req?.headers.authorization, opts.jwtSecret);
        const pgSettings = (claims && opts.actors.get(claims.sub)) ?? { 'app.actor_kind': 'anonymous' };
        return { pgSettings };
      },
    },
  };
  const pgl = postgraphile(preset);
  const serv = pgl.createServ(grafserv);
  const server = createServer();
  await serv.addTo(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await pgl.release();
      await pool.end();
    },
  };
}
