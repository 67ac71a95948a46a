/** Whole days, hours and minutes of a number of minutes. */
export function durationParts(minutes: number): { d: number; h: number; m: number } {
  const total = Math.round(Math.abs(minutes));
  return { d: Math.floor(total / 1440), h: Math.floor((total % 1440) / 60), m: total % 60 };
}

type Translate = (key: string, values: Record<string, number>) => string;

/**
 * A duration as people say it: "1 天 3 小时" / "1 d 3 h" from a day on, "2 小时 5 分钟" /
 * "2 h 5 min" from an hour on, minutes below (never "1650 分钟"). Below a day, minutes count;
 * from a day on, the hours are what matters.
 */
/** Each app's messages hold `duration.d`, `dh`, `h`, `hm` and `m` with `{d}`, `{h}`, `{m}`. */
export function formatDuration(minutes: number, t: Translate): string {
  const { d, h, m } = durationParts(minutes);
  if (d > 0) return h > 0 ? t('duration.dh', { d, h }) : t('duration.d', { d });
  if (h > 0) return m > 0 ? t('duration.hm', { h, m }) : t('duration.h', { h });
  return t('duration.m', { m });
}
