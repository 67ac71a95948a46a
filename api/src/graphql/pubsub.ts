import { setMaxListeners } from 'node:events';
import { createPubSub } from '@graphql-yoga/subscription';

/** What an equipment subscriber receives: the id is re-read through the subscriber's context. */
export type EquipmentChangePayload = { equipmentId: string; kind: 'CREATED' | 'UPDATED' | 'STATUS_CHANGED' };

/** A work order was filed or moved; `tenantId` lets tenant subscribers skip other companies'. */
export type WorkOrderChangePayload = {
  workOrderId: string;
  tenantId: string | null;
  action: string;
  /** Staff-only news (an internal comment): tenants do not wake for it. */
  staffOnly?: boolean;
};

/**
 * Every subscription topic and its payload. Topics are scoped by park id so a subscriber only
 * wakes for its park. In-process today; the cluster counterpart is a Redis or PostgreSQL
 * LISTEN/NOTIFY event target behind the same interface.
 */
export type Topics = {
  EQUIPMENT_CHANGED: [parkId: string, payload: EquipmentChangePayload];
  WORK_ORDER_CHANGED: [parkId: string, payload: WorkOrderChangePayload];
  /** Keyed by the recipient's user id. */
  NOTIFICATION_RECEIVED: [userId: string, payload: { notificationId: string }];
};

/**
 * Hundreds of screens may watch one park: Node's warning at 11 listeners of one event (a leak
 * check meant for emitters with a few fixed listeners) does not apply to subscriptions.
 */
export const createTopicPubSub = () => {
  const eventTarget = new EventTarget();
  setMaxListeners(0, eventTarget);
  return createPubSub<Topics>({ eventTarget: eventTarget as never });
};
export type TopicPubSub = ReturnType<typeof createTopicPubSub>;
