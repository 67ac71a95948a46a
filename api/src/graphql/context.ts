import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import {
  type Actor,
  ANONYMOUS,
  jobActor,
  type SignedInActor,
  type VerifiedCredential,
} from '../kernel/actor.js';
import { type AuditChange, AuditRecorder, type AuditRow } from '../kernel/audit.js';
import { type Clock, wallClock } from '../kernel/clock.js';
import type { UnitOfWork } from '../kernel/context.js';
import { type DomainError, TooManyRequestsError, UnauthenticatedError } from '../kernel/errors.js';
import type { FileServices } from '../modules/attachment/attachment.service.js';
import type { AuthServices } from '../modules/auth/auth-services.js';
import type { DomainEvents, Loaders, Permission, Topics } from '../modules/index.js';
import type { FeatureServices } from '../modules/registry.js';
import type { TopicPubSub } from './pubsub.js';

export type { Loaders };

/** Process-wide parts every request context is made from. */
export type AppServices = {
  orm: MikroORM;
  pubsub: TopicPubSub;
  logger: Logger;
  auth: AuthServices;
  /** Where the domain reads the time; tests move it by hand. */
  clock: Clock;
  /** Attachment storage, signed links and the size limit. */
  files: FileServices;
  /**
   * Where payers and providers reach this API (`PUBLIC_URL`, or the listening address once it
   * listens): payment QR codes and callback URLs are made from it.
   */
  origin: { url: string };
} & FeatureServices;

/** Who is calling, as read from the transport before anything touches the database. */
export type Caller = {
  credential?: VerifiedCredential | undefined;
  /** Why a presented credential was refused (expired, tampered, ...); raised on protected fields. */
  credentialError?: DomainError | undefined;
  ip: string | null;
  userAgent?: string | undefined;
};

type OperationKind = 'query' | 'mutation' | 'subscription';
type Publication = { [K in keyof Topics]: [K, ...Topics[K]] }[keyof Topics];

/**
 * State of one GraphQL operation (or one subscription event): a forked entity manager inside
 * one transaction whose settings name the actor, its own DataLoaders (each made on first use),
 * the audit entries and the events to publish once the transaction has committed.
 */
export class RequestContext implements UnitOfWork<Permission, Loaders, Topics, DomainEvents> {
  em: EntityManager;
  loaders: Loaders;
  actor: Actor<Permission> = ANONYMOUS;
  authError: DomainError | undefined;
  audit = new AuditRecorder();
  readonly logger: Logger;
  private inTransaction = false;
  private readOnly = true;
  private operation: OperationKind = 'query';
  private publications: Publication[] = [];

  constructor(
    readonly services: AppServices,
    public caller: Caller,
    readonly requestId: string = randomUUID(),
  ) {
    this.em = services.orm.em.fork();
    this.loaders = services.loaders.for(this.em);
    this.logger = services.logger.child({ requestId });
    this.authError = caller.credentialError;
  }

  get pubsub(): TopicPubSub {
    return this.services.pubsub;
  }

  /** The time as the domain sees it (deadlines, stamps, schedules). */
  now(): Date {
    return this.services.clock.now();
  }

  get isMutation(): boolean {
    return this.operation === 'mutation';
  }

  /** The signed-in actor; callers have passed the permission check, so there is one. */
  get signedIn(): SignedInActor<Permission> {
    if (this.actor.kind === 'anonymous') throw this.authError ?? new UnauthenticatedError();
    return this.actor;
  }

  /**
   * Opens the operation's transaction (read-only for queries) and has the database confirm the
   * credential and set the actor. Without a credential there is no transaction and no actor:
   * every query then sees no park or tenant rows.
   */
  async open(operation: OperationKind, opts: { publicOnly?: boolean } = {}): Promise<void> {
    this.operation = operation;
    if (opts.publicOnly) {
      // Public operations run as anonymous; a credential sent along is set aside, not refused.
      this.caller = { ...this.caller, credential: undefined, credentialError: undefined };
      this.authError = undefined;
      return;
    }
    const credential = this.caller.credential;
    if (!credential) return;
    // A credential lifetime: the wall clock, like the token's signature check (`kernel/clock.ts`).
    if (credential.type === 'user' && credential.expiresAt <= wallClock.now()) {
      // A WebSocket outlives its access token; events after expiry are refused.
      this.authError = new UnauthenticatedError('Access token expired; refresh the session', 'TOKEN_EXPIRED');
      return;
    }
    this.readOnly = operation !== 'mutation';
    await this.em.begin({ readOnly: this.readOnly });
    this.inTransaction = true;
    try {
      await this.confirmActor(credential);
    } catch (err) {
      // Whatever failed after BEGIN, the connection goes back to the pool now.
      await this.abort();
      throw err;
    }
  }

  private async confirmActor(credential: VerifiedCredential): Promise<void> {
    const actor = await this.services.actorSession.begin(this.em, credential);
    if (!actor) {
      this.authError = new UnauthenticatedError(
        'This sign-in is no longer valid; sign in again',
        'SESSION_REVOKED',
      );
      return;
    }
    if (actor.kind === 'partner') {
      const wait = this.services.auth.keyLimiter.hit(actor.id, actor.rateLimitPerMinute);
      if (wait > 0) {
        this.authError = new TooManyRequestsError(
          'This API key is over its rate limit',
          'API_KEY_RATE_LIMITED',
          wait,
        );
        return;
      }
    }
    this.actor = actor;
    if (actor.kind === 'device' || actor.kind === 'partner') this.services.auth.touch(actor);
  }

