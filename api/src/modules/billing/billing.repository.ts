import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../db/sql.js';
import type { DesiredLine, OverdueBill, RepairQuote } from './bill-lines.js';
import type { BillKind, BillLineSource, BillStatus } from './billing.enums.js';

/** A bill a run issues, with its lines: written by `insertBills`. */
export type NewBill = {
  id: string;
  tenantId: string;
  number: string;
  kind: BillKind;
  issuedOn: string;
  dueOn: string;
  totalFen: number;
  checkCode: string;
  lines: (DesiredLine & { id: string })[];
};

/** A line already billed for a period, as the re-run compares it. */
export type BilledLine = {
  tenant_id: string;
  source: BillLineSource;
  source_key: string;
  source_id: string;
  description: string;
  period_from: string;
  period_to: string;
  quantity: string | null;
  unit: string | null;
  unit_price: string | null;
  amount_fen: string;
  evidence: Record<string, unknown>;
};

/** An overdue bill to remind one of its company's users of. */
export type OverdueReminder = {
  bill_id: string;
  park_id: string;
  number: string;
  period: string;
  due_on: string;
  owed_fen: string;
  days: number;
  recipient_id: string;
};

/** A bill's money after a payment or refund moved it. */
export type BillMoney = {
  id: string;
  tenant_id: string;
  park_id: string;
  status: BillStatus;
  total_fen: number;
  paid_fen: number;
};

/** Outstanding amounts of a park's bills by days past due (fen as text). */
export type AgingRow = {
  not_due: string;
  d0_30: string;
  d31_60: string;
  d61_90: string;
  d90_plus: string;
  bills_not_due: number;
  bills_overdue: number;
};

