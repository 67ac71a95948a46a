import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLResolveInfo } from 'graphql';
import { Conditions } from '../../db/conditions.js';
import { paginate } from '../../db/paginate.js';
import { query } from '../../db/sql.js';
import type { PageArgs } from '../../graphql/connection.js';
import { likePattern } from '../../graphql/validate.js';
import { Meter } from './energy.entity.js';
import type { MeterKind, MeterLevel, ReadingFlag, ReadingSource } from './energy.enums.js';
import { type MeterType, toMeterType } from './meter.type.js';

export type MeterFilter = {
  parkId?: string;
  kind?: MeterKind;
  level?: MeterLevel;
  buildingId?: string;
  tenantId?: string;
  search?: string;
};
export type TermRow = { virtual_meter_id: string; meter_id: string; sign: number };
export type ReadingRow = {
  meter_id: string;
  ts: Date;
  value: string;
  flag: ReadingFlag;
  delta: string;
  estimated: boolean;
  source: ReadingSource;
  attachment_id: string | null;
};

/** The register's filter as SQL over the meter table aliased `t`. */
function meterSql(f: MeterFilter): Conditions {
  const c = new Conditions('t');
  if (f.parkId) c.id('park_id', f.parkId);
  if (f.buildingId) c.id('building_id', f.buildingId);
  if (f.tenantId) c.id('tenant_id', f.tenantId);
  if (f.kind) c.add('"t"."kind" = ?', f.kind);
  if (f.level) c.add('"t"."level" = ?', f.level);
  if (f.search)
    c.add('("t"."code" ilike ? or "t"."name" ilike ?)', likePattern(f.search), likePattern(f.search));
  return c;
}

/** Meter reads in SQL (STYLE rule 15). */
export const meterRepository = {
  /** A page of the meter register, by code. */
  page(em: EntityManager, filter: MeterFilter, page: PageArgs, info: GraphQLResolveInfo) {
    return paginate<Meter, MeterType>({
      em,
      entity: Meter,
      where: meterSql(filter),
      order: { prop: 'code', descending: false },
      page,
      info,
      map: (m) => toMeterType(m),
    });
  },

  /** The terms of these virtual meters, in one statement. */
  termsOf(em: EntityManager, meterIds: string[]): Promise<TermRow[]> {
    return query<TermRow>(
      em,
      `select virtual_meter_id, meter_id, sign from virtual_meter_term
        where virtual_meter_id = any(?::uuid[]) order by virtual_meter_id, created_at, id`,
      [meterIds],
    );
  },

  /** A meter's readings in [from, to), newest first, at most `limit`. */
  readings(em: EntityManager, meterId: string, from: Date, to: Date, limit: number): Promise<ReadingRow[]> {
    return query<ReadingRow>(
      em,
      `select meter_id, ts, value, flag, delta, estimated, source, attachment_id from meter_reading
        where meter_id = ? and ts >= ? and ts < ? order by ts desc limit ?`,
      [meterId, from, to, limit],
    );
  },
};
