import { computed, type MaybeRefOrGetter, onBeforeUnmount, ref, toValue } from 'vue';
import { useI18n } from 'vue-i18n';

/**
 * The time and date in the park's time zone (SPEC §4), in the screen's language, ticking every
 * second. Until the park is known, the browser's own zone stands in.
 */
export function useParkClock(timeZone: MaybeRefOrGetter<string | undefined>) {
  const { locale } = useI18n();
  const now = ref(new Date());
  const timer = setInterval(() => {
    now.value = new Date();
  }, 1000);
  onBeforeUnmount(() => clearInterval(timer));

  const time = computed(() =>
    new Intl.DateTimeFormat(locale.value, {
      timeZone: toValue(timeZone),
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(now.value),
  );
  const date = computed(() =>
    new Intl.DateTimeFormat(locale.value, {
      timeZone: toValue(timeZone),
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      weekday: 'long',
    }).format(now.value),
  );
  return { time, date };
}
