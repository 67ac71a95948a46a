import { KNOWN_DOMAIN_CODES, toApiError } from '@park/web-shared';

/** The domain codes the bill screens have words of their own for (i18n `error.<code>`). */
const BILL_CODES: ReadonlySet<string> = new Set([
  ...KNOWN_DOMAIN_CODES,
  'NOTHING_DUE',
  'AMOUNT_OVER_DUE',
  'PAYMENTS_OFF',
  'PROVIDER_UNAVAILABLE',
  'CHECK_CODE_RATE_LIMITED',
]);

/**
 * Words to show, kept as their message key and values rather than as text, so a problem on the
 * screen follows the language toggle like everything around it.
 */
export type Said = { key: string; values: Record<string, unknown> };

/**
 * What went wrong looking a bill up or opening its payment, by code (never by message text): a
 * lookup's NOT_FOUND is a wrong number or check code; too many wrong codes say how long to wait.
 */
export function billProblem(err: unknown, opts: { lookup?: boolean } = {}): Said & { domainCode?: string } {
  const e = toApiError(err, BILL_CODES);
  if (opts.lookup && e.code === 'NOT_FOUND') return { key: 'bill.lookup.notFound', values: {} };
  const minutes = Math.max(1, Math.ceil((e.retryAfterSeconds ?? 60) / 60));
  return { key: e.messageKey, values: { minutes }, ...(e.domainCode && { domainCode: e.domainCode }) };
}
