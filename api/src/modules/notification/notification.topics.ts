/** The notification feature's subscription topic, keyed by the recipient's user id. */
export type NotificationTopics = {
  NOTIFICATION_RECEIVED: [userId: string, payload: { notificationId: string }];
};
