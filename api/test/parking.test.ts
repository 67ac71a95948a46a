import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useVisitorPlateWindows } from '../src/modules/parking/index.js';
import { createPark, createStaffUser, demoSite, unique } from './factories.js';
import type { GqlResult, Session, TestApp } from './test-app.js';
import { startTestApp } from './test-app.js';
import { invite } from './visitor-helpers.js';

let t: TestApp;
let demo: { parkId: string; buildingId: string };
let gate: Session;
let lotId: string;
beforeAll(async () => {
  t = await startTestApp();
  demo = await demoSite(t);
  const key = await t.gqlOk<{ createApiKey: { token: string } }>(
    'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }',
    {
      input: {
        name: '道闸',
        partner: '捷顺科技',
        scopes: ['parking:write'],
        parkIds: [demo.parkId],
        rateLimitPerMinute: 100000,
      },
    },
  );
  gate = t.withAuthorization(`ApiKey ${key.createApiKey.token}`);
  lotId = (await createLot(demo.parkId, { regularSpaces: 50, evSpaces: 5 })).id;
});
afterAll(() => t.close());

const codeOf = (r: Pick<GqlResult, 'errors'>) => r.errors?.[0]?.extensions?.code;
const ENTRY = `mutation ($input: GateEventInput!) { recordParkingEntry(input: $input) {
  admitted decision plate lotId spaceType feeFen replayed } }`;
const EXIT = `mutation ($input: GateEventInput!) { recordParkingExit(input: $input) {
  admitted decision plate spaceType feeFen replayed } }`;
type Decision = {
  admitted: boolean;
  decision: string;
  plate: string;
  spaceType: string | null;
  feeFen: number | null;
  replayed: boolean;
};
const enter = async (s: Session, input: Record<string, unknown>) =>
  (await s.gqlOk<{ recordParkingEntry: Decision }>(ENTRY, { input })).recordParkingEntry;
const leave = async (s: Session, input: Record<string, unknown>) =>
  (await s.gqlOk<{ recordParkingExit: Decision }>(EXIT, { input })).recordParkingExit;

let plateNo = 10000;
/** A fresh ordinary plate. */
const plate = () => `苏E${(plateNo++).toString().padStart(5, '0')}`;

/** A new staff user with one built-in role, signed in with a password of their own. */
async function staffSession(role: string): Promise<Session> {
  const user = await createStaffUser(t, demo.parkId, role);
  await (await t.as(user.login, user.password)).gqlOk(
    'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }',
    { c: user.password, n: 'Parking-words-2026' },
  );
  return t.as(user.login, 'Parking-words-2026');
}

async function createLot(parkId: string, spaces: Partial<Record<string, number>> = {}) {
  const data = await t.gqlOk<{ createParkingLot: { id: string } }>(
    'mutation ($input: CreateParkingLotInput!) { createParkingLot(input: $input) { id } }',
    {
      input: {
        parkId,
        code: unique('L').slice(0, 20),
        name: '测试停车场',
        regularSpaces: 10,
        evSpaces: 0,
        reservedSpaces: 0,
        accessibleSpaces: 0,
        ...spaces,
      },
    },
  );
  return data.createParkingLot;
}
const count = async (table: string) =>
  Number((await t.sql<{ n: string }>(`select count(*) n from ${table}`))[0]!.n);

