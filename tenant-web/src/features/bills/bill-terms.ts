import type { BillLineSource, BillStatus, MyBillQuery } from '../../gql/graphql.js';
import { daysFrom } from '../layout/format.js';

/** Vant tag type of each status: issued blue, partly paid amber, paid green, overdue red, void grey. */
export const BILL_STATUS_TAG: Record<BillStatus, 'primary' | 'warning' | 'success' | 'danger' | 'default'> = {
  ISSUED: 'primary',
  PARTLY_PAID: 'warning',
  PAID: 'success',
  OVERDUE: 'danger',
  VOID: 'default',
};

/** Statuses with money that may still be owed (as the API's aging counts them). */
export const OWED_STATUSES: BillStatus[] = ['ISSUED', 'PARTLY_PAID', 'OVERDUE'];

/** The order a bill's lines are grouped in: the lease's charges, then metered, then repairs. */
export const SOURCE_ORDER: BillLineSource[] = [
  'LEASE_RENT',
  'LEASE_PROPERTY_FEE',
  'LEASE_DEPOSIT',
  'UTILITY',
  'REPAIR',
  'CHARGE',
  'LATE_FEE',
];

type OwedFields = { status: BillStatus; dueOn: string; outstandingFen: number };

/** Money still owed on a bill: none on a paid or void one, nor on a credit note. */
export const owes = (bill: OwedFields): boolean =>
  OWED_STATUSES.includes(bill.status) && bill.outstandingFen > 0;

/**
 * Days a bill with money owed is past its due date on `today` (the park's), 0 when not yet due
 * or nothing is owed: the API's aging rule, so a bill counts as overdue from the day after it
 * falls due even before the nightly job marks it.
 */
export const daysOverdue = (bill: OwedFields, today: string): number =>
  owes(bill) ? Math.max(daysFrom(bill.dueOn, today), 0) : 0;

/** What the company owes over `bills`, and how much of it is past due. */
export function owedSummary(bills: readonly OwedFields[], today: string) {
  const owed = bills.filter(owes);
  const overdue = owed.filter((b) => daysOverdue(b, today) > 0);
  const sum = (list: OwedFields[]) => list.reduce((s, b) => s + b.outstandingFen, 0);
  return {
    owedFen: sum(owed),
    owedCount: owed.length,
    overdueFen: sum(overdue),
    overdueCount: overdue.length,
  };
}

/** A meter reading the bill run took as opening or closing one. */
export type Reading = { at: string; value: string };

/**
 * What a line's amount rests on (its `evidence`): a lease line's days, a meter's readings, a
 * repair's work order. An adjustment's line taken back in full is `withdrawn`. Unknown or
 * missing keys are simply not shown.
 */
export type Evidence = {
  lease?: string;
  days?: number;
  monthDays?: number;
  freeDays?: number;
  meter?: string;
  standard?: string;
  opening?: Reading | null;
  closing?: Reading | null;
  estimated?: string;
  flaggedReadings?: number;
  workOrder?: string;
  /** A late fee line: the bill it accrues on, and its days overdue in the month. */
  bill?: string;
  withdrawn?: boolean;
};

/** A meter reading (a decimal string) with as many decimals as the meter gave, so readings line up. */
export function formatReading(value: string, locale: string): string {
  const decimals = Math.min(value.split('.')[1]?.length ?? 0, 6);
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(Number(value));
}

export function parseEvidence(json: string): Evidence {
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' ? (value as Evidence) : {};
  } catch {
    return {};
  }
}

export type BillLine = MyBillQuery['bill']['lines'][number];

/** A bill's lines by source, in `SOURCE_ORDER`, each group with its subtotal; empty groups left out. */
export function groupLines(lines: readonly BillLine[]) {
  return SOURCE_ORDER.map((source) => {
    const of = lines.filter((l) => l.source === source);
    return { source, lines: of, totalFen: of.reduce((s, l) => s + l.amountFen, 0) };
  }).filter((g) => g.lines.length > 0);
}
