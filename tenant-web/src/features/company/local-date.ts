/**
 * A calendar date (`YYYY-MM-DD`, no time or zone) in the reader's language, e.g. 2023年10月9日
 * or Oct 9, 2023. Formatted at UTC so no time zone can move it to the day before.
 */
export function formatLocalDate(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}