describe('gate decisions through the partner API (parking:write)', () => {
  it('lets a temporary car in and out; a replayed event id gets the first answer', async () => {
    const p = plate();
    const first = await enter(gate, { lotId, plate: p, eventId: `in-${p}` });
    expect(first).toMatchObject({
      admitted: true,
      decision: 'TEMPORARY',
      spaceType: 'REGULAR',
      replayed: false,
    });
    const again = await enter(gate, { lotId, plate: p, eventId: `in-${p}` });
    expect(again).toEqual({ ...first, replayed: true });
    expect(await t.sql('select 1 from parking_event where external_id = $1', [`in-${p}`])).toHaveLength(1);
    // Another entry of the same plate is refused: it is inside.
    expect(await enter(gate, { lotId, plate: p, eventId: `in2-${p}` })).toMatchObject({
      admitted: false,
      decision: 'DENIED_ALREADY_INSIDE',
    });
    const out = await leave(gate, { lotId, plate: p, eventId: `out-${p}` });
    expect(out).toMatchObject({ admitted: true, decision: 'EXITED', feeFen: 0 });
    expect(await leave(gate, { lotId, plate: p, eventId: `out2-${p}` })).toMatchObject({
      decision: 'EXIT_NO_SESSION',
    });
    const [row] = await t.sql<{ source: string }>('select source from parking_event where external_id = $1', [
      `in-${p}`,
    ]);
    expect(row!.source).toBe('PARTNER');
  });

  it('normalises plates and refuses what is no Chinese plate, writing nothing', async () => {
    expect((await enter(gate, { lotId, plate: ' 苏e·9a8b7 ' })).plate).toBe('苏E9A8B7');
    const before = await count('parking_event');
    for (const bad of ['ABC123', '苏E12O45', '苏E1234', '粤BX12345', '京A123456']) {
      const res = await gate.gql(ENTRY, { input: { lotId, plate: bad } });
      expect(codeOf(res), bad).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.extensions).toMatchObject({ domainCode: 'INVALID_PLATE', field: 'input.plate' });
    }
    expect(await count('parking_event')).toBe(before);
  });

  it('puts a new-energy car on an EV space, a listed one as WHITELISTED, a blocked one out', async () => {
    expect(await enter(gate, { lotId, plate: '苏ED12345' })).toMatchObject({
      decision: 'TEMPORARY',
      spaceType: 'EV_CHARGING',
    });
    const listed = plate();
    const blocked = plate();
    await t.gqlOk('mutation ($i: AddVehicleInput!) { addVehicle(input: $i) { id } }', {
      i: { parkId: demo.parkId, plate: listed, ownerName: '王伟' },
    });
    await t.gqlOk('mutation ($i: AddVehicleInput!) { addVehicle(input: $i) { id } }', {
      i: { parkId: demo.parkId, plate: blocked, kind: 'BLOCK' },
    });
    expect(await enter(gate, { lotId, plate: listed })).toMatchObject({
      admitted: true,
      decision: 'WHITELISTED',
    });
    expect(await enter(gate, { lotId, plate: blocked })).toMatchObject({
      admitted: false,
      decision: 'DENIED_BLACKLIST',
    });
  });

  it('admits a visitor’s plate only inside its pass window', async () => {
    const p = plate();
    const now = t.clock.now().getTime();
    const restore = useVisitorPlateWindows(async (_em, parkId, asked) =>
      parkId === demo.parkId && asked === p
        ? [{ from: new Date(now - 3_600_000), to: new Date(now + 3_600_000) }]
        : [],
    );
    try {
      // Two hours ago the window had not opened: a temporary car then.
      expect(
        await enter(gate, { lotId, plate: p, occurredAt: new Date(now - 7_200_000).toISOString() }),
      ).toMatchObject({
        decision: 'TEMPORARY',
      });
      await leave(gate, { lotId, plate: p, occurredAt: new Date(now - 7_100_000).toISOString() });
      expect(await enter(gate, { lotId, plate: p })).toMatchObject({ admitted: true, decision: 'VISITOR' });
      await leave(gate, { lotId, plate: p });
    } finally {
      restore();
    }
    expect(await enter(gate, { lotId, plate: p })).toMatchObject({ decision: 'TEMPORARY' });
  });

  it('refuses a car when no space of its types is free', async () => {
    const small = await createLot(demo.parkId, { regularSpaces: 1, evSpaces: 1 });
    expect(await enter(gate, { lotId: small.id, plate: plate() })).toMatchObject({ spaceType: 'REGULAR' });
    expect(await enter(gate, { lotId: small.id, plate: plate() })).toMatchObject({
      admitted: false,
      decision: 'DENIED_FULL',
    });
    // A green plate still finds its EV space, then nothing.
    expect(await enter(gate, { lotId: small.id, plate: '苏EF54321' })).toMatchObject({
      spaceType: 'EV_CHARGING',
    });
    expect(await enter(gate, { lotId: small.id, plate: '苏EF54322' })).toMatchObject({
      decision: 'DENIED_FULL',
    });
  });

  it('50 concurrent entries of one plate open one stay; 50 replays of one event id record one event', async () => {
    const p = plate();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => enter(gate, { lotId, plate: p, eventId: `race-${p}-${i}` })),
    );
    expect(results.filter((r) => r.admitted)).toHaveLength(1);
    expect(results.filter((r) => r.decision === 'DENIED_ALREADY_INSIDE')).toHaveLength(49);
    expect(
      await t.sql('select 1 from parking_session where plate = $1 and exited_at is null', [p]),
    ).toHaveLength(1);

    const q = plate();
    const replays = await Promise.all(
      Array.from({ length: 50 }, () => enter(gate, { lotId, plate: q, eventId: `same-${q}` })),
    );
    expect(replays.filter((r) => !r.replayed)).toHaveLength(1);
    expect(new Set(replays.map((r) => r.decision))).toEqual(new Set(['TEMPORARY']));
    expect(await t.sql('select 1 from parking_event where plate = $1', [q])).toHaveLength(1);
  });

  it('refuses an event id used for another car, and events dated outside the last day', async () => {
    const p = plate();
    await enter(gate, { lotId, plate: p, eventId: `dup-${p}` });
    expect(codeOf(await gate.gql(ENTRY, { input: { lotId, plate: plate(), eventId: `dup-${p}` } }))).toBe(
      'CONFLICT',
    );
    const old = new Date(t.clock.now().getTime() - 25 * 3_600_000).toISOString();
    const res = await gate.gql(ENTRY, { input: { lotId, plate: plate(), occurredAt: old } });
    expect(res.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      domainCode: 'OCCURRED_AT_OUT_OF_RANGE',
    });
  });

  it('a key without parking:write may not report cars, nor a key of another park', async () => {
    const key = await t.gqlOk<{ createApiKey: { token: string } }>(
      'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }',
      { input: { name: '监管', partner: '管委会', scopes: ['assets:read'], parkIds: [demo.parkId] } },
    );
    const reader = t.withAuthorization(`ApiKey ${key.createApiKey.token}`);
    expect(codeOf(await reader.gql(ENTRY, { input: { lotId, plate: plate() } }))).toBe('FORBIDDEN');
    const other = await createPark(t);
    const otherLot = await createLot(other.id);
    expect(codeOf(await gate.gql(ENTRY, { input: { lotId: otherLot.id, plate: plate() } }))).toBe(
      'NOT_FOUND',
    );
  });
});

