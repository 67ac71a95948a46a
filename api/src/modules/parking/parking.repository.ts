import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLResolveInfo } from 'graphql';
import { Conditions } from '../../db/conditions.js';
import type { LeanOmit } from '../../db/lean.js';
import { joinedLoad, paginate } from '../../db/paginate.js';
import { cursorBatches, query } from '../../db/sql.js';
import type { PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { isUuid, likePattern } from '../../graphql/validate.js';
import { ParkingCharge, ParkingEvent, ParkingSession } from './parking.entity.js';
import type {
  GateDirection,
  GateSource,
  ParkingDecision,
  SpaceType,
  VehicleListKind,
} from './parking.enums.js';
import type { ParkingChargeFilter, ParkingEventFilter } from './parking.inputs.js';
import { toParkingChargeType, toParkingEventType } from './parking.type.js';

export type OpenCount = { lot_id: string; space_type: SpaceType; n: number };
export type ListedRow = { id: string; kind: VehicleListKind; space_type: SpaceType | null };
export type StoredEvent = {
  id: string;
  lot_id: string;
  plate: string;
  direction: GateDirection;
  decision: ParkingDecision;
  admitted: boolean;
  session_id: string | null;
  space_type: SpaceType | null;
  occurred_at: Date;
  fee_fen: number | null;
};
/** Rows of demo history, written in a few set-based statements. */
export type HistoryRows = {
  sessions: {
    id: string;
    lotId: string;
    plate: string;
    spaceType: SpaceType;
    decision: ParkingDecision;
    from: Date;
    to: Date | null;
  }[];
  events: {
    id: string;
    lotId: string;
    direction: GateDirection;
    plate: string;
    at: Date;
    decision: ParkingDecision;
    admitted: boolean;
    sessionId: string | null;
    spaceType: SpaceType | null;
    feeFen: number | null;
  }[];
  charges: {
    id: string;
    sessionId: string;
    plate: string;
    amountFen: number;
    hours: number;
    from: Date;
    to: Date;
  }[];
};
const BATCH = 5000;
function* batches<T>(rows: T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += BATCH) yield rows.slice(i, i + BATCH);
}
export type FlowRow = { bucket: string; entries: number; exits: number; denied: number; fee_fen: number };

/** A charge's stay is read for its lot only. */
const SESSION_BUT_LOT: LeanOmit<ParkingSession> = [
  'createdAt',
  'updatedAt',
  'park',
  'plate',
  'spaceType',
  'entryDecision',
  'enteredAt',
  'exitedAt',
];

const EVENT_COLUMNS =
  'id, lot_id, plate, direction, decision, admitted, session_id, space_type, occurred_at, fee_fen';

