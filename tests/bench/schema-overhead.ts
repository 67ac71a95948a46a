/**
 * S3 of the benchmark (issue 6): type-graphql's own overhead, in process. Our schema's
 * `execute()` — as graphql-ws runs a query: a `RequestContext`, its transaction and actor
 * statement, the resolvers, MikroORM, commit — against graphql-js's `buildSchema` of the
 * committed SDL with hand-written resolvers over `pg` (one statement for the page, a DataLoader
 * each for building and floor), in the same kind of transaction with the same actor statement.
 * Both execute the same parsed and validated document as `hq.admin`; no HTTP, no parsing, no
 * validation is timed. Target: ours ≤ 1.25× the plain time.
 *
 * Run through bench.ts: pnpm bench --scenario S3 [--smoke]
 */
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import DataLoader from 'dataloader';
import {
  buildSchema as buildSdlSchema,
  type DocumentNode,
  type ExecutionResult,
  execute,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLSchema,
  parse,
  validate,
} from 'graphql';
import pg from 'pg';
import { buildSchema } from '../../api/dist/graphql/build-schema.js';
import { RequestContext } from '../../api/dist/graphql/context.js';
import type { BenchDatabase } from './database.ts';
import { median } from './harness.ts';

// api/dist ships no type declarations, so what comes from there is opaque here.
/** The API's `MikroORM`, connected as `park_app`. */
type Orm = object;
/** `AppServices` of api/src/graphql/context.ts: orm, pubsub, logger, auth, clock, files. */
type AppServices = { orm: Orm; pubsub: object; logger: object; auth: object; clock: object; files: object };

/** S2's query. */
export const S3_QUERY = `{ equipmentLedger(first: 20) { nodes { id code name status
  building { id code name } floor { id level name } } } }`;
const SDL_PATH = fileURLToPath(new URL('../../schema.graphql', import.meta.url));
const CONCURRENCIES = [16, 1];
/** Sequential executes per contender over which statements are counted. */
const SAMPLE = 20;

export type SchemaOverheadRow = {
  contender: 'ours' | 'plain';
  /** Executes in flight at once. */
  concurrency: number;
  /** Median over rounds of completed executes per second. */
  opsPerSecond: number;
  /** Mean time of one execute (transaction included), over all rounds. */
  meanMs: number;
  /**
   * CPU time of this process per execute (user + system, GC threads included), over all rounds:
   * what the schema, resolvers and drivers cost, barely moved by other load on the machine.
   */
  cpuMs: number;
  /** This contender's time per execute ÷ plain's: plain ops/s ÷ this ops/s (plain: 1). */
  vsPlain: number;
  /** SQL statements `park_app` ran per execute (BEGIN and COMMIT included). */
  statements: number;
  /** Executes per second of each round. */
  rounds: number[];
};

type Run = () => Promise<ExecutionResult>;

/**
 * Measures S3: validates the document once against both schemas, checks that both answer the
 * same data, warms both up, then alternates ours and plain for `rounds` rounds of `roundMs` at
 * 16 executes in flight, then again at 1. The ORM (pool size included) and the database stay the
 * caller's.
 */
