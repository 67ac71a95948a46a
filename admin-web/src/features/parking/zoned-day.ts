/** The wall clock of `at` in `timeZone`, read as if it were UTC (ms). */
function wallClock(at: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(new Date(at))
      .map((p) => [p.type, p.value]),
  );
  return Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
}

/**
 * Midnight starting `day` (YYYY-MM-DD) plus `addDays` in the park's `timeZone`, as an ISO instant:
 * the console filters by the park's days whatever the browser's zone.
 */
export function startOfDayIn(day: string, timeZone: string, addDays = 0): string {
  const naive = Date.parse(`${day}T00:00:00Z`) + addDays * 86_400_000;
  const offset = wallClock(naive, timeZone) - naive;
  // A second pass settles days whose offset changes at midnight (DST zones).
  const guess = naive - offset;
  return new Date(naive - (wallClock(guess, timeZone) - guess)).toISOString();
}