/** The bill run's reads (STYLE rule 15): each one statement for a whole batch of companies. */
export const billingRepository = {
  /** The park's companies after `cursor` (by id), `limit` of them: one batch of a run. */
  tenantsAfter(
    em: EntityManager,
    parkId: string,
    cursor: string | null,
    limit: number,
  ): Promise<{ id: string }[]> {
    return query<{ id: string }>(
      em,
      `select id from tenant_company where park_id = ? and (?::uuid is null or id > ?::uuid) order by id limit ?`,
      [parkId, cursor, cursor, limit],
    );
  },

  async tenantCount(em: EntityManager, parkId: string): Promise<number> {
    const [row] = await query<{ n: number }>(
      em,
      `select count(*)::int as n from tenant_company where park_id = ?`,
      [parkId],
    );
    return row?.n ?? 0;
  },

  /** Every line of the period's bills (not void) of these companies. */
  billed(em: EntityManager, tenantIds: readonly string[], period: string): Promise<BilledLine[]> {
    return query<BilledLine>(
      em,
      `select b.tenant_id, l.source, l.source_key, l.source_id, l.description, l.period_from::text, l.period_to::text,
              l.quantity, l.unit, l.unit_price, l.amount_fen, l.evidence
         from bill b join bill_line l on l.bill_id = b.id
        where b.tenant_id = any(?::uuid[]) and b.period = ? and b.status <> 'VOID'
        order by l.created_at, l.id`,
      [tenantIds, period],
    );
  },

  /** The period's bills (not void) of these companies: whether each has its regular one, and how many adjustments. */
  billsOf(
    em: EntityManager,
    tenantIds: readonly string[],
    period: string,
  ): Promise<{ tenant_id: string; number: string; kind: string; status: string }[]> {
    return query(
      em,
      `select tenant_id, number, kind, status from bill where tenant_id = any(?::uuid[]) and period = ? order by created_at`,
      [tenantIds, period],
    );
  },

  /**
   * Earlier bills (of months before `period`, not void) of these companies owed on some day of
   * `month` after their due date, with what was owed day by day: each day's balance is the bill
   * less its own late fees less what the ledger (the payment feature's `payment_entry`, payments
   * and refunds) had booked by that day's end, park time. A bill paid late within the month is
   * charged its days until then; one paid before the month began is not read.
   */
  overdue(
    em: EntityManager,
    tenantIds: readonly string[],
    period: string,
    month: { from: string; to: string },
  ): Promise<OverdueBill[]> {
    return query<OverdueBill>(
      em,
      `with owed as (
         select b.id, b.tenant_id, b.number, b.due_on, p.time_zone,
                b.total_fen - coalesce((select sum(l.amount_fen) from bill_line l
                                         where l.bill_id = b.id and l.source = 'LATE_FEE'), 0) as base
           from bill b join park p on p.id = b.park_id
          where b.tenant_id = any(?::uuid[]) and b.period < ? and b.status <> 'VOID' and b.due_on < ?::date
            and (b.total_fen > b.paid_fen
                 or exists (select 1 from payment_entry e where e.bill_id = b.id
                             and e.booked_at >= (?::date)::timestamp at time zone p.time_zone))
       ), daily as (
         select o.id, d::date as day,
                o.base - coalesce((select sum(e.amount_fen) from payment_entry e where e.bill_id = o.id
                                    and e.booked_at < (d::date + 1)::timestamp at time zone o.time_zone), 0) as balance
           from owed o, generate_series(greatest(o.due_on + 1, ?::date), ?::date, interval '1 day') d
       )
       select o.id, o.tenant_id, o.number, o.due_on::text,
              count(*)::int as days, sum(d.balance)::text as fen_days,
              min(d.day)::text as first_day, max(d.day)::text as last_day,
              (array_agg(d.balance order by d.day desc))[1]::text as owed_fen
         from owed o join daily d on d.id = o.id
        where d.balance > 0
        group by o.id, o.tenant_id, o.number, o.due_on
        order by o.number`,
      [tenantIds, period, month.to, month.from, month.from, month.to],
    );
  },

  /**
   * Writes a batch's new bills (ISSUED, nothing paid) and their lines in two statements, each
   * expanded in the database from arrays, one per column: a batch of 50 companies was some 300
   * INSERTs through the unit of work, half the run's time in JavaScript (S10 in `pnpm bench`).
   */
  async insertBills(
    em: EntityManager,
    at: { parkId: string; runId: string; period: string; now: Date },
    bills: readonly NewBill[],
  ): Promise<void> {
    if (bills.length === 0) return;
    await query(
      em,
      `insert into bill (id, created_at, updated_at, park_id, tenant_id, run_id, number, period, kind, status,
                         issued_on, due_on, total_fen, paid_fen, check_code)
       select u.id, ?::timestamptz, ?::timestamptz, ?::uuid, u.tenant_id, ?::uuid, u.number, ?, u.kind::bill_kind, 'ISSUED',
              u.issued_on, u.due_on, u.total_fen, 0, u.check_code
         from unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::date[], ?::date[], ?::bigint[], ?::text[])
              u(id, tenant_id, number, kind, issued_on, due_on, total_fen, check_code)`,
      [
        at.now,
        at.now,
        at.parkId,
        at.runId,
        at.period,
        bills.map((b) => b.id),
        bills.map((b) => b.tenantId),
        bills.map((b) => b.number),
        bills.map((b) => b.kind),
        bills.map((b) => b.issuedOn),
        bills.map((b) => b.dueOn),
        bills.map((b) => b.totalFen),
        bills.map((b) => b.checkCode),
      ],
    );
    const lines = bills.flatMap((b) => b.lines.map((l) => ({ ...l, billId: b.id })));
    await query(
      em,
      `insert into bill_line (id, created_at, park_id, bill_id, source, source_key, source_id, description,
                              period_from, period_to, quantity, unit, unit_price, amount_fen, evidence)
       select u.id, ?::timestamptz, ?::uuid, u.bill_id, u.source::bill_line_source, u.source_key, u.source_id, u.description,
              u.period_from, u.period_to, u.quantity, u.unit, u.unit_price, u.amount_fen, u.evidence
         from unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::uuid[], ?::text[], ?::date[], ?::date[],
                     ?::numeric[], ?::text[], ?::numeric[], ?::bigint[], ?::jsonb[])
              u(id, bill_id, source, source_key, source_id, description, period_from, period_to,
                quantity, unit, unit_price, amount_fen, evidence)`,
      [
        at.now,
        at.parkId,
        lines.map((l) => l.id),
        lines.map((l) => l.billId),
        lines.map((l) => l.source),
        lines.map((l) => l.sourceKey),
        lines.map((l) => l.sourceId),
        lines.map((l) => l.description),
        lines.map((l) => l.periodFrom),
        lines.map((l) => l.periodTo),
        lines.map((l) => l.quantity),
        lines.map((l) => l.unit),
        lines.map((l) => l.unitPrice),
        lines.map((l) => l.amountFen),
        lines.map((l) => JSON.stringify(l.evidence)),
      ],
    );
  },

  /** How many bills the park has for the period: the next regular bill's sequence. */
  async billCount(em: EntityManager, parkId: string, period: string): Promise<number> {
    const [row] = await query<{ n: number }>(
      em,
      `select count(*) filter (where kind = 'REGULAR')::int as n from bill where park_id = ? and period = ?`,
      [parkId, period],
    );
    return row?.n ?? 0;
  },

  /**
   * Accepted paid-repair quotes of the park's work orders completed in [from, to] (park days) for
   * the companies of `tenantIds` (a batch): what becomes REPAIR lines. Reads the work-order
   * feature's table; the quote is its fact.
   */
  repairs(
    em: EntityManager,
    parkId: string,
    tenantIds: readonly string[],
    from: string,
    to: string,
  ): Promise<RepairQuote[]> {
    return query<RepairQuote>(
      em,
      `select w.id, w.number, w.title, w.tenant_id,
              (coalesce(w.quote_labour_fen, 0) + coalesce(w.quote_materials_fen, 0))::int as total_fen,
              ((w.completed_at at time zone p.time_zone)::date)::text as completed_on
         from work_order w join park p on p.id = w.park_id
        where w.park_id = ? and w.quote_state = 'ACCEPTED' and w.tenant_id = any(?::uuid[])
          and w.state in ('COMPLETED', 'VERIFIED', 'CLOSED')
          and (w.completed_at at time zone p.time_zone)::date between ?::date and ?::date`,
      [parkId, tenantIds, from, to],
    );
  },

  /**
   * Marks bills past their due date (park time at `now`) with money still owed as OVERDUE. The
   * number marked.
   */
  async markOverdue(em: EntityManager, now: Date): Promise<number> {
    const rows = await query(
      em,
      `update bill b set status = 'OVERDUE', updated_at = now() from park p
        where p.id = b.park_id and b.status in ('ISSUED', 'PARTLY_PAID') and b.total_fen > b.paid_fen
          and b.due_on < (?::timestamptz at time zone p.time_zone)::date
        returning b.id`,
      [now],
    );
    return rows.length;
  },

  /**
   * Overdue bills on a reminder day (1, 7, 15 and 30 days late, then every 30) with the users of
   * their company who read bills: one row per bill and recipient.
   */
  overdueReminders(em: EntityManager, now: Date): Promise<OverdueReminder[]> {
    return query<OverdueReminder>(
      em,
      `with late as (
         select b.id, b.park_id, b.tenant_id, b.number, b.period, b.due_on::text as due_on,
                (b.total_fen - b.paid_fen)::text as owed_fen,
                (?::timestamptz at time zone p.time_zone)::date - b.due_on as days
           from bill b join park p on p.id = b.park_id
          where b.status = 'OVERDUE' and b.total_fen > b.paid_fen)
       select l.id as bill_id, l.park_id, l.number, l.period, l.due_on, l.owed_fen, l.days, u.id as recipient_id
         from late l
         join app_user u on u.tenant_id = l.tenant_id and u.status = 'ACTIVE'
        where (l.days in (1, 7, 15) or (l.days >= 30 and l.days % 30 = 0))
          and exists (select 1 from user_role ur join role r on r.id = ur.role_id
                       where ur.user_id = u.id and 'bill.read' = any(r.permissions))
        order by l.id, u.id`,
      [now],
    );
  },

  /** What the park's companies owe, by days past due on `today` (issue 19 §6: 0-30/31-60/61-90/90+). */
  async aging(em: EntityManager, parkId: string, today: string): Promise<AgingRow> {
    const [row] = await query<AgingRow>(
      em,
      `with owed as (select total_fen - paid_fen as owed, ?::date - due_on as late from bill
                      where park_id = ? and status in ('ISSUED', 'PARTLY_PAID', 'OVERDUE') and total_fen > paid_fen)
       select coalesce(sum(owed) filter (where late <= 0), 0) as not_due,
              coalesce(sum(owed) filter (where late between 1 and 30), 0) as d0_30,
              coalesce(sum(owed) filter (where late between 31 and 60), 0) as d31_60,
              coalesce(sum(owed) filter (where late between 61 and 90), 0) as d61_90,
              coalesce(sum(owed) filter (where late > 90), 0) as d90_plus,
              count(*) filter (where late <= 0)::int as bills_not_due,
              count(*) filter (where late > 0)::int as bills_overdue
         from owed`,
      [today, parkId],
    );
    return row!;
  },
};