export async function runSchemaOverhead(opts: {
  /** `park_app`'s connection string: the plain contender's pool connects with it. */
  appUrl: string;
  orm: Orm;
  /** Pool size of the plain contender; give the ORM's. */
  poolMax: number;
  /** The API's services (`app.services`): the schema is built here on its pubsub. */
  services: AppServices;
  /** A session of `hq.admin` (the `sub` and `sid` of its access token). */
  hqAdmin: { userId: string; sessionId: string };
  rounds: number;
  roundMs: number;
  /** Executes of each contender before the measured rounds. */
  warmup: number;
  countStatements: BenchDatabase['countStatements'];
  log?: (msg: string) => void;
  /** Logs each contender's statements per execute. */
  verbose?: boolean;
}): Promise<SchemaOverheadRow[]> {
  const log = opts.log ?? (() => undefined);
  const document = parse(S3_QUERY);
  const { services } = opts;
  const ours = oursRunner(await buildSchema(services.pubsub), services, document, opts.hqAdmin);
  const pool = new pg.Pool({ connectionString: opts.appUrl, max: opts.poolMax });
  try {
    const plain = plainRunner(plainSchema(), pool, document, opts.hqAdmin);
    await checkSameAnswer(ours, plain);
    const runs = { ours: ours.run, plain: plain.run };
    const names = ['ours', 'plain'] as const;

    log(`S3: warm-up, ${opts.warmup} executes each`);
    for (const name of names) await warm(runs[name], opts.warmup);
    const measured = new Map<string, Awaited<ReturnType<typeof drive>>[]>();
    for (const concurrency of CONCURRENCIES)
      for (let round = 1; round <= opts.rounds; round += 1) {
        log(`S3: ${concurrency} in flight, round ${round}/${opts.rounds}`);
        for (const name of names) {
          const key = `${name} ${concurrency}`;
          measured.set(key, [
            ...(measured.get(key) ?? []),
            await drive(runs[name], concurrency, opts.roundMs),
          ]);
          // The pool's connections come back, and the next contender starts from idle.
          await sleep(50);
        }
      }

    const statements = { ours: 0, plain: 0 };
    for (const name of names) {
      const counted = await opts.countStatements(async () => {
        for (let i = 0; i < SAMPLE; i += 1) await runs[name]();
      });
      statements[name] = counted.total / SAMPLE;
      if (opts.verbose)
        for (const q of counted.queries)
          log(`S3 ${name} ${(q.calls / SAMPLE).toFixed(1)}x ${q.query.replace(/\s+/g, ' ').slice(0, 140)}`);
    }
    return CONCURRENCIES.flatMap((concurrency) => {
      const row = (name: 'ours' | 'plain') => {
        const runs = measured.get(`${name} ${concurrency}`)!;
        return {
          contender: name,
          concurrency,
          opsPerSecond: median(runs.map((r) => r.opsPerSecond)),
          meanMs: sum(runs, 'busyMs') / sum(runs, 'count'),
          cpuMs: sum(runs, 'cpuMs') / sum(runs, 'count'),
          vsPlain: 1,
          statements: statements[name],
          rounds: runs.map((r) => r.opsPerSecond),
        };
      };
      const [o, p] = [row('ours'), row('plain')];
      o.vsPlain = p.opsPerSecond / o.opsPerSecond;
      return [o, p];
    });
  } finally {
    await pool.end();
  }
}

/** The real schema, executed as api/src/graphql/ws-server.ts `runOperation` runs a query. */
function oursRunner(
  schema: GraphQLSchema,
  services: AppServices,
  document: DocumentNode,
  actor: { userId: string; sessionId: string },
) {
  const caller = {
    credential: { type: 'user', ...actor, expiresAt: new Date(Date.now() + 24 * 3600_000) },
    ip: null,
  };
  const run: Run = async () => {
    const ctx = new RequestContext(services, caller);
    await ctx.open('query');
    let result: ExecutionResult;
    try {
      result = await execute({ schema, document, contextValue: ctx });
    } catch (err) {
      await ctx.abort();
      throw err;
    }
    await ctx.close(result.errors ?? []);
    return result;
  };
  return { schema, document, run };
}

type Row = Record<string, unknown> & { id: string };
type EquipmentRow = Row & { building_id: string | null; floor_id: string | null };
type PlainContext = {
  db: pg.PoolClient;
  buildings: DataLoader<string, Row | null>;
  floors: DataLoader<string, Row | null>;
};

/** The committed SDL with graphql-js's default resolvers, plus the three this document needs. */
function plainSchema(): GraphQLSchema {
  const schema = buildSdlSchema(readFileSync(SDL_PATH, 'utf8'));
  const fields = (type: string) => (schema.getType(type) as GraphQLObjectType).getFields();
  const resolve = (type: string, field: string, fn: GraphQLFieldResolver<never, PlainContext, never>) => {
    fields(type)[field]!.resolve = fn as GraphQLFieldResolver<unknown, unknown>;
  };
  resolve('Query', 'equipmentLedger', async (_, args: { first?: number }, ctx) => {
    const { rows } = await ctx.db.query<EquipmentRow>(
      'select id, code, name, status, building_id, floor_id from equipment order by code, id limit $1',
      [args.first ?? 20],
    );
    return { nodes: rows };
  });
  resolve('Equipment', 'building', (e: EquipmentRow, _, ctx) =>
    e.building_id ? ctx.buildings.load(e.building_id) : null,
  );
  resolve('Equipment', 'floor', (e: EquipmentRow, _, ctx) =>
    e.floor_id ? ctx.floors.load(e.floor_id) : null,
  );
  return schema;
}

