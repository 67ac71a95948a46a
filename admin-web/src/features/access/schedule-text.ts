/** Minutes after midnight as HH:mm (1440 is 24:00). */
export const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** HH:mm as minutes after midnight; an end of 00:00 is midnight at the day's end (1440). */
export function minutesOf(value: string, end = false): number {
  const [h, m] = value.split(':').map(Number);
  const minutes = (h ?? 0) * 60 + (m ?? 0);
  return end && minutes === 0 ? 1440 : minutes;
}

/** ISO weekdays as runs: [1,2,3,4,5,7] → [[1,5],[7,7]]. */
export function dayRuns(days: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const d of [...days].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && d === last[1] + 1) last[1] = d;
    else runs.push([d, d]);
  }
  return runs;
}
