import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePlate } from '../src/kernel/plate.js';
import { unseal } from '../src/modules/visitor/visitor.crypto.js';
import type { PassMessage, VisitorNotifier } from '../src/modules/visitor/visitor.notifier.js';
import { useVisitorNotifier } from '../src/modules/visitor/visitor.notifier.js';
import { readPass } from '../src/modules/visitor/visitor.pass.js';
import { useVisitorSettings, visitorSettings } from '../src/modules/visitor/visitor.settings.js';
import { codeOf, domainOf } from './auth-helpers.js';
import { type Session, startTestApp, type TestApp } from './test-app.js';
import { INVITE, idNumber, invite } from './visitor-helpers.js';

let t: TestApp;
let host: Session; // tenant.admin, company A
let colleague: Session; // tenant.staff, company A
let other: Session; // tenant2.admin, company B
let guard: Session; // security: visitor.pii
let cs: Session; // customer service: visitor.read, no visitor.pii
const sent: PassMessage[] = [];
const capture: VisitorNotifier = {
  channel: 'test',
  async send(m) {
    sent.push(m);
  },
};

beforeAll(async () => {
  t = await startTestApp({ jobs: true });
  useVisitorNotifier(capture);
  [host, colleague, other, guard, cs] = (await Promise.all(
    ['tenant.admin', 'tenant.staff', 'tenant2.admin', 'guard', 'cs.agent'].map((l) => t.as(l)),
  )) as [Session, Session, Session, Session, Session];
});
afterAll(async () => {
  useVisitorNotifier(undefined);
  await t.close();
});