  /**
   * Opens a background job's transaction as the job actor, which row-level security treats as
   * staff of every park. The job's audit entry is named after its task.
   */
  async openAsJob(task: string, payload: unknown): Promise<void> {
    this.operation = 'mutation';
    this.readOnly = false;
    await this.em.begin();
    this.inTransaction = true;
    try {
      await this.services.actorSession.beginJob(this.em);
    } catch (err) {
      await this.abort();
      throw err;
    }
    this.actor = jobActor(this.services.catalogue.all);
    this.audit.open(task, task, payload);
  }

  /**
   * Continues a public operation (a fault reported through an equipment label) in a writable
   * transaction as the job actor under `label`, after the service made the operation's own checks
   * (rate limits, the label's token). The audit entry stays the operation's, with the caller's
   * address; histories name `label`.
   */
  async actAsJob(label: string): Promise<void> {
    if (this.inTransaction || this.operation !== 'mutation')
      throw new Error('actAsJob: a public mutation only');
    this.readOnly = false;
    await this.em.begin();
    this.inTransaction = true;
    try {
      await this.services.actorSession.beginJob(this.em);
    } catch (err) {
      await this.abort();
      throw err;
    }
    this.actor = { ...jobActor(this.services.catalogue.all), label };
  }

  /**
   * Ends the operation: commits when it succeeded (for a mutation: no error at all, so nothing
   * is half done), otherwise rolls back; writes the audit entries; then publishes events.
   *
   * Whatever fails at whatever step, the transaction is rolled back and its connection is back in
   * the pool when this returns or throws; an attempt whose change could not be committed is
   * still audited, in a transaction of its own, as FAILED.
   */
  async close(errors: readonly { path?: readonly (string | number)[]; code?: string }[]): Promise<void> {
    const commit = errors.length === 0 || !this.isMutation;
    const base = { actor: this.actor, ip: this.caller.ip, requestId: this.requestId };
    const at = this.now();
    const audit = this.audit;
    this.audit = new AuditRecorder();
    const publications = this.publications;
    this.publications = [];
    let committed = false;
    try {
      if (this.inTransaction && commit && this.readOnly) {
        // Nothing to write: without the loaded entities the commit skips computing change sets
        // for every one of them (most of a list query's CPU time).
        this.em.clear();
        await this.em.commit();
        this.inTransaction = false;
        committed = true;
        await this.writeAuditAlone(audit.rows(base, errors, true, at));
      } else if (this.inTransaction && commit) {
        // In the same transaction: the change and its audit entry commit together or not at all.
        if (!audit.isEmpty)
          await this.services.auditWriter.write(this.em, audit.rows(base, errors, true, at));
        await this.em.commit();
        this.inTransaction = false;
        committed = true;
      } else if (this.inTransaction) {
        await this.em.rollback();
        this.inTransaction = false;
        await this.writeAuditAlone(audit.rows(base, errors, false, at));
      } else {
        committed = commit;
        await this.writeAuditAlone(audit.rows(base, errors, commit, at));
      }
    } catch (err) {
      await this.abort();
      if (!committed) {
        // The attempt is recorded all the same; what it sent is escaped and clipped to fit.
        const failed = [
          ...errors,
          ...audit.openResponseKeys().map((key) => ({ path: [key], code: 'INTERNAL' })),
        ];
        await this.writeAuditAlone(audit.rows(base, failed, false, at)).catch((auditErr: unknown) =>
          this.logger.error({ err: auditErr }, 'could not audit a failed operation'),
        );
      }
      throw err;
    }
    if (commit)
      for (const [topic, id, payload] of publications) {
        try {
          this.pubsub.publish(topic, id, payload as never);
        } catch (err) {
          // The change is committed; a subscriber's failure must not turn it into an error.
          this.logger.error({ err, topic }, 'could not publish an event');
        }
      }
  }

  /**
   * Continues an anonymous operation as the caller it just signed in (login, refresh, kiosk
   * pairing), so the payload's fields resolve as that caller sees them and the audit entry
   * names them. Only before a transaction exists.
   */
  async adopt(credential: VerifiedCredential): Promise<void> {
    if (this.inTransaction || this.caller.credential) return;
    this.caller = { ...this.caller, credential, credentialError: undefined };
    this.authError = undefined;
    const operation = this.operation;
    await this.open('query');
    this.operation = operation;
  }

  /** Gives up an open transaction (the client went away, or close failed). */
  async abort(): Promise<void> {
    if (!this.inTransaction) return;
    this.inTransaction = false;
    await this.em.rollback().catch((err: unknown) => {
      this.logger.warn({ err }, 'rollback failed; the driver discards the connection');
    });
  }

  private async writeAuditAlone(rows: readonly AuditRow[]) {
    if (rows.length === 0) return;
    await this.services.orm.em.fork().transactional((em) => this.services.auditWriter.write(em, rows));
  }

  /** Records what the running mutation changed (target, before, after) in its audit entry. */
  recordChange(change: AuditChange): void {
    this.audit.change(change);
  }

  /**
   * Announces a domain event to the features subscribed to it in their manifests; they act in
   * this operation's transaction, before it returns.
   */
  emit<K extends keyof DomainEvents>(event: K, payload: DomainEvents[K]): Promise<void> {
    return this.services.events.emit(this, event, payload);
  }

  /** Publishes after commit, so subscribers re-reading the row see the change. */
  publish<K extends keyof Topics>(topic: K, ...args: Topics[K]): void {
    this.publications.push([topic, ...args] as unknown as Publication);
  }

  /** A fresh context for the next subscription event: new transaction, identity map, loaders. */
  renew(): RequestContext {
    return new RequestContext(this.services, this.caller, this.requestId);
  }
}
