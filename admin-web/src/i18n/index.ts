import {
  initialLocale,
  KNOWN_DOMAIN_CODES,
  type Locale,
  mergeMessages,
  sharedMessages,
} from '@park/web-shared';
import type { Ref } from 'vue';
import { createI18n } from 'vue-i18n';
import accessEn from './access.en.js';
import accessZhCN from './access.zh-CN.js';
import accessConsoleEn from './access-console.en.js';
import accessConsoleZhCN from './access-console.zh-CN.js';
import billsEn from './bills.en.js';
import billsZhCN from './bills.zh-CN.js';
import chargesEn from './charges.en.js';
import chargesZhCN from './charges.zh-CN.js';
import exchangeEn from './data-exchange.en.js';
import exchangeZhCN from './data-exchange.zh-CN.js';
import en from './en.js';
import energyAlertsEn from './energy-alerts.en.js';
import energyAlertsZhCN from './energy-alerts.zh-CN.js';
import energyMetersEn from './energy-meters.en.js';
import energyMetersZhCN from './energy-meters.zh-CN.js';
import energyOverviewEn from './energy-overview.en.js';
import energyOverviewZhCN from './energy-overview.zh-CN.js';
import invoicesEn from './invoices.en.js';
import invoicesZhCN from './invoices.zh-CN.js';
import labelsEn from './labels.en.js';
import labelsZhCN from './labels.zh-CN.js';
import leasesEn from './leases.en.js';
import leasesZhCN from './leases.zh-CN.js';
import parkingEn from './parking.en.js';
import parkingZhCN from './parking.zh-CN.js';
import parkingConsoleEn from './parking-console.en.js';
import parkingConsoleZhCN from './parking-console.zh-CN.js';
import paymentsEn from './payments.en.js';
import paymentsZhCN from './payments.zh-CN.js';
import plainEn from './plain.en.js';
import plainZhCN from './plain.zh-CN.js';
import plansEn from './plans.en.js';
import plansZhCN from './plans.zh-CN.js';
import registersEn from './registers.en.js';
import registersZhCN from './registers.zh-CN.js';
import visitorsEn from './visitors.en.js';
import visitorsZhCN from './visitors.zh-CN.js';
import zhCN from './zh-CN.js';

export const LOCALE_KEY = 'park.admin.locale';

/**
 * Each feature's messages, merged in this order over the shared ones (a later file may refine an
 * earlier one's key). A feature adds its pair of files here.
 */
const FEATURE_MESSAGES = {
  'zh-CN': [
    zhCN,
    registersZhCN,
    plainZhCN,
    exchangeZhCN,
    labelsZhCN,
    plansZhCN,
    accessZhCN,
    parkingZhCN,
    visitorsZhCN,
    accessConsoleZhCN,
    parkingConsoleZhCN,
    energyMetersZhCN,
    energyOverviewZhCN,
    energyAlertsZhCN,
    leasesZhCN,
    billsZhCN,
    chargesZhCN,
    paymentsZhCN,
    invoicesZhCN,
  ],
  en: [
    en,
    registersEn,
    plainEn,
    exchangeEn,
    labelsEn,
    plansEn,
    accessEn,
    parkingEn,
    visitorsEn,
    accessConsoleEn,
    parkingConsoleEn,
    energyMetersEn,
    energyOverviewEn,
    energyAlertsEn,
    leasesEn,
    billsEn,
    chargesEn,
    paymentsEn,
    invoicesEn,
  ],
};

/** zh-CN by default, en on request; shared error and common messages under the app's own. */
export const i18n = createI18n({
  legacy: false,
  locale: initialLocale(LOCALE_KEY),
  fallbackLocale: 'zh-CN',
  messages: {
    'zh-CN': FEATURE_MESSAGES['zh-CN'].reduce<Record<string, unknown>>(
      mergeMessages,
      sharedMessages['zh-CN'],
    ),
    en: FEATURE_MESSAGES.en.reduce<Record<string, unknown>>(mergeMessages, sharedMessages.en),
    // Nested message objects; vue-i18n's own type cannot name their depth.
  } as unknown as Record<Locale, Record<string, string>>,
});

/** Domain codes with a message of their own: the shared ones and the console's (`toApiError`). */
export const KNOWN_CODES: ReadonlySet<string> = new Set([
  ...KNOWN_DOMAIN_CODES,
  ...Object.keys(en.error),
  ...Object.keys(registersEn.error),
  ...Object.keys(accessEn.error),
  ...Object.keys(parkingEn.error),
  ...Object.keys(visitorsEn.error),
  ...Object.keys(accessConsoleEn.error),
  ...Object.keys(energyMetersEn.error),
  ...Object.keys(energyOverviewEn.error),
  ...Object.keys(energyAlertsEn.error),
  ...Object.keys(leasesEn.error),
  ...Object.keys(billsEn.error),
  ...Object.keys(chargesEn.error),
  ...Object.keys(paymentsEn.error),
  ...Object.keys(invoicesEn.error),
]);

export function setLocale(locale: Locale): void {
  (i18n.global.locale as unknown as Ref<Locale>).value = locale;
  localStorage.setItem(LOCALE_KEY, locale);
  document.documentElement.lang = locale;
}
