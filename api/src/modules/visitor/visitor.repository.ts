import type { EntityManager } from '@mikro-orm/postgresql';
import { findLean } from '../../db/lean.js';
import { cursorBatches, query } from '../../db/sql.js';
import type { RequestContext } from '../../graphql/context.js';
import { likePattern } from '../../graphql/validate.js';
import { Visit, Visitor } from './visitor.entity.js';
import { VisitState } from './visitor.enums.js';
import type { MyVisitFilter, VisitFilter } from './visitor.inputs.js';

/** What the scan function answers: the outcome, and the visit as it now stands. */
export type ScanRow = {
  outcome: string;
  visit_id: string | null;
  park_id: string | null;
  tenant_id: string | null;
  visitor_name: string | null;
  tenant_name: string | null;
  host_name: string | null;
  starts_at: Date | null;
  ends_at: Date | null;
  companions: number | null;
  checked_in_at: Date | null;
  checked_out_at: Date | null;
};

/** The SQL conditions of a list page over `visit` aliased `t`, with their parameters. */
export type VisitWhere = { sql: string[]; params: unknown[] };

function common(f: { state?: VisitState | undefined; from?: Date | undefined; search?: string | undefined }) {
  const sql: string[] = [];
  const params: unknown[] = [];
  if (f.state) {
    sql.push('"t"."state"::text = ?');
    params.push(f.state);
  }
  if (f.from) {
    sql.push('"t"."starts_at" >= ?');
    params.push(f.from);
  }
  if (f.search) {
    const s = likePattern(f.search);
    sql.push(
      `(exists (select 1 from "visitor" as "r" where "r"."id" = "t"."visitor_id" and "r"."name" ilike ?)
        or "t"."host_name" ilike ? or "t"."plate" ilike ?)`,
    );
    params.push(s, s, s);
  }
  return { sql, params };
}