describe('who may do what', () => {
  it('security records cars by hand at the booth; finance reads the log but opens no gate', async () => {
    const guard = await staffSession('security');
    const p = plate();
    expect(await enter(guard, { lotId, plate: p })).toMatchObject({ admitted: true });
    const [row] = await t.sql<{ source: string }>('select source from parking_event where plate = $1', [p]);
    expect(row!.source).toBe('STAFF');
    const finance = await staffSession('finance');
    expect(codeOf(await finance.gql(ENTRY, { input: { lotId, plate: plate() } }))).toBe('FORBIDDEN');
    const log = await finance.gqlOk<{ parkingEvents: { nodes: { plate: string }[] } }>(
      'query ($f: ParkingEventFilter!) { parkingEvents(filter: $f, first: 5) { nodes { plate } } }',
      { f: { parkId: demo.parkId, plate: p } },
    );
    expect(log.parkingEvents.nodes.map((n) => n.plate)).toEqual([p]);
  });

  it('a tenant admin lists their own company’s cars only; employees and tenants see no gates', async () => {
    const admin = await t.as('tenant.admin');
    const [own] = await t.sql<{ tenant_id: string }>(
      "select tenant_id from app_user where login = 'tenant.admin'",
    );
    const [other] = await t.sql<{ tenant_id: string }>(
      "select tenant_id from app_user where login = 'tenant2.admin'",
    );
    const ADD = 'mutation ($i: AddVehicleInput!) { addVehicle(input: $i) { id tenantId plate } }';
    const mine = await admin.gqlOk<{ addVehicle: { tenantId: string; plate: string } }>(ADD, {
      i: { parkId: demo.parkId, plate: '苏e 66a88' },
    });
    expect(mine.addVehicle).toMatchObject({ tenantId: own!.tenant_id, plate: '苏E66A88' });
    expect(
      codeOf(
        await admin.gql(ADD, { i: { parkId: demo.parkId, plate: plate(), tenantId: other!.tenant_id } }),
      ),
    ).toBe('FORBIDDEN');
    expect(codeOf(await admin.gql(ADD, { i: { parkId: demo.parkId, plate: plate(), kind: 'BLOCK' } }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await admin.gql(ADD, { i: { parkId: demo.parkId, plate: '苏E1' } }))).toBe(
      'BAD_USER_INPUT',
    );
    const list = await admin.gqlOk<{ vehicleList: { nodes: { tenantId: string; kind: string }[] } }>(
      '{ vehicleList(first: 100) { nodes { tenantId kind } } }',
    );
    expect(list.vehicleList.nodes.length).toBeGreaterThan(1);
    expect(new Set(list.vehicleList.nodes.map((n) => n.tenantId))).toEqual(new Set([own!.tenant_id]));
    // Another company's entry by id is NOT_FOUND, as for an unknown id.
    const [foreign] = await t.sql<{ id: string }>(
      'select id from vehicle_list_entry where tenant_id = $1 limit 1',
      [other!.tenant_id],
    );
    const res = await admin.gql('query ($id: ID!) { vehicleListEntry(id: $id) { id } }', { id: foreign!.id });
    expect(codeOf(res)).toBe('NOT_FOUND');
    // Another company's entry cannot be removed either.
    expect(
      codeOf(await admin.gql('mutation ($id: ID!) { removeVehicle(id: $id) { id } }', { id: foreign!.id })),
    ).toBe('NOT_FOUND');
    const staff = await t.as('tenant.staff');
    expect(codeOf(await staff.gql('{ vehicleList(first: 1) { totalCount } }'))).toBe('FORBIDDEN');
    expect(codeOf(await admin.gql(`{ parkingOccupancy(parkId: "${demo.parkId}") { occupied } }`))).toBe(
      'FORBIDDEN',
    );
  });
});

describe('reads', () => {
  it('occupancy counts open stays by lot and type', async () => {
    const lot = await createLot(demo.parkId, { regularSpaces: 3, evSpaces: 2, reservedSpaces: 1 });
    await enter(gate, { lotId: lot.id, plate: plate() });
    await enter(gate, { lotId: lot.id, plate: '苏AD11111' });
    const data = await t.gqlOk<{
      parkingOccupancy: {
        lots: {
          lot: { id: string };
          capacity: number;
          occupied: number;
          byType: { spaceType: string; occupied: number; free: number }[];
        }[];
        occupied: number;
      };
    }>(`{ parkingOccupancy(parkId: "${demo.parkId}") { occupied lots { lot { id } capacity occupied
        byType { spaceType capacity occupied free } } } }`);
    const row = data.parkingOccupancy.lots.find((l) => l.lot.id === lot.id)!;
    expect(row).toMatchObject({ capacity: 6, occupied: 2 });
    expect(row.byType.map((b) => [b.spaceType, b.occupied, b.free])).toEqual([
      ['REGULAR', 1, 2],
      ['EV_CHARGING', 1, 1],
      ['RESERVED', 0, 1],
      ['ACCESSIBLE', 0, 0],
    ]);
    // The seeded park has cars inside whenever the test runs in its working hours, and this lot's two anyway.
    expect(data.parkingOccupancy.occupied).toBeGreaterThanOrEqual(2);
  });

  it('flow statistics per day cover six seeded months; per hour they show the morning peak', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(t.clock.now());
    const from = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
      new Date(t.clock.now().getTime() - 180 * 86_400_000),
    );
    const FLOW = `query ($p: ID!, $f: String!, $t: String!, $g: FlowGranularity!) {
      parkingFlow(parkId: $p, from: $f, to: $t, granularity: $g) { bucket entries exits denied feeFen } }`;
    const days = await t.gqlOk<{
      parkingFlow: { bucket: string; entries: number; exits: number; feeFen: number }[];
    }>(FLOW, {
      p: demo.parkId,
      f: from,
      t: today,
      g: 'DAY',
    });
    expect(days.parkingFlow).toHaveLength(181);
    expect(days.parkingFlow[0]!.bucket).toBe(from);
    const busy = days.parkingFlow.filter((d) => d.entries > 100);
    expect(busy.length).toBeGreaterThan(100); // working days
    expect(days.parkingFlow.reduce((s, d) => s + d.feeFen, 0)).toBeGreaterThan(0);
    const [sum] = await t.sql<{ n: string }>(
      `select count(*) n from parking_event where park_id = $1 and direction = 'IN' and admitted
        and occurred_at >= ($2::date)::timestamp at time zone 'Asia/Shanghai'
        and occurred_at < ($3::date + 1)::timestamp at time zone 'Asia/Shanghai'`,
      [demo.parkId, from, today],
    );
    expect(days.parkingFlow.reduce((s, d) => s + d.entries, 0)).toBe(Number(sum!.n));
    // A past working week by the hour: 08:00–09:59 brings more cars in than 13:00–14:59.
    const weekAgo = days.parkingFlow.at(-8)!.bucket;
    const hours = await t.gqlOk<{ parkingFlow: { bucket: string; entries: number }[] }>(FLOW, {
      p: demo.parkId,
      f: days.parkingFlow.at(-14)!.bucket,
      t: weekAgo,
      g: 'HOUR',
    });
    expect(hours.parkingFlow).toHaveLength(7 * 24);
    const at = (h: string) =>
      hours.parkingFlow.filter((b) => b.bucket.endsWith(`T${h}:00`)).reduce((s, b) => s + b.entries, 0);
    expect(at('08') + at('09')).toBeGreaterThan(at('13') + at('14'));
    const bad = await t.gql(FLOW, { p: demo.parkId, f: from, t: today, g: 'HOUR' });
    expect(bad.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      domainCode: 'RANGE_TOO_LONG',
    });
  });

  it('the log pages in two statements plus the count, filtered by plate and decision', async () => {
    const LOG = `query ($f: ParkingEventFilter!) { parkingEvents(filter: $f, first: 50) { totalCount nodes { plate decision } } }`;
    const measured = await t.statements.measure(() =>
      t.gqlOk<{ parkingEvents: { totalCount: number; nodes: { decision: string }[] } }>(LOG, {
        f: { parkId: demo.parkId, decisions: ['DENIED_BLACKLIST'] },
      }),
    );
    expect(measured.statements).toBe(3); // actor, page, count
    const page = measured.result;
    expect(page.parkingEvents.totalCount).toBeGreaterThan(0);
    expect(new Set(page.parkingEvents.nodes.map((n) => n.decision))).toEqual(new Set(['DENIED_BLACKLIST']));
  });

  it('the board’s subscription reports each car with the occupancy after it', async () => {
    const manager = await t.as('park.manager');
    const client = manager.wsClient();
    const events: { parkingChanged: { event: { plate: string }; occupancy: { occupied: number } } }[] = [];
    const done = new Promise<void>((resolve) => {
      client.subscribe(
        {
          query: `subscription { parkingChanged(parkId: "${demo.parkId}") { event { plate decision } occupancy { occupied } } }`,
        },
        { next: (r) => events.push(r.data as never), error: () => resolve(), complete: () => resolve() },
      );
    });
    await new Promise((r) => setTimeout(r, 300));
    const p = plate();
    await enter(gate, { lotId, plate: p });
    await expect.poll(() => events.length, { timeout: 5000 }).toBe(1);
    expect(events[0]!.parkingChanged.event.plate).toBe(p);
    expect(events[0]!.parkingChanged.occupancy.occupied).toBeGreaterThan(0);
    await client.dispose();
    await done;
  });
});

describe('a visitor’s car, with the visitor feature answering (no test double)', () => {
  it('lets the plate of an approved invitation in only inside its pass window', async () => {
    const host = await t.as('tenant.admin');
    const p = `粤B${String(Math.floor(Math.random() * 90_000) + 10_000)}`;
    // The window opens in an hour and lasts two; the pass (and the barrier) accept 30 minutes early.
    await invite(t, host, { startsInMin: 60, hours: 2, visitor: { plate: p } });
    expect(await enter(gate, { lotId, plate: p })).toMatchObject({ decision: 'TEMPORARY' });
    await leave(gate, { lotId, plate: p });
    await t.advanceClock(45 * 60_000); // 15 minutes before the start
    expect(await enter(gate, { lotId, plate: p })).toMatchObject({ admitted: true, decision: 'VISITOR' });
    await leave(gate, { lotId, plate: p });
    await t.advanceClock(3 * 3_600_000); // past the end
    expect(await enter(gate, { lotId, plate: p })).toMatchObject({ decision: 'TEMPORARY' });
  });
});
