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
}

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
    workOrder: () => p.manyToOne(WorkOrder).nullable().deleteRule('cascade'),
    readAt: p.datetime().nullable(),
  },
});
export type Notification = InferEntity<typeof Notification>;
