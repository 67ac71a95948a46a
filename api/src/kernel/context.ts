import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Actor, SignedInActor } from './actor.js';

/**
 * One unit of work as feature code sees it, whatever carries it (a GraphQL operation, one event of
 * a subscription, a background job): one transaction's entity manager whose settings name the
 * actor, the request's DataLoaders, the clock, and the domain events and publications that travel
 * with the transaction. Services take this (STYLE rule 16), never a GraphQL or HTTP object.
 *
 * The kernel knows no feature, so the feature maps are parameters: `P` the permission names, `L`
 * the loaders, `T` the subscription topics ([scope id, payload] each), `E` the domain events.
 * `graphql/context.ts`'s `RequestContext` implements it with every feature's maps; what opening
 * and closing it needs from features (confirming the actor, writing the audit rows: `ActorSession`
 * and `AuditWriter` here) reaches it through `AppServices`, supplied by `modules/registry.ts`.
 */
export interface UnitOfWork<P extends string, L, T extends { [K in keyof T]: unknown[] }, E> {
  readonly em: EntityManager;
  readonly loaders: L;
  readonly actor: Actor<P>;
  /** The signed-in actor; throws UNAUTHENTICATED when there is none. */
  readonly signedIn: SignedInActor<P>;
  readonly requestId: string;
  readonly logger: Logger;
  /** The time as the domain sees it (deadlines, stamps, schedules): never `new Date()`. */
  now(): Date;
  /** Runs the subscribers of a domain event in this unit of work's transaction. */
  emit<K extends keyof E>(event: K, payload: E[K]): Promise<void>;
  /** Publishes to subscribers once the transaction has committed. */
  publish<K extends keyof T>(topic: K, ...args: T[K]): void;
}
