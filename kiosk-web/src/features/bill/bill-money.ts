/**
 * Money as the kiosk shows it: the API's whole fen as yuan with two decimals, `¥1,234.50`, a
 * credit `-¥12.00`, the same in both languages. Worked out in integers only, so no amount passes
 * through a fraction of a float on its way to the screen (or the receipt).
 */
export function formatFen(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`Not a whole number of fen: ${fen}`);
  const abs = Math.abs(fen);
  const cents = abs % 100;
  const yuan = (abs - cents) / 100;
  const grouped = String(yuan).replace(/\B(?=(\d{3})+$)/g, ',');
  return `${fen < 0 ? '-' : ''}¥${grouped}.${String(cents).padStart(2, '0')}`;
}
