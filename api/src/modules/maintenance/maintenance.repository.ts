import type { EntityManager } from '@mikro-orm/postgresql';
import type pg from 'pg';
import { cursorBatches, query } from '../../db/sql.js';
import type { RequestContext } from '../../graphql/context.js';
import type { Park } from '../park/park.entity.js';
import type { WorkOrder } from '../work-order/work-order.entity.js';
import type { WorkOrderState } from '../work-order/work-order.machine.js';
import type { MaintenancePlan } from './maintenance-plan.entity.js';

/** A filed plan order in a compliance range, with the deadline its grace days give it. */
export type ComplianceRow = {
  plan_id: string;
  name: string;
  statutory: boolean;
  due_on: string;
  id: string;
  number: string;
  state: WorkOrderState;
  completed_at: string | null;
  deadline: string;
};

/** Maintenance reads in SQL (STYLE rule 15), and the one set-based write entities cannot express. */
export const maintenanceRepository = {
  /** The plan orders of `park` due in [from, to]; the deadline is the end of the grace, in the park's zone. */
  complianceRows(em: EntityManager, park: Park, from: string, to: string): Promise<ComplianceRow[]> {
    return query<ComplianceRow>(
      em,
      `select p.id as plan_id, p.name, p.statutory, w.plan_due_on::text as due_on, w.id, w.number, w.state,
         w.completed_at, (w.plan_due_on + p.grace_days + 1)::timestamp at time zone ?::text as deadline
       from work_order w join maintenance_plan p on p.id = w.maintenance_plan_id
       where p.park_id = ? and w.plan_due_on between ?::date and ?::date`,
      [park.timeZone, park.id, from, to],
    );
  },

  /** Whether the plan's order for `dueOn` has been filed already. */
  async hasOrderFor(em: EntityManager, planId: string, dueOn: string): Promise<boolean> {
    const rows = await query(
      em,
      'select 1 from work_order where maintenance_plan_id = ? and plan_due_on = ?::date limit 1',
      [planId, dueOn],
    );
    return rows.length > 0;
  },

  /**
   * A MAINTAINED event for the plan's equipment, or for every piece of its category in the park
   * that is not retired: one statement, however many pieces (as entities it would be one insert each).
   */
  async recordMaintained(
    em: EntityManager,
    plan: MaintenancePlan,
    order: WorkOrder,
    at: Date,
  ): Promise<void> {
    await query(
      em,
      `insert into equipment_event (id, park_id, equipment_id, kind, occurred_at, note, data, created_at)
       select uuidv7(), e.park_id, e.id, 'MAINTAINED', ?::timestamptz, ?::text, ?::jsonb, now()
       from equipment e
       where e.park_id = ? and e.status <> 'RETIRED' and (e.id = ?::uuid or e.category::text = ?::text)`,
      [
        at,
        `${plan.name}：${order.number}`.slice(0, 500),
        JSON.stringify({ workOrderId: order.id, planId: plan.id }),
        order.park.id,
        plan.equipment?.id ?? null,
        plan.equipmentCategory ?? null,
      ],
    );
  },

  /**
   * Gives every active plan without a timer its `maintenance.generate` job (plans written outside
   * the API: the demo seed, imports); existing timers keep their time. Runs as the owner at boot.
   */
  async armUnscheduledPlans(owner: pg.Pool, jobSchema: string): Promise<void> {
    await owner.query(`select ${jobSchema}.add_job('maintenance.generate', json_build_object('planId', p.id),
        run_at => p.next_due_on::timestamp at time zone pk.time_zone, job_key => 'plan:' || p.id,
        job_key_mode => 'preserve_run_at')
      from maintenance_plan p join park pk on pk.id = p.park_id where p.active`);
  },
};

/** A maintenance plan as its export reads it. */
export type MaintenancePlanExportRow = {
  name: string;
  equipment_code: string | null;
  equipment_name: string | null;
  equipment_category: string | null;
  work_category: string;
  recurrence_unit: string;
  recurrence_interval: number;
  grace_days: number;
  /** Who receives its orders; null: automatic dispatch. */
  assignee_name: string | null;
  next_due_on: string;
  active: boolean;
  statutory: boolean;
  basis: string | null;
  checklist: string | null;
};

/** The rows of a maintenance plans export of one park, next due first as the list sorts. */
export function maintenancePlanExportSource(ctx: RequestContext, filter: { parkId: string }) {
  const where = '"m"."park_id" = ?';
  const params = [filter.parkId];
  return {
    async count() {
      const [row] = await query<{ n: string }>(
        ctx.em,
        `select count(*) as n from "maintenance_plan" as "m" where ${where}`,
        params,
      );
      return Number(row?.n ?? 0);
    },
    batches: () =>
      cursorBatches<MaintenancePlanExportRow>(
        ctx.em,
        `select "m"."name", "e"."code" as equipment_code, "e"."name" as equipment_name,
           "m"."equipment_category", "m"."work_category", "m"."recurrence_unit", "m"."recurrence_interval",
           "m"."grace_days", "u"."display_name" as assignee_name, "m"."next_due_on"::text as next_due_on, "m"."active", "m"."statutory", "m"."basis",
           array_to_string("m"."checklist", '；') as checklist
         from "maintenance_plan" as "m"
         left join "equipment" as "e" on "e"."id" = "m"."equipment_id"
         left join "app_user" as "u" on "u"."id" = "m"."assignee_id"
         where ${where}
         order by "m"."next_due_on", "m"."name", "m"."id"`,
        params,
      ),
  };
}
