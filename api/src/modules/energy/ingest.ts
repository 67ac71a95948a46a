import type { EntityManager } from '@mikro-orm/postgresql';
import { scheduleJob } from '../../jobs/queue.js';
import { wallClock } from '../../kernel/clock.js';
import { MeterKind, ReadingFlag, ReadingSource } from './energy.enums.js';
import {
  type IngestMeter,
  type NewReading,
  type RollupChange,
  readingRepository,
  type StoredReading,
} from './reading.repository.js';
import { book, Calendar, emptyDelta, type RollupDelta, storedChanges } from './rollup.js';
import { type Baseline, type MeterRules, toMilli, type Verdict, validateSeries } from './validation.js';

/** One reading as a device reports it (the IoT ingest's contract). */
export type MeterReadingInput = {
  deviceId: string;
  /** The register's code on a multi-register device (the meter's `deviceRegister`). */
  meter?: string;
  at: Date;
  seq?: number;
  /** The register's cumulative value, in `unit`. */
  value: number;
  /** The payload's unit (`kWh`, `m3`, `GJ`); it must be one of the meter's kind. */
  unit?: string;
};

/** A reading refused for its device: counted against it, never written. */
export type RefusedReading = { deviceId: string; why: 'NO_METER' | 'UNIT' | 'VALUE'; detail: string };

/**
 * The units a device may report for a meter of each kind, and the factor to the meter's unit
 * (UNIT_OF): heat and cooling registers in GJ are booked in kWh (1 GJ = 10⁶/3,600 kWh).
 */
const UNITS: Readonly<Record<MeterKind, Readonly<Record<string, number>>>> = {
  [MeterKind.ELECTRICITY]: { kWh: 1 },
  [MeterKind.WATER]: { m3: 1 },
  [MeterKind.GAS]: { m3: 1 },
  [MeterKind.HEAT]: { kWh: 1, GJ: 1e6 / 3600 },
  [MeterKind.COOLING]: { kWh: 1, GJ: 1e6 / 3600 },
};

/** What became of a batch. */
export type RecordOutcome = {
  /** Stored (validated, flagged or not). */
  accepted: number;
  /** Already stored for that meter and instant (a redelivery): not counted again. */
  duplicates: number;
  /** Stored but flagged (rollover, gap, backward, zero, spike). */
  flagged: number;
  /** No meter of that device (and register): counted, never written. */
  unknownDevice: number;
  /** Not a finite value or not a valid instant, or a unit not of the meter's kind: counted, never written. */
  rejected: number;
  /** The refused and unmatched readings, with their device. */
  refused: RefusedReading[];
};

/** A reading matched to its meter, in thousandths. */
type Matched = {
  meter: IngestMeter;
  ts: number;
  value: number;
  seq: number | null;
  source: ReadingSource;
  attachmentId: string | null;
  recordedBy: string | null;
};

