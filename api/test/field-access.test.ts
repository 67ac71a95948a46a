import {
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldRequirements } from '../src/graphql/authorize.js';
import { buildSchema } from '../src/graphql/build-schema.js';
import { createTopicPubSub } from '../src/graphql/pubsub.js';
import {
  KIOSK,
  type Permission,
  PUBLIC,
  type Requirement,
  SELF_OR_USER_READ,
  SIGNED_IN,
} from '../src/modules/auth/permissions.js';
import { ACCESS, API_KEY_SCOPES, BUILTIN_ROLES, isPermission, TYPE_ACCESS } from '../src/modules/registry.js';
import { loadAccessCases } from './access-cases.js';
import { demoSite, pairedKiosk, unique } from './factories.js';
import { type Session, startTestApp, type TestApp } from './test-app.js';

/**
 * Field-level authorization, proved two ways: a walk of the schema per role and credential kind
 * (every field reachable from the root fields it may call, through the fields whose declared
 * requirement it meets), and the attacks that found the gap, sent as those callers.
 */

/**
 * What a caller without a type's own permission may still see of it once a declared field led
 * there (a work order's equipment, the company in a unit): names that identify, nothing more.
 * Each feature lists them for its types (`identity` in `modules/<feature>/<feature>.access-cases.ts`);
 * a field added to these types is not reachable that way until it is listed there or guarded.
 */
const IDENTITY: Record<string, readonly string[]> = {};
for (const { cases } of await loadAccessCases())
  for (const [type, fields] of Object.entries(cases.identity ?? {})) {
    if (Object.hasOwn(IDENTITY, type)) throw new Error(`${type}: identity listed twice`);
    IDENTITY[type] = fields;
  }

type Caller = {
  name: string;
  kind: 'staff' | 'tenant' | 'device' | 'partner';
  permissions: ReadonlySet<Permission>;
};

const callers: Caller[] = [
  ...BUILTIN_ROLES.map((r) => ({
    name: r.key,
    kind: r.audience === 'STAFF' ? ('staff' as const) : ('tenant' as const),
    permissions: new Set(r.permissions),
  })),
  { name: 'kiosk', kind: 'device', permissions: new Set() },
  ...API_KEY_SCOPES.entries().map(([scope, spec]) => ({
    name: `partner ${scope}`,
    kind: 'partner' as const,
    permissions: new Set(spec.permissions),
  })),
];

/** Whether the caller meets a requirement on a record that is not themselves. */
function meets(c: Caller, requirement: Requirement): boolean {
  if (requirement === PUBLIC || requirement === SIGNED_IN) return true;
  if (requirement === KIOSK) return c.kind === 'device';
  if (requirement === SELF_OR_USER_READ) return c.permissions.has('user.read');
  return c.permissions.has(requirement);
}

/** `Type.field` pairs the caller can reach, and the types they lead to. */
function reachable(schema: GraphQLSchema, requirements: Map<string, Requirement>, c: Caller): Set<string> {
  const seen = new Set<string>();
  const queue: GraphQLObjectType[] = [];
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    for (const field of Object.values(root!.getFields())) {
      if (!meets(c, requirements.get(`${root!.name}.${field.name}`)!)) continue;
      const target = getNamedType(field.type);
      if (target instanceof GraphQLObjectType) queue.push(target);
    }
  }
  const visited = new Set<string>();
  while (queue.length > 0) {
    const type = queue.pop()!;
    if (visited.has(type.name)) continue;
    visited.add(type.name);
    for (const field of Object.values(type.getFields())) {
      const requirement = requirements.get(`${type.name}.${field.name}`);
      if (requirement !== undefined && !meets(c, requirement)) continue;
      seen.add(`${type.name}.${field.name}`);
      const target = getNamedType(field.type);
      if (target instanceof GraphQLObjectType) queue.push(target);
    }
  }
  return seen;
}

