/**
 * Money arithmetic (SPEC §3.5): amounts are integer fen; prices are yuan with up to 4 decimals
 * (`123.4567`), areas m² with up to 2, percentages with up to 2. Every product is kept exact as a
 * fraction of big integers and rounded to fen once, by the rule its fee standard or lease states.
 * Never a floating-point number on the way.
 */

/** How a line's exact amount becomes whole fen. */
export enum MoneyRounding {
  /** Half a fen and more up, less down (四舍五入). */
  HALF_UP = 'HALF_UP',
  /** Fractions of a fen dropped (舍去). */
  DOWN = 'DOWN',
  /** Any fraction of a fen makes a whole one (进一). */
  UP = 'UP',
}

/** An exact non-negative fraction. */
export type Fraction = { n: bigint; d: bigint };

const DECIMAL = /^(\d{1,12})(?:\.(\d{1,6}))?$/;

/** A decimal text (or a finite number) with at most `scale` decimals as an integer of 10^-scale. */
export function scaled(value: string | number, scale: number): bigint {
  const text = typeof value === 'number' ? value.toFixed(scale) : value.trim();
  const m = DECIMAL.exec(text);
  if (!m || (m[2] ?? '').length > scale)
    throw new RangeError(`Not a decimal with up to ${scale} places: ${text}`);
  return BigInt(m[1]!) * 10n ** BigInt(scale) + BigInt((m[2] ?? '').padEnd(scale, '0') || '0');
}

/** Whether `text` is a non-negative decimal with at most `scale` decimals. */
export function isDecimal(text: string, scale: number): boolean {
  const m = DECIMAL.exec(text);
  return Boolean(m) && (m![2] ?? '').length <= scale;
}

export const fraction = (n: bigint, d = 1n): Fraction => ({ n, d });

export function add(a: Fraction, b: Fraction): Fraction {
  return a.d === b.d ? { n: a.n + b.n, d: a.d } : { n: a.n * b.d + b.n * a.d, d: a.d * b.d };
}

export function times(a: Fraction, n: bigint, d = 1n): Fraction {
  return { n: a.n * n, d: a.d * d };
}

/** A fraction of fen rounded to whole fen by `rule`. */
export function toFen(amount: Fraction, rule: MoneyRounding): number {
  const { n, d } = amount;
  if (n < 0n || d <= 0n) throw new RangeError('Amounts are not negative');
  const whole = n / d;
  const rest = n % d;
  const fen =
    rest === 0n
      ? whole
      : rule === MoneyRounding.UP
        ? whole + 1n
        : rule === MoneyRounding.HALF_UP && rest * 2n >= d
          ? whole + 1n
          : whole;
  if (fen > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('Amount too large');
  return Number(fen);
}

/** Yuan text with up to 4 decimals as a fraction of fen. */
export const priceInFen = (yuan: string): Fraction => fraction(scaled(yuan, 4), 100n);

/** A decimal as stored and shown, with exactly `scale` decimals (`6.5` → `6.5000`). */
export function decimalText(text: string, scale: number): string {
  const units = scaled(text, scale);
  const one = 10n ** BigInt(scale);
  return `${units / one}.${String(units % one).padStart(scale, '0')}`;
}

/** A price as stored and shown: yuan with exactly 4 decimals. */
export const priceText = (yuan: string) => decimalText(yuan, 4);

/** Fen as yuan text with two decimals (`123456` → `1234.56`). */
export function yuanText(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
