import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { createPark, demoSite, unique } from './factories.js';
import type { GqlResult, Session, TestApp } from './test-app.js';
import { startTestApp } from './test-app.js';

let t: TestApp;
let demo: { parkId: string; buildingId: string; floorId: string };
let partner: Session;
let s: Record<string, Session>;
let ids: Record<string, string>;
const ext = (r: Pick<GqlResult, 'errors'>) => r.errors?.[0]?.extensions;

const INGEST = `mutation ($input: IngestAccessEventsInput!) {
  ingestAccessEvents(input: $input) { received recorded duplicates securityEvents } }`;
const DECIDE = `query ($p: ID!, $d: String!, $k: CredentialKind!, $r: String!) {
  accessDecision(parkId: $p, vendorDeviceId: $d, credentialKind: $k, credentialRef: $r) { granted reason } }`;

async function count(table: string): Promise<number> {
  return Number((await t.sql<{ n: string }>(`select count(*) n from ${table}`))[0]!.n);
}

/** A point of the demo park made through the API; its device id. */
async function newPoint(kind = 'GATE') {
  const code = unique('T-').replace(/[^A-Za-z0-9-]/g, '');
  const data = await s['park.manager']!.gqlOk<{ createAccessPoint: { id: string; vendorDeviceId: string } }>(
    `mutation ($input: CreateAccessPointInput!) { createAccessPoint(input: $input) { id vendorDeviceId } }`,
    { input: { parkId: demo.parkId, code, name: `测试闸机 ${code}`, kind, vendorDeviceId: `DEV-${code}` } },
  );
  return data.createAccessPoint;
}

const event = (device: string, over: Record<string, unknown> = {}) => ({
  vendorEventId: unique('ev-'),
  vendorDeviceId: device,
  occurredAt: new Date(t.clock.now().getTime() - 60_000).toISOString(),
  decision: 'GRANTED',
  direction: 'IN',
  ...over,
});

beforeAll(async () => {
  t = await startTestApp();
  demo = await demoSite(t);
  const logins = ['park.manager', 'guard', 'tenant.admin', 'tenant.staff', 'tenant2.admin', 'engineer'];
  s = Object.fromEntries(await Promise.all(logins.map(async (l) => [l, await t.as(l)] as const)));
  const users = await t.sql<{ login: string; id: string }>('select login, id from app_user');
  ids = Object.fromEntries(users.map((u) => [u.login, u.id]));
  const key = await t.gqlOk<{ createApiKey: { token: string } }>(
    'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }',
    { input: { name: '门禁对接', partner: '海康威视', scopes: ['access:write'], parkIds: [demo.parkId] } },
  );
  partner = t.withAuthorization(`ApiKey ${key.createApiKey.token}`);
});
afterAll(() => t.close());

