import type { ComplianceStatus } from '../../gql/graphql.js';

/** A calendar month: year and month 0–11. */
export type Month = { year: number; month: number };

/** Colour of a due date by how it went: green on time, orange late, red missed, blue due, grey ahead. */
export const COMPLIANCE_TAG: Record<ComplianceStatus, 'success' | 'warning' | 'danger' | 'primary' | 'info'> =
  {
    DONE_ON_TIME: 'success',
    LATE: 'warning',
    MISSED: 'danger',
    DUE: 'primary',
    UPCOMING: 'info',
  };
/** The totals above the calendar, in that order, by their field in MaintenanceCompliance. */
export const TOTALS = [
  ['DONE_ON_TIME', 'onTime'],
  ['LATE', 'late'],
  ['MISSED', 'missed'],
  ['DUE', 'due'],
  ['UPCOMING', 'upcoming'],
] as const satisfies readonly (readonly [ComplianceStatus, string])[];

const iso = (year: number, month: number, day: number) =>
  new Date(Date.UTC(year, month, day)).toISOString().slice(0, 10);

/** The month a YYYY-MM-DD date falls in. */
export function monthOf(date: string): Month {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) - 1 };
}

/** `by` months later (earlier when negative). */
export function shiftMonth(m: Month, by: number): Month {
  const d = new Date(Date.UTC(m.year, m.month + by, 1));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() };
}

/** First and last day, as maintenanceCompliance takes them (both included). */
export function monthRange(m: Month): { from: string; to: string } {
  return { from: iso(m.year, m.month, 1), to: iso(m.year, m.month + 1, 0) };
}

/**
 * The month as weeks of seven cells, Monday first (as Chinese calendars are); days of the
 * neighbouring months are null.
 */
export function monthWeeks(m: Month): (string | null)[][] {
  const days = new Date(Date.UTC(m.year, m.month + 1, 0)).getUTCDate();
  const lead = (new Date(Date.UTC(m.year, m.month, 1)).getUTCDay() + 6) % 7;
  const cells = [
    ...Array<null>(lead).fill(null),
    ...Array.from({ length: days }, (_, i) => iso(m.year, m.month, i + 1)),
  ];
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}
