import type pg from 'pg';
import { Conditions } from '../../db/conditions.js';
import { cursorBatches, query } from '../../db/sql.js';
import type { RequestContext } from '../../graphql/context.js';
import { likePattern } from '../../graphql/validate.js';
import type { TenantCompanyFilter } from './tenant.inputs.js';
import { tenantSearchKey } from './tenant-search.js';

/** A tenant company as its export reads it. */
export type TenantExportRow = {
  park_name: string;
  time_zone: string;
  name: string;
  short_name: string | null;
  uscc: string;
  industry_code: string;
  status: string;
  legal_representative: string | null;
  employee_count: number | null;
  move_in_date: string | null;
  units: number;
  leased_area: string | null;
  created_at: Date;
};

/** The list filter (`tenantCompanies(filter:)`) as SQL over `tenant_company` aliased `c`. */
function tenantSql(f: TenantCompanyFilter | undefined): Conditions {
  const c = new Conditions('c');
  if (!f) return c;
  if (f.parkId !== undefined) c.id('park_id', f.parkId);
  if (f.statuses?.length) c.add('"c"."status"::text = any(?)', f.statuses);
  const codes = f.industryCodes?.map((code) => code.toUpperCase());
  if (codes?.length)
    c.add(
      '"c"."industry_code" = any(?) or left("c"."industry_code", 1) = any(?)',
      codes.filter((code) => code.length > 1),
      codes.filter((code) => code.length === 1),
    );
  if (f.search) {
    const s = likePattern(f.search);
    c.add('"c"."name" ilike ? or "c"."short_name" ilike ? or "c"."uscc" ilike ?', s, s, s);
  }
  return c;
}

/** Tenant company reads in SQL (STYLE rule 15). Writes go through the entities. */
export const tenantRepository = {
  /**
   * Gives companies written outside the API (before the search key existed, or by plain SQL) their
   * pinyin search key; one statement for all of them, nothing when every company has one.
   */
  async fillSearchKeys(owner: pg.Pool): Promise<void> {
    const { rows } = await owner.query<{ id: string; name: string; short_name: string | null }>(
      'select id, name, short_name from tenant_company where search_key is null',
    );
    if (rows.length === 0) return;
    await owner.query(
      `update tenant_company as t set search_key = k.key
       from unnest($1::uuid[], $2::text[]) as k(id, key) where t.id = k.id and t.search_key is null`,
      [rows.map((r) => r.id), rows.map((r) => tenantSearchKey(r.name, r.short_name))],
    );
  },

  /** The rows of a tenant companies export with the list's filter, by name as the list sorts. */
  exportSource(ctx: RequestContext, filter: TenantCompanyFilter | undefined) {
    const { where, params } = tenantSql(filter);
    return {
      async count() {
        const [row] = await query<{ n: string }>(
          ctx.em,
          `select count(*) as n from "tenant_company" as "c" where ${where}`,
          params,
        );
        return Number(row?.n ?? 0);
      },
      batches: () =>
        cursorBatches<TenantExportRow>(
          ctx.em,
          `select "p"."name" as park_name, "p"."time_zone", "c"."name", "c"."short_name", "c"."uscc",
             "c"."industry_code", "c"."status", "c"."legal_representative", "c"."employee_count",
             "c"."move_in_date"::text as move_in_date, "c"."created_at",
             (select count(*)::int from "unit" as "u" where "u"."tenant_id" = "c"."id") as units,
             (select sum("u"."gross_area") from "unit" as "u" where "u"."tenant_id" = "c"."id") as leased_area
           from "tenant_company" as "c"
           join "park" as "p" on "p"."id" = "c"."park_id"
           where ${where}
           order by "c"."name", "c"."id"`,
          params,
        ),
    };
  },
};
