import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, domainOf } from './auth-helpers.js';
import { createSite, demoSite, pairedKiosk } from './factories.js';
import { type Session, startTestApp, type TestApp } from './test-app.js';
import { idNumber, invite } from './visitor-helpers.js';

const REGISTER = `mutation ($input: WalkInInput!) { registerWalkIn(input: $input) {
  id state source hostName hostDeadline visitor { name phone idNumber } pass { token } } }`;
const HOSTS = 'query ($t: ID!, $s: String) { kioskHosts(tenantId: $t, search: $s) { id name initials } }';
const DECIDE =
  'mutation ($id: ID!, $a: Boolean!) { decideVisit(id: $id, approve: $a) { state pass { token } } }';

type Event = {
  data?: Record<string, { id: string; state: string; pass: { token: string } | null }>;
  errors?: { extensions?: Record<string, unknown> }[];
};
function watch(client: Client, query: string, variables: Record<string, unknown> = {}) {
  const events: Event[] = [];
  client.subscribe(
    { query, variables },
    { next: (e) => events.push(e as Event), error: () => {}, complete: () => {} },
  );
  return events;
}
async function until(check: () => boolean, ms = 5000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting for an event');
    await new Promise((r) => setTimeout(r, 50));
  }
}
const settle = () => new Promise((r) => setTimeout(r, 300));

let t: TestApp;
let kiosk: Session;
let host: Session; // tenant.admin (李明), company A
let other: Session; // tenant2.admin, company B
let guard: Session;
let cs: Session;
let tenantA: string;
let hostId: string;

beforeAll(async () => {
  t = await startTestApp({ jobs: true });
  kiosk = await pairedKiosk(t, await demoSite(t));
  [host, other, guard, cs] = (await Promise.all(
    ['tenant.admin', 'tenant2.admin', 'guard', 'cs.agent'].map((l) => t.as(l)),
  )) as [Session, Session, Session, Session];
  const [u] = await t.sql<{ id: string; tenant_id: string }>(
    "select id, tenant_id from app_user where login = 'tenant.admin'",
  );
  tenantA = u!.tenant_id;
  hostId = u!.id;
});
afterAll(() => t.close());

const walkIn = (input: Record<string, unknown> = {}, s: Session = kiosk) =>
  s.gql<{ registerWalkIn: { id: string; state: string; visitor: { phone: string } } }>(REGISTER, {
    input: {
      tenantId: tenantA,
      hostUserId: hostId,
      name: '陈晨',
      phone: '13512345678',
      purpose: '面试',
      ...input,
    },
  });

