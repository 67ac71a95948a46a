import type { MeterKind } from '../energy/index.js';
import { MoneyRounding, priceInFen, scaled, times, toFen } from '../fee/money.js';
import { addDays, type BillableLease, LeaseLineKind, priceOn, rentSchedule } from '../lease/index.js';
import { BillLineSource } from './billing.enums.js';

/** A line a bill should have, as the run computes it from the sources. */
export type DesiredLine = {
  source: BillLineSource;
  sourceKey: string;
  sourceId: string;
  description: string;
  periodFrom: string;
  periodTo: string;
  quantity: string | null;
  unit: string | null;
  unitPrice: string | null;
  amountFen: number;
  evidence: Record<string, unknown>;
};

/** A month `YYYY-MM` as its first and last day. */
export function monthDays(period: string): { from: string; to: string } {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return { from: `${period}-01`, to: new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10) };
}

/** The month before `period`. */
export function previousMonth(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 7);
}

const SOURCE_OF: Record<LeaseLineKind, BillLineSource> = {
  [LeaseLineKind.RENT]: BillLineSource.LEASE_RENT,
  [LeaseLineKind.PROPERTY_FEE]: BillLineSource.LEASE_PROPERTY_FEE,
  [LeaseLineKind.DEPOSIT]: BillLineSource.LEASE_DEPOSIT,
};
const WORDS: Record<LeaseLineKind, string> = {
  [LeaseLineKind.RENT]: '租金',
  [LeaseLineKind.PROPERTY_FEE]: '物业管理费',
  [LeaseLineKind.DEPOSIT]: '押金',
};

/**
 * A lease's lines for `period`, billed in advance: every line of the payment cycles that begin in
 * that month (a quarterly lease bills its quarter in the quarter's first month).
 */
export function leaseLines(lease: BillableLease, period: string): DesiredLine[] {
  const { from, to } = monthDays(period);
  return rentSchedule(lease.terms, { from, to }).flatMap((c) =>
    c.lines.map((l) => ({
      source: SOURCE_OF[l.kind],
      sourceKey: `lease:${lease.id}:${l.kind}:${l.from}`,
      sourceId: lease.id,
      description: `${WORDS[l.kind]}（合同 ${lease.number}）`,
      periodFrom: l.from,
      periodTo: l.to,
      quantity: l.kind === LeaseLineKind.DEPOSIT ? null : lease.terms.area,
      unit: l.kind === LeaseLineKind.DEPOSIT ? null : 'm²',
      unitPrice: l.price,
      amountFen: l.amountFen,
      evidence: { lease: lease.number, days: l.days, monthDays: l.monthDays, freeDays: l.freeDays },
    })),
  );
}

/** A tenant sub-meter's consumption over part of a month, as the energy feature reports it. */
export type MeterUsage = {
  meter_id: string;
  code: string;
  name: string;
  tenant_id: string;
  kind: MeterKind;
  consumption: string;
  estimated: string;
  open_ts: Date | string | null;
  open_value: string | null;
  close_ts: Date | string | null;
  close_value: string | null;
  flagged: number;
};

/** The utility standard of a meter kind with its rounding and dated prices. */
export type UtilityPrice = {
  standardCode: string;
  rounding: MoneyRounding;
  rates: { from: string; price: string }[];
};

/** One stretch of a month under one price, and the usage of every tenant sub-meter over it. */
export type UsageSegment = { from: string; to: string; usage: MeterUsage[] };

/**
 * The days of [from, to] cut where a price of any standard changes, so each stretch has one price
 * per kind: what the bill run asks the energy feature's usage for.
 */
export function priceSegments(
  from: string,
  to: string,
  prices: Iterable<UtilityPrice>,
): { from: string; to: string }[] {
  const cuts = new Set<string>();
  for (const p of prices) for (const r of p.rates) if (r.from > from && r.from <= to) cuts.add(r.from);
  const starts = [from, ...[...cuts].sort()];
  return starts.map((s, i) => ({
    from: s,
    to: i + 1 < starts.length ? addDays(starts[i + 1]!, -1) : to,
  }));
}

const UNITS: Record<string, string> = {
  ELECTRICITY: 'kWh',
  WATER: 'm³',
  GAS: 'm³',
  HEAT: 'kWh',
  COOLING: 'kWh',
};

/**
 * A tenant's utility lines: per sub-meter and price stretch, its consumption times the price in
 * force, rounded once by its standard. A kind without a utility standard is not billed; a meter
 * that used nothing has no line.
 */
export function utilityLines(
  tenantId: string,
  segments: readonly UsageSegment[],
  prices: ReadonlyMap<string, UtilityPrice>,
): DesiredLine[] {
  const out: DesiredLine[] = [];
  for (const segment of segments)
    for (const u of segment.usage) {
      if (u.tenant_id !== tenantId) continue;
      const price = prices.get(u.kind);
      const rate = price && priceOn(price.rates, segment.from);
      const quantity = scaled(Number(u.consumption).toFixed(3), 3);
      if (!price || !rate || quantity <= 0n) continue;
      const amount = times(priceInFen(rate.price), quantity, 1000n);
      out.push({
        source: BillLineSource.UTILITY,
        sourceKey: `meter:${u.meter_id}:${segment.from}`,
        sourceId: u.meter_id,
        description: `${u.name}（${u.code}）`,
        periodFrom: segment.from,
        periodTo: segment.to,
        quantity: (Number(quantity) / 1000).toFixed(3),
        unit: UNITS[u.kind] ?? null,
        unitPrice: rate.price,
        amountFen: toFen(amount, price.rounding),
        evidence: {
          meter: u.code,
          standard: price.standardCode,
          opening: u.open_ts ? { at: new Date(u.open_ts).toISOString(), value: u.open_value } : null,
          closing: u.close_ts ? { at: new Date(u.close_ts).toISOString(), value: u.close_value } : null,
          estimated: u.estimated,
          flaggedReadings: u.flagged,
        },
      });
    }
  return out;
}

