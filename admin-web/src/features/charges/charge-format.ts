import type { FeeBasis, FeeItem, MoneyRounding } from '../../gql/graphql.js';

/** What the API lets a one-off charge be priced by (`charge.service.ts` CHARGEABLE_*). */
const CHARGEABLE_ITEMS: ReadonlySet<FeeItem> = new Set(['PARKING', 'ROOM_BOOKING', 'SERVICE', 'REPAIR']);
const CHARGEABLE_BASES: ReadonlySet<FeeBasis> = new Set(['PER_USE', 'PER_MONTH']);

/** A standard the charge dialog offers: chargeable, still offered and priced today. */
export function isChargeable(s: {
  item: FeeItem;
  basis: FeeBasis;
  active: boolean;
  currentPrice?: string | null;
}): boolean {
  return CHARGEABLE_ITEMS.has(s.item) && CHARGEABLE_BASES.has(s.basis) && s.active && Boolean(s.currentPrice);
}

/** The API's quantity: uses or months, over 0 and under 10,000, at most 2 decimals. */
export const CHARGE_QUANTITY = /^(?!0+(\.0+)?$)\d{1,4}(\.\d{1,2})?$/;

/** A quantity as a person writes it: the API's "2.00" is 2, "1.50" is 1.5. */
export function plainQuantity(quantity: string): string {
  return quantity.includes('.') ? quantity.replace(/\.?0+$/, '') : quantity;
}

/** The first day of the month before `today` (YYYY-MM-DD): the earliest day a charge may be for. */
export function firstDayOfLastMonth(today: string): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 10);
}

/** A decimal string as an integer scaled by 10^places ("1.5", 2 → 150n). */
function scaled(text: string, places: number): bigint {
  const [whole = '0', part = ''] = text.split('.');
  return BigInt(whole + part.padEnd(places, '0').slice(0, places));
}

/**
 * quantity × price in fen, rounded once by the standard's rule as the API does (`chargeFen`), by
 * integer arithmetic; undefined while either is not a number the API would take. Priced at the
 * price given: the API uses the rate in force on the charge's day, so this is an estimate.
 */
export function estimateFen(price: string, quantity: string, rounding: MoneyRounding): number | undefined {
  if (!/^\d{1,8}(\.\d{1,4})?$/.test(price) || !CHARGE_QUANTITY.test(quantity)) return undefined;
  // yuan × 10^4 times quantity × 10^2 is fen × 10^4.
  const product = scaled(price, 4) * scaled(quantity, 2);
  const unit = 10_000n;
  const whole = product / unit;
  const rest = product % unit;
  const up = rounding === 'UP' ? rest > 0n : rounding === 'HALF_UP' ? rest * 2n >= unit : false;
  return Number(up ? whole + 1n : whole);
}
