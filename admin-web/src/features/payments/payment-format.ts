import { localDate } from '@park/web-shared';

type TagType = 'info' | 'primary' | 'success' | 'warning' | 'danger';

/** Element Plus tag type of a payment's status. */
export function paymentStatusTag(status: string): TagType {
  switch (status) {
    case 'SUCCEEDED':
      return 'success';
    case 'FAILED':
      return 'danger';
    case 'CLOSED':
      return 'info';
    default:
      return 'primary';
  }
}

/** Element Plus tag type of a refund's or a reconciliation's status (both run, then end). */
export function progressTag(status: string): TagType {
  switch (status) {
    case 'SUCCEEDED':
    case 'DONE':
      return 'success';
    case 'FAILED':
      return 'danger';
    default:
      return 'warning';
  }
}

/** Element Plus tag type of a reconciliation difference's kind. */
export function differenceTag(kind: string): TagType {
  return kind === 'AMOUNT_MISMATCH' || kind === 'MISSING_LOCALLY' ? 'danger' : 'warning';
}

/** Fen as the yuan a person would type (12345 → "123.45"), by integer arithmetic. */
export function fenToYuanText(fen: number): string {
  const cents = fen % 100;
  return `${(fen - cents) / 100}.${String(cents).padStart(2, '0')}`;
}

/** The largest amount a GraphQL Int carries, in fen. */
export const MAX_FEN = 2_147_483_647;

/** The day before today in the park's time zone, YYYY-MM-DD: the latest day a statement exists for. */
export function yesterdayIn(timeZone: string, now = new Date()): string {
  const today = localDate(now, timeZone);
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}

/** The date a date picker means by `d` (its local midnight), YYYY-MM-DD. */
export function calendarDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
