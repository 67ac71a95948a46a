import {
  type GraphQLArgument,
  GraphQLEnumType,
  type GraphQLField,
  GraphQLInputObjectType,
  type GraphQLInputType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  type GraphQLOutputType,
  GraphQLScalarType,
  type GraphQLSchema,
  getNamedType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../src/graphql/build-schema.js';
import { createTopicPubSub } from '../src/graphql/pubsub.js';
import { demoSite, pairedKiosk, unique } from './factories.js';
import { type GqlResult, type Session, startTestApp, type TestApp } from './test-app.js';

/**
 * A schema-driven fuzzer: for every root query and mutation, as every seeded role, a kiosk, a
 * partner key and an anonymous client, documents with generated valid and invalid arguments. It
 * fails on any INTERNAL, any stack trace, any phone or ID number shown to a caller that may read
 * none, and any connection left busy. Fixed seed and a bounded number of operations per caller
 * here; `FUZZ_OPS=2000 FUZZ_SEED=7 pnpm vitest run api/test/schema-fuzz.test.ts` runs longer.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261205);
const OPS_PER_CALLER = Number(process.env.FUZZ_OPS ?? 60);

/** Mutations that end the caller's own session; their own tests cover them. */
const SKIP = new Set(['logout', 'logoutEverywhere', 'changePassword']);

function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

type Caller = { name: string; session: Session; mayReadPeople: boolean };

let t: TestApp;
let schema: GraphQLSchema;
let callers: Caller[];
const ids: string[] = [];

beforeAll(async () => {
  t = await startTestApp();
  schema = await buildSchema(createTopicPubSub());
  const demo = await demoSite(t);
  // Real ids of every table keyed by a uuid, so a new feature's records join the pool unasked.
  const tables = await t.sql<{ table_name: string }>(
    `select table_name from information_schema.columns
      where table_schema = 'public' and column_name = 'id' and data_type = 'uuid' order by table_name`,
  );
  expect(tables.length).toBeGreaterThanOrEqual(13);
  for (const { table_name: table } of tables) {
    const rows = await t.sql<{ id: string }>(`select id::text as id from ${table} order by random() limit 3`);
    ids.push(...rows.map((r) => r.id));
  }
  const logins = [
    'hq.admin',
    'park.manager',
    'cs.agent',
    'engineer',
    'finance',
    'guard',
    'cleaner',
    'gardener',
    'leasing',
    'quality',
    'tenant.admin',
    'tenant.staff',
    'tenant2.admin',
  ];
  callers = [];
  for (const login of logins) {
    const session = await t.as(login);
    const viewer = await session.gqlOk<{ viewer: { permissions: string[] } }>('{ viewer { permissions } }');
    const p = new Set(viewer.viewer.permissions);
    callers.push({
      name: login,
      session,
      mayReadPeople: p.has('tenant.read') || p.has('user.read') || p.has('workOrder.read'),
    });
  }
  const kiosk = await pairedKiosk(t, demo);
  callers.push({
    name: 'kiosk',
    session: kiosk,
    mayReadPeople: false,
  });
  const key = await t.gqlOk<{ createApiKey: { token: string } }>(
    'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }',
    {
      input: {
        name: unique('模糊-'),
        partner: '测试',
        scopes: ['assets:read'],
        parkIds: [demo.parkId],
        rateLimitPerMinute: 100000,
      },
    },
  );
  callers.push({
    name: 'partner assets:read',
    session: t.withAuthorization(`ApiKey ${key.createApiKey.token}`),
    mayReadPeople: false,
  });
  callers.push({ name: 'anonymous', session: t.withAuthorization(undefined), mayReadPeople: false });
}, 120_000);
afterAll(() => t?.close());

/** Generated values: mostly plausible, some hostile. */
class Values {
  constructor(private readonly random: () => number) {}
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }
  string(name: string): string {
    const lower = name.toLowerCase();
    if (lower.endsWith('id') || lower === 'after' || lower === 'before')
      return this.pick([
        ...ids,
        ...ids,
        '00000000-0000-0000-0000-000000000000',
        'not-a-uuid',
        '',
        'x'.repeat(300),
      ]);
    if (/date|on$|from|to$/.test(lower))
      return this.pick(['2026-01-15', '2026-02-30', '2026-13-01', 'yesterday', '']);
    return this.pick([
      '测试',
      'a',
      '',
      ' ',
      '空调不制冷 B1',
      '13812345678',
      'x'.repeat(101),
      '字'.repeat(501),
      'y'.repeat(2100),
      'z'.repeat(20_001),
      'nul\u0000byte',
      'lone\ud800surrogate',
      '😀'.repeat(60),
      "'; drop table park; --",
      '%_\\',
      'SZ-XH',
      'Demo@2026!',
    ]);
  }
  number(integer: boolean): number {
    if (this.random() < 0.65) return this.pick(integer ? [1, 2, 5, 10] : [1, 25.5, 300]);
    return this.pick(
      integer
        ? [0, 1, 2, 5, 20, 100, 101, -1, 2_147_483_647, -2_147_483_648, 366, 1_000_000]
        : [0, 0.01, 1, 150.5, 1e6, 1e9, 1e300, -5, 123456789.123],
    );
  }
  input(type: GraphQLInputType, name: string, depth: number): unknown {
    if (type instanceof GraphQLNonNull) return this.input(type.ofType, name, depth);
    if (type instanceof GraphQLList) {
      const n = this.pick([0, 1, 1, 2, 3]);
      return Array.from({ length: n }, () => this.input(type.ofType, name, depth + 1));
    }
    if (type instanceof GraphQLEnumType) return this.pick(type.getValues()).name;
    if (type instanceof GraphQLInputObjectType) {
      const out: Record<string, unknown> = {};
      for (const field of Object.values(type.getFields())) {
        const required = field.type instanceof GraphQLNonNull && field.defaultValue === undefined;
        if (required || (depth < 3 && this.random() < 0.6))
          out[field.name] = this.input(field.type, field.name, depth + 1);
      }
      return out;
    }
    if (type instanceof GraphQLScalarType) {
      switch (type.name) {
        case 'Int':
          return this.number(true);
        case 'Float':
          return this.number(false);
        case 'Boolean':
          return this.random() < 0.5;
        case 'ID':
          return this.string(`${name}Id`);
        case 'LocalDate':
          return this.pick(['2026-01-15', '2026-02-28', '2026-02-30']);
        case 'DateTimeISO':
          return this.pick(['2026-01-15T08:00:00.000Z', '2026-02-30T00:00:00Z']);
        default:
          return this.string(name);
      }
    }
    return null;
  }
}

