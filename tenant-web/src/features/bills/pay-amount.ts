/**
 * Amounts a payer types, in yuan, as the API's integer fen. The text is split at its point and
 * yuan and fen read as whole numbers; it is never read as a float and multiplied (0.29 × 100 is
 * 28.999999999999996), so exactly what the payer typed is asked for.
 */

/** The API's Int: no amount in fen above this fits. */
const MAX_FEN = 2_147_483_647;

/** Full-width digits and point (a Chinese keyboard's) as ASCII. */
const halfWidth = (text: string) =>
  text.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/**
 * Yuan (e.g. "100", "100.5", "1,234.56", "¥ 88.00") as fen, or null when it is not an amount of
 * yuan with at most two decimals that fits the API.
 */
export function parseYuan(text: string): number | null {
  const plain = halfWidth(text).replace(/[\s,¥￥]/g, '');
  const m = /^(\d{1,10})(?:\.(\d{0,2}))?$/.exec(plain);
  if (!m) return null;
  const fen = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return fen <= MAX_FEN ? fen : null;
}

/** What is wrong with a typed amount for a bill owing `owedFen`: nothing, or the problem's name. */
export function amountProblem(text: string, owedFen: number): 'invalid' | 'zero' | 'over' | null {
  const fen = parseYuan(text);
  if (fen === null) return 'invalid';
  if (fen === 0) return 'zero';
  return fen > owedFen ? 'over' : null;
}
