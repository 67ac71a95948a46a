import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { appendOnlyProperties } from '../../db/base-properties.js';
import { Park } from '../park/park.entity.js';
import { AppUser } from '../user/user.entity.js';
import { WorkOrder } from '../work-order/work-order.entity.js';

/** What a notification is about; the apps word it from the kind in the reader's language. */
export enum NotificationKind {
  SLA_WARNING = 'SLA_WARNING',
  SLA_ESCALATION = 'SLA_ESCALATION',
  WORK_ORDER_ASSIGNED = 'WORK_ORDER_ASSIGNED',
  QUOTE_WAITING = 'QUOTE_WAITING',
  FOLLOW_UP = 'FOLLOW_UP',
  /** An energy alert opened in a park the recipient manages alerts of. */
  ENERGY_ALERT = 'ENERGY_ALERT',
  /** A bill of the recipient's company is overdue (on its 1st, 7th, 15th, 30th… day late). */
  BILL_OVERDUE = 'BILL_OVERDUE',
  /** A company asked for an invoice in a park where the recipient issues invoices. */
  INVOICE_REQUESTED = 'INVOICE_REQUESTED',
  /** The invoice the recipient asked for was issued (its file is attached). */
  INVOICE_ISSUED = 'INVOICE_ISSUED',
  /** The invoice the recipient asked for was refused, with a reason. */
  INVOICE_REJECTED = 'INVOICE_REJECTED',
  /**
   * A refund left an issued invoice for more than its bill now keeps, in a park where the
   * recipient issues invoices: a red-letter invoice is due.
   */
  INVOICE_REVERSAL_DUE = 'INVOICE_REVERSAL_DUE',
}

/**
 * What a notification names (numbers, names, values), each as text, so an app can build the
 * sentence in its reader's language from the kind; the stored title and body are the Chinese one.
 */
export type NotificationFacts = {
  workOrderNumber?: string;
  workOrderTitle?: string;
  /** SLA notifications: RESPONSE_WARNING, RESPONSE_BREACH, RESOLUTION_WARNING, RESOLUTION_BREACH. */
  slaKind?: string;
  /** SLA notifications: the deadline, ISO 8601. */
  deadline?: string;
  /** Follow-ups: the rule's title prefix (its own words, as configured). */
  prefix?: string;
  meterName?: string;
  meterCode?: string;
  /** Energy alerts: the rule's kind (THRESHOLD, NIGHT_WATER_FLOW, …). */
  alertKind?: string;
  ruleName?: string;
  value?: string;
  limit?: string;
  billNumber?: string;
  billPeriod?: string;
  /** Bills: what is still owed, fen as text. */
  owedFen?: string;
  daysOverdue?: string;
  dueOn?: string;
  /** Invoices: the company that asked. */
  companyName?: string;
  /** Invoices: the issued invoice's number. */
  invoiceNumber?: string;
  /** Invoices: why finance refused it. */
  reason?: string;
  /** Invoices: what a red-letter invoice must still reverse, fen as text. */
  reverseFen?: string;
};

/** A message to one user. Only its recipient reads it (row-level security). */
export const Notification = defineEntity({
  name: 'Notification',
  tableName: 'notification',
  indexes: [{ properties: ['recipient', 'createdAt'] }],
  properties: {
    ...appendOnlyProperties,
    park: () => p.manyToOne(Park),
    recipient: () => p.manyToOne(AppUser).deleteRule('cascade'),
    kind: p.enum(() => NotificationKind).nativeEnumName('notification_kind'),
    /** Chinese text for channels without the apps' catalogue (SMS, e-mail later). */
    title: p.string().length(200),
    body: p.string().length(1000).nullable(),
    /** What the text names, for the apps to say it in the reader's language. */
    facts: p.json<NotificationFacts>().nullable(),
    workOrder: () => p.manyToOne(WorkOrder).nullable().deleteRule('cascade'),
    readAt: p.datetime().nullable(),
  },
});
export type Notification = InferEntity<typeof Notification>;