describe('walk-ins at the kiosk', () => {
  it('finds the host by name, pinyin or initials, and shows names only', async () => {
    const byInitials = await kiosk.gqlOk<{ kioskHosts: { id: string; name: string; initials: string }[] }>(
      HOSTS,
      {
        t: tenantA,
        s: 'lm',
      },
    );
    expect(byInitials.kioskHosts).toContainEqual({ id: hostId, name: '李明', initials: 'lm' });
    const byPinyin = await kiosk.gqlOk<{ kioskHosts: { id: string }[] }>(HOSTS, { t: tenantA, s: 'liming' });
    expect(byPinyin.kioskHosts.map((h) => h.id)).toContain(hostId);
    // A company of another park is not in this kiosk's reach.
    const site = await createSite(t);
    expect((await kiosk.gqlOk<{ kioskHosts: unknown[] }>(HOSTS, { t: site.tenant.id })).kioskHosts).toEqual(
      [],
    );
    // Tenant users and staff do not use the kiosk's operations.
    expect(codeOf(await host.gql(HOSTS, { t: tenantA }))).toBe('FORBIDDEN');
  });

  it('prompts the host company live, not another; the kiosk receives the pass when the host approves', async () => {
    const prompts = watch(host.wsClient(), 'subscription { visitApprovalRequested { id state } }');
    const foreign = watch(other.wsClient(), 'subscription { visitApprovalRequested { id state } }');
    await settle();
    const res = await walkIn({ idNumber: idNumber() });
    const visit = res.data!.registerWalkIn;
    expect(visit).toMatchObject({ state: 'AWAITING_HOST', visitor: { phone: '135****5678' } });
    const decisions = watch(
      kiosk.wsClient(),
      'subscription ($id: ID!) { kioskRegistrationUpdated(id: $id) { id state pass { token } } }',
      { id: visit.id },
    );
    const spy = watch(
      (await pairedKiosk(t, await demoSite(t))).wsClient(),
      'subscription ($id: ID!) { kioskRegistrationUpdated(id: $id) { id state } }',
      { id: visit.id },
    );
    await until(() => prompts.some((e) => e.data?.visitApprovalRequested?.id === visit.id));
    // The host's portal lists it as waiting.
    const pending = await host.gqlOk<{ pendingVisitApprovals: { id: string }[] }>(
      '{ pendingVisitApprovals { id } }',
    );
    expect(pending.pendingVisitApprovals.map((v) => v.id)).toContain(visit.id);
    await settle();
    const approved = await host.gqlOk<{ decideVisit: { state: string; pass: { token: string } } }>(DECIDE, {
      id: visit.id,
      a: true,
    });
    expect(approved.decideVisit.state).toBe('APPROVED');
    await until(() => decisions.some((e) => e.data?.kioskRegistrationUpdated?.state === 'APPROVED'));
    const got = decisions.find((e) => e.data?.kioskRegistrationUpdated?.state === 'APPROVED')!;
    const token = got.data!.kioskRegistrationUpdated!.pass!.token;
    expect(token).toMatch(/^VP1\./);
    // Company B heard nothing of it; another kiosk gets NOT_FOUND, never the visit.
    expect(JSON.stringify(foreign)).not.toContain(visit.id);
    expect(JSON.stringify(spy)).not.toContain('"state"');
    expect(spy.flatMap((e) => e.errors ?? []).map((e) => e.extensions?.code)).toContain('NOT_FOUND');
    // The pass it received checks the visitor in.
    const scan = await kiosk.gqlOk<{ kioskScanVisitorPass: { direction: string } }>(
      'mutation ($t: String!) { kioskScanVisitorPass(token: $t) { direction } }',
      { t: token },
    );
    expect(scan.kioskScanVisitorPass.direction).toBe('IN');
    const onSite = await guard.gqlOk<{ visitorsOnSite: { id: string }[] }>(
      'query ($p: ID!) { visitorsOnSite(parkId: $p) { id } }',
      { p: (await demoSite(t)).parkId },
    );
    expect(onSite.visitorsOnSite.map((v) => v.id)).toContain(visit.id);
  });

  it('takes one answer of 50 at once; the others find it decided', async () => {
    const visit = (await walkIn()).data!.registerWalkIn;
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => host.gql(DECIDE, { id: visit.id, a: i % 2 === 0 })),
    );
    expect(results.filter((r) => !r.errors?.length)).toHaveLength(1);
    expect(results.filter((r) => domainOf(r) === 'VISIT_ALREADY_DECIDED')).toHaveLength(49);
  });

  it('hands a walk-in its host did not answer to the front desk, which decides', async () => {
    const visit = (await walkIn()).data!.registerWalkIn;
    const parkId = (await demoSite(t)).parkId;
    const queue = 'query ($p: ID!) { frontDeskQueue(parkId: $p) { id state } }';
    expect(
      (await cs.gqlOk<{ frontDeskQueue: { id: string }[] }>(queue, { p: parkId })).frontDeskQueue.map(
        (v) => v.id,
      ),
    ).not.toContain(visit.id);
    await t.advanceClock(181_000);
    await t.drainJobs();
    const listed = await cs.gqlOk<{ frontDeskQueue: { id: string; state: string }[] }>(queue, { p: parkId });
    expect(listed.frontDeskQueue).toContainEqual({ id: visit.id, state: 'AWAITING_FRONT_DESK' });
    const decided = await cs.gqlOk<{ decideFrontDeskVisit: { state: string } }>(
      'mutation ($id: ID!) { decideFrontDeskVisit(id: $id, approve: true, note: "前台核实") { state } }',
      { id: visit.id },
    );
    expect(decided.decideFrontDeskVisit.state).toBe('APPROVED');
    const mine = await kiosk.gqlOk<{ kioskRegistration: { state: string; pass: { token: string } | null } }>(
      'query ($id: ID!) { kioskRegistration(id: $id) { state pass { token } } }',
      { id: visit.id },
    );
    expect(mine.kioskRegistration.pass?.token).toMatch(/^VP1\./);
    // A tenant user cannot use the front desk's queue.
    expect(codeOf(await host.gql(queue, { p: parkId }))).toBe('FORBIDDEN');
  });

  it('refuses bad input with field errors and writes nothing; a kiosk reads only its own registrations', async () => {
    const [before] = await t.sql<{ n: number }>('select count(*)::int n from visit');
    const badId = idNumber().slice(0, 17) + (idNumber().endsWith('1') ? '2' : '1');
    expect((await walkIn({ idNumber: badId })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.idNumber',
    });
    const [u2] = await t.sql<{ id: string }>("select id from app_user where login = 'tenant2.admin'");
    expect((await walkIn({ hostUserId: u2!.id })).errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'input.hostUserId',
    });
    // The one plate rule (kernel/plate.ts) at the input gate: no plate, a typed error on the field.
    expect((await walkIn({ plate: '苏E12O45' })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      domainCode: 'INVALID_PLATE',
      field: 'input.plate',
    });
    const [after] = await t.sql<{ n: number }>('select count(*)::int n from visit');
    expect(after!.n).toBe(before!.n);
    // A new-energy plate typed with a separator and in lower case is stored as the gate reads it.
    const green = await walkIn({ plate: '粤b·d12345' });
    const [stored] = await t.sql<{ plate: string }>('select plate from visit where id = $1', [
      green.data!.registerWalkIn.id,
    ]);
    expect(stored!.plate).toBe('粤BD12345');
    const invited = await invite(t, host);
    expect(
      codeOf(await kiosk.gql('query ($id: ID!) { kioskRegistration(id: $id) { id } }', { id: invited.id })),
    ).toBe('NOT_FOUND');
    expect(codeOf(await kiosk.gql('query ($id: ID!) { visit(id: $id) { id } }', { id: invited.id }))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await kiosk.gql('{ pendingVisitApprovals { id } }'))).toBe('FORBIDDEN');
  });

  it('limits registrations per kiosk', async () => {
    const busy = await pairedKiosk(t, await demoSite(t));
    const results = [];
    for (let i = 0; i < 21; i += 1) results.push(await walkIn({ name: `访客${i}` }, busy));
    expect(results.slice(0, 20).every((r) => !r.errors)).toBe(true);
    expect(results[20]!.errors?.[0]?.extensions).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      domainCode: 'KIOSK_RATE_LIMITED',
    });
  });
});

