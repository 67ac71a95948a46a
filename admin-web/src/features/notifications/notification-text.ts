import type { NotificationFieldsFragment } from '../../gql/graphql.js';

type Translate = (key: string, params?: Record<string, unknown>) => string;

/**
 * A notification's title and body in the console's language, built from its kind and the facts
 * it names; one sent before facts were kept shows its stored (Chinese) text.
 */
export function notificationText(
  n: Pick<NotificationFieldsFragment, 'kind' | 'title' | 'body' | 'facts'>,
  t: Translate,
  when: (iso: string) => string,
  money: (fen: number) => string,
): { title: string; body: string | null } {
  const f = n.facts;
  if (!f) return { title: n.title, body: n.body ?? null };
  const order = { number: f.workOrderNumber ?? '', title: f.workOrderTitle ?? '' };
  switch (n.kind) {
    case 'SLA_WARNING':
    case 'SLA_ESCALATION':
      return {
        title: t('notifications.text.sla', { ...order, what: t(`notifications.slaKinds.${f.slaKind}`) }),
        body: t('notifications.text.slaBody', { ...order, deadline: f.deadline ? when(f.deadline) : '' }),
      };
    case 'WORK_ORDER_ASSIGNED':
      return { title: t('notifications.text.assigned', order), body: null };
    case 'QUOTE_WAITING':
      return { title: t('notifications.text.quote', order), body: order.title };
    case 'FOLLOW_UP':
      return { title: t('notifications.text.followUp', { ...order, prefix: f.prefix ?? '' }), body: null };
    case 'ENERGY_ALERT':
      return {
        title: t('notifications.text.energyAlert', {
          meter: f.meterName ?? '',
          code: f.meterCode ?? '',
          what: t(`energyAlerts.kinds.${f.alertKind}`),
        }),
        body: t('notifications.text.energyAlertBody', {
          rule: f.ruleName ?? '',
          value: f.value,
          limit: f.limit,
        }),
      };
    case 'INVOICE_REQUESTED':
      return {
        title: t('notifications.text.invoiceRequested', {
          company: f.companyName ?? '',
          bill: f.billNumber ?? '',
        }),
        body: null,
      };
    case 'INVOICE_ISSUED':
      return {
        title: t('notifications.text.invoiceIssued', { bill: f.billNumber ?? '' }),
        body: f.invoiceNumber ? t('notifications.text.invoiceIssuedBody', { number: f.invoiceNumber }) : null,
      };
    case 'INVOICE_REJECTED':
      return {
        title: t('notifications.text.invoiceRejected', { bill: f.billNumber ?? '' }),
        body: f.reason ? t('notifications.text.invoiceRejectedBody', { reason: f.reason }) : null,
      };
    case 'INVOICE_REVERSAL_DUE':
      return {
        title: t('notifications.text.invoiceReversalDue', { bill: f.billNumber ?? '' }),
        body: t('notifications.text.invoiceReversalDueBody', {
          company: f.companyName ?? '',
          number: f.invoiceNumber ?? '',
          amount: money(Number(f.reverseFen ?? 0)),
        }),
      };
    default:
      return { title: n.title, body: n.body ?? null };
  }
}