describe('access events ingested through the partner API', () => {
  it('records a batch, raises security events for denials and tailgating, and skips replays', async () => {
    const point = await newPoint();
    const events = [
      event(point.vendorDeviceId),
      event(point.vendorDeviceId, {
        decision: 'DENIED',
        reason: 'UNKNOWN_CREDENTIAL',
        credentialKind: 'CARD',
        credentialRef: 'FFFF0001',
      }),
      event(point.vendorDeviceId, { type: 'TAILGATING', decision: 'DENIED', reason: 'OTHER' }),
    ];
    const first = await partner.gqlOk<{ ingestAccessEvents: Record<string, number> }>(INGEST, {
      input: { parkId: demo.parkId, events },
    });
    expect(first.ingestAccessEvents).toEqual({ received: 3, recorded: 3, duplicates: 0, securityEvents: 2 });
    const again = await partner.gqlOk<{ ingestAccessEvents: Record<string, number> }>(INGEST, {
      input: { parkId: demo.parkId, events },
    });
    expect(again.ingestAccessEvents).toEqual({ received: 3, recorded: 0, duplicates: 3, securityEvents: 0 });
    const rows = await t.sql<{ kind: string; status: string }>(
      'select s.kind, s.status from security_event s where s.point_id = $1 order by s.kind',
      [point.id],
    );
    expect(rows).toEqual([
      { kind: 'DENIED', status: 'OPEN' },
      { kind: 'TAILGATING', status: 'OPEN' },
    ]);
  });

  it('records one row for 50 concurrent deliveries of one vendor event', async () => {
    const point = await newPoint();
    const one = event(point.vendorDeviceId, { decision: 'DENIED', reason: 'EXPIRED' });
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        partner.gql<{ ingestAccessEvents: { recorded: number } }>(INGEST, {
          input: { parkId: demo.parkId, events: [one] },
        }),
      ),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(results.reduce((n, r) => n + r.data!.ingestAccessEvents.recorded, 0)).toBe(1);
    const [row] = await t.sql<{ events: string; alarms: string }>(
      `select (select count(*) from access_event where point_id = $1) events,
              (select count(*) from security_event where point_id = $1) alarms`,
      [point.id],
    );
    expect(row).toEqual({ events: '1', alarms: '1' });
  });

  it('refuses bad batches with a typed error naming the event, and writes nothing', async () => {
    const point = await newPoint();
    const before = [await count('access_event'), await count('security_event')];
    const good = event(point.vendorDeviceId, { decision: 'DENIED', reason: 'OTHER' });
    const cases: [unknown, string, string | undefined][] = [
      [[good, event('NO-SUCH-DEVICE')], 'UNKNOWN_ACCESS_POINT', 'input.events.1.vendorDeviceId'],
      [
        [good, event(point.vendorDeviceId, { decision: 'DENIED' })],
        'REASON_REQUIRED',
        'input.events.1.reason',
      ],
      [
        [
          good,
          event(point.vendorDeviceId, {
            occurredAt: new Date(t.clock.now().getTime() + 3_600_000).toISOString(),
          }),
        ],
        'EVENT_IN_FUTURE',
        'input.events.1.occurredAt',
      ],
      [
        [good, event(point.vendorDeviceId, { credentialRef: 'AB12' })],
        'CREDENTIAL_INCOMPLETE',
        'input.events.1.credentialRef',
      ],
    ];
    for (const [events, domainCode, field] of cases) {
      const r = await partner.gql(INGEST, { input: { parkId: demo.parkId, events } });
      expect(ext(r)).toMatchObject({ code: 'BAD_USER_INPUT', domainCode, field });
    }
    // Over-long strings, too many events, a malformed time: refused before the resolver.
    for (const events of [
      [good, event(point.vendorDeviceId, { vendorEventId: 'x'.repeat(65) })],
      [good, event(point.vendorDeviceId, { credentialKind: 'CARD', credentialRef: '9'.repeat(65) })],
      Array.from({ length: 501 }, () => event(point.vendorDeviceId)),
      [good, event(point.vendorDeviceId, { occurredAt: 'yesterday' })],
      [good, event(point.vendorDeviceId, { decision: 'MAYBE' })],
    ]) {
      const r = await partner.gql(INGEST, { input: { parkId: demo.parkId, events } });
      expect(ext(r)?.code).toBe('BAD_USER_INPUT');
    }
    // A park the key does not cover is like a park that does not exist.
    const other = await createPark(t);
    const wrongPark = await partner.gql(INGEST, { input: { parkId: other.id, events: [good] } });
    expect(ext(wrongPark)).toMatchObject({ code: 'NOT_FOUND', field: 'input.parkId' });
    expect([await count('access_event'), await count('security_event')]).toEqual(before);
  });

  it('is for access:write keys: staff without access.ingest and other keys are refused', async () => {
    const point = await newPoint();
    const r = await s.guard!.gql(INGEST, {
      input: { parkId: demo.parkId, events: [event(point.vendorDeviceId)] },
    });
    expect(ext(r)?.code).toBe('FORBIDDEN');
    const key = await t.gqlOk<{ createApiKey: { token: string } }>(
      'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }',
      { input: { name: '监管', partner: '管委会', scopes: ['supervisor:read'], parkIds: [demo.parkId] } },
    );
    const reader = t.withAuthorization(`ApiKey ${key.createApiKey.token}`);
    const denied = await reader.gql(INGEST, {
      input: { parkId: demo.parkId, events: [event(point.vendorDeviceId)] },
    });
    expect(ext(denied)?.code).toBe('FORBIDDEN');
    // The partner reads no event log, no security events.
    expect(ext(await partner.gql('{ accessEvents(first: 1) { totalCount } }'))?.code).toBe('FORBIDDEN');
    expect(ext(await partner.gql('{ securityEvents(first: 1) { totalCount } }'))?.code).toBe('FORBIDDEN');
  });
});

