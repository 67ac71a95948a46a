import {
  initialLocale,
  KNOWN_DOMAIN_CODES,
  type Locale,
  mergeMessages,
  sharedMessages,
} from '@park/web-shared';
import type { Ref } from 'vue';
import { createI18n } from 'vue-i18n';
import en from './en.js';
import labelsEn from './labels.en.js';
import labelsZhCN from './labels.zh-CN.js';
import zhCN from './zh-CN.js';

export const LOCALE_KEY = 'park.admin.locale';

/** zh-CN by default, en on request; shared error and common messages under the app's own. */
export const i18n = createI18n({
  legacy: false,
  locale: initialLocale(LOCALE_KEY),
  fallbackLocale: 'zh-CN',
  messages: {
    'zh-CN': mergeMessages(mergeMessages(sharedMessages['zh-CN'], zhCN), labelsZhCN),
    en: mergeMessages(mergeMessages(sharedMessages.en, en), labelsEn),
    // Nested message objects; vue-i18n's own type cannot name their depth.
  } as unknown as Record<Locale, Record<string, string>>,
});

/** Domain codes with a message of their own: the shared ones and the console's (`toApiError`). */
export const KNOWN_CODES: ReadonlySet<string> = new Set([...KNOWN_DOMAIN_CODES, ...Object.keys(en.error)]);

export function setLocale(locale: Locale): void {
  (i18n.global.locale as unknown as Ref<Locale>).value = locale;
  localStorage.setItem(LOCALE_KEY, locale);
  document.documentElement.lang = locale;
}
