import type { NotificationFieldsFragment, NotificationKind } from '../../gql/graphql.js';

type Notice = Pick<NotificationFieldsFragment, 'kind' | 'title' | 'body' | 'facts' | 'workOrderId'>;

/** vue-i18n's `t` with named values and an optional plural count. */
type Translate = (key: string, named?: Record<string, unknown>, plural?: number) => string;

/** How the reader's language writes what a notification names (`use-bill-format.ts` binds them). */
export type NoticeFormat = {
  t: Translate;
  money: (fen: number) => string;
  /** A month, YYYY-MM. */
  period: (month: string) => string;
  /** A calendar date, YYYY-MM-DD. */
  date: (day: string) => string;
  count: (n: number) => string;
  /** The reader reads Chinese: the API's own (Chinese) words may be shown. */
  chinese: boolean;
};

/** The kinds a company's user receives, worded here; others fall back (see `notificationText`). */
export const TENANT_KINDS = ['BILL_OVERDUE', 'INVOICE_ISSUED', 'INVOICE_REJECTED', 'QUOTE_WAITING'] as const;

/** Icon and colour of each kind in the list. */
export const NOTICE_ICON: Partial<Record<NotificationKind, { name: string; tone: string }>> = {
  BILL_OVERDUE: { name: 'warning-o', tone: 'danger' },
  INVOICE_ISSUED: { name: 'passed', tone: 'success' },
  INVOICE_REJECTED: { name: 'close', tone: 'danger' },
  QUOTE_WAITING: { name: 'gold-coin-o', tone: 'warning' },
};

/**
 * A notification's title and body in the reader's language, built from its kind and the facts
 * it names (the API's own title is Chinese only). One sent before facts were kept, or of a kind
 * the portal does not word, shows its stored text to a Chinese reader and a plain "new message"
 * to others, so no screen mixes the two languages.
 */
export function notificationText(n: Notice, f: NoticeFormat): { title: string; body: string | null } {
  const { t } = f;
  const facts = n.facts;
  const bill = facts?.billNumber ?? '';
  switch (facts ? n.kind : null) {
    case 'BILL_OVERDUE': {
      const days = Number(facts?.daysOverdue ?? 0);
      return {
        title: t('notice.text.billOverdue', { bill, n: f.count(days) }, days),
        body:
          facts?.owedFen && facts.billPeriod && facts.dueOn
            ? t('notice.text.billOverdueBody', {
                month: f.period(facts.billPeriod),
                amount: f.money(Number(facts.owedFen)),
                date: f.date(facts.dueOn),
              })
            : null,
      };
    }
    case 'INVOICE_ISSUED':
      return {
        title: t('notice.text.invoiceIssued', { bill }),
        body: facts?.invoiceNumber
          ? t('notice.text.invoiceIssuedBody', { number: facts.invoiceNumber })
          : null,
      };
    case 'INVOICE_REJECTED':
      return {
        title: t('notice.text.invoiceRejected', { bill }),
        body: facts?.reason ? t('notice.text.invoiceRejectedBody', { reason: facts.reason }) : null,
      };
    case 'QUOTE_WAITING':
      return {
        title: t('notice.text.quoteWaiting', { number: facts?.workOrderNumber ?? '' }),
        body: facts?.workOrderTitle ?? null,
      };
    default:
      return f.chinese
        ? { title: n.title, body: n.body ?? null }
        : { title: t('notice.text.other'), body: null };
  }
}

/** Where tapping a notification leads: the repair it names, or the bill (by its number). */
export type NoticeTarget = { repair: string } | { billNumber: string } | null;

export function notificationTarget(n: Notice): NoticeTarget {
  if (n.kind === 'QUOTE_WAITING' && n.workOrderId) return { repair: n.workOrderId };
  const bill = n.facts?.billNumber;
  if (bill && (n.kind === 'BILL_OVERDUE' || n.kind === 'INVOICE_ISSUED' || n.kind === 'INVOICE_REJECTED'))
    return { billNumber: bill };
  return null;
}