describe('access decisions', () => {
  it('answer from validity, groups and their weekly schedule, with reason codes', async () => {
    const point = await newPoint('DOOR');
    const manager = s['park.manager']!;
    const [tenant] = await t.sql<{ id: string }>('select tenant_id id from app_user where login = $1', [
      'tenant.staff',
    ]);
    const group = await manager.gqlOk<{ createAccessGroup: { id: string } }>(
      `mutation ($input: CreateAccessGroupInput!) { createAccessGroup(input: $input) { id } }`,
      {
        input: {
          parkId: demo.parkId,
          tenantId: tenant!.id,
          name: unique('工作日-'),
          pointIds: [point.id],
          schedule: [{ days: [1, 2, 3, 4, 5], start: 420, end: 1320 }],
        },
      },
    );
    const card = `C${Date.now().toString(16).toUpperCase()}`.slice(0, 12).replace('C', 'A');
    const cred = await manager.gqlOk<{ createAccessCredential: { id: string; identifier: string } }>(
      `mutation ($input: CreateAccessCredentialInput!) { createAccessCredential(input: $input) { id identifier } }`,
      {
        input: {
          parkId: demo.parkId,
          holderId: ids['tenant.staff'],
          kind: 'CARD',
          identifier: card.toLowerCase(),
        },
      },
    );
    expect(cred.createAccessCredential.identifier).toBe(card);
    const ask = async (ref = card) =>
      (
        await partner.gqlOk<{ accessDecision: { granted: boolean; reason: string } }>(DECIDE, {
          p: demo.parkId,
          d: point.vendorDeviceId,
          k: 'CARD',
          r: ref,
        })
      ).accessDecision;

    // Move the clock to the coming Monday, 10:00 in Shanghai (02:00 UTC).
    const now = t.clock.now();
    const monday = new Date(now);
    monday.setUTCDate(now.getUTCDate() + ((8 - now.getUTCDay()) % 7 || 7));
    monday.setUTCHours(2, 0, 0, 0);
    t.clock.advance(monday.getTime() - now.getTime());

    expect(await ask()).toEqual({ granted: false, reason: 'NO_ACCESS_TO_POINT' });
    // The tenant admin puts their own employee in their own company's group.
    await s['tenant.admin']!.gqlOk(
      'mutation ($g: ID!, $u: ID!) { addAccessGroupMember(groupId: $g, userId: $u) { id } }',
      { g: group.createAccessGroup.id, u: ids['tenant.staff'] },
    );
    expect(await ask()).toEqual({ granted: true, reason: 'GRANTED' });
    expect(await ask('0BADCAFE')).toEqual({ granted: false, reason: 'UNKNOWN_CREDENTIAL' });
    t.clock.advance(12 * 3_600_000); // Monday 22:00: the window has ended
    expect(await ask()).toEqual({ granted: false, reason: 'OUTSIDE_SCHEDULE' });
    t.clock.advance(-3 * 3_600_000); // 19:00
    expect(await ask()).toEqual({ granted: true, reason: 'GRANTED' });
    t.clock.advance(5 * 24 * 3_600_000); // Saturday
    expect(await ask()).toEqual({ granted: false, reason: 'OUTSIDE_SCHEDULE' });
    t.clock.advance(-5 * 24 * 3_600_000);
    await manager.gqlOk(
      'mutation ($id: ID!) { setAccessCredentialStatus(id: $id, status: SUSPENDED) { id } }',
      {
        id: cred.createAccessCredential.id,
      },
    );
    expect(await ask()).toEqual({ granted: false, reason: 'CREDENTIAL_SUSPENDED' });
    await manager.gqlOk(
      'mutation ($id: ID!) { setAccessCredentialStatus(id: $id, status: REVOKED) { id } }',
      {
        id: cred.createAccessCredential.id,
      },
    );
    expect(await ask()).toEqual({ granted: false, reason: 'CREDENTIAL_REVOKED' });
    const back = await manager.gql(
      'mutation ($id: ID!) { setAccessCredentialStatus(id: $id, status: ACTIVE) { id } }',
      {
        id: cred.createAccessCredential.id,
      },
    );
    expect(ext(back)?.code).toBe('CONFLICT');
    t.clock.advance(now.getTime() - t.clock.now().getTime());
  });

  it('keeps card numbers unique per park, under 50 concurrent issues', async () => {
    const card = `9${Date.now().toString(16).toUpperCase()}`.slice(0, 12);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        s['park.manager']!.gql(
          `mutation ($input: CreateAccessCredentialInput!) { createAccessCredential(input: $input) { id } }`,
          {
            input: {
              parkId: demo.parkId,
              holderId: i % 2 ? ids['tenant.staff'] : ids.engineer,
              kind: 'CARD',
              identifier: card,
            },
          },
        ),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map((r) => ext(r)?.code)).toEqual(Array(49).fill('CONFLICT'));
    expect(await t.sql('select id from access_credential where identifier = $1', [card])).toHaveLength(1);
  });
});

