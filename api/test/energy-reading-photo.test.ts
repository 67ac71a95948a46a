import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPark, unique } from './factories.js';
import type { GqlResult, Session, TestApp } from './test-app.js';
import { startTestApp } from './test-app.js';

/** Issue 18 §4: manual readings with a photo of the register, for meters without a device link. */
let t: TestApp;
let parkId: string;
let ownMeter: string; // measures tenant.admin's company
let otherMeter: string; // measures tenant2.admin's company
let publicMeter: string; // the park's public area
let farMeter: string; // in another park
const s: Record<string, Session> = {};

const CREATE_METER = `mutation ($input: CreateMeterInput!) { createMeter(input: $input) { id } }`;
const PHOTO_UPLOAD = `mutation ($input: MeterReadingPhotoUploadInput!) {
  createMeterReadingPhotoUpload(input: $input) { attachmentId uploadUrl expiresAt } }`;
const RECORD = `mutation ($input: ManualReadingInput!) { recordMeterReading(input: $input) { stored flag } }`;
const READINGS = `query ($meterId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
  meterReadings(meterId: $meterId, from: $from, to: $to) { at value source photo { id fileName contentType size url } } }`;

type Photo = { id: string; fileName: string; contentType: string; size: number; url: string };
type Reading = { at: string; value: number; source: string; photo: Photo | null };

const JPEG = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
  Buffer.from('JFIF register 012345.6 kWh'),
]);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n');
const FROM = '2026-01-01T00:00:00Z';
const TO = '2027-01-01T00:00:00Z';
let minute = 0;
/** A fresh reading instant (one per call, a minute apart, in the past of the test clock). */
const nextAt = () => new Date(Date.UTC(2026, 5, 1) + ++minute * 60_000).toISOString();
let value = 100;
const nextValue = () => ++value;

const err = (r: GqlResult) => r.errors?.[0]?.extensions;
const put = (url: string, body: Buffer, type: string) =>
  fetch(`${t.url}${url}`, { method: 'PUT', headers: { 'content-type': type }, body });

async function createMeter(input: Record<string, unknown>): Promise<string> {
  const data = await t.gqlOk<{ createMeter: { id: string } }>(CREATE_METER, {
    input: { parkId, code: unique('PH').slice(0, 30), kind: 'WATER', level: 'TENANT', ...input },
  });
  return data.createMeter.id;
}

/** Registers a photo for `meterId` and, unless told not to, uploads its bytes. */
async function photo(meterId: string, opts: { upload?: boolean; who?: Session } = {}): Promise<string> {
  const { createMeterReadingPhotoUpload: up } = await (opts.who ?? t).gqlOk<{
    createMeterReadingPhotoUpload: { attachmentId: string; uploadUrl: string };
  }>(PHOTO_UPLOAD, {
    input: { meterId, fileName: '水表.jpg', contentType: 'image/jpeg', size: JPEG.length },
  });
  if (opts.upload !== false) expect((await put(up.uploadUrl, JPEG, 'image/jpeg')).status).toBe(201);
  return up.attachmentId;
}

const record = (meterId: string, photoId?: string, at = nextAt(), who: Session = t) =>
  who.gql<{ recordMeterReading: { stored: boolean; flag: string } }>(RECORD, {
    input: { meterId, at, value: nextValue(), ...(photoId ? { photoId } : {}) },
  });

const readings = async (who: Session, meterId: string) =>
  (await who.gqlOk<{ meterReadings: Reading[] }>(READINGS, { meterId, from: FROM, to: TO })).meterReadings;

/** What a refused reading could have changed: the meter's readings and the photos' claims. */
async function written(meterId: string) {
  const [row] = await t.sql<{ readings: string; used: string }>(
    `select (select count(*) from meter_reading where meter_id = $1) readings,
            (select count(*) from attachment where used_at is not null) used`,
    [meterId],
  );
  return row!;
}

beforeAll(async () => {
  t = await startTestApp();
  for (const login of ['engineer', 'tenant.admin', 'tenant2.admin', 'finance']) s[login] = await t.as(login);
  const [a] = await t.sql<{ tenant_id: string; park_id: string }>(
    `select u.tenant_id, c.park_id from app_user u join tenant_company c on c.id = u.tenant_id where u.login = 'tenant.admin'`,
  );
  const [b] = await t.sql<{ tenant_id: string }>(
    `select tenant_id from app_user where login = 'tenant2.admin'`,
  );
  parkId = a!.park_id;
  ownMeter = await createMeter({ tenantId: a!.tenant_id });
  otherMeter = await createMeter({ tenantId: b!.tenant_id });
  publicMeter = await createMeter({ level: 'BUILDING' });
  const far = await createPark(t);
  const { createMeter: m } = await t.gqlOk<{ createMeter: { id: string } }>(CREATE_METER, {
    input: { parkId: far.id, code: unique('PH').slice(0, 30), kind: 'WATER', level: 'PARK' },
  });
  farMeter = m.id;
});
afterAll(() => t?.close());

