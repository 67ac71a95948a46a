import { Conditions } from '../../db/conditions.js';
import { cursorBatches, query } from '../../db/sql.js';
import type { RequestContext } from '../../graphql/context.js';
import { likePattern } from '../../graphql/validate.js';
import { BadInputError } from '../../kernel/errors.js';
import type { UnitFilter } from './unit.inputs.js';

/** A unit as its export reads it: the row with its park, building, floor and tenant names. */
export type UnitExportRow = {
  park_name: string;
  time_zone: string;
  building_name: string;
  floor_name: string;
  code: string;
  type: string;
  status: string;
  gross_area: string;
  usable_area: string;
  tenant_name: string | null;
  created_at: Date;
};

/** The list filter (`units(filter:)`) as SQL over `unit` aliased `u`, values as parameters. */
function unitSql(f: UnitFilter | undefined): Conditions {
  const c = new Conditions('u');
  if (!f) return c;
  if (f.minArea !== undefined && f.maxArea !== undefined && f.minArea > f.maxArea)
    throw new BadInputError('filter.maxArea', 'maxArea is below minArea');
  if (f.parkId !== undefined) c.id('park_id', f.parkId);
  if (f.buildingId !== undefined) c.id('building_id', f.buildingId);
  if (f.floorId !== undefined) c.id('floor_id', f.floorId);
  if (f.tenantId !== undefined) c.id('tenant_id', f.tenantId);
  if (f.types?.length) c.add('"u"."type"::text = any(?)', f.types);
  if (f.statuses?.length) c.add('"u"."status"::text = any(?)', f.statuses);
  if (f.minArea !== undefined) c.add('"u"."gross_area" >= ?', f.minArea);
  if (f.maxArea !== undefined) c.add('"u"."gross_area" <= ?', f.maxArea);
  if (f.search) c.add('"u"."code" ilike ?', likePattern(f.search));
  return c;
}

/** Unit reads in SQL (STYLE rule 15). Writes go through the entity. */
export const unitRepository = {
  /** The rows of a units export with the list's filter, in the list's default order. */
  exportSource(ctx: RequestContext, filter: UnitFilter | undefined) {
    const { where, params } = unitSql(filter);
    return {
      async count() {
        const [row] = await query<{ n: string }>(
          ctx.em,
          `select count(*) as n from "unit" as "u" where ${where}`,
          params,
        );
        return Number(row?.n ?? 0);
      },
      batches: () =>
        cursorBatches<UnitExportRow>(
          ctx.em,
          `select "p"."name" as park_name, "p"."time_zone", "b"."name" as building_name,
             "f"."name" as floor_name, "u"."code", "u"."type", "u"."status", "u"."gross_area",
             "u"."usable_area", "t"."name" as tenant_name, "u"."created_at"
           from "unit" as "u"
           join "park" as "p" on "p"."id" = "u"."park_id"
           join "building" as "b" on "b"."id" = "u"."building_id"
           join "floor" as "f" on "f"."id" = "u"."floor_id"
           left join "tenant_company" as "t" on "t"."id" = "u"."tenant_id"
           where ${where}
           order by "u"."code", "u"."id"`,
          params,
        ),
    };
  },
};