/** An accepted paid-repair quote of a completed work order. */
export type RepairQuote = {
  id: string;
  number: string;
  title: string;
  tenant_id: string;
  total_fen: number;
  completed_on: string;
};

export function repairLines(tenantId: string, repairs: readonly RepairQuote[]): DesiredLine[] {
  return repairs
    .filter((r) => r.tenant_id === tenantId && r.total_fen > 0)
    .map((r) => ({
      source: BillLineSource.REPAIR,
      sourceKey: `repair:${r.id}`,
      sourceId: r.id,
      description: `有偿维修 ${r.number} ${r.title}`.slice(0, 200),
      periodFrom: r.completed_on,
      periodTo: r.completed_on,
      quantity: null,
      unit: null,
      unitPrice: null,
      amountFen: Number(r.total_fen),
      evidence: { workOrder: r.number },
    }));
}

/** A standing one-off charge of a company, with its standard, as the bill run reads it. */
export type ChargeRow = {
  id: string;
  tenant_id: string;
  charged_on: string;
  quantity: string;
  unit_price: string;
  amount_fen: string;
  description: string;
  standard_code: string;
  standard_name: string;
  basis: string;
};

/** A charge's amount: quantity (≤ 2 decimals) × price (yuan, ≤ 4 decimals), rounded once by `rule`. */
export const chargeFen = (price: string, quantity: string, rule: MoneyRounding): number =>
  toFen(times(priceInFen(price), scaled(quantity, 2), 100n), rule);

/** A company's charges of the month before as CHARGE lines, each traced to its charge. */
export function chargeLines(charges: readonly ChargeRow[]): DesiredLine[] {
  return charges.map((c) => ({
    source: BillLineSource.CHARGE,
    sourceKey: `charge:${c.id}`,
    sourceId: c.id,
    description: `${c.standard_name} ${c.description}`.slice(0, 200),
    periodFrom: c.charged_on,
    periodTo: c.charged_on,
    quantity: c.quantity,
    unit: c.basis === 'PER_MONTH' ? '月' : '次',
    unitPrice: c.unit_price,
    amountFen: Number(c.amount_fen),
    evidence: { standard: c.standard_code, chargedOn: c.charged_on },
  }));
}

/**
 * What a re-run adds (issue 19 §3): per source key, what it should come to less what the period's
 * bills already charge for it. A changed source gives the difference (plus or minus); a source no
 * longer there is taken back in full; an unchanged one gives nothing, so running twice is running once.
 */
export function differences(
  desired: readonly DesiredLine[],
  billed: ReadonlyMap<string, { amountFen: number; line: DesiredLine }>,
): DesiredLine[] {
  const out: DesiredLine[] = [];
  const seen = new Set<string>();
  for (const d of desired) {
    seen.add(d.sourceKey);
    const diff = d.amountFen - (billed.get(d.sourceKey)?.amountFen ?? 0);
    if (diff !== 0) out.push({ ...d, amountFen: diff });
  }
  for (const [key, b] of billed)
    if (!seen.has(key) && b.amountFen !== 0)
      out.push({ ...b.line, amountFen: -b.amountFen, evidence: { ...b.line.evidence, withdrawn: true } });
  return out;
}

/**
 * An earlier bill of a company owed after its due date on days of a month: how many days, the
 * sum of each day's balance (fen × days), the first and last of them, and the balance on the last.
 */
export type OverdueBill = {
  id: string;
  tenant_id: string;
  number: string;
  due_on: string;
  days: number;
  fen_days: string;
  first_day: string;
  last_day: string;
  owed_fen: string;
};

/**
 * Late fee lines 滞纳金 (issue 19 §3: "late fees as the lease says"): for each earlier bill owed
 * after its due date in the month before, the company's ‰ a day on each day's balance (late fees
 * themselves left out), summed over the month's days and rounded half up once per line, so a bill
 * paid late within the month is charged its days until then and a part payment lowers the days
 * after it. Each month charges its own days, keyed by bill and month, so a re-run charges none
 * twice. A company without a late fee in its lease pays none.
 */
export function lateFeeLines(
  tenantId: string,
  overdue: readonly OverdueBill[],
  permille: string | undefined,
  month: { from: string; to: string },
): DesiredLine[] {
  if (!permille || scaled(permille, 2) === 0n) return [];
  const out: DesiredLine[] = [];
  for (const b of overdue) {
    if (b.tenant_id !== tenantId || b.days <= 0) continue;
    // fen-days × (‰ in hundredths) ÷ (1000 × 100)
    const amount = toFen(
      times({ n: BigInt(b.fen_days), d: 1n }, scaled(permille, 2), 100_000n),
      MoneyRounding.HALF_UP,
    );
    if (amount === 0) continue;
    out.push({
      source: BillLineSource.LATE_FEE,
      sourceKey: `late:${b.id}:${month.from}`,
      sourceId: b.id,
      description: `滞纳金（账单 ${b.number}）`,
      periodFrom: b.first_day,
      periodTo: b.last_day,
      quantity: null,
      unit: null,
      unitPrice: null,
      amountFen: amount,
      evidence: {
        bill: b.number,
        permille,
        days: b.days,
        fenDays: Number(b.fen_days),
        owedFen: Number(b.owed_fen),
      },
    });
  }
  return out;
}
