import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { type Notification, NotificationKind } from './notification.entity.js';

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
  },
});

@ObjectType('Notification', { description: 'A message to the signed-in user.' })
export class NotificationType {
  @Field(() => ID, { description: 'Notification id.' })
  id!: string;

  @Field(() => NotificationKind, { description: 'What it is about.' })
  kind!: NotificationKind;

  @Field({ description: 'Short text (Chinese).' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'More detail.' })
  body!: string | null;

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
  workOrderId: n.workOrder?.id ?? null,
  createdAt: n.createdAt,
  readAt: n.readAt ?? null,
});
