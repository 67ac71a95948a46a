import { setMaxListeners } from 'node:events';
import { createPubSub } from '@graphql-yoga/subscription';

import type { Topics } from '../modules/index.js';

/**
 * Every subscription topic and its payload: the intersection of the topic maps the features
 * declare in their manifests (`topics: declare<...>()`). Topics are scoped (by park id, or a
 * recipient's user id) so a subscriber only wakes for its own. In-process today; the cluster
 * counterpart is a Redis or PostgreSQL LISTEN/NOTIFY event target behind the same interface.
 */
export type { Topics };

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
