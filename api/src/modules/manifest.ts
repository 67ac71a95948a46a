import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EntityManager, Options } from '@mikro-orm/postgresql';
import type { RequestContext } from '../graphql/context.js';
import type { QueueReadyHook } from '../jobs/queue.js';
import type { Localized, PermissionSpec } from '../kernel/permission-catalogue.js';
import type { BuiltinRoleKey } from './auth/builtin-roles.js';
import type { AnyExportSpec } from './data-exchange/export-spec.js';
import type { AnyImportSpec } from './data-exchange/import-spec.js';
import type { TelemetryHandlers } from './iot/iot.telemetry.js';

declare const declared: unique symbol;
/** A type a manifest declares with no value behind it: topic payloads, event payloads. */
export type Declared<T> = { readonly [declared]?: T };
/** Declares `T` in a manifest (`topics: declare<EquipmentTopics>()`). */
export const declare = <T>(): Declared<T> => ({});

/** Subscription topics: name → [scope id, payload]. Scoped so a subscriber wakes for its park only. */
export type TopicMap = Record<string, [id: string, payload: unknown]>;

/** One step of the demo seed; runs in the seed's transaction and says how many rows it made. */
export type SeedStep = {
  name: string;
  run(em: EntityManager, opts?: { today?: Date }): Promise<Record<string, number>>;
};

type EntityDefinition = NonNullable<Options['entities']>[number];
type ResolverClass = new (...args: never[]) => object;

/**
 * What a feature brings to the API, exported as its `index.ts`. Everything central (the ORM, the
 * schema and its authorization check, the permission catalogue and the built-in roles, the
 * worker, the topic map, the request's loaders, the seed) reads these from the list in
 * `modules/index.ts`, and the API's access tests find its `<feature>.access-cases.ts`
 * (`modules/access-cases.ts`), so adding a feature touches its folder, its migration and that list.
 */
export type FeatureModule = {
  name: string;
  /** What operators call it (the role editor's groups, the audit log's module column). */
  title: Localized;
  /**
   * Its mutations and job tasks in words, for the audit log ("who did what"): every one it
   * declares must be named here (`audit-actions.test.ts`).
   */
  actions?: Readonly<Record<string, Localized>>;
  /** The tables it maps. */
  entities?: readonly EntityDefinition[];
  /** Its type-graphql resolver classes. */
  resolvers?: readonly ResolverClass[];
  /**
   * What reading each GraphQL object type it defines needs (SPEC §4, field-level authorization):
   * a permission, `SIGNED_IN`, …, or `'inherit'` for wrappers and payloads, read with what
   * returned them. The schema refuses to build when an object type has no entry in any manifest,
   * and a value that is no requirement fails the typecheck (`modules/index.ts`).
   */
  typeAccess?: Readonly<Record<string, string>>;
  /**
   * Personal or commercially sensitive fields of its types, `'Type.field'`: each must declare its
   * own `@Authorized`, whatever type it sits on, so no path through the graph reaches it without
   * that permission (checked when the schema is built).
   */
  personalFields?: readonly `${string}.${string}`[];
  /** DataLoader factories; each request builds a loader the first time `ctx.loaders.<name>` is read. */
  loaders?: Readonly<Record<string, (em: EntityManager) => unknown>>;
  /** The capabilities it checks, with their descriptions and their grants to the built-in roles. */
  permissions?: Readonly<Record<string, PermissionSpec<BuiltinRoleKey>>>;
  /**
   * Partner key scopes it offers (`'parking:write'`): each opens a fixed set of permissions inside
   * the key's parks. A permission no feature declares fails the typecheck (`modules/index.ts`).
   */
  apiKeyScopes?: Readonly<Record<string, { description: string; permissions: readonly string[] }>>;
  /** Job handlers by task name; the payload type of each is what `scheduleJob` accepts for it. */
  tasks?: Readonly<Record<string, (ctx: RequestContext, payload: never) => Promise<void>>>;
  /**
   * Its recurring jobs: task name (one of its `tasks`) → a cron schedule (`min hour dom month dow`,
   * UTC), e.g. `{ 'visitor.anonymise': '17 3 * * *' }`. The worker runs them with graphile-worker's
   * crontab, each once per slot however many API processes run; the handler gets an empty payload.
   */
  recurring?: Readonly<Record<string, string>>;
  /**
   * What it does with device telemetry, per device kind (`{ METER: recordMeterReadings }`): the
   * IoT ingest hands each batch's validated messages of that kind to it, inside the batch's
   * transaction, and acknowledges them to the broker after the commit (`iot/iot.telemetry.ts`).
   * At most one feature per kind.
   */
  telemetry?: TelemetryHandlers;
  /** Subscription topics it publishes (`declare<...>()`). */
  topics?: Declared<TopicMap>;
  /** Domain events it emits (`declare<...>()`), for other features to subscribe to. */
  events?: Declared<Record<string, unknown>>;
  /** Its handlers of other features' (or its own) domain events, by event name. */
  on?: Readonly<Record<string, (ctx: RequestContext, payload: never) => Promise<void>>>;
  /**
   * Runs as the owner at every boot once the job queue is installed: brings rows written outside
   * the API (the demo seed, plain SQL, an older version) up to what the API keeps on every write:
   * the timers they need (existing timers must be kept), derived columns such as search keys.
   */
  onQueueReady?: QueueReadyHook;
  /** Demo seed steps, run in module order on an empty database. */
  seed?: readonly SeedStep[];
  /** Its lists that can be exported as XLSX or CSV (`data-exchange/export-spec.ts`). */
  exports?: readonly AnyExportSpec[];
  /** Its registers that can be filled from an XLSX file (`data-exchange/import-spec.ts`). */
  imports?: readonly AnyImportSpec[];
  /**
   * Plain HTTP routes beside GraphQL, by path prefix (`'/pay/notify/'`): providers' callbacks,
   * pages outside the apps. Each handler reads its own body and answers; it opens its own
   * request context (and checks its own credentials) before touching the database.
   */
  http?: Readonly<Record<string, HttpRouteFactory>>;
};

/**
 * Makes a route's handler once per app. `context(ip)` gives a request context of the app with no
 * actor yet (the handler opens it, e.g. `openAsJob` once it has checked a signature).
 */
export type HttpRouteFactory = (app: {
  context(ip: string | null): RequestContext;
  trustProxy: boolean;
}) => (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>;

/** Keeps a manifest's literal types (permission names, task names) for the list's derived types. */
export const defineModule = <const M extends FeatureModule>(manifest: M): M => manifest;
