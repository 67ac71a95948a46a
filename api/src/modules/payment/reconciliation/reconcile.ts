import type { StatementRow } from '../providers/provider.js';

/** What the product's books say for a day: ledger entries, and every intent the statement names. */
export type LocalEntry = { kind: 'PAYMENT' | 'REFUND'; outTradeNo: string; ref: string; amountFen: number };
export type LocalIntent = { outTradeNo: string; status: string };

export type DifferenceKind =
  | 'MISSING_LOCALLY'
  | 'MISSING_AT_PROVIDER'
  | 'AMOUNT_MISMATCH'
  | 'STATUS_MISMATCH';

export type Difference = {
  kind: DifferenceKind;
  entry: 'PAYMENT' | 'REFUND';
  outTradeNo: string;
  ref: string;
  providerFen: number | null;
  localFen: number | null;
  providerStatus: string | null;
  localStatus: string | null;
};

/**
 * Compares a provider's statement of a day with the ledger's entries of that day (issue 19 §5),
 * keyed by the provider's reference (transaction or refund id):
 * - in the statement, not in the ledger: STATUS_MISMATCH when we know the order but hold it
 *   unpaid (a callback that never came), MISSING_LOCALLY when we do not know it at all;
 * - in the ledger, not in the statement: MISSING_AT_PROVIDER;
 * - in both with other amounts: AMOUNT_MISMATCH.
 * A statement row that is not a completed movement (a refund still processing) is compared as
 * such: the ledger books only completed ones.
 */
export function reconcile(
  statement: readonly StatementRow[],
  ledger: readonly LocalEntry[],
  intents: readonly LocalIntent[],
): Difference[] {
  const key = (kind: string, ref: string) => `${kind}:${ref}`;
  const local = new Map(ledger.map((e) => [key(e.kind, e.ref), e]));
  const known = new Map(intents.map((i) => [i.outTradeNo, i.status]));
  const seen = new Set<string>();
  const out: Difference[] = [];
  for (const row of statement) {
    if (row.status !== 'SUCCESS') continue;
    const k = key(row.kind, row.ref);
    seen.add(k);
    const entry = local.get(k);
    const base = {
      entry: row.kind,
      outTradeNo: row.outTradeNo,
      ref: row.ref,
      providerFen: row.amountFen,
      providerStatus: row.status,
    };
    if (!entry) {
      const status = known.get(row.outTradeNo);
      out.push({
        ...base,
        kind: status === undefined ? 'MISSING_LOCALLY' : 'STATUS_MISMATCH',
        localFen: null,
        localStatus: status ?? null,
      });
    } else if (Math.abs(entry.amountFen) !== row.amountFen) {
      out.push({ ...base, kind: 'AMOUNT_MISMATCH', localFen: Math.abs(entry.amountFen), localStatus: null });
    }
  }
  for (const e of ledger)
    if (!seen.has(key(e.kind, e.ref)))
      out.push({
        kind: 'MISSING_AT_PROVIDER',
        entry: e.kind,
        outTradeNo: e.outTradeNo,
        ref: e.ref,
        providerFen: null,
        localFen: Math.abs(e.amountFen),
        providerStatus: null,
        localStatus: null,
      });
  return out;
}