describe('plate credentials', () => {
  it('take plates by the one plate rule: a new-energy plate as a camera reads it is stored normalised and found; a non-plate is refused and writes nothing', async () => {
    const manager = s['park.manager']!;
    const point = await newPoint('BARRIER');
    const serial = String(Date.now()).slice(-5);
    const ISSUE = `mutation ($input: CreateAccessCredentialInput!) { createAccessCredential(input: $input) { id identifier } }`;
    const issued = await manager.gqlOk<{ createAccessCredential: { identifier: string } }>(ISSUE, {
      input: {
        parkId: demo.parkId,
        holderId: ids['tenant.staff'],
        kind: 'PLATE',
        identifier: `苏e·d${serial}`,
      },
    });
    expect(issued.createAccessCredential.identifier).toBe(`苏ED${serial}`);
    // The barrier's camera reads it with a separator: the same credential (not an unknown one).
    const asked = await partner.gqlOk<{ accessDecision: { reason: string } }>(DECIDE, {
      p: demo.parkId,
      d: point.vendorDeviceId,
      k: 'PLATE',
      r: `苏E-D${serial}`,
    });
    expect(asked.accessDecision.reason).not.toBe('UNKNOWN_CREDENTIAL');

    const before = await count('access_credential');
    for (const bad of ['苏E12O45', '粤BX12345', '港E12345']) {
      const res = await manager.gql(ISSUE, {
        input: { parkId: demo.parkId, holderId: ids['tenant.staff'], kind: 'PLATE', identifier: bad },
      });
      expect(ext(res)).toMatchObject({
        code: 'BAD_USER_INPUT',
        domainCode: 'INVALID_PLATE',
        field: 'input.identifier',
      });
    }
    expect(await count('access_credential')).toBe(before);
  });
});

