import { formatDateTime } from '@park/web-shared';
import { useI18n } from 'vue-i18n';
import { formatFen } from './bill-money.js';

const utcDay = (day: string) => new Date(`${day}T00:00:00Z`);

/**
 * How the bill screens write money, months, days and instants, in the screen's language.
 * Calendar days (a due date, a line's period) are the park's already and are shown as they are;
 * an instant (paid at) is shown in the park's time zone.
 */
export function useBillFormat() {
  const { locale } = useI18n();
  const fmt = (opts: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale.value, { ...opts, timeZone: 'UTC' });
  return {
    money: formatFen,
    /** `2026-12` as 2026年12月 / December 2026. */
    month: (period: string) => fmt({ year: 'numeric', month: 'long' }).format(utcDay(`${period}-01`)),
    /** `2026-12-15` as 2026年12月15日 / December 15, 2026. */
    day: (day: string) => fmt({ year: 'numeric', month: 'long', day: 'numeric' }).format(utcDay(day)),
    /** A line's days, short: 12月1日至31日 / Dec 1 – 31. */
    span: (from: string, to: string) => {
      const f = fmt({ month: 'short', day: 'numeric' });
      return from === to ? f.format(utcDay(from)) : f.formatRange(utcDay(from), utcDay(to));
    },
    at: (iso: string, timeZone: string | undefined) =>
      formatDateTime(iso, timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone, locale.value),
  };
}
