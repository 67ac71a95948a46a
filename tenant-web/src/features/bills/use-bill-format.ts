import { useI18n } from 'vue-i18n';
import type { BillFieldsFragment } from '../../gql/graphql.js';
import { daysFrom } from '../layout/format.js';
import { useFormat } from '../layout/use-format.js';
import { daysOverdue, owes } from './bill-terms.js';

/**
 * How the bill pages write a bill's month, money and due date in the reader's language. Today is
 * the park's (SPEC §4), so a bill is overdue from the same day for everyone.
 */
export function useBillFormat() {
  const { t } = useI18n();
  const format = useFormat();
  const { today, date, count } = format;

  /**
   * What to say of a bill's due date: how many days past it a bill with money owed is (red), when
   * one not yet due falls due, just the date on a bill settled, void or crediting.
   */
  function due(bill: BillFieldsFragment): { text: string; overdue: boolean } {
    const late = daysOverdue(bill, today.value);
    if (late > 0)
      return { text: t('bill.overdueDays', { n: count(late), date: date(bill.dueOn) }, late), overdue: true };
    if (!owes(bill)) return { text: t('bill.dueOn', { date: date(bill.dueOn) }), overdue: false };
    const left = daysFrom(today.value, bill.dueOn);
    return {
      text: left === 0 ? t('bill.dueToday') : t('bill.dueBy', { date: date(bill.dueOn) }),
      overdue: false,
    };
  }

  /** The tag an adjustment bill carries: a credit note when it takes back more than it adds. */
  const kind = (bill: BillFieldsFragment): { text: string; credit: boolean } | null =>
    bill.kind === 'ADJUSTMENT'
      ? {
          text: t(bill.totalFen < 0 ? 'bill.kinds.CREDIT' : 'bill.kinds.ADJUSTMENT'),
          credit: bill.totalFen < 0,
        }
      : null;

  return {
    ...format,
    due,
    kind,
    /** What is still owed: nothing on a void bill, whatever its unpaid total was. */
    outstanding: (bill: BillFieldsFragment) =>
      bill.status === 'VOID' ? '—' : format.money(bill.outstandingFen),
    /** The month a bill is for (YYYY-MM), e.g. 2026年12月 or Dec 2026. */
    period: (period: string) => format.month(`${period}-01`),
  };
}
