import {
  add,
  type Fraction,
  fraction,
  MoneyRounding,
  priceInFen,
  scaled,
  times,
  toFen,
} from '../fee/money.js';
import { EscalationKind, LeaseLineKind, PaymentCycle } from './lease.enums.js';

/** A calendar date, `YYYY-MM-DD`. */
export type Day = string;

/** A price from a date on (a fee standard's rate, or a stepped rent's step). */
export type PriceFrom = { from: Day; price: string };

/** What a lease says about money, in the form the schedule needs. */
export type LeaseTerms = {
  startOn: Day;
  /** Last day of the lease (inclusive); an early termination's date once terminated. */
  endOn: Day;
  cycle: PaymentCycle;
  /** Total leased area, m² (≤ 2 decimals). */
  area: string;
  rent: {
    /** Yuan per m² per month (≤ 4 decimals) from the first day. */
    price: string;
    rounding: MoneyRounding;
    escalation: EscalationKind;
    /** FIXED_PERCENT: the yearly rise, % (≤ 2 decimals), compounded on each anniversary. */
    escalationPercent: string | null;
    /** STEPPED: the price from each date on (replacing `price`). */
    steps: PriceFrom[];
    /** Rent-free days (免租期), inclusive ranges. The property fee is still due. */
    freePeriods: { from: Day; to: Day }[];
  };
  /** The property fee standard (yuan per m² per month) and its dated rates; none: not charged. */
  propertyFee: { rounding: MoneyRounding; rates: PriceFrom[] } | null;
  depositFen: number;
};

/** One line of the schedule: one kind of charge for the lease's days of one calendar month. */
export type ScheduleLine = {
  kind: LeaseLineKind;
  from: Day;
  to: Day;
  /** Days charged of the month, and the month's days (a part month is charged pro rata). */
  days: number;
  monthDays: number;
  /** Rent-free days among `days`. */
  freeDays: number;
  /** The price in force on the line's first charged day (yuan per m² per month); null for a deposit. */
  price: string | null;
  amountFen: number;
};

/** One payment cycle (a calendar month or quarter, cut to the lease's term) and its lines. */
export type ScheduleCycle = { from: Day; to: Day; lines: ScheduleLine[]; totalFen: number };

const DAY_MS = 86_400_000;
const ms = (d: Day) => Date.parse(`${d}T00:00:00Z`);
const dayOf = (t: number): Day => new Date(t).toISOString().slice(0, 10);
export const addDays = (d: Day, n: number): Day => dayOf(ms(d) + n * DAY_MS);
const daysBetween = (a: Day, b: Day) => Math.round((ms(b) - ms(a)) / DAY_MS) + 1;
const monthStart = (d: Day): Day => `${d.slice(0, 7)}-01`;
function monthEnd(d: Day): Day {
  const [y, m] = [Number(d.slice(0, 4)), Number(d.slice(5, 7))];
  return dayOf(Date.UTC(y, m, 0));
}
/** The same day `years` later; 29 February becomes the 28th in a common year. */
export function addYears(d: Day, years: number): Day {
  const y = Number(d.slice(0, 4)) + years;
  const md = d.slice(5);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return `${String(y).padStart(4, '0')}-${md === '02-29' && !leap ? '02-28' : md}`;
}
const min = (a: Day, b: Day) => (a < b ? a : b);
const max = (a: Day, b: Day) => (a > b ? a : b);

