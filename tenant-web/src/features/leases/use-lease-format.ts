import { useI18n } from 'vue-i18n';
import type { LeaseFieldsFragment } from '../../gql/graphql.js';
import { daysFrom } from '../layout/format.js';
import { useFormat } from '../layout/use-format.js';
import { EXPIRING_DAYS } from './lease-terms.js';

/**
 * How the lease pages write a lease's dates, money and countdown in the reader's language. Today
 * is the park's (SPEC §4), so a lease ends on the same day for everyone.
 */
export function useLeaseFormat() {
  const { t } = useI18n();
  const { today, date, count, money, price, area } = useFormat();

  /**
   * What to say of a lease's dates on its card: the days an active lease has left (soon: within
   * the expiring window), when a signed one starts, the day one ended early.
   */
  function countdown(lease: LeaseFieldsFragment): { text: string; soon: boolean } | null {
    if (lease.status === 'ACTIVE') {
      const n = Math.max(daysFrom(today.value, lease.endOn), 0);
      return { text: t('lease.daysLeft', { n: count(n) }, n), soon: n <= EXPIRING_DAYS };
    }
    if (lease.status === 'SIGNED') {
      const n = Math.max(daysFrom(today.value, lease.startOn), 0);
      return { text: t('lease.startsIn', { n: count(n) }, n), soon: false };
    }
    if (lease.status === 'TERMINATED')
      return {
        text: t('lease.terminatedOn', { date: date(lease.terminatedOn ?? lease.endOn) }),
        soon: false,
      };
    return null;
  }

  return {
    today,
    date,
    countdown,
    span: (from: string, to: string) => t('lease.term', { from: date(from), to: date(to) }),
    money,
    perMonth: (p: string) => t('lease.perMonth', { price: price(p) }),
    area,
  };
}