describe('tenants in access control', () => {
  it('a tenant admin assigns only their own employees to their own company’s groups', async () => {
    const groups = await t.sql<{ id: string; tenant: string | null }>(
      `select g.id, t.short_name tenant from access_group g left join tenant_company t on t.id = g.tenant_id`,
    );
    const [own] = await t.sql<{ id: string }>(
      `select g.id from access_group g join app_user u on u.tenant_id = g.tenant_id where u.login = 'tenant.admin' limit 1`,
    );
    const [foreign] = await t.sql<{ id: string }>(
      `select g.id from access_group g join app_user u on u.tenant_id = g.tenant_id where u.login = 'tenant2.admin' limit 1`,
    );
    expect(groups.length).toBeGreaterThan(2);
    const add = (who: string, g: string, u: string) =>
      s[who]!.gql('mutation ($g: ID!, $u: ID!) { addAccessGroupMember(groupId: $g, userId: $u) { id } }', {
        g,
        u,
      });
    // Another company's group, another company's employee, a staff member: not theirs.
    expect(ext(await add('tenant.admin', foreign!.id, ids['tenant.staff']!))?.code).toBe('NOT_FOUND');
    expect(ext(await add('tenant2.admin', foreign!.id, ids['tenant.staff']!))?.code).toBe('NOT_FOUND');
    expect(ext(await add('tenant.admin', own!.id, ids.guard!))?.code).toBe('NOT_FOUND');
    // An employee without access.assign may not.
    expect(ext(await add('tenant.staff', own!.id, ids['tenant.staff']!))?.code).toBe('FORBIDDEN');
    // Staff put a staff member in a company's group: refused as input.
    const staffInTenantGroup = await add('park.manager', own!.id, ids.guard!);
    expect(ext(staffInTenantGroup)).toMatchObject({
      code: 'BAD_USER_INPUT',
      domainCode: 'NOT_GROUP_AUDIENCE',
    });
  });

  it('a tenant admin sees only their own employees’ events and credentials', async () => {
    const [mine] = await t.sql<{ tenant_id: string }>(
      "select tenant_id from app_user where login = 'tenant.admin'",
    );
    const read = await s['tenant.admin']!.gqlOk<{
      accessEvents: { totalCount: number; nodes: { tenantId: string | null }[] };
      accessCredentials: { nodes: { tenantId: string | null }[] };
    }>(
      '{ accessEvents(first: 100) { totalCount nodes { tenantId } } accessCredentials(first: 100) { nodes { tenantId } } }',
    );
    const [own] = await t.sql<{ n: string }>('select count(*) n from access_event where tenant_id = $1', [
      mine!.tenant_id,
    ]);
    expect(read.accessEvents.totalCount).toBe(Number(own!.n));
    expect(read.accessEvents.totalCount).toBeGreaterThan(0);
    expect(new Set(read.accessEvents.nodes.map((n) => n.tenantId))).toEqual(new Set([mine!.tenant_id]));
    expect(new Set(read.accessCredentials.nodes.map((n) => n.tenantId))).toEqual(new Set([mine!.tenant_id]));
    // No security events for tenants, and no live feed.
    expect(ext(await s['tenant.admin']!.gql('{ securityEvents(first: 1) { totalCount } }'))?.code).toBe(
      'FORBIDDEN',
    );
  });
});

