import type { GraphQLResolveInfo } from 'graphql';
import { Conditions } from '../../db/conditions.js';
import type { LeanOmit } from '../../db/lean.js';
import { joinedLoad, paginate } from '../../db/paginate.js';
import { cursorBatches, query } from '../../db/sql.js';
import { type PageArgs, SortDirection } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { selectedFields } from '../../graphql/selection.js';
import { isUuid, likePattern } from '../../graphql/validate.js';
import { Building } from '../building/building.entity.js';
import { Floor } from '../building/floor.entity.js';
import { Equipment } from './equipment.entity.js';
import type { EquipmentFilter, EquipmentOrder } from './equipment.inputs.js';
import { type EquipmentType, toEquipmentType } from './equipment.type.js';

/**
 * Fields of a ledger node answered from the summary columns alone: the ids behind `park`,
 * `building`, `floor` and `unit`, and `history` (by id). When the client selects nothing else, the
 * page leaves out {@link DETAIL}; any other field, one added later included, reads every column.
 * Building and floor rows joined in stay whole: they prime the request's by-id loaders, which other
 * fields of the same request read, and they have no heavy columns.
 */
const SUMMARY_FIELDS: ReadonlySet<string> = new Set([
  '__typename',
  'id',
  'code',
  'publicToken',
  'name',
  'category',
  'status',
  'park',
  'building',
  'floor',
  'unit',
  'history',
]);

/**
 * The columns a summary page leaves out: the jsonb `parameters`, the optional texts and dates, the
 * timestamps. One constant list, so there are two select lists (whole or summary) and their plans
 * are reused; the page's objects lack these properties, so the mapped nodes hold null or `{}` in
 * their fields, which no selected field reads.
 */
const DETAIL = [
  'locationNote',
  'manufacturer',
  'model',
  'serialNumber',
  'installDate',
  'warrantyEnd',
  'parameters',
  'lastReportedAt',
  'createdAt',
  'updatedAt',
] as const satisfies LeanOmit<Equipment>;

/**
 * Fields of a node's `building` and `floor` answered from their summary columns (id, park, code or
 * level, name; the floor's building too). When the client selects nothing else under them, the
 * page joins only those columns: the timestamps, areas and counts are neither read nor converted.
 * Such partial rows never prime the by-id loaders (which hand out whole rows); the node's field
 * resolvers answer from {@link placeOf} instead.
 */
const BUILDING_SUMMARY: ReadonlySet<string> = new Set(['__typename', 'id', 'code', 'name']);
const BUILDING_DETAIL = [
  'createdAt',
  'updatedAt',
  'floorsAbove',
  'floorsBelow',
  'grossArea',
  'completedYear',
  'retiredAt',
] as const satisfies LeanOmit<Building>;
const FLOOR_SUMMARY: ReadonlySet<string> = new Set(['__typename', 'id', 'level', 'name']);
const FLOOR_DETAIL = ['createdAt', 'updatedAt', 'grossArea', 'retiredAt'] as const satisfies LeanOmit<Floor>;

/**
 * The building and floor a ledger page read with each node, in the page's statement and under the
 * same row-level security: null when the node has none (or the reader may not see it), absent when
 * the page did not read it. Held per node object, so it ends with the request's answer.
 */
type Place = { building?: Building | null; floor?: Floor | null };
const places = new WeakMap<EquipmentType, Place>();

const place =
  <K extends keyof Place>(key: K) =>
  (node: EquipmentType, row: Place[K] | undefined) => {
    const known = places.get(node);
    if (known) known[key] = row ?? null;
    else places.set(node, { [key]: row ?? null });
  };

/** What the ledger page read with `node` (see {@link places}), for its field resolvers. */
export const placeOf = (node: EquipmentType): Place | undefined => places.get(node);

