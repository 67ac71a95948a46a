import { SIGNED_IN } from '../../kernel/requirements.js';
import { declare, defineModule } from '../manifest.js';
import { Notification } from './notification.entity.js';
import { NotificationResolver } from './notification.resolver.js';
import type { NotificationTopics } from './notification.topics.js';

/** In-app notifications and their live topic. */
export const notificationModule = defineModule({
  name: 'notification',
  title: { zh: '通知', en: 'Notifications' },
  actions: {
    markNotificationsRead: { zh: '标记通知已读', en: 'Mark notifications read' },
  },
  entities: [Notification],
  resolvers: [NotificationResolver],
  typeAccess: { Notification: SIGNED_IN, NotificationFacts: SIGNED_IN },
  topics: declare<NotificationTopics>(),
});
