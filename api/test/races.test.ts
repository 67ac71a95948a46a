import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ATTACHMENTS } from '../src/modules/attachment/attachment.service.js';
import { demoSite, unique } from './factories.js';
import { type GqlResult, startTestApp, type TestApp } from './test-app.js';

/**
 * Once-only actions and limits under a burst of identical requests: exactly as many succeed
 * as the rule allows, and the database and the audit log say the same.
 */
let t: TestApp;
let demo: Awaited<ReturnType<typeof demoSite>>;

beforeAll(async () => {
  t = await startTestApp();
  demo = await demoSite(t);
});
afterAll(() => t.close());

const domainOf = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.domainCode;
const succeeded = <T>(results: GqlResult<T>[]) => results.filter((r) => !r.errors?.length);
const burst = <T>(n: number, fn: (i: number) => Promise<T>) =>
  Promise.all(Array.from({ length: n }, (_, i) => fn(i)));

/**
 * Runs `fn` while the test holds `table`'s row `id` locked, so every request of a burst reads
 * the row before any of them can write it: the widest window a read-then-write leaves open,
 * every time rather than when the scheduler happens to interleave.
 */
async function whileHolding<T>(table: string, id: string, fn: () => Promise<T>): Promise<T> {
  const em = t.ownerOrm.em.fork();
  await em.begin();
  try {
    await em.execute(`select 1 from "${table}" where id = ? for update`, [id]);
    const running = fn();
    await new Promise((r) => setTimeout(r, 500));
    await em.commit();
    return await running;
  } catch (err) {
    await em.rollback().catch(() => undefined);
    throw err;
  }
}

/** The audit log's clock reading, to count what a burst wrote after it. */
const auditMark = async () =>
  (await t.sql<{ seq: string }>('select coalesce(max(seq), 0) seq from audit_log'))[0]!.seq;

/**
 * Audit entries of `operation` written after `mark` (refused ones name no target), counted by
 * outcome and error code; `targetId` must be the target of every entry that names one.
 */
async function auditOf(operation: string, mark: string, targetId: string) {
  const rows = await t.sql<{ outcome: string; error_code: string | null; n: number }>(
    `select outcome, error_code, count(*)::int n from audit_log
     where operation = $1 and seq > $2 and (target_id is null or target_id = $3)
     group by 1, 2 order by 1, 2`,
    [operation, mark, targetId],
  );
  const others = await t.sql(
    'select 1 from audit_log where operation = $1 and seq > $2 and target_id <> $3',
    [operation, mark, targetId],
  );
  expect(others).toEqual([]);
  return Object.fromEntries(rows.map((r) => [`${r.outcome}${r.error_code ? ` ${r.error_code}` : ''}`, r.n]));
}

/** A work order of the demo park with no return visit yet, moved straight to VERIFIED. */
async function verifiedOrder(): Promise<string> {
  const [row] = await t.sql<{ id: string }>(
    `update work_order set state = 'VERIFIED', verified_at = now(), visited_at = null, visited_by_id = null,
       visit_score = null, visit_comment = null
     where id = (select id from work_order where park_id = $1 and visited_at is null order by id limit 1) returning id`,
    [demo.parkId],
  );
  return row!.id;
}

