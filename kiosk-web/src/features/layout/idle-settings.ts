const STORAGE_KEY = 'park.kiosk.idleSeconds';

/** A lobby kiosk returns to its start screen after a minute without a touch. */
export const DEFAULT_IDLE_SECONDS = 60;

/**
 * Remembers `?idle=N` (seconds; tests and demos shorten the wait) for the browser session, so
 * the redirects that drop the query string keep it. Anything but a positive number is ignored.
 */
export function rememberIdleSeconds(value: unknown): void {
  const seconds = typeof value === 'string' ? Number(value) : Number.NaN;
  if (Number.isFinite(seconds) && seconds > 0) sessionStorage.setItem(STORAGE_KEY, String(seconds));
}

/** Seconds without a touch before the kiosk resets. */
export function idleSeconds(): number {
  const saved = Number(sessionStorage.getItem(STORAGE_KEY));
  return Number.isFinite(saved) && saved > 0 ? saved : DEFAULT_IDLE_SECONDS;
}