describe('invitations', () => {
  it('invites a visitor: approved with a pass, the ID number encrypted at rest and masked', async () => {
    const id = idNumber();
    const visit = await invite(t, host, { visitor: { idNumber: id } });
    expect(visit).toMatchObject({ state: 'APPROVED', phase: 'EXPECTED' });
    expect(visit.visitor).toMatchObject({
      name: '张伟',
      phone: '13812345678',
      idNumber: '110***********' + id.slice(-4),
    });
    expect(visit.pass?.token).toMatch(/^VP1\.dev1\./);
    const [row] = await t.sql<{ data: Buffer; key: string; masked: string }>(
      'select id_number_data data, id_number_key_id key, id_number_masked masked from visitor where id = $1',
      [visit.visitor.id],
    );
    expect(row!.key).toBe('dev1');
    expect(row!.data.toString('latin1')).not.toContain(id);
    expect(row!.data.toString('hex')).not.toContain(Buffer.from(id).toString('hex'));
    expect(unseal(visitorSettings(), { keyId: row!.key, data: row!.data })).toBe(id);
    // Nothing personal in the pass: only the id, the window and a nonce.
    const claims = readPass(visitorSettings().passKeys, visit.pass!.token);
    expect(claims).toMatchObject({ visitId: visit.id });
    expect(visit.pass!.token).not.toContain('张');
  });

  it('shows phone and ID in full only to those who may see them', async () => {
    const id = idNumber('44030519851203123');
    const visit = await invite(t, host, { visitor: { idNumber: id, phone: '13900001111' } });
    const q = `query ($id: ID!) { visit(id: $id) { visitor { phone idNumber } } }`;
    // The host company sees the phone, not the ID number (visitor.pii is staff's).
    expect(
      (await colleague.gqlOk<{ visit: { visitor: unknown } }>(q, { id: visit.id })).visit.visitor,
    ).toEqual({
      phone: '13900001111',
      idNumber: `440***********${id.slice(-4)}`,
    });
    // Security (visitor.pii) sees both in full; customer service neither.
    expect((await guard.gqlOk<{ visit: { visitor: unknown } }>(q, { id: visit.id })).visit.visitor).toEqual({
      phone: '13900001111',
      idNumber: id,
    });
    expect((await cs.gqlOk<{ visit: { visitor: unknown } }>(q, { id: visit.id })).visit.visitor).toEqual({
      phone: '139****1111',
      idNumber: `440***********${id.slice(-4)}`,
    });
  });

  it('refuses a wrong check digit or window with field errors, writing nothing', async () => {
    const [before] = await t.sql<{ n: number }>('select count(*)::int n from visit');
    const bad = idNumber().slice(0, 17) + (idNumber().endsWith('0') ? '1' : '0');
    const start = t.clock.now().getTime();
    const base = {
      visitors: [{ name: '王五', phone: '13812345678' }],
      purpose: '面试',
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + 3600_000).toISOString(),
    };
    const r1 = await host.gql(INVITE, {
      input: { ...base, visitors: [base.visitors[0], { name: '赵六', phone: '13812345679', idNumber: bad }] },
    });
    expect(r1.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      domainCode: 'ID_NUMBER_INVALID',
      field: 'input.visitors.1.idNumber',
    });
    const r2 = await host.gql(INVITE, { input: { ...base, endsAt: base.startsAt } });
    expect(r2.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.endsAt' });
    const r3 = await host.gql(INVITE, { input: { ...base, visitors: [{ name: '王五', phone: '123' }] } });
    expect(codeOf(r3)).toBe('BAD_USER_INPUT');
    const r4 = await host.gql(INVITE, {
      input: { ...base, visitors: [{ name: '王五', phone: '13812345678', plate: 'AB123' }] },
    });
    expect(r4.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      domainCode: 'INVALID_PLATE',
      field: 'input.visitors.0.plate',
    });
    // Of plate length but no plate (the letter O, an X where the energy letter goes): the same.
    for (const plate of ['苏E12O45', '粤BX12345']) {
      const r = await host.gql(INVITE, {
        input: { ...base, visitors: [{ name: '王五', phone: '13812345678', plate }] },
      });
      expect(r.errors?.[0]?.extensions).toMatchObject({
        domainCode: 'INVALID_PLATE',
        field: 'input.visitors.0.plate',
      });
    }
    const [after] = await t.sql<{ n: number }>('select count(*)::int n from visit');
    expect(after!.n).toBe(before!.n);
  });

  it('seeds the demo’s visit plates by the same rule, new-energy ones among them', async () => {
    const rows = await t.sql<{ plate: string }>('select distinct plate from visit where plate is not null');
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.filter((r) => parsePlate(r.plate) === null)).toEqual([]);
    expect(rows.some((r) => parsePlate(r.plate)?.kind === 'NEW_ENERGY')).toBe(true);
  });

  it('takes an 8-character new-energy plate as typed and stores it as the gate reads it', async () => {
    const visit = await invite(t, host, { visitor: { plate: '苏e ad1234' } });
    expect(visit.plate).toBe('苏EAD1234');
    const large = await invite(t, host, { visitor: { plate: '粤B12345D' } });
    expect(large.plate).toBe('粤B12345D');
  });

  it('revokes and extends; only the host company may', async () => {
    const visit = await invite(t, host);
    const extendQ =
      'mutation ($id: ID!, $e: DateTimeISO!) { extendVisit(id: $id, endsAt: $e) { endsAt pass { token } } }';
    const later = new Date(new Date(visit.endsAt).getTime() + 3600_000).toISOString();
    expect(codeOf(await other.gql(extendQ, { id: visit.id, e: later }))).toBe('NOT_FOUND');
    const extended = await colleague.gqlOk<{ extendVisit: { endsAt: string; pass: { token: string } } }>(
      extendQ,
      {
        id: visit.id,
        e: later,
      },
    );
    expect(extended.extendVisit.endsAt).toBe(later);
    expect(extended.extendVisit.pass.token).not.toBe(visit.pass!.token);
    const revokeQ =
      'mutation ($id: ID!) { revokeVisit(id: $id, reason: "会议取消") { state phase pass { token } } }';
    expect(codeOf(await other.gql(revokeQ, { id: visit.id }))).toBe('NOT_FOUND');
    expect((await host.gqlOk<{ revokeVisit: unknown }>(revokeQ, { id: visit.id })).revokeVisit).toEqual({
      state: 'REVOKED',
      phase: 'REVOKED',
      pass: null,
    });
    expect(domainOf(await host.gql(revokeQ, { id: visit.id }))).toBe('VISIT_NOT_REVOCABLE');
  });

  it('“visit again”: finds the company’s visitor and their earlier visits, never another company’s', async () => {
    const visit = await invite(t, host, {
      visitor: { name: '欧阳娜娜', phone: '13766665555', company: '大疆' },
    });
    const found = await colleague.gqlOk<{ companyVisitors: { id: string; name: string }[] }>(
      '{ companyVisitors(search: "欧阳") { id name phone } }',
    );
    expect(found.companyVisitors.map((v) => v.id)).toContain(visit.visitor.id);
    const prev = await host.gqlOk<{ previousVisits: { id: string; purpose: string; plate: string }[] }>(
      'query ($v: ID!) { previousVisits(visitorId: $v) { id purpose plate } }',
      { v: visit.visitor.id },
    );
    expect(prev.previousVisits[0]).toMatchObject({ id: visit.id, purpose: '商务洽谈', plate: '粤B12345' });
    // Company B sees neither the visitor nor the visits.
    const b = await other.gqlOk<{ companyVisitors: { id: string }[] }>(
      '{ companyVisitors(search: "欧阳") { id } }',
    );
    expect(b.companyVisitors).toEqual([]);
    const bPrev = await other.gqlOk<{ previousVisits: unknown[] }>(
      'query ($v: ID!) { previousVisits(visitorId: $v) { id } }',
      { v: visit.visitor.id },
    );
    expect(bPrev.previousVisits).toEqual([]);
    expect(
      codeOf(await other.gql('query ($id: ID!) { visitor(id: $id) { id } }', { id: visit.visitor.id })),
    ).toBe('NOT_FOUND');
    // Inviting again by id reuses the record.
    const again = await invite(t, host, {
      visitor: { visitorId: visit.visitor.id, name: '欧阳娜娜', phone: '13766665555' },
    });
    expect(again.visitor.id).toBe(visit.visitor.id);
    // … but not another company's visitor.
    const stolen = await other.gql(INVITE, {
      input: {
        visitors: [{ visitorId: visit.visitor.id, name: 'x', phone: '13766665555' }],
        purpose: 'x',
        startsAt: t.clock.now().toISOString(),
        endsAt: new Date(t.clock.now().getTime() + 3600_000).toISOString(),
      },
    });
    expect(stolen.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'input.visitors.0.visitorId',
    });
  });

  it('sends the pass through the notifier after commit, with a link to a verifying pass', async () => {
    sent.length = 0;
    const visit = await invite(t, host, { notify: true, visitor: { phone: '13655554444' } });
    await t.drainJobs();
    const message = sent.find((m) => m.visitId === visit.id);
    expect(message).toMatchObject({ kind: 'INVITED', to: { phone: '13655554444' } });
    const token = decodeURIComponent(message!.link!.split('/pass/')[1]!);
    expect(readPass(visitorSettings().passKeys, token)).toMatchObject({ visitId: visit.id });
    // A refused invitation sends nothing.
    sent.length = 0;
    await host.gql(INVITE, {
      input: { visitors: [{ name: 'x', phone: '1' }], purpose: 'x', startsAt: 'x', endsAt: 'x' },
    });
    await t.drainJobs();
    expect(sent).toEqual([]);
  });

  it('reads ID numbers sealed under a retired key after the key rotates', async () => {
    const id = idNumber('32010219900101123');
    const old = await invite(t, host, { visitor: { idNumber: id } });
    const previous = visitorSettings();
    const next = randomBytes(32);
    useVisitorSettings({
      ...previous,
      dataKeys: new Map([...previous.dataKeys, ['k2027', next]]),
      currentDataKey: { id: 'k2027', key: next },
    });
    try {
      const fresh = await invite(t, host, { visitor: { idNumber: id, phone: '13611112222' } });
      const rows = await t.sql<{ id: string; key: string }>(
        'select id, id_number_key_id key from visitor where id = any($1)',
        [[old.visitor.id, fresh.visitor.id]],
      );
      expect(Object.fromEntries(rows.map((r) => [r.id, r.key]))).toEqual({
        [old.visitor.id]: 'dev1',
        [fresh.visitor.id]: 'k2027',
      });
      const q = 'query ($id: ID!) { visitor(id: $id) { idNumber } }';
      for (const v of [old, fresh])
        expect(
          (await guard.gqlOk<{ visitor: { idNumber: string } }>(q, { id: v.visitor.id })).visitor.idNumber,
        ).toBe(id);
    } finally {
      useVisitorSettings(previous);
    }
  });

  it('reads a log page with its visitors and companies in a fixed number of statements, whatever its size', async () => {
    const [park] = await t.sql<{ id: string }>(
      "select park_id id from app_user where login = 'tenant.admin'",
    );
    const page = (first: number) =>
      t.statements.measure(() =>
        t.gqlOk<{ visits: { totalCount: number; nodes: unknown[] } }>(
          `query ($f: VisitFilter!) { visits(filter: $f, first: ${first}) { totalCount nodes { id phase tenantName visitor { name phone } } } }`,
          { f: { parkId: park!.id } },
        ),
      );
    const small = await page(5);
    const large = await page(100);
    expect(large.result.visits.nodes).toHaveLength(100);
    // The actor, the page, its count, the visitors and the companies (one batch each).
    expect(large.statements).toBe(5);
    expect(small.statements).toBe(large.statements);
    const mine = await host.gqlOk<{ myCompanyVisits: { totalCount: number } }>(
      '{ myCompanyVisits(first: 5) { totalCount } }',
    );
    const [own] = await t.sql<{ n: number }>(
      "select count(*)::int n from visit where tenant_id = (select tenant_id from app_user where login = 'tenant.admin')",
    );
    expect(mine.myCompanyVisits.totalCount).toBe(own!.n);
  });

  it('has six months of demo visits, all in the past, with visitors on site and queues for the console', async () => {
    const [r] = await t.sql<Record<string, unknown>>(
      `select count(*)::int n, min(starts_at) < now() - interval '175 days' six_months,
         bool_and(starts_at <= now() and created_at <= now() and coalesce(checked_in_at, starts_at) <= now()
                  and coalesce(checked_out_at, starts_at) <= now()) past,
         count(*) filter (where checked_in_at is not null and checked_out_at is null)::int on_site,
         count(distinct tenant_id)::int companies,
         count(*) filter (where state = 'AWAITING_FRONT_DESK')::int front_desk,
         count(*) filter (where state = 'AWAITING_SECURITY')::int security
       from visit where source is not null and created_at < now() - interval '1 second'`,
    );
    expect(r).toMatchObject({ six_months: true, past: true });
    expect(r!.n as number).toBeGreaterThan(3000);
    expect(r!.companies as number).toBeGreaterThan(20);
    expect(r!.front_desk as number).toBeGreaterThan(0);
    expect(r!.security as number).toBeGreaterThan(0);
  });
});