/** Equipment reads in SQL (STYLE rule 15): the ledger page. Writes go through the entities. */
export const equipmentRepository = {
  /**
   * One page of the equipment ledger in one statement: the page, and the building and floor of
   * each row when the client selected them, which prime the request's DataLoaders.
   */
  ledger(
    ctx: RequestContext,
    filter: EquipmentFilter | undefined,
    order: EquipmentOrder | undefined,
    page: PageArgs,
    info: GraphQLResolveInfo,
  ) {
    const nodes = [...selectedFields(info, 'nodes'), ...selectedFields(info, 'edges', 'node')];
    const under = (field: string) => [
      ...selectedFields(info, 'nodes', field),
      ...selectedFields(info, 'edges', 'node', field),
    ];
    const { buildingById, floorById } = ctx.loaders;
    const prop = order?.field ?? 'code';
    const summary =
      nodes.every((f) => SUMMARY_FIELDS.has(f)) && !(DETAIL as readonly string[]).includes(prop);
    return paginate({
      em: ctx.em,
      entity: Equipment,
      where: equipmentSql(filter),
      order: { prop, descending: order?.direction === SortDirection.DESC },
      page,
      info,
      map: toEquipmentType,
      ...(summary && { omit: DETAIL }),
      joins: [
        ...(nodes.includes('building')
          ? [
              under('building').every((f) => BUILDING_SUMMARY.has(f))
                ? joinedLoad(Building, 'building_id', { omit: BUILDING_DETAIL, attach: place('building') })
                : joinedLoad(Building, 'building_id', {
                    prime: (b) => buildingById.prime(b.id, b),
                    attach: place('building'),
                  }),
            ]
          : []),
        ...(nodes.includes('floor')
          ? [
              under('floor').every((f) => FLOOR_SUMMARY.has(f))
                ? joinedLoad(Floor, 'floor_id', { omit: FLOOR_DETAIL, attach: place('floor') })
                : joinedLoad(Floor, 'floor_id', {
                    prime: (f) => floorById.prime(f.id, f),
                    attach: place('floor'),
                  }),
            ]
          : []),
      ],
    });
  },
};

/** A piece of equipment as its export reads it: the row with the names of where it is. */
export type EquipmentExportRow = {
  park_name: string;
  time_zone: string;
  code: string;
  name: string;
  category: string;
  status: string;
  building_name: string | null;
  floor_name: string | null;
  unit_code: string | null;
  location_note: string | null;
  manufacturer: string | null;
  model: string | null;
  install_date: string | null;
  warranty_end: string | null;
  updated_at: Date;
};

/** The rows of an equipment ledger export with the ledger's filter, by code as the ledger sorts. */
export function equipmentExportSource(ctx: RequestContext, filter: EquipmentFilter | undefined) {
  const { sql, params } = equipmentSql(filter);
  const where = ['true', ...sql].map((s) => `(${s})`).join(' and ');
  return {
    async count() {
      const [row] = await query<{ n: string }>(
        ctx.em,
        `select count(*) as n from "equipment" as "t" where ${where}`,
        params,
      );
      return Number(row?.n ?? 0);
    },
    batches: () =>
      cursorBatches<EquipmentExportRow>(
        ctx.em,
        `select "p"."name" as park_name, "p"."time_zone", "t"."code", "t"."name", "t"."category", "t"."status",
           "b"."name" as building_name, "f"."name" as floor_name, "u"."code" as unit_code, "t"."location_note",
           "t"."manufacturer", "t"."model", "t"."install_date"::text as install_date,
           "t"."warranty_end"::text as warranty_end, "t"."updated_at"
         from "equipment" as "t"
         join "park" as "p" on "p"."id" = "t"."park_id"
         left join "building" as "b" on "b"."id" = "t"."building_id"
         left join "floor" as "f" on "f"."id" = "t"."floor_id"
         left join "unit" as "u" on "u"."id" = "t"."unit_id"
         where ${where}
         order by "t"."code", "t"."id"`,
        params,
      ),
  };
}

/** The filter as SQL over `equipment` aliased `t`, values as parameters. */
function equipmentSql(f: EquipmentFilter | undefined): Conditions {
  const c = new Conditions('t');
  if (!f) return c;
  if (f.parkId !== undefined) c.id('park_id', f.parkId);
  if (f.buildingId !== undefined) c.id('building_id', f.buildingId);
  if (f.floorId !== undefined) c.id('floor_id', f.floorId);
  if (f.ids) c.add('"t"."id" = any(?::uuid[])', f.ids.filter(isUuid));
  if (f.categories?.length) c.add('"t"."category" = any(?)', f.categories);
  if (f.statuses?.length) c.add('"t"."status" = any(?)', f.statuses);
  if (f.warrantyEndsBefore) c.add('"t"."warranty_end" <= ?', f.warrantyEndsBefore);
  if (f.search) {
    const s = likePattern(f.search);
    c.add(
      '"t"."code" ilike ? or "t"."name" ilike ? or "t"."manufacturer" ilike ? or "t"."model" ilike ?',
      s,
      s,
      s,
      s,
    );
  }
  return c;
}