/** Visitor reads in SQL (STYLE rule 15); writes go through the entities, except the scan. */
export const visitorRepository = {
  /** The park log's conditions (`visits`). */
  parkWhere(f: VisitFilter): VisitWhere {
    const { sql, params } = common(f);
    sql.unshift('"t"."park_id" = ?');
    params.unshift(f.parkId);
    if (f.source) {
      sql.push('"t"."source"::text = ?');
      params.push(f.source);
    }
    if (f.to) {
      sql.push('"t"."starts_at" < ?');
      params.push(f.to);
    }
    if (f.tenantId) {
      sql.push('"t"."tenant_id" = ?');
      params.push(f.tenantId);
    }
    return { sql, params };
  },

  /** The host company's conditions (`myCompanyVisits`). */
  companyWhere(tenantId: string, userId: string, f: MyVisitFilter | undefined): VisitWhere {
    const { sql, params } = common(f ?? {});
    sql.unshift('"t"."tenant_id" = ?');
    params.unshift(tenantId);
    if (f?.mine) {
      sql.push('"t"."host_user_id" = ?');
      params.push(userId);
    }
    return { sql, params };
  },

  /** Visits of a park in the given states, oldest first (the console's queues), at most 200. */
  inStates(em: EntityManager, parkId: string, states: readonly VisitState[]): Promise<Visit[]> {
    return findLean(
      em,
      Visit,
      '"t"."park_id" = ? and "t"."state"::text = any(?) and "t"."ends_at" > now() - interval \'1 day\' order by "t"."created_at", "t"."id" limit 200',
      [parkId, states],
    );
  },

  /** The host company's visits waiting for it, oldest first. */
  awaitingCompany(em: EntityManager, tenantId: string): Promise<Visit[]> {
    return findLean(
      em,
      Visit,
      '"t"."tenant_id" = ? and "t"."state"::text = any(?) order by "t"."created_at", "t"."id" limit 200',
      [tenantId, [VisitState.AWAITING_HOST, VisitState.AWAITING_FRONT_DESK]],
    );
  },

  /** Who is in the park now: checked in, not out; by check-in time. */
  onSite(em: EntityManager, parkId: string): Promise<Visit[]> {
    return findLean(
      em,
      Visit,
      '"t"."park_id" = ? and "t"."checked_in_at" is not null and "t"."checked_out_at" is null order by "t"."checked_in_at", "t"."id" limit 2000',
      [parkId],
    );
  },

  /** The company's visitors (not anonymised), matching a name, phone or company, last seen first. */
  companyVisitors(em: EntityManager, tenantId: string, search: string | undefined, limit: number) {
    const s = search ? likePattern(search) : null;
    return findLean(
      em,
      Visitor,
      `"t"."tenant_id" = ? and "t"."anonymized_at" is null
       and (?::text is null or "t"."name" ilike ? or "t"."phone" ilike ? or "t"."company" ilike ?)
       order by "t"."updated_at" desc, "t"."id" limit ${Math.trunc(limit)}`,
      [tenantId, s, s, s, s],
    );
  },

  /** A visitor's visits to the company, newest first. */
  visitsOf(em: EntityManager, tenantId: string, visitorId: string, limit: number): Promise<Visit[]> {
    return findLean(
      em,
      Visit,
      `"t"."tenant_id" = ? and "t"."visitor_id" = ? order by "t"."starts_at" desc, "t"."id" limit ${Math.trunc(limit)}`,
      [tenantId, visitorId],
    );
  },

  /** The people of a company a kiosk may offer as hosts (a function: kiosks read no users). */
  kioskHosts(em: EntityManager, tenantId: string) {
    return query<{ id: string; display_name: string }>(em, 'select * from visitor_kiosk_hosts(?)', [
      tenantId,
    ]);
  },

  /** The active watchlist entry this person matches in the park, if any. */
  async watchlistMatch(
    em: EntityManager,
    parkId: string,
    name: string,
    phone: string | null,
    digest: Buffer | null,
  ): Promise<string | null> {
    const [row] = await query<{ id: string | null }>(em, 'select visitor_watchlist_match(?, ?, ?, ?) as id', [
      parkId,
      name,
      phone,
      digest,
    ]);
    return row?.id ?? null;
  },

  /** Live pass windows of a plate in a park at an instant (a function: parking's callers read no visits). */
  plateWindows(em: EntityManager, parkId: string, plate: string, at: Date) {
    return query<{ visit_id: string; starts_at: Date; ends_at: Date }>(
      em,
      'select * from visitor_plate_windows(?, ?, ?)',
      [parkId, plate, at],
    );
  },

  /** Records a scan in or out, once (see the migration's `visitor_pass_scan`). */
  async scan(
    em: EntityManager,
    args: {
      visitId: string;
      nonce: Buffer;
      direction: string;
      at: Date;
      via: string;
      minStaySeconds: number;
    },
  ): Promise<ScanRow | undefined> {
    const [row] = await query<ScanRow>(em, 'select * from visitor_pass_scan(?, ?, ?, ?, ?, ?)', [
      args.visitId,
      args.nonce,
      args.direction,
      args.at,
      args.via,
      args.minStaySeconds,
    ]);
    return row;
  },

  /**
   * Anonymises what the retention period has passed (IPARK 5.1.1.4): visits whose window ended
   * before `cutoff` lose their plate and notes; visitors with no visit after it lose name,
   * phone, e-mail, company and ID number. Rows stay, so counts and statistics keep.
   */
  async anonymise(em: EntityManager, cutoff: Date, at: Date): Promise<{ visits: number; visitors: number }> {
    const visits = await query<{ n: number }>(
      em,
      `with done as (update "visit" set "plate" = null, "decision_note" = null, "anonymized_at" = ?, "updated_at" = now()
         where "ends_at" < ? and "anonymized_at" is null returning 1) select count(*)::int as n from done`,
      [at, cutoff],
    );
    const visitors = await query<{ n: number }>(
      em,
      `with done as (update "visitor" as "r" set "name" = '已匿名', "phone" = null, "email" = null, "company" = null,
           "id_number_data" = null, "id_number_key_id" = null, "id_number_masked" = null, "id_number_digest" = null,
           "anonymized_at" = ?, "updated_at" = now()
         where "r"."anonymized_at" is null
           and exists (select 1 from "visit" as "v" where "v"."visitor_id" = "r"."id")
           and not exists (select 1 from "visit" as "v" where "v"."visitor_id" = "r"."id" and "v"."ends_at" >= ?)
         returning 1) select count(*)::int as n from done`,
      [at, cutoff],
    );
    return { visits: visits[0]?.n ?? 0, visitors: visitors[0]?.n ?? 0 };
  },

  /** The rows of a visitor log export with the log's filter, newest first as the log sorts. */
  exportSource(ctx: RequestContext, filter: VisitFilter) {
    const { sql, params } = visitorRepository.parkWhere(filter);
    const where = sql.map((s) => `(${s})`).join(' and ');
    return {
      async count() {
        const [row] = await query<{ n: string }>(
          ctx.em,
          `select count(*) as n from "visit" as "t" where ${where}`,
          params,
        );
        return Number(row?.n ?? 0);
      },
      batches: () =>
        cursorBatches<VisitExportRow>(
          ctx.em,
          `select "p"."time_zone", "t"."starts_at", "t"."ends_at", "r"."name" as visitor_name, "r"."phone",
             "r"."company", "c"."name" as tenant_name, "t"."host_name", "t"."purpose", "t"."source", "t"."state",
             "t"."plate", "t"."companions", "t"."checked_in_at", "t"."checked_out_at"
           from "visit" as "t"
           join "visitor" as "r" on "r"."id" = "t"."visitor_id"
           join "tenant_company" as "c" on "c"."id" = "t"."tenant_id"
           join "park" as "p" on "p"."id" = "t"."park_id"
           where ${where}
           order by "t"."starts_at" desc, "t"."id" desc`,
          params,
        ),
    };
  },
};

/** One visit as the visitor log export reads it. */
export type VisitExportRow = {
  time_zone: string;
  starts_at: Date;
  ends_at: Date;
  visitor_name: string;
  phone: string | null;
  company: string | null;
  tenant_name: string;
  host_name: string;
  purpose: string;
  source: string;
  state: string;
  plate: string | null;
  companions: number;
  checked_in_at: Date | null;
  checked_out_at: Date | null;
};
