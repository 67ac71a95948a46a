import type { EntityManager } from '@mikro-orm/postgresql';
import { findLean } from '../../db/lean.js';
import { cursorBatches, query } from '../../db/sql.js';
import type { RequestContext } from '../../graphql/context.js';
import { isUuid } from '../../graphql/validate.js';
import { AppUser } from '../user/user.entity.js';
import { SLA, type SlaAlertKind } from './sla.js';
import type { WorkOrderFilter } from './work-order.inputs.js';

/** The SLA table as SQL rows, so the deadlines are joined in the database, not computed per row in JS. */
const SLA_ROWS = Object.entries(SLA)
  .flatMap(([category, byPriority]) =>
    Object.entries(byPriority).map(([priority, t]) => `('${category}', '${priority}', ${t.resolveMinutes})`),
  )
  .join(', ');

/** The counts and means the KPIs are computed from. */
export type KpiRow = {
  filed: number;
  completed: number;
  in_time: number;
  verified: number;
  visited: number;
  all_visits: number;
  satisfied: number;
  reworked: number;
  mean_response: number | null;
  mean_resolution: number | null;
  breaches: number;
};

/** A technician automatic dispatch could choose (see `dispatch.ts`). */
export type CandidateRow = {
  user_id: string;
  departments: string[];
  on_shift: boolean;
  open_orders: number;
  open_in_building: number;
};

/** A follow-up the park files when a job of a department is confirmed. */
export type FollowUpRule = { to_department: string; title_prefix: string };

/**
 * Work-order SQL (STYLE rule 15): order numbers, the KPI report, dispatch candidates, SLA alerts
 * and follow-up rules. The orders themselves are written through their entities.
 */
export const workOrderRepository = {
  /** The next number of the park-wide order sequence. */
  /**
   * Of the parks the caller sees (row-level security decides), the one with most open orders:
   * where a console opens for someone of several parks who has not chosen one yet.
   */
  async busiestPark(em: EntityManager): Promise<string | null> {
    const [row] = await query<{ park_id: string }>(
      em,
      `select park_id from work_order
        where state in ('SUBMITTED', 'DISPATCHED', 'ACCEPTED', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED')
        group by park_id order by count(*) desc, park_id limit 1`,
    );
    return row?.park_id ?? null;
  },

  async nextNumber(em: EntityManager): Promise<string> {
    const [row] = await query<{ n: string }>(em, `select nextval('work_order_number_seq') as n`);
    return String(row!.n);
  },

  /**
   * The KPI counts of the park's orders submitted in [from, to), of one category or all, in one
   * statement. Follow-ups are not counted: the visit is measured on the order they follow. The
   * SLA table is literal text, the same for every call.
   */
  async kpiCounts(
    em: EntityManager,
    parkId: string,
    from: Date,
    to: Date,
    category: string | null,
  ): Promise<KpiRow> {
    const [row] = await query<KpiRow>(
      em,
      `with orders as (
         select w.*, w.dispatched_at + make_interval(mins => s.resolve_minutes) as resolve_by,
           exists (select 1 from work_order_event e where e.work_order_id = w.id and e.action = 'REWORK') as reworked
         from work_order w
         join (values ${SLA_ROWS}) as s(category, priority, resolve_minutes)
           on s.category = w.category::text and s.priority = w.priority::text
         where w.park_id = ? and w.submitted_at >= ?::timestamptz and w.submitted_at < ?::timestamptz
           and w.follow_up_of_id is null and (?::text is null or w.category::text = ?::text))
       select count(*)::int as filed,
         count(*) filter (where completed_at is not null)::int as completed,
         count(*) filter (where completed_at is not null and completed_at <= resolve_by)::int as in_time,
         count(*) filter (where state in ('VERIFIED', 'CLOSED'))::int as verified,
         count(*) filter (where state in ('VERIFIED', 'CLOSED') and visited_at is not null)::int as visited,
         count(*) filter (where visited_at is not null)::int as all_visits,
         count(*) filter (where visit_score >= 4)::int as satisfied,
         count(*) filter (where completed_at is not null and reworked)::int as reworked,
         (avg(extract(epoch from started_at - dispatched_at)) / 60)::float8 as mean_response,
         (avg(extract(epoch from completed_at - dispatched_at)) / 60)::float8 as mean_resolution,
         count(*) filter (where resolve_by < coalesce(completed_at, now()) and state <> 'CANCELLED')::int as breaches
       from orders`,
      [parkId, from.toISOString(), to.toISOString(), category, category],
    );
    return row!;
  },

  /** Staff of the park who could take an order in `buildingId` now, with their load. */
  candidates(em: EntityManager, parkId: string, buildingId: string | null): Promise<CandidateRow[]> {
    return query<CandidateRow>(em, 'select * from work_order_candidates(?, ?)', [parkId, buildingId]);
  },

  /** Whether the user holds a staff role that works orders and is bound to the park. */
  async worksOrdersIn(em: EntityManager, userId: string, parkId: string): Promise<boolean> {
    const [row] = await query<{ ok: boolean }>(
      em,
      `select exists (select 1 from user_role ur join role r on r.id = ur.role_id
         where ur.user_id = ? and r.audience = 'STAFF' and 'workOrder.work' = any(r.permissions))
       and exists (select 1 from user_park up where up.user_id = ? and up.park_id = ?) as ok`,
      [userId, userId, parkId],
    );
    return row?.ok === true;
  },

  /**
   * Who may be sent the park's jobs: active staff bound to the park holding a staff role that
   * works orders, by name; with `only`, that one person if they qualify. One statement.
   */
  assignableStaff(em: EntityManager, parkId: string, only?: string): Promise<AppUser[]> {
    if (only !== undefined && !isUuid(only)) return Promise.resolve([]);
    return findLean(
      em,
      AppUser,
      `"t"."kind" = 'STAFF' and "t"."status" = 'ACTIVE'
       and exists (select 1 from user_park up where up.user_id = "t"."id" and up.park_id = ?)
       and exists (select 1 from user_role ur join role r on r.id = ur.role_id
         where ur.user_id = "t"."id" and r.audience = 'STAFF' and 'workOrder.work' = any(r.permissions))
       and (?::uuid is null or "t"."id" = ?::uuid)`,
      [parkId, only ?? null, only ?? null],
      'order by "t"."display_name", "t"."id"',
    );
  },

  /** Records that an SLA milestone was raised; false when it had been already (idempotent). */
  async raiseSlaAlert(
    em: EntityManager,
    alert: { workOrderId: string; parkId: string; kind: SlaAlertKind; deadline: Date; raisedAt: Date },
  ): Promise<boolean> {
    const rows = await query(
      em,
      `insert into work_order_sla_alert (work_order_id, park_id, kind, deadline, raised_at)
       values (?, ?, ?, ?::timestamptz, ?::timestamptz) on conflict do nothing returning kind`,
      [alert.workOrderId, alert.parkId, alert.kind, alert.deadline, alert.raisedAt],
    );
    return rows.length > 0;
  },

  /** Whether the order already has a follow-up. */
  async hasFollowUp(em: EntityManager, orderId: string): Promise<boolean> {
    const rows = await query(em, 'select 1 from work_order where follow_up_of_id = ? limit 1', [orderId]);
    return rows.length > 0;
  },

  /** The follow-ups the park files when a job of `department` is confirmed. */
  followUpRules(em: EntityManager, parkId: string, department: string | undefined): Promise<FollowUpRule[]> {
    return query<FollowUpRule>(
      em,
      'select to_department, title_prefix from work_order_follow_up_rule where park_id = ? and from_department = ?',
      [parkId, department ?? null],
    );
  },

  /** Users of the park's department, who hear of its new jobs (one `{ id }` row each). */
  departmentMembers(em: EntityManager, parkId: string, department: string): Promise<{ id: string }[]> {
    return query<{ id: string }>(
      em,
      'select park_department_members as id from park_department_members(?, ?)',
      [parkId, department],
    );
  },
};

