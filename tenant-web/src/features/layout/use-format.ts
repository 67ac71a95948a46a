import { formatArea, formatMoney, localDate } from '@park/web-shared';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { useViewer } from '../auth/use-viewer.js';
import { formatLocalDate } from '../company/local-date.js';
import { formatMonth, formatPrice } from './format.js';

/**
 * The portal's dates, money and numbers in the reader's language. Today is the park's
 * (SPEC §4), so a bill falls due and a lease ends on the same day for everyone.
 */
export function useFormat() {
  const { locale } = useI18n();
  const { timeZone } = useViewer();
  return {
    today: computed(() => localDate(new Date(), timeZone.value)),
    /** A calendar date (YYYY-MM-DD). */
    date: (day: string) => formatLocalDate(day, locale.value),
    /** The month of a calendar date (YYYY-MM-DD). */
    month: (day: string) => formatMonth(day, locale.value),
    count: (n: number) => n.toLocaleString(locale.value),
    /** Fen as yuan. */
    money: (fen: number) => formatMoney(fen, locale.value),
    /** A yuan price (decimal string). */
    price: (price: string) => formatPrice(price, locale.value),
    area: (m2: string) => formatArea(Number(m2), locale.value),
  };
}