describe('once-only actions under a burst', () => {
  it('records one return visit of 20 parallel ones, audited once', async () => {
    const id = await verifiedOrder();
    const mark = await auditMark();
    const results = await whileHolding('work_order', id, () =>
      burst(20, (i) =>
        t.gql(
          'mutation ($id: ID!, $input: ReturnVisitInput!) { recordReturnVisit(id: $id, input: $input) { id } }',
          {
            id,
            input: { score: 1 + (i % 5), comment: `回访 ${i}` },
          },
        ),
      ),
    );
    const won = succeeded(results);
    console.log(`recordReturnVisit: ${won.length} of 20 succeeded`);
    expect(won).toHaveLength(1);
    expect(results.filter((r) => domainOf(r) === 'ALREADY_VISITED')).toHaveLength(19);
    const [row] = await t.sql<{ visit_comment: string }>(
      'select visit_comment from work_order where id = $1',
      [id],
    );
    const winner = results.indexOf(won[0]!);
    expect(row!.visit_comment).toBe(`回访 ${winner}`);
    expect(await auditOf('recordReturnVisit', mark, id)).toEqual({ OK: 1, 'FAILED CONFLICT': 19 });
  });

  it('issues one device credential of 10 parallel pairings with one code', async () => {
    const created = await t.gqlOk<{ createKioskDevice: { device: { id: string }; pairingCode: string } }>(
      `mutation ($input: CreateKioskDeviceInput!) { createKioskDevice(input: $input) { device { id } pairingCode } }`,
      { input: { parkId: demo.parkId, buildingId: demo.buildingId, name: unique('大堂机-') } },
    );
    const { device, pairingCode } = created.createKioskDevice;
    const kiosk = t.withAuthorization(undefined); // one lobby screen, one address
    const mark = await auditMark();
    const results = await whileHolding('kiosk_device', device.id, () =>
      burst(10, () =>
        kiosk.gql<{ pairKioskDevice: { credential: string } }>(
          'mutation ($code: String!) { pairKioskDevice(input: { pairingCode: $code }) { credential } }',
          { code: pairingCode },
        ),
      ),
    );
    const won = succeeded(results);
    console.log(`pairKioskDevice: ${won.length} of 10 succeeded`);
    expect(won).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'NOT_FOUND')).toHaveLength(9);
    const credential = won[0]!.data!.pairKioskDevice.credential;
    const viewer = await t
      .withAuthorization(`Device ${credential}`)
      .gqlOk<{ viewer: { kind: string; id: string } }>('{ viewer { kind id } }');
    expect(viewer.viewer).toEqual({ kind: 'DEVICE', id: device.id });
    const [row] = await t.sql<{ paired: boolean; code_left: boolean }>(
      `select credential_hash is not null as paired, pairing_code_hash is not null as code_left
       from kiosk_device where id = $1`,
      [device.id],
    );
    expect(row).toEqual({ paired: true, code_left: false });
    expect(await auditOf('pairKioskDevice', mark, device.id)).toEqual({ OK: 1, 'FAILED NOT_FOUND': 9 });
  });

  it(`registers exactly ${MAX_ATTACHMENTS} of 30 parallel uploads for one work order`, async () => {
    const [order] = await t.sql<{ id: string }>(
      `select w.id from work_order w where w.park_id = $1
       and not exists (select 1 from attachment a where a.work_order_id = w.id) order by w.id desc limit 1`,
      [demo.parkId],
    );
    const id = order!.id;
    const mark = await auditMark();
    const results = await whileHolding('work_order', id, () =>
      burst(30, (i) =>
        t.gql(
          'mutation ($input: CreateAttachmentUploadInput!) { createAttachmentUpload(input: $input) { attachmentId } }',
          { input: { workOrderId: id, fileName: `p${i}.jpg`, contentType: 'image/jpeg', size: 1000 } },
        ),
      ),
    );
    const won = succeeded(results);
    console.log(`createAttachmentUpload: ${won.length} of 30 succeeded`);
    expect(won).toHaveLength(MAX_ATTACHMENTS);
    expect(results.filter((r) => domainOf(r) === 'TOO_MANY_ATTACHMENTS')).toHaveLength(30 - MAX_ATTACHMENTS);
    const [count] = await t.sql<{ n: number }>(
      'select count(*)::int n from attachment where work_order_id = $1',
      [id],
    );
    expect(count!.n).toBe(MAX_ATTACHMENTS);
    expect(await auditOf('createAttachmentUpload', mark, id)).toEqual({
      OK: MAX_ATTACHMENTS,
      'FAILED CONFLICT': 30 - MAX_ATTACHMENTS,
    });
  });
});