/** Parking reads and the gate's conditional writes in SQL (STYLE rule 15). */
export const parkingRepository = {
  /**
   * Serialises the gate decisions of one lot until the transaction ends: the free-space count a
   * decision reads stays true until its stay is written (no table privilege needed).
   */
  async lockLot(em: EntityManager, lotId: string): Promise<void> {
    await query(em, 'select pg_advisory_xact_lock(hashtextextended(?::text, 7305))', [lotId]);
  },

  /** The event a barrier system already reported under `externalId`, if any. */
  async eventByExternalId(
    em: EntityManager,
    parkId: string,
    externalId: string,
  ): Promise<StoredEvent | undefined> {
    const [row] = await query<StoredEvent>(
      em,
      `select ${EVENT_COLUMNS} from parking_event where park_id = ? and external_id = ?`,
      [parkId, externalId],
    );
    return row;
  },

  /** The park's list entries of `plate` in force on `day` (block entries first). */
  listedOn(em: EntityManager, parkId: string, plate: string, day: string): Promise<ListedRow[]> {
    return query<ListedRow>(
      em,
      `select id, kind, space_type from vehicle_list_entry
        where park_id = ? and plate = ? and (valid_from is null or valid_from <= ?::date)
          and (valid_until is null or valid_until >= ?::date)
        order by kind desc, id`,
      [parkId, plate, day, day],
    );
  },

  /** Whether the plate has an open stay in the park. */
  async isInside(em: EntityManager, parkId: string, plate: string): Promise<boolean> {
    const rows = await query(
      em,
      'select 1 from parking_session where park_id = ? and plate = ? and exited_at is null',
      [parkId, plate],
    );
    return rows.length > 0;
  },

  /** Open stays per lot and space type, for one lot or every lot of a park. */
  openCounts(em: EntityManager, by: { parkId: string } | { lotId: string }): Promise<OpenCount[]> {
    return 'lotId' in by
      ? query<OpenCount>(
          em,
          `select lot_id, space_type, count(*)::int as n from parking_session
            where lot_id = ? and exited_at is null group by lot_id, space_type`,
          [by.lotId],
        )
      : query<OpenCount>(
          em,
          `select lot_id, space_type, count(*)::int as n from parking_session
            where park_id = ? and exited_at is null group by lot_id, space_type`,
          [by.parkId],
        );
  },

  /**
   * Opens a stay unless the plate has one in the park (the partial unique index): the id, or
   * undefined when it is already inside, however many entries race.
   */
  async openSession(
    em: EntityManager,
    s: {
      id: string;
      parkId: string;
      lotId: string;
      plate: string;
      spaceType: SpaceType;
      decision: ParkingDecision;
      at: Date;
    },
  ): Promise<string | undefined> {
    const [row] = await query<{ id: string }>(
      em,
      `insert into parking_session (id, created_at, updated_at, park_id, lot_id, plate, space_type, entry_decision, entered_at)
       values (?, now(), now(), ?, ?, ?, ?, ?, ?)
       on conflict (park_id, plate) where exited_at is null do nothing returning id`,
      [s.id, s.parkId, s.lotId, s.plate, s.spaceType, s.decision, s.at],
    );
    return row?.id;
  },

  /** Closes the plate's open stay at `at` (once: the condition holds for one caller only). */
  async closeSession(
    em: EntityManager,
    parkId: string,
    plate: string,
    at: Date,
  ): Promise<
    { id: string; entered_at: Date; entry_decision: ParkingDecision; space_type: SpaceType } | undefined
  > {
    const [row] = await query<{
      id: string;
      entered_at: Date;
      entry_decision: ParkingDecision;
      space_type: SpaceType;
    }>(
      em,
      `update parking_session set exited_at = greatest(?::timestamptz, entered_at), updated_at = now()
        where park_id = ? and plate = ? and exited_at is null
        returning id, entered_at, entry_decision, space_type`,
      [at, parkId, plate],
    );
    return row;
  },

  /** Records a gate event; undefined when another with its external id got there first. */
  async insertEvent(
    em: EntityManager,
    e: {
      id: string;
      parkId: string;
      lotId: string;
      direction: GateDirection;
      plate: string;
      at: Date;
      decision: ParkingDecision;
      admitted: boolean;
      sessionId: string | null;
      spaceType: SpaceType | null;
      source: GateSource;
      externalId: string | null;
      feeFen: number | null;
    },
  ): Promise<StoredEvent | undefined> {
    const [row] = await query<StoredEvent>(
      em,
      `insert into parking_event (id, created_at, park_id, lot_id, direction, plate, occurred_at, decision, admitted,
         session_id, space_type, source, external_id, fee_fen)
       values (?, now(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict (park_id, external_id) do nothing returning ${EVENT_COLUMNS}`,
      [
        e.id,
        e.parkId,
        e.lotId,
        e.direction,
        e.plate,
        e.at,
        e.decision,
        e.admitted,
        e.sessionId,
        e.spaceType,
        e.source,
        e.externalId,
        e.feeFen,
      ],
    );
    return row;
  },

  /** The charge of a temporary stay, written once per stay. */
  async insertCharge(
    em: EntityManager,
    c: {
      id: string;
      parkId: string;
      sessionId: string;
      plate: string;
      amountFen: number;
      hours: number;
      from: Date;
      to: Date;
    },
  ): Promise<void> {
    await query(
      em,
      `insert into parking_charge (id, created_at, updated_at, park_id, session_id, plate, amount_fen, charged_hours,
         status, entered_at, exited_at)
       values (?, now(), now(), ?, ?, ?, ?, ?, 'UNBILLED', ?, ?) on conflict (session_id) do nothing`,
      [c.id, c.parkId, c.sessionId, c.plate, c.amountFen, c.hours, c.from, c.to],
    );
  },

  /**
   * Gate events of a park per hour or per day (park time) in [from, to] (dates), every bucket
   * present: admitted entries, exits, refused entries and fees charged (IPARK 5.1.2.3).
   */
  flow(
    em: EntityManager,
    f: { parkId: string; lotId: string | null; from: string; to: string; hourly: boolean },
  ): Promise<FlowRow[]> {
    const unit = f.hourly ? 'hour' : 'day';
    const step = f.hourly ? '1 hour' : '1 day';
    const label = f.hourly ? 'YYYY-MM-DD"T"HH24:00' : 'YYYY-MM-DD';
    return query<FlowRow>(
      em,
      `with pk as (select time_zone from park where id = ?),
        buckets as (select generate_series(?::date::timestamp, (?::date + 1)::timestamp - interval '${step}',
          interval '${step}') as b),
        e as (select date_trunc('${unit}', ev.occurred_at at time zone pk.time_zone) as b, ev.direction, ev.admitted,
            ev.fee_fen
          from parking_event ev, pk
          where ev.park_id = ? and (?::uuid is null or ev.lot_id = ?::uuid)
            and ev.occurred_at >= ?::date::timestamp at time zone pk.time_zone
            and ev.occurred_at < (?::date + 1)::timestamp at time zone pk.time_zone)
      select to_char(buckets.b, '${label}') as bucket,
        count(e.b) filter (where e.direction = 'IN' and e.admitted)::int as entries,
        count(e.b) filter (where e.direction = 'OUT')::int as exits,
        count(e.b) filter (where e.direction = 'IN' and not e.admitted)::int as denied,
        coalesce(sum(e.fee_fen), 0)::int as fee_fen
      from buckets left join e on e.b = buckets.b group by buckets.b order by buckets.b`,
      [f.parkId, f.from, f.to, f.parkId, f.lotId, f.lotId, f.from, f.to],
    );
  },

  /** Writes the demo seed's history (sessions, events, charges) with unnest, 5,000 rows a statement. */
  async insertHistory(
    em: EntityManager,
    parkId: string,
    source: GateSource,
    rows: HistoryRows,
  ): Promise<void> {
    for (const b of batches(rows.sessions))
      await query(
        em,
        `insert into parking_session (id, created_at, updated_at, park_id, lot_id, plate, space_type, entry_decision,
           entered_at, exited_at)
         select u.id, u.entered_at, coalesce(u.exited_at, u.entered_at), ?, u.lot_id, u.plate, u.space_type::parking_space_type,
           u.decision::parking_decision, u.entered_at, u.exited_at
         from unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::timestamptz[])
           as u(id, lot_id, plate, space_type, decision, entered_at, exited_at)`,
        [
          parkId,
          b.map((r) => r.id),
          b.map((r) => r.lotId),
          b.map((r) => r.plate),
          b.map((r) => r.spaceType),
          b.map((r) => r.decision),
          b.map((r) => r.from),
          b.map((r) => r.to),
        ],
      );
    for (const b of batches(rows.events))
      await query(
        em,
        `insert into parking_event (id, created_at, park_id, lot_id, direction, plate, occurred_at, decision, admitted,
           session_id, space_type, source, fee_fen)
         select u.id, u.occurred_at, ?, u.lot_id, u.direction::gate_direction, u.plate, u.occurred_at,
           u.decision::parking_decision, u.admitted, u.session_id, u.space_type::parking_space_type, ?::gate_source, u.fee_fen
         from unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::timestamptz[], ?::text[], ?::boolean[], ?::uuid[],
           ?::text[], ?::int[]) as u(id, lot_id, direction, plate, occurred_at, decision, admitted, session_id, space_type, fee_fen)`,
        [
          parkId,
          source,
          b.map((r) => r.id),
          b.map((r) => r.lotId),
          b.map((r) => r.direction),
          b.map((r) => r.plate),
          b.map((r) => r.at),
          b.map((r) => r.decision),
          b.map((r) => r.admitted),
          b.map((r) => r.sessionId),
          b.map((r) => r.spaceType),
          b.map((r) => r.feeFen),
        ],
      );
    for (const b of batches(rows.charges))
      await query(
        em,
        `insert into parking_charge (id, created_at, updated_at, park_id, session_id, plate, amount_fen, charged_hours,
           status, entered_at, exited_at)
         select u.id, u.exited_at, u.exited_at, ?, u.session_id, u.plate, u.amount_fen, u.hours, 'UNBILLED', u.entered_at,
           u.exited_at
         from unnest(?::uuid[], ?::uuid[], ?::text[], ?::int[], ?::int[], ?::timestamptz[], ?::timestamptz[])
           as u(id, session_id, plate, amount_fen, hours, entered_at, exited_at)`,
        [
          parkId,
          b.map((r) => r.id),
          b.map((r) => r.sessionId),
          b.map((r) => r.plate),
          b.map((r) => r.amountFen),
          b.map((r) => r.hours),
          b.map((r) => r.from),
          b.map((r) => r.to),
        ],
      );
  },

  /** A page of gate events, newest first, as the entry/exit log filters them. */
  eventPage(ctx: RequestContext, filter: ParkingEventFilter, page: PageArgs, info: GraphQLResolveInfo) {
    return paginate({
      em: ctx.em,
      entity: ParkingEvent,
      where: eventSql(filter),
      order: { prop: 'occurredAt', descending: true },
      page,
      info,
      map: toParkingEventType,
    });
  },

  /** A page of charges, newest exit first, each with the lot of its stay (joined in the same statement). */
  chargePage(ctx: RequestContext, filter: ParkingChargeFilter, page: PageArgs, info: GraphQLResolveInfo) {
    return paginate({
      em: ctx.em,
      entity: ParkingCharge,
      where: chargeSql(filter),
      order: { prop: 'exitedAt', descending: true },
      page,
      info,
      map: toParkingChargeType,
      joins: [
        joinedLoad<ParkingSession, ReturnType<typeof toParkingChargeType>>(ParkingSession, 'session_id', {
          omit: SESSION_BUT_LOT,
          attach: (item, stay) => {
            item.lotId = stay?.lot.id ?? null;
          },
        }),
      ],
    });
  },

  /** The sum of the charges the filter matches, fen. */
  async chargeTotal(em: EntityManager, filter: ParkingChargeFilter): Promise<number> {
    const { sql, params } = chargeSql(filter);
    const [row] = await query<{ fen: string }>(
      em,
      `select coalesce(sum("t"."amount_fen"), 0)::bigint as fen from "parking_charge" as "t"
        where ${sql.map((c) => `(${c})`).join(' and ')}`,
      params,
    );
    return Number(row?.fen ?? 0);
  },
};