describe('the event log and security events for staff', () => {
  it('filters the log by time, point, person and decision, in a fixed number of statements', async () => {
    const guard = s.guard!;
    const [sample] = await t.sql<{ pointId: string; holderId: string }>(
      `select point_id "pointId", holder_id "holderId" from access_event
       where holder_id is not null and decision = 'GRANTED' order by occurred_at desc limit 1`,
    );
    const page = await t.statements.measure(() =>
      guard.gqlOk<{
        accessEvents: { totalCount: number; nodes: { decision: string; holderName: string }[] };
      }>(
        `query ($f: AccessEventFilter) { accessEvents(first: 50, filter: $f) { totalCount
           nodes { id occurredAt decision reason holderName tenantName point { code name kind } } } }`,
        {
          f: {
            pointId: sample!.pointId,
            holderId: sample!.holderId,
            decision: 'GRANTED',
            from: new Date(t.clock.now().getTime() - 30 * 86_400_000).toISOString(),
            to: t.clock.now().toISOString(),
          },
        },
      ),
    );
    expect(page.result.accessEvents.nodes.length).toBeGreaterThan(0);
    expect(page.result.accessEvents.nodes.every((n) => n.decision === 'GRANTED' && n.holderName)).toBe(true);
    // Actor, page, count, then one each for points, people and companies.
    expect(page.statements).toBeLessThanOrEqual(6);
  });

  it('pushes a raised security event live to park staff; a guard acknowledges and closes it once', async () => {
    const point = await newPoint();
    const seen: { action: string; securityEvent: { id: string; kind: string } }[] = [];
    const failures: unknown[] = [];
    const stop = s.guard!.wsClient().subscribe(
      {
        query:
          'subscription ($p: ID!) { securityEventChanged(parkId: $p) { action securityEvent { id kind status point { code } } } }',
        variables: { p: demo.parkId },
      },
      {
        next: (m) =>
          seen.push((m.data as { securityEventChanged: (typeof seen)[number] }).securityEventChanged),
        error: (e) => failures.push(e),
        complete: () => {},
      },
    );
    onTestFinished(stop);
    await new Promise((r) => setTimeout(r, 300));
    await partner.gqlOk(INGEST, {
      input: {
        parkId: demo.parkId,
        events: [event(point.vendorDeviceId, { type: 'FORCED_OPEN', decision: 'DENIED', reason: 'OTHER' })],
      },
    });
    await expect.poll(() => seen.length, { timeout: 5000 }).toBe(1);
    expect(seen[0]).toMatchObject({ action: 'RAISED', securityEvent: { kind: 'FORCED_OPEN' } });
    const id = seen[0]!.securityEvent.id;
    const ACK =
      'mutation ($id: ID!) { acknowledgeSecurityEvent(id: $id, input: { note: "已派人查看" }) { status note } }';
    const acks = await Promise.all(Array.from({ length: 10 }, () => s.guard!.gql(ACK, { id })));
    expect(acks.filter((r) => !r.errors)).toHaveLength(1);
    expect(acks.filter((r) => r.errors).every((r) => ext(r)?.code === 'CONFLICT')).toBe(true);
    const closed = await s.guard!.gqlOk<{ closeSecurityEvent: { status: string } }>(
      'mutation ($id: ID!) { closeSecurityEvent(id: $id) { status } }',
      { id },
    );
    expect(closed.closeSecurityEvent.status).toBe('CLOSED');
    await expect
      .poll(() => seen.map((e) => e.action), { timeout: 5000 })
      .toEqual(['RAISED', 'ACKNOWLEDGED', 'CLOSED']);
    expect(failures).toEqual([]);
    // An engineer holds no access.security: no feed.
    const denied = await new Promise<unknown>((resolve) => {
      s.engineer!.wsClient().subscribe(
        {
          query: 'subscription ($p: ID!) { securityEventChanged(parkId: $p) { action } }',
          variables: { p: demo.parkId },
        },
        { next: resolve, error: resolve, complete: () => resolve('complete') },
      );
    });
    expect(JSON.stringify(denied)).toContain('FORBIDDEN');
  });

  it('exports the log as filtered on screen, with its reasons in words', async () => {
    const filter = JSON.stringify({ parkId: demo.parkId, decision: 'DENIED' });
    const answer = await s.guard!.gqlOk<{ exportList: { url: string; rowCount: number } }>(
      'mutation ($input: ExportListInput!) { exportList(input: $input) { url rowCount } }',
      { input: { list: 'accessEvents', format: 'CSV', filter } },
    );
    const [denied] = await t.sql<{ n: string }>(
      "select count(*) n from access_event where park_id = $1 and decision = 'DENIED'",
      [demo.parkId],
    );
    expect(answer.exportList.rowCount).toBe(Number(denied!.n));
    const res = await fetch(`${t.url}${answer.exportList.url}`);
    expect(res.status).toBe(200);
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(Number(denied!.n) + 1);
    expect(lines[0]).toContain('原因');
    expect(lines.slice(1).every((l) => l.includes('拒绝'))).toBe(true);
    expect(lines.some((l) => l.includes('未登记凭证'))).toBe(true);
    // A tenant employee without access.read gets no file.
    const refused = await s['tenant.staff']!.gql(
      'mutation ($input: ExportListInput!) { exportList(input: $input) { url } }',
      { input: { list: 'accessEvents', format: 'CSV', filter } },
    );
    expect(ext(refused)?.code).toBe('FORBIDDEN');
  });

  it('the demo park has three months of events up to now, with denials and open security events', async () => {
    const [row] = await t.sql<{ n: string; first: Date; last: Date; denied: string; open: string }>(
      `select count(*) n, min(occurred_at) first, max(occurred_at) last,
         count(*) filter (where decision = 'DENIED') denied,
         (select count(*) from security_event where status = 'OPEN') open
       from access_event where vendor_device_id like 'HK-%'`,
    );
    expect(Number(row!.n)).toBeGreaterThan(3000);
    expect(new Date(row!.last).getTime()).toBeLessThanOrEqual(t.clock.now().getTime());
    expect(new Date(row!.first).getTime()).toBeLessThan(t.clock.now().getTime() - 85 * 86_400_000);
    expect(Number(row!.denied)).toBeGreaterThan(10);
    expect(Number(row!.open)).toBeGreaterThan(0);
  });
});
