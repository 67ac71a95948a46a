import {
  initialLocale,
  KNOWN_DOMAIN_CODES,
  type Locale,
  mergeMessages,
  sharedMessages,
  toApiError,
} from '@park/web-shared';
import { Locale as VantLocale } from 'vant';
import vantEn from 'vant/es/locale/lang/en-US';
import vantZh from 'vant/es/locale/lang/zh-CN';
import type { Ref } from 'vue';
import { createI18n } from 'vue-i18n';
import accessEn from './access.en.js';
import accessZhCN from './access.zh-CN.js';
import billsEn from './bills.en.js';
import billsZhCN from './bills.zh-CN.js';
import en from './en.js';
import energyEn from './energy.en.js';
import energyZhCN from './energy.zh-CN.js';
import invoicesEn from './invoices.en.js';
import invoicesZhCN from './invoices.zh-CN.js';
import leasesEn from './leases.en.js';
import leasesZhCN from './leases.zh-CN.js';
import notificationsEn from './notifications.en.js';
import notificationsZhCN from './notifications.zh-CN.js';
import plainEn from './plain.en.js';
import plainZhCN from './plain.zh-CN.js';
import reportEn from './report.en.js';
import reportZhCN from './report.zh-CN.js';
import vehiclesEn from './vehicles.en.js';
import vehiclesZhCN from './vehicles.zh-CN.js';
import visitorsEn from './visitors.en.js';
import visitorsZhCN from './visitors.zh-CN.js';
import zhCN from './zh-CN.js';

export const LOCALE_KEY = 'park.portal.locale';

/** zh-CN by default, en on request; shared error and common messages under the app's own. */
export const i18n = createI18n({
  legacy: false,
  locale: initialLocale(LOCALE_KEY),
  fallbackLocale: 'zh-CN',
  messages: {
    'zh-CN': [
      zhCN,
      plainZhCN,
      reportZhCN,
      visitorsZhCN,
      vehiclesZhCN,
      accessZhCN,
      energyZhCN,
      leasesZhCN,
      billsZhCN,
      invoicesZhCN,
      notificationsZhCN,
    ].reduce<Record<string, unknown>>((all, m) => mergeMessages(all, m), sharedMessages['zh-CN']),
    en: [
      en,
      plainEn,
      reportEn,
      visitorsEn,
      vehiclesEn,
      accessEn,
      energyEn,
      leasesEn,
      billsEn,
      invoicesEn,
      notificationsEn,
    ].reduce<Record<string, unknown>>((all, m) => mergeMessages(all, m), sharedMessages.en),
    // Nested message objects; vue-i18n's own type cannot name their depth.
  } as unknown as Record<Locale, Record<string, string>>,
});

/** Vant's own words (dialog buttons, form hints) and the page title follow the app's locale. */
function applyLocale(locale: Locale): void {
  if (locale === 'en') VantLocale.use('en-US', vantEn);
  else VantLocale.use('zh-CN', vantZh);
  document.documentElement.lang = locale;
  document.title = i18n.global.t('app.title');
}
applyLocale(i18n.global.locale.value as Locale);

export function setLocale(locale: Locale): void {
  (i18n.global.locale as unknown as Ref<Locale>).value = locale;
  localStorage.setItem(LOCALE_KEY, locale);
  applyLocale(locale);
}

/** Domain codes with a message of their own: the shared ones and the portal's. */
const KNOWN: ReadonlySet<string> = new Set([
  ...KNOWN_DOMAIN_CODES,
  ...Object.keys(zhCN.error),
  ...Object.keys(visitorsZhCN.error),
  ...Object.keys(vehiclesZhCN.error),
  ...Object.keys(billsZhCN.error),
  ...Object.keys(invoicesZhCN.error),
]);

/** The i18n key explaining an API or network error, by its codes (STYLE rule 5). */
export function errorKey(error: unknown): string {
  return toApiError(error, KNOWN).messageKey;
}