/** The charges' filter as SQL over the charge table aliased `t` (the lot is its stay's). */
function chargeSql(f: ParkingChargeFilter): Conditions {
  const c = new Conditions('t').id('park_id', f.parkId);
  if (f.lotId) {
    if (isUuid(f.lotId))
      c.add(
        'exists (select 1 from parking_session s where s.id = "t"."session_id" and s.lot_id = ?)',
        f.lotId,
      );
    else c.add('false');
  }
  if (f.plate?.trim()) c.add('"t"."plate" ilike ?', likePattern(f.plate.trim().toUpperCase()));
  if (f.status) c.add('"t"."status" = ?', f.status);
  if (f.from) c.add('"t"."exited_at" >= ?', f.from);
  if (f.to) c.add('"t"."exited_at" < ?', f.to);
  return c;
}

/** The log's filter as SQL over the event table aliased `t`. */
function eventSql(f: ParkingEventFilter): Conditions {
  const c = new Conditions('t').id('park_id', f.parkId);
  if (f.lotId) c.id('lot_id', f.lotId);
  if (f.plate) c.add('"t"."plate" ilike ?', likePattern(f.plate.trim().toUpperCase()));
  if (f.direction) c.add('"t"."direction" = ?', f.direction);
  if (f.decisions?.length) c.add('"t"."decision" = any(?)', f.decisions);
  if (f.from) c.add('"t"."occurred_at" >= ?', f.from);
  if (f.to) c.add('"t"."occurred_at" < ?', f.to);
  return c;
}

