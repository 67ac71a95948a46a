import { RollupGrain } from './energy.enums.js';
import { QUARTER_MS, spread, type Verdict } from './validation.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** Amounts of one bucket, thousandths: all of it, and the part interpolated over a gap. */
export type Amount = { amount: number; estimated: number };

/** Most quarters remembered per zone (about three months of quarters; then it starts afresh). */
const MEMO_LIMIT = 10_000;

/**
 * Where a 15-minute bucket falls in coarser grains: its hour (UTC steps, whole hours in the
 * park's zone for whole-hour offsets such as China's), its day and its month in the park's zone.
 * One formatter and one memo per zone, shared by every meter of the zone and every batch:
 * `formatToParts` costs microseconds, and live readings of thousands of meters fall in a handful
 * of quarters.
 */
export class Calendar {
  private static zones = new Map<
    string,
    { format: Intl.DateTimeFormat; memo: Map<number, { day: number; month: number }> }
  >();
  private readonly memo: Map<number, { day: number; month: number }>;
  private readonly format: Intl.DateTimeFormat;

  constructor(timeZone: string) {
    let zone = Calendar.zones.get(timeZone);
    if (!zone) {
      zone = {
        format: new Intl.DateTimeFormat('en-US', {
          timeZone,
          hourCycle: 'h23',
          day: 'numeric',
          hour: 'numeric',
          minute: 'numeric',
        }),
        memo: new Map(),
      };
      Calendar.zones.set(timeZone, zone);
    }
    this.format = zone.format;
    this.memo = zone.memo;
  }

  /** The start instants of the local day and month holding `quarter`. */
  of(quarter: number): { day: number; month: number } {
    let hit = this.memo.get(quarter);
    if (!hit) {
      const parts = Object.fromEntries(this.format.formatToParts(quarter).map((p) => [p.type, p.value]));
      const day = quarter - (Number(parts.hour) * 60 + Number(parts.minute)) * 60_000;
      hit = { day, month: day - (Number(parts.day) - 1) * DAY_MS };
      if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
      this.memo.set(quarter, hit);
    }
    return hit;
  }
}

/**
 * Rollup changes of one meter: grain → bucket start (ms) → amounts to add (may be negative). The
 * quarters are stored in their hour's row (`storedChanges`).
 */
export type RollupDelta = Map<RollupGrain, Map<number, Amount>>;

export const emptyDelta = (): RollupDelta =>
  new Map(Object.values(RollupGrain).map((g) => [g, new Map<number, Amount>()]));

function add(into: Map<number, Amount>, bucket: number, amount: number, estimated: number): void {
  const cur = into.get(bucket);
  if (cur) {
    cur.amount += amount;
    cur.estimated += estimated;
  } else into.set(bucket, { amount, estimated });
}

/**
 * Adds a verdict's consumption over (baseTs, ts] to every grain, times `sign` (−1 takes back what
 * a reading booked before it was re-validated). A verdict with nothing booked adds nothing.
 */
export function book(
  into: RollupDelta,
  calendar: Calendar,
  verdict: Verdict,
  ts: number,
  sign: 1 | -1 = 1,
): void {
  if (verdict.delta === 0 || verdict.baseTs === null) return;
  for (const [quarter, share] of spread(verdict.delta, verdict.baseTs, ts)) {
    const amount = share * sign;
    const estimated = verdict.estimated ? amount : 0;
    const { day, month } = calendar.of(quarter);
    add(into.get(RollupGrain.QUARTER)!, quarter, amount, estimated);
    add(into.get(RollupGrain.HOUR)!, Math.floor(quarter / HOUR_MS) * HOUR_MS, amount, estimated);
    add(into.get(RollupGrain.DAY)!, day, amount, estimated);
    add(into.get(RollupGrain.MONTH)!, month, amount, estimated);
  }
}

/**
 * One stored rollup row's change: an hour carries its four quarters (`quarters`: the amounts of
 * the 1st…4th quarter, then the estimated part of each), days and months none.
 */
export type StoredChange = {
  grain: RollupGrain;
  bucket: number;
  amount: number;
  estimated: number;
  quarters: number[] | null;
};

const NO_QUARTERS = [0, 0, 0, 0, 0, 0, 0, 0];

/**
 * The rows a delta changes in `meter_rollup`: its hours (each with its quarters folded in), days
 * and months, zeros left out. Every quarter booked has its hour booked too (`book`).
 */
export function storedChanges(delta: RollupDelta): StoredChange[] {
  const quarters = new Map<number, number[]>();
  for (const [quarter, a] of delta.get(RollupGrain.QUARTER)!) {
    const hour = Math.floor(quarter / HOUR_MS) * HOUR_MS;
    const i = (quarter - hour) / QUARTER_MS;
    let q = quarters.get(hour);
    if (!q) {
      q = [...NO_QUARTERS];
      quarters.set(hour, q);
    }
    q[i]! += a.amount;
    q[4 + i]! += a.estimated;
  }
  const out: StoredChange[] = [];
  for (const [grain, buckets] of delta) {
    if (grain === RollupGrain.QUARTER) continue;
    for (const [bucket, a] of buckets) {
      const q = grain === RollupGrain.HOUR ? (quarters.get(bucket) ?? NO_QUARTERS) : null;
      if (a.amount !== 0 || a.estimated !== 0 || q?.some((x) => x !== 0))
        out.push({ grain, bucket, amount: a.amount, estimated: a.estimated, quarters: q });
    }
  }
  return out;
}

export { QUARTER_MS };