describe('the schema walked per role and credential kind', () => {
  let schema: GraphQLSchema;
  let requirements: Map<string, Requirement>;
  beforeAll(async () => {
    schema = await buildSchema(createTopicPubSub());
    requirements = fieldRequirements(schema, ACCESS);
  });

  for (const caller of callers) {
    it(`${caller.name}: reaches no field its permissions do not grant`, () => {
      const fields = reachable(schema, requirements, caller);
      expect(fields.size).toBeGreaterThan(0);
      const leaks: string[] = [];
      for (const key of fields) {
        const [type, field] = key.split('.') as [string, string];
        const access = TYPE_ACCESS[type];
        if (access === undefined || access === 'inherit' || meets(caller, access)) continue;
        if (!IDENTITY[type]?.includes(field)) leaks.push(key);
      }
      expect(leaks).toEqual([]);
    });
  }

  it('the walk sees what the roles are meant to see (so the check above is not vacuous)', () => {
    const byName = (n: string) => reachable(schema, requirements, callers.find((c) => c.name === n)!);
    expect(byName('hq_admin').has('TenantContact.phone')).toBe(true);
    expect(byName('cleaning').has('TenantContact.phone')).toBe(false);
    expect(byName('cleaning').has('TenantCompany.name')).toBe(true);
    expect(byName('cleaning').has('Equipment.serialNumber')).toBe(false);
    expect(byName('engineering').has('Equipment.serialNumber')).toBe(true);
    expect(byName('kiosk').has('Unit.code')).toBe(false);
    expect(byName('kiosk').has('Park.name')).toBe(true);
    expect(byName('partner assets:read').has('TenantCompany.uscc')).toBe(false);
    expect(byName('partner supervisor:read').has('TenantCompany.uscc')).toBe(true);
  });

  it('declared requirements are real ones', () => {
    for (const [key, requirement] of requirements) {
      const ok =
        [PUBLIC, SIGNED_IN, KIOSK, SELF_OR_USER_READ].includes(requirement as never) ||
        isPermission(requirement);
      expect(ok, `${key}: ${requirement}`).toBe(true);
    }
    // Wrappers keep their nodes' rules; a list of lists would hide a type from this walk.
    for (const type of Object.values(schema.getTypeMap()))
      if (type instanceof GraphQLObjectType)
        for (const f of Object.values(type.getFields())) {
          const inner = getNullableType(f.type);
          if (inner instanceof GraphQLList) {
            const item = getNullableType(inner.ofType);
            expect(
              item instanceof GraphQLList || item instanceof GraphQLNonNull,
              `${type.name}.${f.name}`,
            ).toBe(false);
          }
        }
  });
});

