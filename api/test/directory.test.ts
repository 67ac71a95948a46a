import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSite, createTenant, createUnit, demoSite, unique } from './factories.js';
import { type GqlResult, type Session, startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
let demo: { parkId: string };
beforeAll(async () => {
  t = await startTestApp();
  demo = await demoSite(t);
});
afterAll(() => t.close());

type Entry = {
  id: string;
  name: string;
  shortName: string | null;
  industry: { code: string; name: string; nameEn: string };
  locations: {
    building: { id: string; code: string; name: string };
    floor: { id: string; level: number; name: string };
    unitCodes: string[];
  }[];
};

const DIRECTORY = `{ kioskDirectory { id name shortName industry { code name nameEn }
  locations { building { id code name } floor { id level name } unitCodes } } }`;
const CREATE_KIOSK = `mutation ($input: CreateKioskDeviceInput!) {
  createKioskDevice(input: $input) { pairingCode } }`;
const PAIR = 'mutation ($code: String!) { pairKioskDevice(input: { pairingCode: $code }) { credential } }';

const codeOf = (r: Pick<GqlResult, 'errors'>) => r.errors?.[0]?.extensions?.code;

/** Registers a kiosk in a park as hq.admin and pairs it anonymously, as a lobby screen does. */
async function pairedKiosk(parkId: string): Promise<Session> {
  const created = await t.gqlOk<{ createKioskDevice: { pairingCode: string } }>(CREATE_KIOSK, {
    input: { parkId, name: unique('大堂机-') },
  });
  const paired = await t
    .withAuthorization(undefined)
    .gqlOk<{ pairKioskDevice: { credential: string } }>(PAIR, {
      code: created.createKioskDevice.pairingCode,
    });
  return t.withAuthorization(`Device ${paired.pairKioskDevice.credential}`);
}

describe('kiosk company directory', () => {
  it('lists the park’s active and onboarding companies by name, with building, floor and units', async () => {
    const kiosk = await pairedKiosk(demo.parkId);
    const { kioskDirectory: entries } = await kiosk.gqlOk<{ kioskDirectory: Entry[] }>(DIRECTORY);

    const expected = await t.sql<{ id: string; status: string }>(
      `select id, status from tenant_company where park_id = $1 and status in ('ACTIVE', 'ONBOARDING')`,
      [demo.parkId],
    );
    expect(entries.map((e) => e.id).sort()).toEqual(expected.map((r) => r.id).sort());
    const collator = new Intl.Collator('zh-CN');
    expect(entries.map((e) => e.name)).toEqual(entries.map((e) => e.name).sort(collator.compare));

    // Locations agree with the leased units in the database, grouped by floor.
    const units = await t.sql<{ tenant_id: string; code: string; building: string; level: number }>(
      `select u.tenant_id, u.code, b.code as building, f.level from unit u
         join building b on b.id = u.building_id join floor f on f.id = u.floor_id
        where u.park_id = $1 and u.status = 'LEASED'`,
      [demo.parkId],
    );
    for (const e of entries) {
      const got = e.locations.flatMap((l) =>
        l.unitCodes.map((c) => `${l.building.code}/${l.floor.level}/${c}`),
      );
      const want = units.filter((u) => u.tenant_id === e.id).map((u) => `${u.building}/${u.level}/${u.code}`);
      expect(got.sort(), e.name).toEqual(want.sort());
    }
    const located = entries.filter((e) => e.locations.length > 0);
    expect(located.length).toBeGreaterThan(10);
    const first = located[0]!;
    expect(first.industry.name).not.toBe('');
    expect(first.locations[0]!.building.name).not.toBe('');
    expect(first.locations[0]!.floor.name).not.toBe('');
  });

  it('offers nothing a lobby should not show: no contacts, no credit code', async () => {
    const data = await t.gqlOk<{ __type: { fields: { name: string }[] } }>(
      '{ __type(name: "DirectoryEntry") { fields { name } } }',
    );
    expect(data.__type.fields.map((f) => f.name).sort()).toEqual([
      'id',
      'industry',
      'locations',
      'name',
      'shortName',
    ]);
  });

  it('refuses staff and tenant users', async () => {
    for (const session of [t, await t.as('tenant.admin')]) {
      const res = await session.gql(DIRECTORY);
      expect(codeOf(res)).toBe('FORBIDDEN');
      expect(res.data).toBeNull();
    }
  });

  it('shows a kiosk only its own park', async () => {
    const site = await createSite(t);
    const unit = await createUnit(t, site.floor.id, { status: 'LEASED', tenantId: site.tenant.id });
    await createTenant(t, site.park.id, { status: 'MOVED_OUT', name: `苏州${unique('已迁')}有限公司` });
    const kiosk = await pairedKiosk(site.park.id);
    const { kioskDirectory: entries } = await kiosk.gqlOk<{ kioskDirectory: Entry[] }>(DIRECTORY);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      id: site.tenant.id,
      locations: [{ building: { id: site.building.id }, floor: { level: 2 }, unitCodes: [unit.code] }],
    });
    const demoIds = await t.sql<{ id: string }>('select id from tenant_company where park_id = $1', [
      demo.parkId,
    ]);
    const seen = new Set(entries.map((e) => e.id));
    expect(demoIds.filter((r) => seen.has(r.id))).toEqual([]);
  });

  it('loads in a constant number of statements, whatever the number of companies', async () => {
    const big = await pairedKiosk(demo.parkId);
    const small = await pairedKiosk((await createSite(t)).park.id);
    const counts: number[] = [];
    for (const kiosk of [big, small]) {
      await kiosk.gqlOk('{ viewer { id } }'); // the first request also records when the kiosk was seen
      await new Promise((r) => setTimeout(r, 50));
      const { statements, result } = await t.statements.measure(() =>
        kiosk.gqlOk<{ kioskDirectory: Entry[] }>(DIRECTORY),
      );
      expect(result.kioskDirectory.length).toBeGreaterThan(0);
      counts.push(statements);
    }
    console.log('statements for kioskDirectory (demo park / one-company park):', counts);
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(1 + 1); // the statement that sets the actor, then the directory
  });
});
