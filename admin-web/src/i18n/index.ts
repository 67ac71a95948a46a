import {
  initialLocale,
  KNOWN_DOMAIN_CODES,
  type Locale,
  mergeMessages,
  sharedMessages,
} from '@park/web-shared';
import type { Ref } from 'vue';
import { createI18n } from 'vue-i18n';
import exchangeEn from './data-exchange.en.js';
import exchangeZhCN from './data-exchange.zh-CN.js';
import en from './en.js';
import labelsEn from './labels.en.js';
import labelsZhCN from './labels.zh-CN.js';
import plainEn from './plain.en.js';
import plainZhCN from './plain.zh-CN.js';
import registersEn from './registers.en.js';
import registersZhCN from './registers.zh-CN.js';
import visitorsEn from './visitors.en.js';
import visitorsZhCN from './visitors.zh-CN.js';
import zhCN from './zh-CN.js';

export const LOCALE_KEY = 'park.admin.locale';

/** zh-CN by default, en on request; shared error and common messages under the app's own. */
export const i18n = createI18n({
  legacy: false,
  locale: initialLocale(LOCALE_KEY),
  fallbackLocale: 'zh-CN',
  messages: {
    'zh-CN': mergeMessages(
      mergeMessages(
        mergeMessages(
          mergeMessages(
            mergeMessages(mergeMessages(sharedMessages['zh-CN'], zhCN), registersZhCN),
            plainZhCN,
          ),
          exchangeZhCN,
        ),
        labelsZhCN,
      ),
      visitorsZhCN,
    ),
    en: mergeMessages(
      mergeMessages(
        mergeMessages(
          mergeMessages(mergeMessages(mergeMessages(sharedMessages.en, en), registersEn), plainEn),
          exchangeEn,
        ),
        labelsEn,
      ),
      visitorsEn,
    ),
    // Nested message objects; vue-i18n's own type cannot name their depth.
  } as unknown as Record<Locale, Record<string, string>>,
});

/** Domain codes with a message of their own: the shared ones and the console's (`toApiError`). */
export const KNOWN_CODES: ReadonlySet<string> = new Set([
  ...KNOWN_DOMAIN_CODES,
  ...Object.keys(en.error),
  ...Object.keys(registersEn.error),
  ...Object.keys(visitorsEn.error),
]);

export function setLocale(locale: Locale): void {
  (i18n.global.locale as unknown as Ref<Locale>).value = locale;
  localStorage.setItem(LOCALE_KEY, locale);
  document.documentElement.lang = locale;
}
