import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_PERMISSIONS, auditVocabulary } from '../src/modules/registry.js';
import { createSite, createStaffUser, createUnit, unique } from './factories.js';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z]/;

type Group = {
  module: string;
  name: string;
  nameEn: string;
  permissions: { key: string; name: string; nameEn: string; description: string; descriptionEn: string }[];
};

describe('the permission catalogue in words (issue 16, item 3)', () => {
  it('groups every permission under its feature, named in Chinese and in English', async () => {
    const { permissionCatalogue: groups } = await t.gqlOk<{ permissionCatalogue: Group[] }>(
      '{ permissionCatalogue { module name nameEn permissions { key name nameEn description descriptionEn } } }',
    );
    expect(groups.flatMap((g) => g.permissions.map((p) => p.key)).sort()).toEqual(
      [...ALL_PERMISSIONS].sort(),
    );
    const workOrders = groups.find((g) => g.module === 'work-order');
    expect(workOrders).toMatchObject({ name: '工单', nameEn: 'Work orders' });
    expect(workOrders?.permissions.find((p) => p.key === 'workOrder.dispatch')).toMatchObject({
      name: '派单',
      nameEn: 'Dispatch work orders',
      description: '派单、改派、取消和关闭工单。',
    });
    for (const g of groups) {
      // Chinese names hold no Latin letters, English names no Chinese ones.
      for (const zh of [g.name, ...g.permissions.flatMap((p) => [p.name, p.description])]) {
        expect(zh, `${g.module}: ${zh}`).toMatch(HAN);
        expect(zh, `${g.module}: ${zh}`).not.toMatch(LATIN);
      }
      for (const en of [g.nameEn, ...g.permissions.flatMap((p) => [p.nameEn, p.descriptionEn])])
        expect(en, `${g.module}: ${en}`).not.toMatch(HAN);
    }
  });

  it('is readable by those who may read users, and refused to a tenant employee', async () => {
    const staff = await t.as('tenant.staff');
    const r = await staff.gql('{ permissionCatalogue { module } }');
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('audit actions in words', () => {
  it('names every mutation and every job task', async () => {
    const vocabulary = auditVocabulary();
    const { __schema } = await t.gqlOk<{ __schema: { mutationType: { fields: { name: string }[] } } }>(
      '{ __schema { mutationType { fields { name } } } }',
    );
    const named = new Set(vocabulary.modules.flatMap((m) => Object.keys(m.actions)));
    const unnamed = __schema.mutationType.fields.map((f) => f.name).filter((op) => !named.has(op));
    expect(unnamed).toEqual([]);
    for (const task of ['workOrder.slaCheck', 'workOrder.followUp', 'maintenance.generate'])
      expect(named.has(task), task).toBe(true);
    // A denied read is named after its feature.
    expect(vocabulary.words('equipmentLedger')).toMatchObject({
      module: 'equipment',
      action: { zh: '查看设备', en: 'View equipment' },
    });
  });
});

type Entry = {
  seq: string;
  actorId: string | null;
  actorLabel: string | null;
  operation: string;
  module: string | null;
  moduleName: string | null;
  moduleNameEn: string | null;
  action: string;
  actionEn: string;
  targetName: string | null;
  outcome: string;
  occurredAt: string;
};
const LOG = `query ($filter: AuditFilter, $first: Int) { auditLog(filter: $filter, first: $first) { hasMore entries {
  seq actorId actorLabel operation module moduleName moduleNameEn action actionEn targetName outcome occurredAt } } }`;

async function log(filter: Record<string, unknown>, first = 50) {
  return (await t.gqlOk<{ auditLog: { entries: Entry[]; hasMore: boolean } }>(LOG, { filter, first }))
    .auditLog;
}

describe('the audit log read in plain language, filtered', () => {
  let site: Awaited<ReturnType<typeof createSite>>;
  let clerk: { id: string; login: string; password: string };
  let unitCode: string;
  let startedAt: Date;

  beforeAll(async () => {
    startedAt = new Date(Date.now() - 1000);
    site = await createSite(t);
    clerk = await createStaffUser(t, site.park.id, 'park_manager', '审计测试员');
    // A new user sets a password of their own before working.
    await (await t.as(clerk.login, clerk.password)).gqlOk(
      'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }',
      { c: clerk.password, n: 'Audit-words-2026' },
    );
    const session = await t.as(clerk.login, 'Audit-words-2026');
    unitCode = unique('A-');
    const created = await session.gqlOk<{ createUnit: { id: string } }>(
      'mutation ($input: CreateUnitInput!) { createUnit(input: $input) { id } }',
      { input: { floorId: site.floor.id, code: unitCode, type: 'OFFICE', grossArea: 120, usableArea: 100 } },
    );
    await session.gqlOk('mutation ($id: ID!) { updateUnit(id: $id, input: { usableArea: 90 }) { id } }', {
      id: created.createUnit.id,
    });
    // Refused: beyond the gross area.
    await session.gql('mutation ($id: ID!) { updateUnit(id: $id, input: { usableArea: 999999 }) { id } }', {
      id: created.createUnit.id,
    });
    // Another person's change in the same park, which the person filter leaves out.
    await createUnit(t, site.floor.id);
  });

  it('says who did what to which thing, in both languages', async () => {
    const { entries } = await log({ actorId: clerk.id, operation: 'updateUnit', outcome: 'OK' });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorLabel: '审计测试员',
      module: 'unit',
      moduleName: '房源',
      moduleNameEn: 'Units',
      action: '修改房源',
      actionEn: 'Edit a unit',
      targetName: expect.stringContaining(unitCode),
      outcome: 'OK',
    });
  });

  it('filters by person, module, action, outcome and dates, together', async () => {
    const mine = await log({ actorId: clerk.id, module: 'unit' });
    expect(mine.entries.map((e) => [e.operation, e.outcome])).toEqual([
      ['updateUnit', 'FAILED'],
      ['updateUnit', 'OK'],
      ['createUnit', 'OK'],
    ]);
    const byModule = await log({ module: 'unit', from: startedAt.toISOString() });
    expect(byModule.entries.length).toBe(4);
    expect(new Set(byModule.entries.map((e) => e.module))).toEqual(new Set(['unit']));
    expect((await log({ actorId: clerk.id, outcome: 'FAILED' })).entries.map((e) => e.action)).toEqual([
      '修改房源',
    ]);
    // An action outside the module matches nothing; a range before it all matches nothing.
    expect((await log({ module: 'unit', operation: 'login' })).entries).toEqual([]);
    expect((await log({ actorId: clerk.id, to: startedAt.toISOString() })).entries).toEqual([]);
    // Sign-in belongs to its own module.
    const signIn = await log({ actorId: clerk.id, module: 'auth' });
    expect(signIn.entries.map((e) => [e.operation, e.action, e.actionEn]).sort()).toEqual([
      ['changePassword', '修改密码', 'Change the password'],
      ['login', '登录', 'Sign in'],
      ['login', '登录', 'Sign in'],
    ]);
  });

  it('pages a filtered log in one statement per page', async () => {
    const first = await t.statements.measure(() => log({ module: 'unit' }, 2));
    expect(first.result.entries).toHaveLength(2);
    expect(first.result.hasMore).toBe(true);
    expect(first.statements).toBeLessThanOrEqual(2); // the actor, then the page
  });

  it('refuses a range that ends before it begins, and lists the filter choices in words', async () => {
    const r = await t.gql(LOG, { filter: { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' } });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.to' });
    const { auditVocabulary: modules } = await t.gqlOk<{
      auditVocabulary: { module: string; name: string; actions: { operation: string; name: string }[] }[];
    }>('{ auditVocabulary { module name nameEn actions { operation name nameEn } } }');
    expect(modules.find((m) => m.module === 'unit')).toMatchObject({
      name: '房源',
      actions: [
        { operation: 'createUnit', name: '新增房源' },
        { operation: 'updateUnit', name: '修改房源' },
        { operation: 'retireUnit', name: '停用房源' },
        { operation: 'import:units', name: '导入房源' },
      ],
    });
  });
});