/** The money on a bill: what payments (the payment feature) move, each in one conditional statement. */
export const billMoney = {
  /**
   * Books money received on a bill, in one conditional statement: nothing when the bill is void
   * or the amount would take it past its total (the caller refunds that payment). PAID once the
   * total is reached; an overdue bill stays OVERDUE while anything is owed.
   */
  async credit(em: EntityManager, billId: string, fen: number): Promise<BillMoney | undefined> {
    const [row] = await query<BillMoney>(
      em,
      `update bill set paid_fen = paid_fen + ?::bigint, updated_at = now(),
              status = (case when paid_fen + ?::bigint >= total_fen then 'PAID'
                             when status = 'OVERDUE' then 'OVERDUE' else 'PARTLY_PAID' end)::bill_status
        where id = ? and status <> 'VOID' and total_fen > 0 and paid_fen + ?::bigint <= total_fen
        returning id, tenant_id, park_id, status, total_fen::int8 as total_fen, paid_fen::int8 as paid_fen`,
      [fen, fen, billId, fen],
    );
    return row && { ...row, total_fen: Number(row.total_fen), paid_fen: Number(row.paid_fen) };
  },

  /**
   * Takes back a refunded amount (never below zero): the bill is owed again, OVERDUE when its due
   * date has passed in the park's calendar, otherwise ISSUED or PARTLY_PAID.
   */
  async debit(em: EntityManager, billId: string, fen: number, now: Date): Promise<BillMoney | undefined> {
    const [row] = await query<BillMoney>(
      em,
      `update bill b set paid_fen = b.paid_fen - ?::bigint, updated_at = now(),
              status = (case when b.paid_fen - ?::bigint >= b.total_fen then 'PAID'
                             when b.due_on < (?::timestamptz at time zone p.time_zone)::date then 'OVERDUE'
                             when b.paid_fen - ?::bigint > 0 then 'PARTLY_PAID' else 'ISSUED' end)::bill_status
         from park p
        where p.id = b.park_id and b.id = ? and b.paid_fen >= ?::bigint
        returning b.id, b.tenant_id, b.park_id, b.status, b.total_fen::int8 as total_fen, b.paid_fen::int8 as paid_fen`,
      [fen, fen, now, fen, billId, fen],
    );
    return row && { ...row, total_fen: Number(row.total_fen), paid_fen: Number(row.paid_fen) };
  },
};
