/** A subscriber to one domain event: runs inside the emitting operation's transaction. */
export type EventHandler<C, P> = (ctx: C, payload: P) => Promise<void>;

/** What one module subscribes to, by event name. */
export type EventSubscriptions<C, E> = { readonly [K in keyof E]?: EventHandler<C, E[K]> };

/**
 * In-process domain events: a feature announces what happened (`workOrder.completed`) and the
 * features that care subscribe in their manifest, so the announcing feature never imports them.
 * Handlers run in order, awaited, in the same transaction: when one throws, the operation fails
 * and rolls back as if the code had been called directly.
 */
export class DomainEventBus<C, E> {
  private readonly handlers = new Map<keyof E, EventHandler<C, never>[]>();

  constructor(subscriptions: readonly (EventSubscriptions<C, E> | undefined)[]) {
    for (const subscription of subscriptions) {
      if (!subscription) continue;
      for (const name of Object.keys(subscription) as (keyof E)[]) {
        const handler = subscription[name];
        if (!handler) continue;
        const list = this.handlers.get(name) ?? [];
        list.push(handler as EventHandler<C, never>);
        this.handlers.set(name, list);
      }
    }
  }

  async emit<K extends keyof E>(ctx: C, name: K, payload: E[K]): Promise<void> {
    for (const handler of this.handlers.get(name) ?? [])
      await (handler as EventHandler<C, E[K]>)(ctx, payload);
  }
}