describe('the watchlist', () => {
  it('holds a listed visitor’s invitation and walk-in for security instead of refusing, and security decides', async () => {
    const parkId = (await demoSite(t)).parkId;
    const id = idNumber('44030419800101001');
    const add =
      'mutation ($input: WatchlistEntryInput!) { addWatchlistEntry(input: $input) { id name phone idNumber active } }';
    const entry = await guard.gqlOk<{ addWatchlistEntry: { id: string; phone: string; idNumber: string } }>(
      add,
      {
        input: { parkId, name: '周黑', phone: '13311112222', idNumber: id, reason: '多次闯入' },
      },
    );
    expect(entry.addWatchlistEntry).toMatchObject({ phone: '13311112222', idNumber: id });
    expect(
      codeOf(await host.gql(add, { input: { parkId, name: 'x', phone: '13311112222', reason: 'x' } })),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(await host.gql('query ($p: ID!) { visitorWatchlist(parkId: $p) { id } }', { p: parkId })),
    ).toBe('FORBIDDEN');
    // By name and phone at an invitation.
    const held = await invite(t, host, { visitor: { name: '周黑', phone: '13311112222' } });
    expect(held).toMatchObject({ state: 'AWAITING_SECURITY', pass: null });
    // By ID number alone at a walk-in.
    const walk = (await walkIn({ name: '别名', phone: '13900000000', idNumber: id })).data!.registerWalkIn;
    expect(walk.state).toBe('AWAITING_SECURITY');
    const queue = await guard.gqlOk<{ securityReviewQueue: { id: string; watchlistHit: boolean }[] }>(
      'query ($p: ID!) { securityReviewQueue(parkId: $p) { id watchlistHit } }',
      { p: parkId },
    );
    expect(queue.securityReviewQueue.map((v) => v.id)).toEqual(expect.arrayContaining([held.id, walk.id]));
    const decide =
      'mutation ($id: ID!, $a: Boolean!) { decideSecurityReview(id: $id, approve: $a) { state pass { token } } }';
    expect(
      (await guard.gqlOk<{ decideSecurityReview: { state: string } }>(decide, { id: held.id, a: true }))
        .decideSecurityReview.state,
    ).toBe('APPROVED');
    expect(
      (await guard.gqlOk<{ decideSecurityReview: { state: string } }>(decide, { id: walk.id, a: true }))
        .decideSecurityReview.state,
    ).toBe('AWAITING_HOST');
    expect(domainOf(await guard.gql(decide, { id: walk.id, a: false }))).toBe('VISIT_ALREADY_DECIDED');
    // Switched off, the entry matches nothing.
    await guard.gqlOk('mutation ($id: ID!) { setWatchlistEntryActive(id: $id, active: false) { id } }', {
      id: entry.addWatchlistEntry.id,
    });
    expect((await invite(t, host, { visitor: { name: '周黑', phone: '13311112222' } })).state).toBe(
      'APPROVED',
    );
  });
});