describe('the attacks that found the gap', () => {
  let t: TestApp;
  let demo: { parkId: string; buildingId: string; floorId: string };
  const deep = (leaf: string) =>
    `{ viewer { parks { buildings { floors { units { code tenant { name ${leaf} } } } } } } }`;
  beforeAll(async () => {
    t = await startTestApp();
    demo = await demoSite(t);
  });
  afterAll(() => t.close());

  function forbidden(res: { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] }) {
    expect(res.errors?.length ?? 0).toBeGreaterThan(0);
    expect(res.errors!.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
    expect(JSON.stringify(res.data ?? null)).not.toMatch(/\d{11}|91\d{4}[0-9A-Z]{10}|@/);
  }

  it('a paired kiosk cannot walk from its park into units and companies', async () => {
    const kiosk = await pairedKiosk(t, demo);
    forbidden(await kiosk.gql(deep('uscc legalRepresentative employeeCount')));
    forbidden(
      await kiosk.gql(
        '{ viewer { kioskDevice { building { floors { units { code } occupancy { rate } } } } } }',
      ),
    );
    // What the kiosk app reads still works.
    const ok = await kiosk.gql<{ viewer: { parks: { name: string }[] } }>(
      '{ viewer { parks { id name timeZone } kioskDevice { id name building { id name } } } }',
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.viewer.parks[0]?.name).toBeTruthy();
  });

  it('the cleaning crew and an assets:read key cannot read tenant contacts', async () => {
    const cleaner = await t.as('cleaner');
    const { createApiKey } = await t.gqlOk<{ createApiKey: { token: string } }>(
      'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }',
      { input: { name: unique('资产-'), partner: '测试', scopes: ['assets:read'], parkIds: [demo.parkId] } },
    );
    const partner = t.withAuthorization(`ApiKey ${createApiKey.token}`);
    for (const caller of [cleaner, partner]) {
      const res = await caller.gql(
        '{ units(first: 50, filter: { statuses: [LEASED] }) { nodes { code tenant { name contacts { phone email } uscc } } } }',
      );
      forbidden(res);
    }
    // The unit list with its occupant's name, as the asset tree shows it, still works for them.
    const names = await cleaner.gql<{ units: { nodes: { tenant: { name: string } | null }[] } }>(
      '{ units(first: 50, filter: { statuses: [LEASED] }) { nodes { code tenant { id name } } } }',
    );
    expect(names.errors).toBeUndefined();
    expect(names.data!.units.nodes.some((n) => n.tenant?.name)).toBe(true);
  });

  it('staff without equipment.read cannot read serial numbers or history through a work order', async () => {
    const [equipment] = await t.sql<{ id: string }>('select id from equipment where park_id = $1 limit 1', [
      demo.parkId,
    ]);
    const desk = await t.as('cs.agent');
    const { submitWorkOrder } = await desk.gqlOk<{ submitWorkOrder: { id: string } }>(
      'mutation ($input: SubmitWorkOrderInput!) { submitWorkOrder(input: $input) { id } }',
      { input: { category: 'CLEANING', title: '设备间地面油污', equipmentId: equipment!.id } },
    );
    const cleaner: Session = await t.as('cleaner');
    const ok = await cleaner.gql<{ workOrder: { equipment: { code: string } } }>(
      'query ($id: ID!) { workOrder(id: $id) { equipment { code name } } }',
      { id: submitWorkOrder.id },
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.workOrder.equipment.code).toBeTruthy();
    for (const leaf of [
      'serialNumber',
      'manufacturer',
      'history(first: 5) { nodes { note } }',
      'building { name }',
    ]) {
      const res = await cleaner.gql(
        `query ($id: ID!) { workOrder(id: $id) { equipment { code ${leaf} } } }`,
        {
          id: submitWorkOrder.id,
        },
      );
      forbidden(res);
    }
    const engineer = await t.as('engineer');
    const seen = await engineer.gql(
      'query ($id: ID!) { workOrder(id: $id) { equipment { code serialNumber } } }',
      {
        id: submitWorkOrder.id,
      },
    );
    expect(seen.errors).toBeUndefined();
  });

  it('an employee sees who filed a colleague’s order, but not their login, roles or parks', async () => {
    const employee = await t.as('tenant.staff');
    const [order] = await t.sql<{ id: string }>(
      `select w.id from work_order w join app_user me on me.login = 'tenant.staff'
       where w.tenant_id = me.tenant_id and w.requester_id is not null and w.requester_id <> me.id limit 1`,
    );
    const ok = await employee.gql<{ workOrder: { requester: { displayName: string } } }>(
      'query ($id: ID!) { workOrder(id: $id) { requester { displayName } } }',
      { id: order!.id },
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.workOrder.requester.displayName).toBeTruthy();
    for (const field of ['login', 'roles { key }', 'parks { id }', 'lastLoginAt', 'status']) {
      const res = await employee.gql(`query ($id: ID!) { workOrder(id: $id) { requester { ${field} } } }`, {
        id: order!.id,
      });
      forbidden(res);
    }
    // Their own record, through viewer, stays readable.
    const self = await employee.gql('{ viewer { user { id login mustChangePassword roles { key } } } }');
    expect(self.errors).toBeUndefined();
  });
});