/** A gate event as the log's export reads it. */
export type ParkingEventExportRow = {
  time_zone: string;
  occurred_at: Date;
  lot_name: string;
  direction: string;
  plate: string;
  decision: string;
  space_type: string | null;
  source: string;
  fee_fen: number | null;
};

/** The rows of an entry/exit log export, filtered as on screen, newest first. */
export function parkingEventExportSource(ctx: RequestContext, filter: ParkingEventFilter) {
  const { sql, params } = eventSql(filter);
  const where = sql.map((c) => `(${c})`).join(' and ') || 'true';
  return {
    async count() {
      const [row] = await query<{ n: string }>(
        ctx.em,
        `select count(*) as n from "parking_event" as "t" where ${where}`,
        params,
      );
      return Number(row?.n ?? 0);
    },
    batches: () =>
      cursorBatches<ParkingEventExportRow>(
        ctx.em,
        `select pk.time_zone, "t"."occurred_at", l.name as lot_name, "t"."direction", "t"."plate", "t"."decision",
           "t"."space_type", "t"."source", "t"."fee_fen"
         from "parking_event" as "t" join parking_lot l on l.id = "t"."lot_id" join park pk on pk.id = "t"."park_id"
         where ${where}
         order by "t"."occurred_at" desc, "t"."id" desc`,
        params,
      ),
  };
}
