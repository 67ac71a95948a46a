/**
 * An amount of fen in Chinese financial numerals 大写金额, as receipts and invoices print it
 * (人民币 ¥10,203.50 → 壹万零贰佰零叁元伍角整). The rules: digits 零壹贰叁肆伍陆柒捌玖 with units
 * 拾佰仟 inside each group of four and 万/亿 between groups; one 零 stands for any run of zeros
 * inside the number (but not at the end of a group before its unit); 元 ends the yuan; 角 and 分
 * follow; 整 closes an amount without 分; an amount under one yuan starts at its 角 or 分; a
 * leading ten is 壹拾 (the People's Bank's rule, so nothing can be written in front of it).
 * No maintained library covers this for TypeScript; it is short and tested (chinese-amount.test.ts).
 */
const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const UNITS = ['', '拾', '佰', '仟'];
const GROUPS = ['', '万', '亿', '万亿'];

/** A group of four digits (1–9999), with a zero said inside it where digits are skipped. */
function group(n: number): string {
  let out = '';
  let zero = false;
  for (let i = 3; i >= 0; i -= 1) {
    const d = Math.floor(n / 10 ** i) % 10;
    if (d === 0) {
      zero = out !== '';
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += DIGITS[d]! + UNITS[i]!;
  }
  return out;
}

export function chineseAmount(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`not an amount of fen: ${fen}`);
  if (fen === 0) return '零元整';
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  let out = '';
  if (yuan > 0) {
    const groups: number[] = [];
    for (let rest = yuan; rest > 0; rest = Math.floor(rest / 10_000)) groups.push(rest % 10_000);
    let pendingZero = false;
    for (let g = groups.length - 1; g >= 0; g -= 1) {
      const value = groups[g]!;
      if (value === 0) {
        pendingZero = out !== '';
        continue;
      }
      // A zero between groups: a skipped group, or a group under 1000 after a higher one.
      if (out !== '' && (pendingZero || value < 1000)) out += '零';
      pendingZero = false;
      out += group(value) + GROUPS[g]!;
    }
    out += '元';
  }
  if (jiao === 0 && cents === 0) return `${out}整`;
  if (jiao > 0) out += `${DIGITS[jiao]}角`;
  else if (yuan > 0) out += '零';
  if (cents > 0) out += `${DIGITS[cents]}分`;
  else out += '整';
  return out;
}