/** A work order as its export reads it. */
export type WorkOrderExportRow = {
  time_zone: string;
  number: string;
  title: string;
  category: string;
  priority: string;
  state: string;
  source: string;
  building_name: string | null;
  unit_code: string | null;
  tenant_name: string | null;
  assignee_name: string | null;
  submitted_at: Date;
  completed_at: Date | null;
  billable_fen: number | null;
  rating: number | null;
};

/** The list filter (`workOrders(filter:)`) as SQL over `work_order` aliased `w`. */
function workOrderSql(ctx: RequestContext, f: WorkOrderFilter | undefined) {
  const sql: string[] = ['true'];
  const params: unknown[] = [];
  const byId = (column: string, id: string) => {
    if (isUuid(id)) {
      sql.push(`"w".${column} = ?`);
      params.push(id);
    } else sql.push('false');
  };
  if (f) {
    if (f.parkId !== undefined) byId('"park_id"', f.parkId);
    if (f.states?.length) {
      sql.push('"w"."state"::text = any(?)');
      params.push(f.states);
    }
    if (f.assigneeId !== undefined) byId('"assignee_id"', f.assigneeId);
    if (f.mine) byId('"assignee_id"', ctx.signedIn.id);
  }
  return { where: sql.map((s) => `(${s})`).join(' and '), params };
}

/** The rows of a work orders export with the list's filter, newest first as the list sorts. */
export function workOrderExportSource(ctx: RequestContext, filter: WorkOrderFilter | undefined) {
  const { where, params } = workOrderSql(ctx, filter);
  return {
    async count() {
      const [row] = await query<{ n: string }>(
        ctx.em,
        `select count(*) as n from "work_order" as "w" where ${where}`,
        params,
      );
      return Number(row?.n ?? 0);
    },
    batches: () =>
      cursorBatches<WorkOrderExportRow>(
        ctx.em,
        `select "p"."time_zone", "w"."number", "w"."title", "w"."category", "w"."priority", "w"."state",
           "w"."source", "b"."name" as building_name, "u"."code" as unit_code, "c"."name" as tenant_name,
           "a"."display_name" as assignee_name, "w"."submitted_at", "w"."completed_at", "w"."billable_fen",
           "w"."rating"
         from "work_order" as "w"
         join "park" as "p" on "p"."id" = "w"."park_id"
         left join "building" as "b" on "b"."id" = "w"."building_id"
         left join "unit" as "u" on "u"."id" = "w"."unit_id"
         left join "tenant_company" as "c" on "c"."id" = "w"."tenant_id"
         left join "app_user" as "a" on "a"."id" = "w"."assignee_id"
         where ${where}
         order by "w"."submitted_at" desc, "w"."id"`,
        params,
      ),
  };
}
