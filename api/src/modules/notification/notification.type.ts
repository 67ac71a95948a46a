import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { type Notification, type NotificationFacts, NotificationKind } from './notification.entity.js';

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification is about.',
  valuesConfig: {
    SLA_WARNING: { description: 'A work order of yours is about to miss its SLA.' },
    SLA_ESCALATION: { description: 'A work order missed its SLA; escalated to the supervisor.' },
    WORK_ORDER_ASSIGNED: { description: 'A work order was dispatched to you.' },
    QUOTE_WAITING: { description: 'A paid repair waits for your company to accept the quote.' },
    FOLLOW_UP: { description: 'A follow-up job for your department (e.g. a return visit).' },
    ENERGY_ALERT: { description: 'An energy alert opened in a park whose alerts you manage.' },
    BILL_OVERDUE: { description: 'A bill of your company is overdue.' },
    INVOICE_REQUESTED: { description: 'A company asked for an invoice in a park whose invoices you issue.' },
    INVOICE_ISSUED: { description: 'The invoice you asked for was issued.' },
    INVOICE_REJECTED: { description: 'The invoice you asked for was refused; the reason says why.' },
    INVOICE_REVERSAL_DUE: {
      description:
        'A refund left an issued invoice for more than its bill keeps, in a park whose invoices you issue: a red-letter invoice is due.',
    },
  },
});

@ObjectType('NotificationFacts', {
  description:
    'What a notification names, each as text, for an app to build its sentence in the reader’s language from the kind.',
})
export class NotificationFactsType {
  @Field(() => String, { nullable: true, description: 'The work order’s number.' })
  workOrderNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'The work order’s title.' })
  workOrderTitle!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'SLA: RESPONSE_WARNING, RESPONSE_BREACH, RESOLUTION_WARNING or RESOLUTION_BREACH.',
  })
  slaKind!: string | null;

  @Field(() => String, { nullable: true, description: 'SLA: the deadline, ISO 8601.' })
  deadline!: string | null;

  @Field(() => String, { nullable: true, description: 'Follow-up: the rule’s title prefix, as configured.' })
  prefix!: string | null;

  @Field(() => String, { nullable: true, description: 'Energy alert: the meter’s name.' })
  meterName!: string | null;

  @Field(() => String, { nullable: true, description: 'Energy alert: the meter’s code.' })
  meterCode!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Energy alert: the rule’s kind (EnergyAlertRuleKind).',
  })
  alertKind!: string | null;

  @Field(() => String, { nullable: true, description: 'Energy alert: the rule’s name.' })
  ruleName!: string | null;

  @Field(() => String, { nullable: true, description: 'Energy alert: the observed value.' })
  value!: string | null;

  @Field(() => String, { nullable: true, description: 'Energy alert: the rule’s limit.' })
  limit!: string | null;

  @Field(() => String, { nullable: true, description: 'Overdue or invoiced bill: its number.' })
  billNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'Overdue bill: its month, YYYY-MM.' })
  billPeriod!: string | null;

  @Field(() => String, { nullable: true, description: 'Overdue bill: what is still owed, fen.' })
  owedFen!: string | null;

  @Field(() => String, { nullable: true, description: 'Overdue bill: days past its due date.' })
  daysOverdue!: string | null;

  @Field(() => String, { nullable: true, description: 'Overdue bill: its due date, YYYY-MM-DD.' })
  dueOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Invoice: the company that asked.' })
  companyName!: string | null;

  @Field(() => String, { nullable: true, description: 'Invoice: the issued invoice’s number.' })
  invoiceNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'Invoice: why it was refused.' })
  reason!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Invoice: what a red-letter invoice must still reverse, in fen, as text.',
  })
  reverseFen!: string | null;
}

const FACT_KEYS = [
  'workOrderNumber',
  'workOrderTitle',
  'slaKind',
  'deadline',
  'prefix',
  'meterName',
  'meterCode',
  'alertKind',
  'ruleName',
  'value',
  'limit',
  'billNumber',
  'billPeriod',
  'owedFen',
  'daysOverdue',
  'dueOn',
  'companyName',
  'invoiceNumber',
  'reason',
  'reverseFen',
] as const satisfies readonly (keyof NotificationFacts)[];

const toFacts = (f: NotificationFacts | null | undefined): NotificationFactsType | null =>
  f
    ? (Object.fromEntries(FACT_KEYS.map((k) => [k, f[k] ?? null])) as unknown as NotificationFactsType)
    : null;

@ObjectType('Notification', { description: 'A message to the signed-in user.' })
export class NotificationType {
  @Field(() => ID, { description: 'Notification id.' })
  id!: string;

  @Field(() => NotificationKind, { description: 'What it is about.' })
  kind!: NotificationKind;

  @Field({ description: 'Short text (Chinese).' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'More detail (Chinese).' })
  body!: string | null;

  @Field(() => NotificationFactsType, {
    nullable: true,
    description:
      'What the title and body name, for the reader’s language; null on notifications sent before it was kept.',
  })
  facts!: NotificationFactsType | null;

  @Field(() => ID, { nullable: true, description: 'The work order it is about.' })
  workOrderId!: string | null;

  @Field({ description: 'When it was sent.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the recipient marked it read.' })
  readAt!: Date | null;
}

export const toNotificationType = (n: Notification): NotificationType => ({
  id: n.id,
  kind: n.kind,
  title: n.title,
  body: n.body ?? null,
  facts: toFacts(n.facts),
  workOrderId: n.workOrder?.id ?? null,
  createdAt: n.createdAt,
  readAt: n.readAt ?? null,
});