describe('manual readings with a photo', () => {
  it('uploads a photo through its signed link, records the reading with it and shows it with the reading', async () => {
    const photoId = await photo(ownMeter, { who: s.engineer });
    const at = nextAt();
    const res = await record(ownMeter, photoId, at, s.engineer);
    expect(res.errors).toBeUndefined();
    expect(res.data?.recordMeterReading.stored).toBe(true);
    const [stored] = await t.sql<{ attachment_id: string; source: string }>(
      'select attachment_id, source from meter_reading where meter_id = $1 and ts = $2',
      [ownMeter, at],
    );
    expect(stored).toEqual({ attachment_id: photoId, source: 'MANUAL' });

    for (const who of [t, s.engineer!, s['tenant.admin']!]) {
      const reading = (await readings(who, ownMeter)).find((r) => r.at === at)!;
      expect(reading.photo).toEqual(
        expect.objectContaining({
          id: photoId,
          fileName: '水表.jpg',
          contentType: 'image/jpeg',
          size: JPEG.length,
        }),
      );
      const file = await fetch(`${t.url}${reading.photo!.url}`);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe('image/jpeg');
      expect(Buffer.from(await file.arrayBuffer()).equals(JPEG)).toBe(true);
    }
  });

  it('records a reading without a photo as before, and only staff who may record register photos', async () => {
    const res = await record(publicMeter);
    expect(res.data?.recordMeterReading.stored).toBe(true);
    expect((await readings(t, publicMeter))[0]!.photo).toBeNull();
    const input = { meterId: ownMeter, fileName: 'a.jpg', contentType: 'image/jpeg', size: 10 };
    for (const who of ['tenant.admin', 'finance'])
      expect(err(await s[who]!.gql(PHOTO_UPLOAD, { input }))?.code).toBe('FORBIDDEN');
  });

  it('refuses a file that is not a photo, a virtual meter and an unknown meter at registration', async () => {
    const before = await t.sql<{ n: string }>('select count(*) n from attachment');
    const input = (over: Record<string, unknown>) => ({
      input: { meterId: ownMeter, fileName: 'scan.pdf', contentType: 'image/jpeg', size: 100, ...over },
    });
    const virtualMeter = await createMeter({ terms: [{ meterId: ownMeter, sign: 1 }] });
    const results = await Promise.all([
      t.gql(PHOTO_UPLOAD, input({ contentType: 'application/pdf' })),
      t.gql(PHOTO_UPLOAD, input({ contentType: 'text/plain' })),
      t.gql(PHOTO_UPLOAD, input({ meterId: virtualMeter })),
      t.gql(PHOTO_UPLOAD, input({ meterId: randomUUID() })),
    ]);
    expect(results.map((r) => [err(r)?.code, err(r)?.field])).toEqual([
      ['BAD_USER_INPUT', 'input.contentType'],
      ['BAD_USER_INPUT', 'input.contentType'],
      ['BAD_USER_INPUT', 'input.meterId'],
      ['NOT_FOUND', 'input.meterId'],
    ]);
    expect(await t.sql<{ n: string }>('select count(*) n from attachment')).toEqual(before);
  });

  it('refuses a photo of another meter or park, a PDF, an unuploaded or unknown photo, writing nothing', async () => {
    const ofOtherMeter = await photo(publicMeter);
    const ofOtherPark = await photo(farMeter);
    const notUploaded = await photo(ownMeter, { upload: false });
    // The upload refuses documents, so a meter's PDF can only come from outside the API: the
    // claim still checks the type.
    const meterPdf = randomUUID();
    await t.sql(
      `insert into attachment (id, created_at, park_id, owner_kind, meter_id, file_name, content_type,
         declared_size, size, storage_key, uploaded_at)
       values ($1, now(), $2, 'METER', $3, 'scan.pdf', 'application/pdf', $4, $4, $5, now())`,
      [meterPdf, parkId, ownMeter, PDF.length, `${parkId}/${ownMeter}/${meterPdf}`],
    );
    const [orderPdf] = await t.sql<{ id: string }>(
      `insert into attachment (id, created_at, park_id, owner_kind, work_order_id, file_name, content_type,
         declared_size, size, storage_key, uploaded_at)
       select gen_random_uuid(), now(), park_id, 'WORK_ORDER', id, 'quote.pdf', 'application/pdf', 10, 10,
              gen_random_uuid()::text, now() from work_order where park_id = $1 limit 1 returning id`,
      [parkId],
    );
    const before = await written(ownMeter);
    const cases: [string, string][] = [
      [ofOtherMeter, 'PHOTO_OTHER_METER'],
      [ofOtherPark, 'PHOTO_OTHER_METER'],
      [orderPdf!.id, 'PHOTO_OTHER_METER'],
      [meterPdf, 'PHOTO_TYPE_REQUIRED'],
      [notUploaded, 'PHOTO_NOT_UPLOADED'],
      [randomUUID(), 'PHOTO_NOT_FOUND'],
      ['not-an-id', 'PHOTO_NOT_FOUND'],
    ];
    for (const [photoId, domainCode] of cases) {
      const res = await record(ownMeter, photoId);
      expect([photoId, err(res)]).toEqual([
        photoId,
        expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.photoId', domainCode }),
      ]);
    }
    expect(await written(ownMeter)).toEqual(before);
  });

  it('takes each photo once: a used photo is refused, and of 20 concurrent readings exactly one gets it', async () => {
    const used = await photo(ownMeter);
    expect((await record(ownMeter, used)).data?.recordMeterReading.stored).toBe(true);
    const before = await written(ownMeter);
    const again = await record(ownMeter, used);
    expect(err(again)).toEqual(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        field: 'input.photoId',
        domainCode: 'PHOTO_ALREADY_USED',
      }),
    );
    expect(await written(ownMeter)).toEqual(before);

    const contested = await photo(ownMeter);
    const results = await Promise.all(Array.from({ length: 20 }, () => record(ownMeter, contested)));
    const won = results.filter((r) => r.data?.recordMeterReading.stored);
    const lost = results.filter((r) => err(r)?.domainCode === 'PHOTO_ALREADY_USED');
    expect([won.length, lost.length]).toEqual([1, 19]);
    const rows = await t.sql<{ n: string }>('select count(*) n from meter_reading where attachment_id = $1', [
      contested,
    ]);
    expect(rows[0]!.n).toBe('1');
    expect(Number((await written(ownMeter)).readings)).toBe(Number(before.readings) + 1);
  });

  it('leaves the photo free when the reading was already stored for that instant', async () => {
    const at = nextAt();
    expect((await record(ownMeter, await photo(ownMeter), at)).data?.recordMeterReading.stored).toBe(true);
    const second = await photo(ownMeter);
    expect((await record(ownMeter, second, at)).data?.recordMeterReading).toEqual({
      stored: false,
      flag: 'OK',
    });
    const [row] = await t.sql<{ used_at: Date | null }>('select used_at from attachment where id = $1', [
      second,
    ]);
    expect(row!.used_at).toBeNull();
    expect((await record(ownMeter, second)).data?.recordMeterReading.stored).toBe(true);
  });

  it("keeps a company from another's photos: its meter is not found, and a photo leaked onto its own reading stays hidden", async () => {
    const photoId = await photo(ownMeter);
    const at = nextAt();
    expect((await record(ownMeter, photoId, at)).data?.recordMeterReading.stored).toBe(true);
    const foreign = await s['tenant2.admin']!.gql(READINGS, { meterId: ownMeter, from: FROM, to: TO });
    expect(err(foreign)?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(foreign)).not.toContain(photoId);

    // Row-level security, whatever a resolver does: a reading of tenant2's meter pointing at it.
    const otherAt = nextAt();
    expect((await record(otherMeter, undefined, otherAt)).data?.recordMeterReading.stored).toBe(true);
    await t.sql('update meter_reading set attachment_id = $1 where meter_id = $2 and ts = $3', [
      photoId,
      otherMeter,
      otherAt,
    ]);
    const own = (await readings(s['tenant2.admin']!, otherMeter)).find((r) => r.at === otherAt)!;
    expect(own.photo).toBeNull();
    const staff = (await readings(t, otherMeter)).find((r) => r.at === otherAt)!;
    expect(staff.photo?.id).toBe(photoId);
  });

  it('loads the photos of a list of readings in a constant number of statements', async () => {
    const meter = await createMeter({ level: 'FLOOR' });
    const counts: number[] = [];
    for (const n of [2, 6]) {
      while ((await readings(t, meter)).length < n) await record(meter, await photo(meter));
      const { statements, result } = await t.statements.measure(() =>
        t.gqlOk<{ meterReadings: Reading[] }>(READINGS, { meterId: meter, from: FROM, to: TO }),
      );
      expect(result.meterReadings.map((r) => Boolean(r.photo))).toEqual(Array(n).fill(true));
      counts.push(statements);
    }
    expect(counts[1]).toBe(counts[0]);
    expect(counts[0]).toBeLessThanOrEqual(6);
  });
});
