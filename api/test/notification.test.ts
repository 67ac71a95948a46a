import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
const s: Record<string, Session> = {};
const ids: Record<string, string> = {};

const NOTES = `{ notifications(first: 100) { nodes { id kind workOrderId readAt } } unreadNotificationCount }`;
type Notes = {
  notifications: { nodes: { id: string; kind: string; workOrderId: string | null; readAt: string | null }[] };
  unreadNotificationCount: number;
};
const notesOf = async (who: string) => (await s[who]!.gqlOk<Notes>(NOTES)).notifications.nodes;
/** What the database holds for `who`, read as the owner (past row-level security). */
const rowsOf = async (who: string) =>
  (
    await t.sql<{ id: string }>('select id from notification where recipient_id = $1 order by id', [ids[who]])
  ).map((r) => r.id);

beforeAll(async () => {
  t = await startTestApp();
  for (const login of ['tenant.staff', 'tenant2.admin', 'cs.agent', 'engineer']) s[login] = await t.as(login);
  for (const r of await t.sql<{ login: string; id: string }>('select login, id from app_user'))
    ids[r.login] = r.id;
  await t.sql('delete from staff_shift'); // dispatch by hand, so each order notifies once
  const [unit] = await t.sql<{ id: string }>(
    `select u.id from unit u join app_user a on a.tenant_id = u.tenant_id where a.login = 'tenant.staff' limit 1`,
  );
  // The engineer hears of a dispatch; the requester of the quote that waits for the company.
  for (const title of ['灯管闪烁', '插座无电']) {
    const { submitWorkOrder: o } = await s['tenant.staff']!.gqlOk<{ submitWorkOrder: { id: string } }>(
      'mutation ($input: SubmitWorkOrderInput!) { submitWorkOrder(input: $input) { id } }',
      { input: { category: 'POWER', title, unitId: unit!.id } },
    );
    await s['cs.agent']!.gqlOk(
      'mutation ($id: ID!, $a: ID!) { transitionWorkOrder(id: $id, input: { action: DISPATCH, assigneeId: $a }) { id } }',
      { id: o.id, a: ids.engineer },
    );
    await s.engineer!.gqlOk(
      'mutation ($id: ID!) { quoteWorkOrder(id: $id, input: { labourFen: 100, materialsFen: 0 }) { id } }',
      { id: o.id },
    );
  }
});
afterAll(() => t?.close());

describe('notifications', () => {
  it('lets each user read exactly their own', async () => {
    expect(await rowsOf('engineer')).toHaveLength(2);
    expect(await rowsOf('tenant.staff')).toHaveLength(2);
    for (const who of ['engineer', 'tenant.staff', 'tenant2.admin', 'cs.agent'])
      expect((await notesOf(who)).map((n) => n.id).sort()).toEqual(await rowsOf(who));
    expect((await notesOf('engineer')).map((n) => n.kind)).toEqual([
      'WORK_ORDER_ASSIGNED',
      'WORK_ORDER_ASSIGNED',
    ]);
    expect((await notesOf('tenant.staff')).map((n) => n.kind)).toEqual(['QUOTE_WAITING', 'QUOTE_WAITING']);
  });

  it('names what it is about, for the apps to say in their reader’s language', async () => {
    type Facts = { kind: string; title: string; facts: Record<string, string | null> | null };
    const of = async (who: string) =>
      (
        await s[who]!.gqlOk<{ notifications: { nodes: Facts[] } }>(
          `{ notifications(first: 10) { nodes { kind title facts { workOrderNumber workOrderTitle slaKind deadline
             prefix meterName meterCode alertKind ruleName value limit } } } }`,
        )
      ).notifications.nodes;
    const numbers = (
      await t.sql<{ number: string; title: string }>(
        `select number, title from work_order where title in ('灯管闪烁', '插座无电') order by number`,
      )
    ).map((r) => [r.number, r.title]);
    for (const [who, kind] of [
      ['engineer', 'WORK_ORDER_ASSIGNED'],
      ['tenant.staff', 'QUOTE_WAITING'],
    ] as const) {
      const notes = await of(who);
      expect(notes.map((n) => n.kind)).toEqual([kind, kind]);
      expect(notes.map((n) => [n.facts!.workOrderNumber, n.facts!.workOrderTitle]).sort()).toEqual(numbers);
      // Only what the kind names; the stored text stays the Chinese one.
      for (const n of notes) {
        expect(n.facts!.meterCode).toBeNull();
        expect(n.title).toContain(n.facts!.workOrderNumber!);
      }
    }
  });

  it('lets only the recipient mark them read', async () => {
    const mine = await notesOf('engineer');
    const unread = mine.filter((n) => n.readAt === null).length;
    expect(unread).toBeGreaterThan(0);
    // Marking all, or the engineer's by id, as someone else changes nothing of the engineer's.
    await s['tenant2.admin']!.gqlOk('mutation { markNotificationsRead }');
    const foreign = await s['tenant.staff']!.gqlOk<{ markNotificationsRead: number }>(
      'mutation ($ids: [ID!]) { markNotificationsRead(ids: $ids) }',
      { ids: mine.map((n) => n.id) },
    );
    expect(foreign.markNotificationsRead).toBe(0);
    expect((await s.engineer!.gqlOk<Notes>(NOTES)).unreadNotificationCount).toBe(unread);
    const bogus = await s.engineer!.gqlOk<{ markNotificationsRead: number }>(
      'mutation { markNotificationsRead(ids: ["not-a-uuid", "00000000-0000-0000-0000-000000000000"]) }',
    );
    expect(bogus.markNotificationsRead).toBe(0);
    const marked = await s.engineer!.gqlOk<{ markNotificationsRead: number }>(
      'mutation { markNotificationsRead }',
    );
    expect(marked.markNotificationsRead).toBe(unread);
    expect((await s.engineer!.gqlOk<Notes>(NOTES)).unreadNotificationCount).toBe(0);
    // The tenant's stay unread.
    expect((await notesOf('tenant.staff')).every((n) => n.readAt === null)).toBe(true);
    expect(await notesOf('tenant.staff')).toHaveLength(2);
  });
});