const article = (word: string) => `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;
const milliText = (m: number) => (m / 1000).toFixed(3);
const rulesOf = (m: IngestMeter): MeterRules => ({
  registerDigits: m.register_digits,
  multiplier: Number(m.multiplier),
  spikeLimit: m.spike_limit === null ? null : toMilli(Number(m.spike_limit)),
  intervalMinutes: m.interval_minutes,
});
const baselineOf = (m: IngestMeter): Baseline =>
  m.baseline_at && m.baseline_value !== null
    ? { ts: m.baseline_at.getTime(), value: toMilli(Number(m.baseline_value)) }
    : null;
const isFlagged = (f: ReadingFlag) => f !== ReadingFlag.OK && f !== ReadingFlag.FIRST;

/**
 * Records device readings (SPEC §3.2, issue 18 §2–§5) in the caller's transaction, which must
 * be open as the `system` actor (the IoT ingest) or as staff of the park. Readings of unknown
 * devices are counted, never written. Each meter's readings are validated against its baseline
 * (`validation.ts`) and their consumption added to the 15-minute, hour, day and month rollups
 * (the quarters in their hour's row, `storedChanges`).
 * A reading older than the meter's newest (late or out of order) re-validates the meter's
 * readings from there on and corrects the rollups by the difference, so the rollups always equal
 * a recomputation from the raw readings, whatever the order they came in.
 *
 * In time order the batch costs five statements whatever its size: lock and read the meters,
 * insert the readings, add to the rollups, move the baselines, announce them (one job per park);
 * out of order, three more.
 */
export async function recordMeterReadings(
  em: EntityManager,
  readings: readonly MeterReadingInput[],
): Promise<RecordOutcome> {
  const outcome = emptyOutcome();
  const valid = readings.filter((r) => {
    const ok = Number.isFinite(r.value) && r.value >= 0 && Number.isFinite(r.at.getTime());
    if (!ok) {
      outcome.rejected++;
      outcome.refused.push({ deviceId: r.deviceId, why: 'VALUE', detail: 'value: not a finite reading' });
    }
    return ok;
  });
  if (valid.length === 0) return outcome;
  const meters = await readingRepository.metersOfDevices(em, [...new Set(valid.map((r) => r.deviceId))]);
  const byKey = new Map(meters.map((m) => [`${m.device_id}|${m.device_register ?? ''}`, m]));
  const matched: Matched[] = [];
  for (const r of valid) {
    const meter = byKey.get(`${r.deviceId}|${r.meter ?? ''}`);
    const factor = meter && (r.unit === undefined ? 1 : UNITS[meter.kind][r.unit]);
    if (!meter) {
      outcome.unknownDevice++;
      outcome.refused.push({
        deviceId: r.deviceId,
        why: 'NO_METER',
        detail: r.meter ? `no meter linked to register ${r.meter}` : 'no meter linked to this device',
      });
    } else if (factor === undefined) {
      outcome.rejected++;
      outcome.refused.push({
        deviceId: r.deviceId,
        why: 'UNIT',
        detail: `unit: ${r.unit} is not a unit of ${article(meter.kind.toLowerCase())} meter`,
      });
    } else
      matched.push({
        meter,
        ts: r.at.getTime(),
        value: toMilli(r.value * factor),
        seq: r.seq ?? null,
        source: ReadingSource.DEVICE,
        attachmentId: null,
        recordedBy: null,
      });
  }
  return record(em, matched, outcome);
}

const emptyOutcome = (): RecordOutcome => ({
  accepted: 0,
  duplicates: 0,
  flagged: 0,
  unknownDevice: 0,
  rejected: 0,
  refused: [],
});

/** A reading typed in by staff for a meter without a device link (`meter.service.ts`). */
export async function recordManualReading(
  em: EntityManager,
  input: { meterId: string; at: Date; value: number; attachmentId: string | null; recordedBy: string },
): Promise<RecordOutcome> {
  const outcome = emptyOutcome();
  const [meter] = await readingRepository.metersById(em, [input.meterId]);
  if (!meter) return { ...outcome, unknownDevice: 1 };
  const row: Matched = {
    meter,
    ts: input.at.getTime(),
    value: toMilli(input.value),
    seq: null,
    source: ReadingSource.MANUAL,
    attachmentId: input.attachmentId,
    recordedBy: input.recordedBy,
  };
  return record(em, [row], outcome);
}

/** Per meter: its readings of this batch in time order, one per instant. */
function groupByMeter(matched: Matched[], outcome: RecordOutcome): Map<string, Matched[]> {
  const groups = new Map<string, Matched[]>();
  for (const r of matched) {
    const list = groups.get(r.meter.id);
    if (list) list.push(r);
    else groups.set(r.meter.id, [r]);
  }
  for (const [id, list] of groups) {
    list.sort((a, b) => a.ts - b.ts);
    const once = list.filter((r, i) => i === 0 || r.ts !== list[i - 1]!.ts);
    outcome.duplicates += list.length - once.length;
    groups.set(id, once);
  }
  return groups;
}

async function record(em: EntityManager, matched: Matched[], outcome: RecordOutcome): Promise<RecordOutcome> {
  const groups = groupByMeter(matched, outcome);
  const rows: NewReading[] = [];
  const changes = new Map<string, { meter: IngestMeter; delta: RollupDelta; calendar: Calendar }>();
  const changesOf = (meter: IngestMeter) => {
    let c = changes.get(meter.id);
    if (!c) {
      c = { meter, delta: emptyDelta(), calendar: new Calendar(meter.time_zone) };
      changes.set(meter.id, c);
    }
    return c;
  };
  const advance: { id: string; lastAt: Date; baselineAt: Date | null; baselineValue: string | null }[] = [];
  const late: { meter: IngestMeter; readings: Matched[] }[] = [];
  for (const list of groups.values()) {
    const meter = list[0]!.meter;
    const newest = meter.last_reading_at?.getTime() ?? Number.NEGATIVE_INFINITY;
    if (list[0]!.ts <= newest) {
      // Late or redelivered: stored as they come, then the meter is re-validated from the earliest.
      late.push({ meter, readings: list });
      for (const r of list) rows.push(rowOf(r, null));
      continue;
    }
    const { verdicts, baseline } = validateSeries(baselineOf(meter), list, rulesOf(meter));
    const c = changesOf(meter);
    list.forEach((r, i) => {
      rows.push(rowOf(r, verdicts[i]!));
      book(c.delta, c.calendar, verdicts[i]!, r.ts);
      if (isFlagged(verdicts[i]!.flag)) outcome.flagged++;
    });
    advance.push({
      id: meter.id,
      lastAt: new Date(list.at(-1)!.ts),
      baselineAt: baseline ? new Date(baseline.ts) : null,
      baselineValue: baseline ? milliText(baseline.value) : null,
    });
  }
  const inserted = await readingRepository.insert(
    em,
    rows,
    late.map((l) => l.meter.id),
  );
  outcome.accepted += inserted.stored;
  outcome.duplicates += rows.length - inserted.stored;
  if (late.length > 0) await revalidateLate(em, late, new Set(inserted.late), changesOf, advance, outcome);
  await readingRepository.addToRollups(em, rollupChanges(changes.values()));
  await readingRepository.advanceMeters(em, advance);
  if (inserted.stored > 0) await announce(em, new Set(rows.map((r) => r.parkId)));
  return outcome;
}

/**
 * Adds the `energy.readingsRecorded` job of each park in the readings' transaction, so the event
 * (`energy.events.ts`) runs once they are committed. Keyed by park: batches landing while one is
 * pending share it. The queue takes a real instant (`kernel/clock.ts`).
 */
async function announce(em: EntityManager, parkIds: Set<string>): Promise<void> {
  for (const parkId of parkIds)
    await scheduleJob(
      em,
      'energy.readingsRecorded',
      { parkId },
      { runAt: wallClock.now(), key: `energy.readings:${parkId}` },
    );
}

/** A row to insert: its verdict, or a placeholder that books nothing until re-validated. */
function rowOf(r: Matched, v: Verdict | null): NewReading {
  return {
    meterId: r.meter.id,
    parkId: r.meter.park_id,
    ts: new Date(r.ts),
    value: milliText(r.value),
    seq: r.seq,
    source: r.source,
    flag: v?.flag ?? ReadingFlag.OK,
    delta: milliText(v?.delta ?? 0),
    baseTs: v?.baseTs === null || v === null ? null : new Date(v.baseTs),
    estimated: v?.estimated ?? false,
    attachmentId: r.attachmentId,
    recordedBy: r.recordedBy,
  };
}

const verdictOf = (s: StoredReading): Verdict => ({
  flag: s.flag,
  delta: toMilli(Number(s.delta)),
  baseTs: s.base_ts?.getTime() ?? null,
  estimated: s.estimated,
});

/**
 * Re-validates each late meter from its earliest newly stored reading on: what each reading booked
 * before is taken back from the rollups and what it books now added, and only readings whose
 * verdict changed are rewritten.
 */
async function revalidateLate(
  em: EntityManager,
  late: { meter: IngestMeter; readings: Matched[] }[],
  stored: Set<string>,
  changesOf: (m: IngestMeter) => { delta: RollupDelta; calendar: Calendar },
  advance: { id: string; lastAt: Date; baselineAt: Date | null; baselineValue: string | null }[],
  outcome: RecordOutcome,
): Promise<void> {
  const starts = late
    .map(({ meter, readings }) => ({
      meter,
      from: readings.find((r) => stored.has(`${meter.id}|${r.ts}`))?.ts,
    }))
    .filter((s): s is { meter: IngestMeter; from: number } => s.from !== undefined);
  if (starts.length === 0) return;
  const segments = await readingRepository.segments(
    em,
    starts.map((s) => s.meter.id),
    starts.map((s) => new Date(s.from)),
  );
  const rewrite: Parameters<typeof readingRepository.revalidate>[1] = [];
  for (const { meter } of starts) {
    const segment = segments.filter((s) => s.meter_id === meter.id);
    const base = segment[0]?.is_base ? segment.shift()! : undefined;
    const baseline: Baseline = base ? { ts: base.ts.getTime(), value: toMilli(Number(base.value)) } : null;
    const series = segment.map((s) => ({ ts: s.ts.getTime(), value: toMilli(Number(s.value)) }));
    const result = validateSeries(baseline, series, rulesOf(meter));
    const c = changesOf(meter);
    segment.forEach((s, i) => {
      const before = verdictOf(s);
      const after = result.verdicts[i]!;
      const ts = s.ts.getTime();
      const isNew = stored.has(`${meter.id}|${ts}`);
      if (isNew && isFlagged(after.flag)) outcome.flagged++;
      if (
        before.flag === after.flag &&
        before.delta === after.delta &&
        before.baseTs === after.baseTs &&
        before.estimated === after.estimated
      )
        return;
      book(c.delta, c.calendar, before, ts, -1);
      book(c.delta, c.calendar, after, ts);
      rewrite.push({
        meterId: meter.id,
        ts: s.ts,
        flag: after.flag,
        delta: milliText(after.delta),
        baseTs: after.baseTs === null ? null : new Date(after.baseTs),
        estimated: after.estimated,
      });
    });
    const last = series.at(-1)!;
    advance.push({
      id: meter.id,
      lastAt: new Date(last.ts),
      baselineAt: result.baseline ? new Date(result.baseline.ts) : null,
      baselineValue: result.baseline ? milliText(result.baseline.value) : null,
    });
  }
  await readingRepository.revalidate(em, rewrite);
}

/** The rollup changes of a batch, zeros left out (`storedChanges`). */
function rollupChanges(all: Iterable<{ meter: IngestMeter; delta: RollupDelta }>): RollupChange[] {
  const out: RollupChange[] = [];
  for (const { meter, delta } of all)
    for (const c of storedChanges(delta))
      out.push({
        meterId: meter.id,
        parkId: meter.park_id,
        grain: c.grain,
        bucket: new Date(c.bucket),
        amount: c.amount,
        estimated: c.estimated,
        quarters: c.quarters,
      });
  return out;
}
