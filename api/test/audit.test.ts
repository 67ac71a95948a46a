import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPark } from './factories.js';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

type Entry = {
  seq: string;
  actorKind: string;
  actorId: string | null;
  actorLabel: string | null;
  parkId: string | null;
  operation: string;
  targetType: string | null;
  targetId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  ip: string | null;
  requestId: string | null;
  outcome: string;
  errorCode: string | null;
  hash: string;
};
const ENTRY =
  'seq actorKind actorId actorLabel parkId operation targetType targetId before after ip requestId outcome errorCode hash';
const LOG = `query ($filter: AuditFilter, $first: Int, $before: ID) { auditLog(filter: $filter, first: $first, before: $before) { hasMore entries { ${ENTRY} } } }`;
const VERIFY = '{ verifyAuditChain { ok checked lastSeq brokenSeq problem } }';

async function entries(filter: Record<string, unknown>, first = 20) {
  // `before: null` is how the console asks for the first page.
  return (await t.gqlOk<{ auditLog: { entries: Entry[] } }>(LOG, { filter, first, before: null })).auditLog
    .entries;
}

const CONTACTS = '{ id name contacts { phone } }';

describe('the audit log', () => {
  it('records a mutation with who, what, before and after, masking personal data', async () => {
    const [tenant] = await t.sql<{ id: string; name: string }>(
      'select id, name from tenant_company order by name limit 1',
    );
    await t.gqlOk(
      `mutation ($id: ID!, $input: UpdateTenantCompanyInput!) { updateTenantCompany(id: $id, input: $input) ${CONTACTS} }`,
      {
        id: tenant!.id,
        input: {
          description: '审计测试',
          contacts: [{ name: '审计员', phone: '13912345678', isPrimary: true }],
        },
      },
    );
    const [entry] = await entries({ operation: 'updateTenantCompany', targetId: tenant!.id });
    expect(entry).toMatchObject({
      actorKind: 'staff',
      actorLabel: '王志远',
      operation: 'updateTenantCompany',
      targetType: 'TenantCompany',
      outcome: 'OK',
      errorCode: null,
    });
    expect(entry!.ip).toMatch(/^10\./);
    expect(entry!.requestId).toBeTruthy();
    expect(entry!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(entry!.after?.description).toBe('审计测试');
    expect(entry!.before?.description).not.toBe('审计测试');
    const text = JSON.stringify(entry);
    expect(text).toContain('139****5678');
    expect(text).not.toContain('13912345678');
  });

  it('records a refused mutation as FAILED, and the change did not happen', async () => {
    const [unit] = await t.sql<{ id: string; gross_area: string }>('select id, gross_area from unit limit 1');
    const r = await t.gql(
      'mutation ($id: ID!) { updateUnit(id: $id, input: { usableArea: 999999 }) { id } }',
      { id: unit!.id },
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const [entry] = await entries({ operation: 'updateUnit', outcome: 'FAILED' });
    expect(entry).toMatchObject({ outcome: 'FAILED', errorCode: 'BAD_USER_INPUT', actorLabel: '王志远' });
    const [after] = await t.sql<{ gross_area: string }>('select gross_area from unit where id = $1', [
      unit!.id,
    ]);
    expect(after!.gross_area).toBe(unit!.gross_area);
  });

  it('records denied access and sign-ins, never the password', async () => {
    const cleaner = await t.as('cleaner');
    await cleaner.gql('{ users(first: 1) { totalCount } }');
    await t
      .withAuthorization(undefined)
      .gql('mutation { login(input: { login: "cleaner", password: "Wrong-password-1" }) { accessToken } }');
    const denied = await entries({ operation: 'users', outcome: 'DENIED' });
    expect(denied[0]).toMatchObject({ actorKind: 'staff', actorLabel: '周秀兰', errorCode: 'FORBIDDEN' });
    const logins = await entries({ operation: 'login' });
    expect(logins.map((e) => e.outcome)).toEqual(expect.arrayContaining(['OK', 'FAILED']));
    expect(logins.find((e) => e.outcome === 'FAILED')).toMatchObject({
      targetType: 'AppUser',
      errorCode: 'UNAUTHENTICATED',
    });
    const raw = await t.sql<{ row: string }>(
      `select a::text as row from audit_log a where operation = 'login'`,
    );
    for (const r of raw) expect(r.row).not.toMatch(/Wrong-password|Demo@2026/);
  });

  it('shows a park manager only their parks’ entries, and tenants none', async () => {
    const other = await createPark(t);
    const manager = await t.as('park.manager');
    const seen = (await manager.gqlOk<{ auditLog: { entries: Entry[] } }>(LOG, { first: 100 })).auditLog
      .entries;
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.some((e) => e.targetId === other.id)).toBe(false);
    const all = await entries({ targetId: other.id });
    expect(all[0]).toMatchObject({ operation: 'createPark', parkId: other.id });
    const tenant = await t.as('tenant.admin');
    expect((await tenant.gql(LOG, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('verifies the chain, and names the first row an owner edited', async () => {
    // A database of its own: breaking the chain must not break the other tests' chain.
    const fresh = await startTestApp();
    try {
      for (const login of ['quality', 'finance', 'leasing', 'engineer', 'cleaner', 'guard'])
        await (await fresh.as(login)).gqlOk('{ viewer { id } }');
      const intact = await fresh.gqlOk<{
        verifyAuditChain: { ok: boolean; checked: number; brokenSeq: string | null };
      }>(VERIFY);
      expect(intact.verifyAuditChain).toMatchObject({ ok: true, brokenSeq: null });
      expect(intact.verifyAuditChain.checked).toBeGreaterThan(5);

      const [victim] = await fresh.sql<{ seq: string }>(
        'select seq from audit_log order by seq offset 2 limit 1',
      );
      await fresh.sql(`update audit_log set actor_label = 'someone else' where seq = $1`, [victim!.seq]);
      const edited = await fresh.gqlOk<{
        verifyAuditChain: { ok: boolean; brokenSeq: string; problem: string };
      }>(VERIFY);
      expect(edited.verifyAuditChain).toMatchObject({
        ok: false,
        brokenSeq: victim!.seq,
        problem: 'row content does not match its hash',
      });

      // Re-hashing the edited row to hide the edit breaks the link to the next one instead.
      await fresh.sql(
        `update audit_log set hash = sha256(convert_to(audit_canonical(audit_log), 'UTF8')) where seq = $1`,
        [victim!.seq],
      );
      const rehashed = await fresh.gqlOk<{ verifyAuditChain: { brokenSeq: string; problem: string } }>(
        VERIFY,
      );
      expect(rehashed.verifyAuditChain).toMatchObject({
        brokenSeq: String(Number(victim!.seq) + 1),
        problem: 'link to the previous row is broken',
      });
    } finally {
      await fresh.close();
    }
  });

  it('names a deleted row', async () => {
    const fresh = await startTestApp();
    try {
      await (await fresh.as('quality')).gqlOk('{ viewer { id } }');
      await (await fresh.as('finance')).gqlOk('{ viewer { id } }');
      const [victim] = await fresh.sql<{ seq: string }>(
        'select seq from audit_log order by seq offset 1 limit 1',
      );
      await fresh.sql('delete from audit_log where seq = $1', [victim!.seq]);
      const admin = await fresh.as('hq.admin');
      const report = await admin.gqlOk<{
        verifyAuditChain: { ok: boolean; brokenSeq: string; problem: string };
      }>(VERIFY);
      expect(report.verifyAuditChain).toMatchObject({
        ok: false,
        brokenSeq: String(Number(victim!.seq) + 1),
        problem: 'rows are missing before this one',
      });
    } finally {
      await fresh.close();
    }
  });

  it('chains concurrent writers into one unbroken sequence', async () => {
    const fresh = await startTestApp();
    try {
      await Promise.all(Array.from({ length: 12 }, (_, i) => createPark(fresh, { name: `并发园区${i}` })));
      const seqs = (await fresh.sql<{ seq: string }>('select seq from audit_log order by seq')).map((r) =>
        Number(r.seq),
      );
      expect(seqs).toEqual(seqs.map((_, i) => i + 1));
      const report = await fresh.gqlOk<{ verifyAuditChain: { ok: boolean } }>(VERIFY);
      expect(report.verifyAuditChain.ok).toBe(true);
    } finally {
      await fresh.close();
    }
  });
});
