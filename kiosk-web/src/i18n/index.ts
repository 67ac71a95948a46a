import { initialLocale, type Locale, mergeMessages, sharedMessages } from '@park/web-shared';
import type { Ref } from 'vue';
import { createI18n } from 'vue-i18n';
import billEn from './bill.en.js';
import billZhCN from './bill.zh-CN.js';
import en from './en.js';
import scanEn from './scan.en.js';
import scanZhCN from './scan.zh-CN.js';
import visitorEn from './visitor.en.js';
import visitorZhCN from './visitor.zh-CN.js';
import zhCN from './zh-CN.js';

export const LOCALE_KEY = 'park.kiosk.locale';
const initial = initialLocale(LOCALE_KEY);

/** zh-CN by default, en on request; shared error and common messages under the app's own. */
export const i18n = createI18n({
  legacy: false,
  locale: initial,
  fallbackLocale: 'zh-CN',
  messages: {
    'zh-CN': [zhCN, scanZhCN, visitorZhCN, billZhCN].reduce<Record<string, unknown>>(
      mergeMessages,
      sharedMessages['zh-CN'],
    ),
    en: [en, scanEn, visitorEn, billEn].reduce<Record<string, unknown>>(mergeMessages, sharedMessages.en),
    // Nested message objects; vue-i18n's own type cannot name their depth.
  } as unknown as Record<Locale, Record<string, string>>,
});

document.documentElement.lang = initial;

export function setLocale(locale: Locale): void {
  (i18n.global.locale as unknown as Ref<Locale>).value = locale;
  localStorage.setItem(LOCALE_KEY, locale);
  document.documentElement.lang = locale;
}