/** Scalars of the type and, one level down, of the objects it holds. */
function selection(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (!(named instanceof GraphQLObjectType)) return '';
  const parts: string[] = [];
  for (const field of Object.values(named.getFields()) as GraphQLField<unknown, unknown>[]) {
    if (field.args.some((a) => a.type instanceof GraphQLNonNull)) continue;
    const inner = getNamedType(field.type);
    if (inner instanceof GraphQLObjectType) {
      if (depth < 2) {
        const sub = selection(field.type, depth + 1);
        if (sub) parts.push(`${field.name} ${sub}`);
      }
    } else parts.push(field.name);
  }
  return parts.length ? `{ ${parts.join(' ')} }` : '';
}

function document(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, v: Values) {
  const args = field.args.filter(
    (a: GraphQLArgument) => a.type instanceof GraphQLNonNull || v.pick([true, false]),
  );
  const variables: Record<string, unknown> = {};
  for (const a of args) variables[a.name] = v.input(a.type, a.name, 0);
  const defs = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const query = `${kind}${defs ? ` (${defs})` : ''} { ${field.name}${call ? `(${call})` : ''} ${selection(field.type, 0)} }`;
  return { query, variables };
}

const PHONE = /(?<!\d)1[3-9]\d{9}(?!\d)/;
const ID_NUMBER = /(?<![0-9A-Z])\d{17}[\dX](?![0-9A-Z])/;

describe('schema fuzzer', () => {
  it(`${OPS_PER_CALLER} generated operations per caller: no INTERNAL, no stack, no personal data out of reach, no busy connection`, async () => {
    const random = prng(SEED);
    const v = new Values(random);
    const roots = [
      ...Object.values(schema.getQueryType()!.getFields()).map((f) => ['query', f] as const),
      ...Object.values(schema.getMutationType()!.getFields())
        .filter((f) => !SKIP.has(f.name))
        .map((f) => ['mutation', f] as const),
    ];
    const failures: string[] = [];
    const codes = new Map<string, number>();
    let answered = 0;
    for (const caller of callers) {
      for (let i = 0; i < OPS_PER_CALLER; i += 1) {
        const [kind, field] =
          i < roots.length ? roots[(i * 7 + callers.indexOf(caller)) % roots.length]! : v.pick(roots);
        const { query, variables } = document(kind, field, v);
        let res: GqlResult;
        try {
          res = await caller.session.gql(query, variables);
        } catch (err) {
          failures.push(`${caller.name} ${field.name}: no answer (${String(err)})`);
          continue;
        }
        answered += 1;
        const text = JSON.stringify(res);
        for (const e of res.errors ?? []) {
          const code = String(e.extensions?.code);
          codes.set(code, (codes.get(code) ?? 0) + 1);
          if (code === 'INTERNAL' || code === 'undefined')
            failures.push(
              `${caller.name} ${field.name}: ${code} ${e.message} ${JSON.stringify(variables).slice(0, 300)}`,
            );
        }
        if (/"stack"|\bat [\w.<>]+ \(|\.ts:\d+|\.js:\d+/.test(text))
          failures.push(`${caller.name} ${field.name}: stack trace`);
        if (!caller.mayReadPeople && res.data) {
          const data = JSON.stringify(res.data);
          if (PHONE.test(data) || ID_NUMBER.test(data))
            failures.push(`${caller.name} ${field.name}: phone or ID number in ${data.slice(0, 200)}`);
        }
      }
    }
    if (process.env.FUZZ_VERBOSE) console.log(answered, Object.fromEntries(codes));
    expect(failures).toEqual([]);
    expect(answered).toBe(callers.length * OPS_PER_CALLER);
    // The run reached past the input gate and the permission check, not only into them.
    expect(codes.get('BAD_USER_INPUT') ?? 0).toBeGreaterThan(0);
    expect(codes.get('FORBIDDEN') ?? 0).toBeGreaterThan(0);
    const [busy] = await t.sql<{ n: number }>(
      `select count(*)::int as n from pg_stat_activity
       where datname = current_database() and usename = 'park_app' and state <> 'idle'`,
    );
    expect(busy!.n).toBe(0);
    expect((await fetch(`${t.url}/readyz`)).status).toBe(200);
  }, 600_000);
});
