/** The letters every bill number begins with (`ZD202612-0001`, api billing.service). */
export const BILL_PREFIX = 'ZD';
/** The longest bill number the API takes. */
const NUMBER_MAX = 30;
/** The check code printed beside the bill number. */
export const CHECK_CODE_LENGTH = 6;

/**
 * What a bill number reads after `key` on the kiosk's pad. The number starts as the printed
 * `ZD`, which stays, so people type only what follows; after the six digits of the month the
 * hyphen comes by itself (`ZD202612` then `0` is `ZD202612-0`). `-` and `A` are keys of their
 * own for an adjustment's `-A1`; a hyphen never doubles.
 */
export function typeBillNumber(current: string, key: string): string {
  if (current.length >= NUMBER_MAX) return current;
  if (key === '-') return current.endsWith('-') || current === BILL_PREFIX ? current : `${current}-`;
  if (/^\d$/.test(key) && /^ZD\d{6}$/.test(current)) return `${current}-${key}`;
  return current + key;
}

/** The bill number after the backspace key: never shorter than the printed prefix. */
export function backspaceBillNumber(current: string): string {
  return current.length > BILL_PREFIX.length ? current.slice(0, -1) : BILL_PREFIX;
}

/** Enough typed to look the bill up: a number past its prefix and the whole check code. */
export function canLookUp(number: string, checkCode: string): boolean {
  return number.length > BILL_PREFIX.length && new RegExp(`^\\d{${CHECK_CODE_LENGTH}}$`).test(checkCode);
}

/**
 * The text of the QR code printed on a bill, `BILL:<number>:<checkCode>`, read by the lobby's
 * scanner; null for anything else (a visitor's pass held to the wrong screen).
 */
export function parseBillScan(text: string): { number: string; checkCode: string } | null {
  const m = /^BILL:([A-Z0-9-]{1,30}):(\d{6})$/i.exec(text.trim());
  return m ? { number: m[1]!.toUpperCase(), checkCode: m[2]! } : null;
}
