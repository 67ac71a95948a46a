import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { verifyAccessToken } from './jwt.ts';

type Actor = { kind: string; tenant_id: string | null; label: string };
type Vars = Record<string, unknown>;
type Answer = { readOnly: boolean; run(db: pg.PoolClient, vars: Vars, actor: Actor): Promise<string> };

const json = async (db: pg.PoolClient, sql: string, params: unknown[]) =>
  (await db.query<{ body: string }>(sql, params)).rows[0]!.body;

/** One hand-written statement (S4: three) per scenario, answering with the API's JSON shape. */
const ANSWERS: Record<string, Answer> = {
  '/s1': {
    readOnly: true,
    run: (db, vars) =>
      json(
        db,
        `select json_build_object('data', json_build_object('unit', (
           select json_build_object('id', id, 'code', code, 'status', status, 'grossArea', gross_area::float8)
           from unit where id = $1)))::text body`,
        [vars.id],
      ),
  },
  '/s2': {
    readOnly: true,
    run: (db) =>
      json(
        db,
        `select json_build_object('data', json_build_object('equipmentLedger', json_build_object('nodes',
           coalesce(json_agg(x.node order by x.code), '[]'))))::text body
         from (select e.code, json_build_object('id', e.id, 'code', e.code, 'name', e.name, 'status', e.status,
                 'building', case when b.id is null then null
                   else json_build_object('id', b.id, 'code', b.code, 'name', b.name) end,
                 'floor', case when f.id is null then null
                   else json_build_object('id', f.id, 'level', f.level, 'name', f.name) end) node
               from (select id, code, name, status, building_id, floor_id from equipment order by code limit 20) e
                 left join building b on b.id = e.building_id left join floor f on f.id = e.floor_id) x`,
        [],
      ),
  },
  '/s4': {
    readOnly: false,
    async run(db, vars, actor) {
      const i = vars.i as {
        parkId: string;
        code: string;
        name: string;
        category: string;
        buildingId: string;
      };
      const id = randomUUID();
      const created = await json(
        db,
        `insert into equipment (id, created_at, updated_at, park_id, code, name, category, status, building_id)
         values ($1, now(), now(), $2, $3, $4, $5, 'RUNNING', $6)
         returning json_build_object('id', id, 'code', code, 'parkId', park_id)::text body`,
        [id, i.parkId, i.code, i.name, i.category, i.buildingId],
      );
      await db.query(
        `insert into equipment_event (id, park_id, equipment_id, kind, occurred_at, created_at)
         values ($1, $2, $3, 'INSTALLED', now(), now())`,
        [randomUUID(), i.parkId, id],
      );
      await db.query(
        `insert into audit_log (occurred_at, actor_kind, actor_id, actor_label, park_id, operation, target_type,
           target_id, after, outcome, seq, prev_hash, hash)
         values (now(), $1, current_setting('app.actor_id')::uuid, $2, $3, 'createEquipment', 'Equipment', $4,
           $5::jsonb, 'SUCCESS', 0, ''::bytea, ''::bytea)`,
        [actor.kind, actor.label, i.parkId, id, created],
      );
      return `{"data":{"createEquipment":${created}}}`;
    },
  },
};

async function readBody(req: IncomingMessage): Promise<{ variables?: Vars }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length ? JSON.parse(Buffer.concat(chunks).toString()) : {};
}

/**
 * The limit: Node's HTTP server and `pg`, nothing else. Each request checks the token, opens a
 * transaction as `park_app`, runs `app_begin_user` (the API's actor statement: re-checks the
 * session, sets the actor for row-level security) and the hand-written SQL of its scenario,
 * picked by URL path (`/s1`, `/s2`, `/s4`).
 */
export async function startLimit(opts: { appUrl: string; jwtSecret: string; poolMax: number }) {
  const pool = new pg.Pool({ connectionString: opts.appUrl, max: opts.poolMax });
  const server = createServer(async (req, res) => {
    const answer = ANSWERS[req.url ?? ''];
    const claims = verifyAccessToken(req.headers.authorization, opts.jwtSecret);
    const body = await readBody(req);
    if (!answer || !claims) {
      res.writeHead(answer ? 401 : 404).end();
      return;
    }
    const db = await pool.connect();
    try {
      await db.query(answer.readOnly ? 'begin read only' : 'begin');
      const actor = await db.query<Actor>('select kind, tenant_id, label from app_begin_user($1, $2)', [
        claims.sid,
        claims.sub,
      ]);
      if (!actor.rows[0]) {
        await db.query('rollback');
        res.writeHead(401).end();
        return;
      }
      const text = await answer.run(db, body.variables ?? {}, actor.rows[0]);
      await db.query('commit');
      res.writeHead(200, { 'content-type': 'application/json' }).end(text);
    } catch (err) {
      await db.query('rollback').catch(() => undefined);
      res
        .writeHead(500, { 'content-type': 'application/json' })
        .end(JSON.stringify({ errors: [String(err)] }));
    } finally {
      db.release();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await pool.end();
    },
  };
}
