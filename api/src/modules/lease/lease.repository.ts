import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../db/sql.js';
import type { LeaseMoney } from './lease.billing.js';

/** A lease as a bill run reads it: its money terms, its leased area in m²/100, its fee standard. */
export type BillableLeaseRow = LeaseMoney & {
  id: string;
  number: string;
  tenantId: string;
  dueDays: number;
  lateFeePermille: string;
  propertyFeeStandardId: string | null;
  areaCents: number;
};

/** A lease's unit as its list and detail read it. */
export type LeaseUnitRow = { lease_id: string; unit_id: string; unit_code: string; area: string };

/**
 * Lease reads and the set-based writes of signing and the daily roll (STYLE rule 15). "Today" is
 * each park's own date at `now` (the request's or the job's clock), computed in SQL from the
 * park's zone.
 */
export const leaseRepository = {
  /** The units of these leases, by unit code. */
  unitsOf(em: EntityManager, leaseIds: readonly string[]): Promise<LeaseUnitRow[]> {
    return query<LeaseUnitRow>(
      em,
      `select lease_id, unit_id, unit_code, area from lease_unit where lease_id = any(?::uuid[]) order by unit_code`,
      [leaseIds],
    );
  },

  /**
   * The signed leases (any status but draft) of these companies whose term overlaps [from, to],
   * by number, with the area of their units (each rounded to 1/100 m² as the schedule takes it).
   */
  async billable(
    em: EntityManager,
    tenantIds: readonly string[],
    from: string,
    to: string,
  ): Promise<BillableLeaseRow[]> {
    const rows = await query<
      Omit<BillableLeaseRow, 'depositFen' | 'areaCents'> & { depositFen: string; areaCents: string }
    >(
      em,
      `select l.id, l.number, l.tenant_id as "tenantId", l.due_days as "dueDays",
              l.late_fee_permille::text as "lateFeePermille", l.property_fee_standard_id as "propertyFeeStandardId",
              l.start_on::text as "startOn", l.end_on::text as "endOn", l.payment_cycle as "paymentCycle",
              l.rent_price::text as "rentPrice", l.rent_rounding as "rentRounding", l.escalation,
              l.escalation_percent::text as "escalationPercent", l.rent_steps as "rentSteps",
              l.free_periods as "freePeriods", l.deposit_fen::text as "depositFen",
              coalesce((select sum(round(u.area * 100)) from lease_unit u where u.lease_id = l.id), 0)::text as "areaCents"
         from lease l
        where l.tenant_id = any(?::uuid[]) and l.status <> 'DRAFT' and l.start_on <= ?::date and l.end_on >= ?::date
        order by l.number`,
      [tenantIds, to, from],
    );
    return rows.map((r) => ({ ...r, depositFen: Number(r.depositFen), areaCents: Number(r.areaCents) }));
  },

  /**
   * Binds a signed lease's units to its term. An overlapping term of one of them on another
   * signed lease fails the exclusion constraint (`lease_unit_term_excl`, SQLSTATE 23P01), whoever
   * signed first and however close together.
   */
  async bindTerm(em: EntityManager, leaseId: string, startOn: string, endOn: string): Promise<void> {
    await query(em, `update lease_unit set term = daterange(?::date, ?::date, '[]') where lease_id = ?`, [
      startOn,
      endOn,
      leaseId,
    ]);
  },

  /**
   * Moves a lease to `status` only from one of `from`: a conditional update, so of two requests
   * racing on one lease exactly one wins. The number of rows changed (0 or 1).
   */
  async transition(
    em: EntityManager,
    leaseId: string,
    from: readonly string[],
    status: string,
    signedBy: string | null,
  ): Promise<number> {
    const rows = await query(
      em,
      `update lease set status = ?::lease_status, updated_at = now(),
              signed_at = case when ?::lease_status in ('SIGNED', 'ACTIVE') and signed_at is null then now() else signed_at end,
              signed_by_id = coalesce(signed_by_id, ?::uuid)
        where id = ? and status = any(?::lease_status[]) returning id`,
      [status, status, signedBy, leaseId, from],
    );
    return rows.length;
  },

  /**
   * Units of an active lease that another company holds today (leased or reserved to it): what
   * makes signing a lease that starts today or earlier a conflict.
   */
  unitsHeldByOthers(em: EntityManager, leaseId: string): Promise<{ code: string }[]> {
    return query<{ code: string }>(
      em,
      `select u.code from lease_unit lu join lease l on l.id = lu.lease_id join unit u on u.id = lu.unit_id
        where lu.lease_id = ? and u.tenant_id is not null and u.tenant_id <> l.tenant_id
          and u.status in ('LEASED', 'RESERVED') order by u.code`,
      [leaseId],
    );
  },

  /**
   * The daily roll (issue 19 §2), in order: leases whose last day has passed end (EXPIRED, or
   * TERMINATED when ended early) and free their units still leased to their tenant; signed leases
   * whose first day has come become ACTIVE and lease their units to their tenant. `only` limits it
   * to one lease (signing one that starts today). The ids ended and started.
   */
  async roll(
    em: EntityManager,
    now: Date,
    only: string | null,
  ): Promise<{ ended: string[]; started: string[] }> {
    const ended = await query<{ id: string }>(
      em,
      `with ended as (
         update lease l set status = case when l.terminated_on is not null then 'TERMINATED' else 'EXPIRED' end::lease_status,
                updated_at = now()
           from park p
          where p.id = l.park_id and l.status in ('SIGNED', 'ACTIVE') and (?::uuid is null or l.id = ?::uuid)
            and l.end_on < (?::timestamptz at time zone p.time_zone)::date
         returning l.id, l.tenant_id),
       freed as (
         update unit u set status = 'VACANT', tenant_id = null, updated_at = now()
           from lease_unit lu join ended e on e.id = lu.lease_id
          where u.id = lu.unit_id and u.tenant_id = e.tenant_id and u.status = 'LEASED'
         returning u.id)
       select id from ended`,
      [only, only, now],
    );
    const started = await query<{ id: string }>(
      em,
      `with started as (
         update lease l set status = 'ACTIVE', updated_at = now()
           from park p
          where p.id = l.park_id and l.status = 'SIGNED' and (?::uuid is null or l.id = ?::uuid)
            and l.start_on <= (?::timestamptz at time zone p.time_zone)::date
            and l.end_on >= (?::timestamptz at time zone p.time_zone)::date
         returning l.id, l.tenant_id),
       leased as (
         update unit u set status = 'LEASED', tenant_id = s.tenant_id, updated_at = now()
           from lease_unit lu join started s on s.id = lu.lease_id
          where u.id = lu.unit_id and u.retired_at is null
         returning u.id)
       select id from started`,
      [only, only, now, now],
    );
    return { ended: ended.map((r) => r.id), started: started.map((r) => r.id) };
  },
};