/** The last of `prices` in force on `day` (sorted by date), or undefined before the first. */
export function priceOn<P extends PriceFrom>(prices: readonly P[], day: Day): P | undefined {
  let hit: P | undefined;
  for (const p of prices) if (p.from <= day) hit = p;
  return hit;
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** `YYYY-MM-DD` of a year, month (1–12) and day, without a Date. */
const ymd = (y: number, m: number, d: number): Day =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/**
 * The payment cycles of a term: calendar months or quarters, the first and last cut to it.
 * Counted in years and months, not through dates: a bill run asks it of every lease (a
 * three-year lease is 36 cycles), and two date conversions per cycle were most of its time.
 */
export function cyclesOf(startOn: Day, endOn: Day, cycle: PaymentCycle): { from: Day; to: Day }[] {
  const out: { from: Day; to: Day }[] = [];
  const span = cycle === PaymentCycle.QUARTERLY ? 3 : 1;
  let y = Number(startOn.slice(0, 4));
  let m = Number(startOn.slice(5, 7));
  if (span === 3) m -= (m - 1) % 3;
  for (;;) {
    const from = ymd(y, m, 1);
    if (from > endOn) break;
    let lastY = y;
    let lastM = m + span - 1;
    if (lastM > 12) [lastY, lastM] = [y + 1, lastM - 12];
    const to = ymd(lastY, lastM, lastM === 2 && isLeap(lastY) ? 29 : MONTH_DAYS[lastM - 1]!);
    out.push({ from: max(from, startOn), to: min(to, endOn) });
    m += span;
    if (m > 12) [y, m] = [y + 1, m - 12];
  }
  return out;
}

/**
 * The rent price of one day, as a fraction of fen per m² per month: the step in force (STEPPED),
 * or the base price risen by the percentage once per full year since the start (FIXED_PERCENT).
 */
function rentOn(terms: LeaseTerms, day: Day): { price: Fraction; text: string } {
  const { rent } = terms;
  if (rent.escalation === EscalationKind.STEPPED) {
    const step = priceOn(rent.steps, day);
    const text = step?.price ?? rent.price;
    return { price: priceInFen(text), text };
  }
  const base = priceInFen(rent.price);
  if (rent.escalation !== EscalationKind.FIXED_PERCENT || !rent.escalationPercent)
    return { price: base, text: rent.price };
  let years = 0;
  while (addYears(terms.startOn, years + 1) <= day) years++;
  const pct = scaled(rent.escalationPercent, 2);
  const price = times(base, (10_000n + pct) ** BigInt(years), 10_000n ** BigInt(years));
  // The price shown: to the fen's hundredth (4 decimals of yuan), rounded half up; the amount
  // itself is computed from the exact fraction.
  const shown = toFen(times(price, 100n), MoneyRounding.HALF_UP);
  return { price, text: (shown / 10_000).toFixed(4) };
}

const isFree = (terms: LeaseTerms, day: Day) =>
  terms.rent.freePeriods.some((p) => p.from <= day && day <= p.to);

/**
 * The days of [from, to] where the price of `kind` may change: a step, a rate, an anniversary, a
 * rent-free period's first day and the day after its last. Between two of them every day costs
 * the same.
 */
function changeDays(
  terms: LeaseTerms,
  kind: LeaseLineKind.RENT | LeaseLineKind.PROPERTY_FEE,
  from: Day,
  to: Day,
) {
  const days: Day[] = [];
  if (kind === LeaseLineKind.PROPERTY_FEE) days.push(...terms.propertyFee!.rates.map((r) => r.from));
  else {
    const { rent } = terms;
    if (rent.escalation === EscalationKind.STEPPED) days.push(...rent.steps.map((s) => s.from));
    if (rent.escalation === EscalationKind.FIXED_PERCENT)
      for (let years = 1; addYears(terms.startOn, years) <= to; years++)
        days.push(addYears(terms.startOn, years));
    for (const p of rent.freePeriods) days.push(p.from, addDays(p.to, 1));
  }
  return [...new Set(days.filter((d) => d > from && d <= to))].sort();
}

/** [from, to] cut at `cuts` (sorted, inside it): each run's first day and its number of days. */
function runsOf(from: Day, to: Day, cuts: readonly Day[]): { day: Day; days: number }[] {
  const runs: { day: Day; days: number }[] = [];
  let start = from;
  for (const cut of cuts) {
    runs.push({ day: start, days: daysBetween(start, cut) - 1 });
    start = cut;
  }
  runs.push({ day: start, days: daysBetween(start, to) });
  return runs;
}

/**
 * One month's line of one kind over [from, to] (inside one calendar month): each day adds its
 * price × area ÷ the month's days, exactly; the sum is rounded once. Days are taken in runs of
 * the same price (a run of n days adds n times the day's fraction, which is the same sum): a
 * bill run prices every lease's month, and a day at a time was most of its time.
 */
function monthLine(
  terms: LeaseTerms,
  kind: LeaseLineKind.RENT | LeaseLineKind.PROPERTY_FEE,
  from: Day,
  to: Day,
): ScheduleLine | null {
  const monthDays = daysBetween(monthStart(from), monthEnd(from));
  const area = scaled(terms.area, 2);
  let sum = fraction(0n);
  let freeDays = 0;
  let charged = 0;
  let first: string | null = null;
  for (const { day, days } of runsOf(from, to, changeDays(terms, kind, from, to))) {
    let price: Fraction | undefined;
    if (kind === LeaseLineKind.RENT) {
      const r = rentOn(terms, day);
      first ??= r.text;
      if (isFree(terms, day)) freeDays += days;
      else price = r.price;
    } else {
      const rate = priceOn(terms.propertyFee!.rates, day);
      if (!rate) continue;
      first ??= rate.price;
      price = priceInFen(rate.price);
    }
    charged += days;
    if (price) sum = add(sum, times(price, area * BigInt(days), 100n * BigInt(monthDays)));
  }
  if (charged === 0) return null;
  const rounding = kind === LeaseLineKind.RENT ? terms.rent.rounding : terms.propertyFee!.rounding;
  return {
    kind,
    from,
    to,
    days: charged,
    monthDays,
    freeDays,
    price: first,
    amountFen: toFen(sum, rounding),
  };
}

/**
 * What a lease bills, cycle by cycle (issue 19 §2): per calendar month of each cycle a rent line
 * and a property fee line, part months pro rata by day, rent-free days at nothing, escalation on
 * each anniversary or step, the property fee at the rate in force each day; the deposit in the
 * first cycle. Each line is rounded once, by its own rule; a cycle's total is the sum of its lines.
 * With `starting`, only the cycles that begin between its two days (inclusive).
 */
export function rentSchedule(terms: LeaseTerms, starting?: { from: Day; to: Day }): ScheduleCycle[] {
  return cyclesOf(terms.startOn, terms.endOn, terms.cycle).flatMap((cycle, index) =>
    // Only the cycles beginning in `starting`, when given (a bill run needs one month's, not the
    // whole term's: each day of a line is priced, so a three-year lease was 36 cycles of work).
    starting && (cycle.from < starting.from || cycle.from > starting.to)
      ? []
      : [cycleLines(terms, cycle, index)],
  );
}

/** One cycle's lines: the deposit in the first (`index` 0), then rent and property fee per month. */
function cycleLines(terms: LeaseTerms, cycle: { from: Day; to: Day }, index: number): ScheduleCycle {
  const lines: ScheduleLine[] = [];
  if (index === 0 && terms.depositFen > 0)
    lines.push({
      kind: LeaseLineKind.DEPOSIT,
      from: cycle.from,
      to: cycle.from,
      days: 0,
      monthDays: 0,
      freeDays: 0,
      price: null,
      amountFen: terms.depositFen,
    });
  for (let month = cycle.from; month <= cycle.to; month = addDays(monthEnd(month), 1)) {
    const to = min(monthEnd(month), cycle.to);
    const rent = monthLine(terms, LeaseLineKind.RENT, month, to);
    if (rent) lines.push(rent);
    if (terms.propertyFee) {
      const fee = monthLine(terms, LeaseLineKind.PROPERTY_FEE, month, to);
      if (fee) lines.push(fee);
    }
  }
  return { ...cycle, lines, totalFen: lines.reduce((s, l) => s + l.amountFen, 0) };
}
