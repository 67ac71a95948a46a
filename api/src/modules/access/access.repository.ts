import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLResolveInfo } from 'graphql';
import { paginate } from '../../db/paginate.js';
import { cursorBatches, query } from '../../db/sql.js';
import type { PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { isUuid, likePattern } from '../../graphql/validate.js';
import type {
  AccessDecision,
  AccessDirection,
  AccessEventType,
  AccessReason,
  CredentialKind,
  CredentialStatus,
  SecurityEventKind,
} from './access.enums.js';
import type {
  AccessCredentialFilter,
  AccessEventFilter,
  AccessGroupFilter,
  AccessPointFilter,
  SecurityEventFilter,
} from './access.inputs.js';
import {
  toAccessCredentialType,
  toAccessEventNode,
  toAccessGroupType,
  toAccessPointType,
  toSecurityEventNode,
} from './access.type.js';
import { AccessCredential } from './access-credential.entity.js';
import { AccessEvent, SecurityEvent } from './access-event.entity.js';
import { AccessGroup, type ScheduleWindow } from './access-group.entity.js';
import { AccessPoint } from './access-point.entity.js';

type Where = { sql: string[]; params: unknown[] };
function builder(): Where & {
  add(condition: string, ...values: unknown[]): void;
  byId(c: string, id: string): void;
} {
  const w = {
    sql: [] as string[],
    params: [] as unknown[],
    add(condition: string, ...values: unknown[]) {
      w.sql.push(condition);
      w.params.push(...values);
    },
    // An id that is not a UUID matches nothing (instead of failing the statement).
    byId(column: string, id: string) {
      if (isUuid(id)) w.add(`"t".${column} = ?`, id);
      else w.add('false');
    },
  };
  return w;
}

function pointSql(f: AccessPointFilter | undefined): Where {
  const w = builder();
  if (f?.parkId !== undefined) w.byId('"park_id"', f.parkId);
  if (f?.buildingId !== undefined) w.byId('"building_id"', f.buildingId);
  if (f?.kinds?.length) w.add('"t"."kind" = any(?)', f.kinds);
  if (f?.search) {
    const s = likePattern(f.search);
    w.add('"t"."code" ilike ? or "t"."name" ilike ? or "t"."vendor_device_id" ilike ?', s, s, s);
  }
  return w;
}

function credentialSql(f: AccessCredentialFilter | undefined): Where {
  const w = builder();
  if (f?.parkId !== undefined) w.byId('"park_id"', f.parkId);
  if (f?.holderId !== undefined) w.byId('"holder_id"', f.holderId);
  if (f?.tenantId !== undefined) w.byId('"tenant_id"', f.tenantId);
  if (f?.kinds?.length) w.add('"t"."kind" = any(?)', f.kinds);
  if (f?.statuses?.length) w.add('"t"."status" = any(?)', f.statuses);
  if (f?.search) w.add('"t"."identifier" ilike ?', likePattern(f.search));
  return w;
}

function groupSql(f: AccessGroupFilter | undefined): Where {
  const w = builder();
  if (f?.parkId !== undefined) w.byId('"park_id"', f.parkId);
  if (f?.tenantId !== undefined) w.byId('"tenant_id"', f.tenantId);
  return w;
}

/** The event log's filter as SQL over `access_event` aliased `t`. */
function eventSql(f: AccessEventFilter | undefined): Where {
  const w = builder();
  if (f?.parkId !== undefined) w.byId('"park_id"', f.parkId);
  if (f?.pointId !== undefined) w.byId('"point_id"', f.pointId);
  if (f?.holderId !== undefined) w.byId('"holder_id"', f.holderId);
  if (f?.tenantId !== undefined) w.byId('"tenant_id"', f.tenantId);
  if (f?.decision) w.add('"t"."decision" = ?', f.decision);
  if (f?.types?.length) w.add('"t"."type" = any(?)', f.types);
  if (f?.from) w.add('"t"."occurred_at" >= ?', f.from);
  if (f?.to) w.add('"t"."occurred_at" < ?', f.to);
  if (f?.credentialRef) w.add('"t"."credential_ref" = ?', f.credentialRef);
  return w;
}

function securitySql(f: SecurityEventFilter | undefined): Where {
  const w = builder();
  if (f?.parkId !== undefined) w.byId('"park_id"', f.parkId);
  if (f?.statuses?.length) w.add('"t"."status" = any(?)', f.statuses);
  if (f?.kinds?.length) w.add('"t"."kind" = any(?)', f.kinds);
  return w;
}

/** A credential as ingestion and decisions read it. */
export type CredentialRow = {
  id: string;
  kind: CredentialKind;
  identifier: string;
  holder_id: string;
  tenant_id: string | null;
  status: CredentialStatus;
  valid_from: Date;
  valid_until: Date | null;
};

/** One event to record, resolved to its point and credential. */
export type EventRow = {
  pointId: string;
  vendorEventId: string;
  vendorDeviceId: string;
  occurredAt: Date;
  type: AccessEventType;
  decision: AccessDecision;
  reason: AccessReason;
  direction: AccessDirection;
  credentialKind: CredentialKind | null;
  credentialRef: string | null;
  credentialId: string | null;
  holderId: string | null;
  tenantId: string | null;
};

/** Access-control reads in SQL (STYLE rule 15), and the ingestion's set-based, idempotent writes. */
export const accessRepository = {
  points(ctx: RequestContext, f: AccessPointFilter | undefined, page: PageArgs, info: GraphQLResolveInfo) {
    return paginate({
      em: ctx.em,
      entity: AccessPoint,
      where: pointSql(f),
      order: { prop: 'code', descending: false },
      page,
      info,
      map: toAccessPointType,
    });
  },

  credentials(
    ctx: RequestContext,
    f: AccessCredentialFilter | undefined,
    page: PageArgs,
    info: GraphQLResolveInfo,
  ) {
    return paginate({
      em: ctx.em,
      entity: AccessCredential,
      where: credentialSql(f),
      order: { prop: 'identifier', descending: false },
      page,
      info,
      map: toAccessCredentialType,
    });
  },

  groups(ctx: RequestContext, f: AccessGroupFilter | undefined, page: PageArgs, info: GraphQLResolveInfo) {
    return paginate({
      em: ctx.em,
      entity: AccessGroup,
      where: groupSql(f),
      order: { prop: 'name', descending: false },
      page,
      info,
      map: toAccessGroupType,
    });
  },

  events(ctx: RequestContext, f: AccessEventFilter | undefined, page: PageArgs, info: GraphQLResolveInfo) {
    return paginate({
      em: ctx.em,
      entity: AccessEvent,
      where: eventSql(f),
      order: { prop: 'occurredAt', descending: true },
      page,
      info,
      map: toAccessEventNode,
    });
  },

  securityEvents(
    ctx: RequestContext,
    f: SecurityEventFilter | undefined,
    page: PageArgs,
    info: GraphQLResolveInfo,
  ) {
    return paginate({
      em: ctx.em,
      entity: SecurityEvent,
      where: securitySql(f),
      order: { prop: 'occurredAt', descending: true },
      page,
      info,
      map: toSecurityEventNode,
    });
  },

  /** The park's points named by these device ids. */
  pointsByDevice(em: EntityManager, parkId: string, deviceIds: readonly string[]) {
    return query<{ id: string; vendor_device_id: string; active: boolean }>(
      em,
      'select id, vendor_device_id, active from access_point where park_id = ? and vendor_device_id = any(?::text[])',
      [parkId, deviceIds],
    );
  },

  /** The park's credentials matching these (kind, identifier) pairs. */
  credentialsByRef(em: EntityManager, parkId: string, kinds: readonly string[], refs: readonly string[]) {
    return query<CredentialRow>(
      em,
      `select c.id, c.kind, c.identifier, c.holder_id, c.tenant_id, c.status, c.valid_from, c.valid_until
       from access_credential c join unnest(?::credential_kind[], ?::text[]) as r(kind, ref)
         on c.kind = r.kind and c.identifier = r.ref
       where c.park_id = ?`,
      [kinds, refs, parkId],
    );
  },

  /** Schedules of the holder's groups that open the point. */
  async schedulesFor(em: EntityManager, holderId: string, pointId: string): Promise<ScheduleWindow[][]> {
    const rows = await query<{ schedule: ScheduleWindow[] }>(
      em,
      `select g.schedule from access_group g
       join access_group_member m on m.group_id = g.id and m.user_id = ?
       join access_group_point gp on gp.group_id = g.id and gp.point_id = ?`,
      [holderId, pointId],
    );
    return rows.map((r) => r.schedule);
  },

  /**
   * Records the events in one statement; a (point, vendor event id) already recorded, by an
   * earlier call or a concurrent one, is skipped by the unique constraint. Returns the rows
   * recorded now.
   */
  insertEvents(em: EntityManager, parkId: string, receivedAt: Date, rows: readonly EventRow[]) {
    const col = <K extends keyof EventRow>(k: K) => rows.map((r) => r[k]);
    return query<{
      id: string;
      point_id: string;
      occurred_at: Date;
      type: AccessEventType;
      decision: AccessDecision;
    }>(
      em,
      `insert into access_event (id, park_id, point_id, vendor_event_id, vendor_device_id, occurred_at, received_at,
         type, decision, reason, direction, credential_kind, credential_ref, credential_id, holder_id, tenant_id)
       select uuidv7(), ?::uuid, e.point_id, e.vendor_event_id, e.vendor_device_id, e.occurred_at, ?::timestamptz,
         e.type, e.decision, e.reason, e.direction, e.credential_kind, e.credential_ref, e.credential_id,
         e.holder_id, e.tenant_id
       from unnest(?::uuid[], ?::text[], ?::text[], ?::timestamptz[], ?::access_event_type[], ?::access_decision[],
         ?::access_reason[], ?::access_direction[], ?::credential_kind[], ?::text[], ?::uuid[], ?::uuid[], ?::uuid[])
         as e(point_id, vendor_event_id, vendor_device_id, occurred_at, type, decision, reason, direction,
              credential_kind, credential_ref, credential_id, holder_id, tenant_id)
       on conflict (point_id, vendor_event_id) do nothing
       returning id, point_id, occurred_at, type, decision`,
      [
        parkId,
        receivedAt,
        col('pointId'),
        col('vendorEventId'),
        col('vendorDeviceId'),
        col('occurredAt'),
        col('type'),
        col('decision'),
        col('reason'),
        col('direction'),
        col('credentialKind'),
        col('credentialRef'),
        col('credentialId'),
        col('holderId'),
        col('tenantId'),
      ],
    );
  },

  /** Raises one OPEN security event per given access event. */
  insertSecurityEvents(
    em: EntityManager,
    parkId: string,
    createdAt: Date,
    rows: readonly { pointId: string; accessEventId: string; kind: SecurityEventKind; occurredAt: Date }[],
  ) {
    return query<{ id: string }>(
      em,
      `insert into security_event (id, park_id, point_id, access_event_id, kind, occurred_at, status, created_at)
       select uuidv7(), ?::uuid, s.point_id, s.access_event_id, s.kind, s.occurred_at, 'OPEN', ?::timestamptz
       from unnest(?::uuid[], ?::uuid[], ?::security_event_kind[], ?::timestamptz[])
         as s(point_id, access_event_id, kind, occurred_at)
       returning id`,
      [
        parkId,
        createdAt,
        rows.map((r) => r.pointId),
        rows.map((r) => r.accessEventId),
        rows.map((r) => r.kind),
        rows.map((r) => r.occurredAt),
      ],
    );
  },

  /** Point ids of many groups, in one statement. */
  pointLinks(em: EntityManager, groupIds: readonly string[]) {
    return query<{ group_id: string; point_id: string }>(
      em,
      `select gp.group_id, gp.point_id from access_group_point gp
       join access_point p on p.id = gp.point_id
       where gp.group_id = any(?::uuid[]) order by p.code`,
      [groupIds],
    );
  },

  /**
   * Active people of a park by name or login, at most 20: its companies' employees and the staff
   * bound to it; `tenantId` narrows to one company's, `staff` to staff (true) or employees (false).
   */
  holderOptions(
    em: EntityManager,
    f: { parkId: string; search: string | null; tenantId: string | null; staff: boolean | null },
  ) {
    const like = f.search ? likePattern(f.search) : null;
    return query<{ id: string; name: string; tenant_id: string | null; tenant_name: string | null }>(
      em,
      `select u.id, u.display_name as name, u.tenant_id, tc.name as tenant_name from app_user u
       left join tenant_company tc on tc.id = u.tenant_id
       where u.status = 'ACTIVE'
         and (case when u.tenant_id is not null then u.park_id = ?::uuid
              else exists (select 1 from user_park up where up.user_id = u.id and up.park_id = ?::uuid) end)
         and (?::uuid is null or u.tenant_id = ?::uuid)
         and (?::boolean is null or (u.tenant_id is null) = ?::boolean)
         and (?::text is null or u.display_name ilike ? or u.login ilike ?)
       order by u.display_name, u.id limit 20`,
      [f.parkId, f.parkId, f.tenantId, f.tenantId, f.staff, f.staff, like, like, like],
    );
  },

  /** Members of many groups with their names, in one statement (people out of reach unnamed). */
  memberLinks(em: EntityManager, groupIds: readonly string[]) {
    return query<{ group_id: string; user_id: string; name: string | null }>(
      em,
      `select m.group_id, m.user_id, u.display_name as name from access_group_member m
       left join app_user u on u.id = m.user_id
       where m.group_id = any(?::uuid[]) order by u.display_name, m.user_id`,
      [groupIds],
    );
  },
};

/** An access event as its export reads it. */
export type AccessEventExportRow = {
  time_zone: string;
  occurred_at: Date;
  point_code: string;
  point_name: string;
  type: string;
  decision: string;
  reason: string;
  direction: string;
  credential_kind: string | null;
  credential_ref: string | null;
  holder_name: string | null;
  tenant_name: string | null;
};

/** The rows of an event log export with the log's filter, newest first as the log sorts. */
export function accessEventExportSource(ctx: RequestContext, filter: AccessEventFilter | undefined) {
  const { sql, params } = eventSql(filter);
  const where = ['true', ...sql].map((s) => `(${s})`).join(' and ');
  return {
    async count() {
      const [row] = await query<{ n: string }>(
        ctx.em,
        `select count(*) as n from "access_event" as "t" where ${where}`,
        params,
      );
      return Number(row?.n ?? 0);
    },
    batches: () =>
      cursorBatches<AccessEventExportRow>(
        ctx.em,
        `select "pk"."time_zone", "t"."occurred_at", "p"."code" as point_code, "p"."name" as point_name,
           "t"."type", "t"."decision", "t"."reason", "t"."direction", "t"."credential_kind", "t"."credential_ref",
           "u"."display_name" as holder_name, "c"."name" as tenant_name
         from "access_event" as "t"
         join "park" as "pk" on "pk"."id" = "t"."park_id"
         join "access_point" as "p" on "p"."id" = "t"."point_id"
         left join "app_user" as "u" on "u"."id" = "t"."holder_id"
         left join "tenant_company" as "c" on "c"."id" = "t"."tenant_id"
         where ${where}
         order by "t"."occurred_at" desc, "t"."id" desc`,
        params,
      ),
  };
}