/** One `where id = any($1)` per tick; rows row-level security hides come back null. */
const byId = (db: pg.PoolClient, sql: string) =>
  new DataLoader<string, Row | null>(async (ids) => {
    const { rows } = await db.query<Row>(sql, [ids]);
    const found = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => found.get(id) ?? null);
  });

/** The plain schema in a transaction like ours: read only, `app_begin_user`, resolvers, commit. */
function plainRunner(
  schema: GraphQLSchema,
  pool: pg.Pool,
  document: DocumentNode,
  actor: { userId: string; sessionId: string },
) {
  const run: Run = async () => {
    const db = await pool.connect();
    try {
      await db.query('begin read only');
      const { rows } = await db.query('select * from app_begin_user($1, $2)', [
        actor.sessionId,
        actor.userId,
      ]);
      if (!rows[0]) throw new Error('app_begin_user refused the hq.admin session');
      const contextValue: PlainContext = {
        db,
        buildings: byId(db, 'select id, code, name from building where id = any($1)'),
        floors: byId(db, 'select id, level, name from floor where id = any($1)'),
      };
      const result = await execute({ schema, document, contextValue });
      await db.query('commit');
      return result;
    } catch (err) {
      await db.query('rollback').catch(() => undefined);
      throw err;
    } finally {
      db.release();
    }
  };
  return { schema, document, run };
}

/** Validation (once, untimed: Apollo caches it), then one execute each: same data, no errors. */
async function checkSameAnswer(...runners: { schema: GraphQLSchema; document: DocumentNode; run: Run }[]) {
  const answers: string[] = [];
  for (const { schema, document, run } of runners) {
    const invalid = validate(schema, document);
    if (invalid.length > 0)
      throw new Error(`S3 document invalid: ${invalid.map((e) => e.message).join('; ')}`);
    answers.push(JSON.stringify(ok(await run()).data));
  }
  if (answers[0] !== answers[1])
    throw new Error(
      `S3 answers differ:\nours  ${answers[0]!.slice(0, 800)}\nplain ${answers[1]!.slice(0, 800)}`,
    );
  if ((answers[0]!.match(/"level"/g)?.length ?? 0) < 10)
    throw new Error(`S3 answer has too few floors: ${answers[0]!.slice(0, 800)}`);
}

const ok = (result: ExecutionResult) => {
  if (result.errors?.length) throw new Error(`S3 execute failed: ${JSON.stringify(result.errors)}`);
  return result;
};

/** `count` executes, 16 in flight. */
async function warm(run: Run, count: number) {
  let started = 0;
  const worker = async () => {
    while (started < count) {
      started += 1;
      ok(await run());
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
}

/** Keeps `concurrency` executes in flight for `ms`; each worker finishes the execute it began. */
async function drive(run: Run, concurrency: number, ms: number) {
  let count = 0;
  let busyMs = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const end = started + ms;
  const worker = async () => {
    while (performance.now() < end) {
      const t0 = performance.now();
      ok(await run());
      busyMs += performance.now() - t0;
      count += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = performance.now() - started;
  const { user, system } = process.cpuUsage(cpu);
  return { opsPerSecond: count / (elapsed / 1000), busyMs, cpuMs: (user + system) / 1000, count };
}

const sum = <K extends string>(xs: Record<K, number>[], key: K) => xs.reduce((s, x) => s + x[key], 0);

/** A Markdown table of the rows. */
export function formatSchemaOverhead(rows: SchemaOverheadRow[]): string {
  const lines = [
    '| contender | in flight | executes/s (median) | mean ms | CPU ms | vs plain | SQL/execute | executes/s per round |',
    '| --------- | --------: | ------------------: | ------: | -----: | -------: | ----------: | -------------------- |',
  ];
  for (const r of rows)
    lines.push(
      `| ${r.contender} | ${r.concurrency} | ${r.opsPerSecond.toFixed(0)} | ${r.meanMs.toFixed(2)} | ${r.cpuMs.toFixed(2)} | ` +
        `${r.vsPlain.toFixed(2)}x | ${r.statements.toFixed(1)} | ${r.rounds.map((x) => x.toFixed(0)).join(' ')} |`,
    );
  return lines.join('\n');
}
