import { ReadingFlag } from './energy.enums.js';

/**
 * Validation of cumulative registers (SPEC §3.2, issue 18 §3), as pure functions over integer
 * thousandths of the meter's unit (Wh for kWh, litres for m³), so sums and differences are exact.
 *
 * A reading is compared with the **baseline**: the last reading that was accepted. Consumption
 * is the distance from the baseline times the multiplier. A reading that cannot be true is
 * flagged and books nothing, and the baseline stays where it was: the failures this prevents are
 * a counter reset booked as 15 MWh (the next readings counted up from the low value) and a
 * brief 0 followed by a 53 MWh "consumption" (the 0 taken as the new baseline).
 */

export const QUARTER_MS = 900_000;

/** What validation needs to know of a meter. */
export type MeterRules = {
  /** Integer digits of the register; it wraps to 0 at 10^digits. None: never wraps. */
  registerDigits: number | null;
  /** CT/PT ratio: consumption = register distance × multiplier. */
  multiplier: number;
  /** Most the meter can pass in 15 minutes, thousandths of its unit after the multiplier. */
  spikeLimit: number | null;
  /** How often the meter reports, minutes: a longer silence is a gap. */
  intervalMinutes: number;
};

/** The last accepted reading, instant (ms) and register (thousandths). */
export type Baseline = { ts: number; value: number } | null;

/** What validation decided for one reading. */
export type Verdict = {
  flag: ReadingFlag;
  /** Consumption booked by this reading, thousandths after the multiplier (0 when flagged). */
  delta: number;
  /** The baseline the delta is measured from; its consumption lies in (baseTs, ts]. */
  baseTs: number | null;
  /** The delta is spread over missed readings (interpolated). */
  estimated: boolean;
};

/** Flags under which a reading becomes the new baseline. */
export const ACCEPTED: ReadonlySet<ReadingFlag> = new Set([
  ReadingFlag.FIRST,
  ReadingFlag.OK,
  ReadingFlag.GAP,
  ReadingFlag.ROLLOVER,
]);

/** Converts a register value in the meter's unit to thousandths. */
export const toMilli = (value: number): number => Math.round(value * 1000);

/** One reading against the baseline: the verdict and the baseline after it. */
export function validateReading(
  baseline: Baseline,
  ts: number,
  value: number,
  rules: MeterRules,
): { verdict: Verdict; baseline: Baseline } {
  if (!baseline)
    return {
      verdict: { flag: ReadingFlag.FIRST, delta: 0, baseTs: null, estimated: false },
      baseline: { ts, value },
    };
  const elapsed = ts - baseline.ts;
  const intervals = Math.max(1, Math.ceil(elapsed / QUARTER_MS));
  const allowed = rules.spikeLimit === null ? Number.POSITIVE_INFINITY : rules.spikeLimit * intervals;
  const kept = (flag: ReadingFlag) => ({
    verdict: { flag, delta: 0, baseTs: baseline.ts, estimated: false },
    baseline,
  });
  let distance: number;
  let flag: ReadingFlag;
  if (value >= baseline.value) {
    distance = value - baseline.value;
    flag = ReadingFlag.OK;
  } else {
    const wrap = rules.registerDigits === null ? null : 10 ** rules.registerDigits * 1000;
    const nearTop = wrap !== null && baseline.value >= wrap * 0.9 && value < wrap * 0.1;
    if (!nearTop) return kept(value === 0 ? ReadingFlag.ZERO : ReadingFlag.BACKWARD);
    distance = wrap - baseline.value + value;
    flag = ReadingFlag.ROLLOVER;
  }
  const delta = Math.round(distance * rules.multiplier);
  if (delta > allowed) return kept(ReadingFlag.SPIKE);
  const gap = elapsed > rules.intervalMinutes * 60_000 * 1.5;
  if (gap && flag === ReadingFlag.OK) flag = ReadingFlag.GAP;
  return { verdict: { flag, delta, baseTs: baseline.ts, estimated: gap }, baseline: { ts, value } };
}

/** Readings in time order from a baseline: each verdict, and the baseline after the last. */
export function validateSeries(
  baseline: Baseline,
  readings: readonly { ts: number; value: number }[],
  rules: MeterRules,
): { verdicts: Verdict[]; baseline: Baseline } {
  let current = baseline;
  const verdicts = readings.map((r) => {
    const step = validateReading(current, r.ts, r.value, rules);
    current = step.baseline;
    return step.verdict;
  });
  return { verdicts, baseline: current };
}

/**
 * A delta over (from, to] spread over the 15-minute buckets it covers, in proportion to time
 * (linear interpolation), each share rounded down and the last taking the remainder: the shares
 * add up to the delta exactly. Keys are the buckets' start instants (ms).
 */
export function spread(delta: number, from: number, to: number): [bucket: number, amount: number][] {
  if (delta === 0 || to <= from) return [];
  const span = to - from;
  const out: [number, number][] = [];
  let given = 0;
  // (from, to]: the first bucket is the one holding the instant just after `from`.
  for (let b = Math.floor(from / QUARTER_MS) * QUARTER_MS; b < to; b += QUARTER_MS) {
    const overlap = Math.min(to, b + QUARTER_MS) - Math.max(from, b);
    if (overlap <= 0) continue;
    const last = b + QUARTER_MS >= to;
    const share = last ? delta - given : Math.floor((delta * overlap) / span);
    given += share;
    if (share !== 0) out.push([b, share]);
  }
  return out;
}
