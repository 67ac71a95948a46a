import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { query } from '../../db/sql.js';
import type { DeviceKind, DeviceStatus, RejectionReason } from './iot.enums.js';

/** A device as the broker and the ingest know it. */
export type DeviceRecord = {
  id: string;
  parkId: string;
  parkCode: string;
  code: string;
  kind: DeviceKind;
  status: DeviceStatus;
};

/** A device row as the console lists it. */
export type DeviceRow = DeviceRecord & {
  name: string;
  location: string | null;
  secretIssuedAt: Date;
  lastSeenAt: Date | null;
  createdAt: Date;
};

export type RejectionRow = {
  parkId: string;
  deviceCode: string;
  deviceId: string | null;
  reason: RejectionReason;
  count: number;
  lastAt: Date;
  lastDetail: string | null;
};

/** One more refusal to count (`countRejections` adds them up per park, code and reason). */
export type Rejection = Omit<RejectionRow, 'count' | 'lastAt'> & { count?: number; at: Date };

/** How fresh a device's `lastSeenAt` is kept: it is written at most this often. */
export const SEEN_RESOLUTION_MS = 30_000;

const DEVICE = `d.id, d.park_id as "parkId", p.code as "parkCode", d.code, d.kind, d.status`;
const DEVICE_ROW = `${DEVICE}, d.name, d.location, d.secret_issued_at as "secretIssuedAt",
  d.last_seen_at as "lastSeenAt", d.created_at as "createdAt"`;
const REJECTION = `r.park_id as "parkId", r.device_code as "deviceCode", r.device_id as "deviceId",
  r.reason, r.count, r.last_at as "lastAt", r.last_detail as "lastDetail"`;

export const iotRepository = {
  /** The device a connection names as its username, with its secret's hash. */
  async credentialOf(em: EntityManager, id: string) {
    const [row] = await query<DeviceRecord & { secretHash: string }>(
      em,
      `select ${DEVICE}, d.secret_hash as "secretHash" from iot_device d join park p on p.id = d.park_id
        where d.id = ?`,
      [id],
    );
    return row;
  },

  /**
   * The devices a batch's topics name, by `parkCode/deviceCode`. The parks are resolved first (a
   * materialized step), so each device is found by its `(park_id, code)` key: joined in one step,
   * the planner probed the unique index by code alone, skipping through every park (22 ms a batch
   * of 200 devices on the bench's 200 parks).
   */
  async byTopic(em: EntityManager, keys: readonly { parkCode: string; deviceCode: string }[]) {
    const rows = await query<DeviceRecord>(
      em,
      `with k as materialized (
         select p.id park_id, u.code from unnest(?::text[], ?::text[]) u(park_code, code)
           join park p on p.code = u.park_code)
       select ${DEVICE} from k join iot_device d on d.park_id = k.park_id and d.code = k.code
         join park p on p.id = d.park_id`,
      [keys.map((k) => k.parkCode), keys.map((k) => k.deviceCode)],
    );
    return new Map(rows.map((r) => [`${r.parkCode}/${r.code}`, r]));
  },

  /** Parks by code, for counting messages of unknown devices under their park. */
  async parksByCode(em: EntityManager, codes: readonly string[]) {
    const rows = await query<{ id: string; code: string }>(
      em,
      'select id, code from park where code = any(?)',
      [codes],
    );
    return new Map(rows.map((r) => [r.code, r.id]));
  },

  /** Adds refusals to the counters, one statement for the lot. */
  async countRejections(em: EntityManager, rejections: readonly Rejection[]) {
    const merged = new Map<string, Rejection & { count: number }>();
    for (const r of rejections) {
      const key = `${r.parkId}/${r.deviceCode}/${r.reason}`;
      const seen = merged.get(key);
      if (seen) {
        seen.count += r.count ?? 1;
        if (r.at >= seen.at) Object.assign(seen, { at: r.at, lastDetail: r.lastDetail });
      } else merged.set(key, { ...r, count: r.count ?? 1 });
    }
    if (merged.size === 0) return;
    const rows = [...merged.values()];
    await query(
      em,
      `insert into iot_rejection (id, park_id, device_code, device_id, reason, count, last_at, last_detail,
         created_at, updated_at)
       select k.id, k.park_id, k.device_code, k.device_id, k.reason::iot_rejection_reason, k.count, k.at,
         k.detail, k.at, k.at
         from unnest(?::uuid[], ?::uuid[], ?::text[], ?::uuid[], ?::text[], ?::int[], ?::timestamptz[], ?::text[])
           k(id, park_id, device_code, device_id, reason, count, at, detail)
       on conflict (park_id, device_code, reason) do update set
         count = iot_rejection.count + excluded.count,
         device_id = coalesce(excluded.device_id, iot_rejection.device_id),
         last_at = greatest(iot_rejection.last_at, excluded.last_at),
         last_detail = excluded.last_detail,
         updated_at = excluded.updated_at`,
      [
        rows.map(() => uuidv7()),
        rows.map((r) => r.parkId),
        rows.map((r) => r.deviceCode),
        rows.map((r) => r.deviceId),
        rows.map((r) => r.reason),
        rows.map((r) => r.count),
        rows.map((r) => r.at),
        rows.map((r) => r.lastDetail?.slice(0, 200) ?? null),
      ],
    );
  },

  /**
   * Marks devices seen at `at`, to within SEEN_RESOLUTION_MS: a device already seen that recently
   * is left alone. A device publishing every second would otherwise rewrite its row with every
   * batch, and the dead row versions make every lookup of the table slower until vacuum (S9
   * measured the device lookup at 22 ms a batch of 200 after 100 such batches, 1 ms without).
   */
  async touch(em: EntityManager, ids: readonly string[], at: Date) {
    if (ids.length === 0) return;
    await query(
      em,
      `update iot_device set last_seen_at = ? where id = any(?) and (last_seen_at is null or last_seen_at < ?)`,
      [at, ids, new Date(at.getTime() - SEEN_RESOLUTION_MS)],
    );
  },

  /** A park's devices, by code (the console's list; a park has hundreds, not millions). */
  async list(em: EntityManager, parkId: string, kind: DeviceKind | undefined) {
    return query<DeviceRow>(
      em,
      `select ${DEVICE_ROW} from iot_device d join park p on p.id = d.park_id
        where d.park_id = ? and (?::iot_device_kind is null or d.kind = ?::iot_device_kind)
        order by d.code limit 2000`,
      [parkId, kind ?? null, kind ?? null],
    );
  },

  async byId(em: EntityManager, id: string) {
    const [row] = await query<DeviceRow>(
      em,
      `select ${DEVICE_ROW} from iot_device d join park p on p.id = d.park_id where d.id = ?`,
      [id],
    );
    return row;
  },

  /** The counters of the given devices (the console's rejection columns), for a loader. */
  async rejectionsOfDevices(em: EntityManager, ids: readonly string[]) {
    return query<RejectionRow>(
      em,
      `select ${REJECTION} from iot_rejection r where r.device_id = any(?) order by r.reason`,
      [ids],
    );
  },

  /** A park's counters, devices unknown to it included. */
  async rejectionsOfPark(em: EntityManager, parkId: string) {
    return query<RejectionRow>(
      em,
      `select ${REJECTION} from iot_rejection r where r.park_id = ? order by r.device_code, r.reason limit 5000`,
      [parkId],
    );
  },
};
