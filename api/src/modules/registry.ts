import type { EntityManager } from '@mikro-orm/postgresql';
import { getMetadataStorage } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { AuditVocabulary } from '../kernel/audit-vocabulary.js';
import { DomainEventBus } from '../kernel/domain-events.js';
import { LazyLoaders } from '../kernel/lazy-loaders.js';
import { type Audience, PermissionCatalogue } from '../kernel/permission-catalogue.js';
import type { TypeRequirement } from '../kernel/requirements.js';
import { type ApiKeyScopeSpec, ApiKeyScopes } from './api-key/scopes.js';
import { auditWriter } from './audit/index.js';
import { BUILTIN_ROLE_DEFINITIONS } from './auth/builtin-roles.js';
import { actorSessionWith } from './auth/index.js';
import { ExchangeRegistry } from './data-exchange/exchange-registry.js';
import type { AnyExportSpec } from './data-exchange/export-spec.js';
import type { AnyImportSpec } from './data-exchange/import-spec.js';
import { type DomainEvents, type LoaderFactories, MODULES, type Permission } from './index.js';
import type { TelemetryHandlers } from './iot/iot.telemetry.js';
import type { FeatureModule, HttpRouteFactory } from './manifest.js';

/**
 * The permission catalogue (SPEC §1: roles are data, permissions are not): every feature's
 * permissions in module order, and the built-in roles holding what the features grant them.
 * Roles are written to the database at every boot (`db/reference-data.ts`).
 */
export const CATALOGUE = new PermissionCatalogue<Permission>(
  MODULES.map((m) => ('permissions' in m ? m.permissions : {})),
  BUILTIN_ROLE_DEFINITIONS,
);
export const PERMISSIONS = CATALOGUE.specs;
export const ALL_PERMISSIONS = CATALOGUE.all;
export const BUILTIN_ROLES = CATALOGUE.builtinRoles;
/** The permissions of each feature that declares any, in module order: the role editor's tree. */
export const PERMISSION_GROUPS = MODULES.flatMap((m) =>
  'permissions' in m
    ? [{ key: m.name, title: m.title, permissions: Object.keys(m.permissions) as Permission[] }]
    : [],
);
/** Every feature's partner key scopes (`apiKeyScopes` in its manifest). */
export const API_KEY_SCOPES = new ApiKeyScopes<Permission>(
  MODULES.map((m) =>
    'apiKeyScopes' in m ? (m.apiKeyScopes as Record<string, ApiKeyScopeSpec<Permission>>) : {},
  ),
);
export const isPermission = (value: string): value is Permission => CATALOGUE.has(value);
export const permissionFits = (permission: Permission, audience: Audience) =>
  CATALOGUE.fits(permission, audience);
export type { Permission };

/**
 * The audit log's words: each feature's actions from its manifest, and its other root fields
 * (read from type-graphql's metadata of its resolvers) as "view" that feature.
 */
export function auditVocabulary(): AuditVocabulary {
  const storage = getMetadataStorage();
  const roots = [...storage.queries, ...storage.mutations, ...storage.subscriptions];
  return new AuditVocabulary(
    MODULES.map((m) => {
      const resolvers: readonly unknown[] = 'resolvers' in m ? m.resolvers : [];
      return {
        key: m.name,
        title: m.title,
        actions: 'actions' in m ? m.actions : {},
        reads: roots.filter((r) => resolvers.includes(r.target)).map((r) => r.schemaName),
      };
    }),
  );
}
const AUDIT_VOCABULARY = auditVocabulary();

function mergedLoaders(): LoaderFactories {
  const factories: Record<string, unknown> = {};
  for (const m of MODULES)
    if ('loaders' in m)
      for (const [name, factory] of Object.entries(m.loaders)) {
        if (Object.hasOwn(factories, name)) throw new Error(`Loader ${name} is declared twice`);
        factories[name] = factory;
      }
  return factories as LoaderFactories;
}

/**
 * Field-level authorization's table (SPEC §4): what reading each GraphQL object type needs, from
 * every manifest's `typeAccess`, and every manifest's personal fields. `graphql/authorize.ts`
 * checks the schema against it when the API starts; a type declared by two features is an error.
 */
export const TYPE_ACCESS: Readonly<Record<string, TypeRequirement<Permission>>> = (() => {
  const access: Record<string, TypeRequirement<Permission>> = {};
  for (const m of MODULES)
    if ('typeAccess' in m)
      for (const [type, requirement] of Object.entries(m.typeAccess)) {
        if (Object.hasOwn(access, type)) throw new Error(`Type ${type} has its access declared twice`);
        access[type] = requirement as TypeRequirement<Permission>;
      }
  return access;
})();
export const PERSONAL_FIELDS: readonly string[] = MODULES.flatMap((m) =>
  'personalFields' in m ? m.personalFields : [],
);
/**
 * The device kinds' telemetry handlers from every manifest's `telemetry`, which the IoT ingest
 * calls (`iot/iot.ingest.ts`); a kind claimed by two features is an error.
 */
export function telemetryHandlers(modules: readonly Pick<FeatureModule, 'telemetry'>[]): TelemetryHandlers {
  const handlers: Record<string, unknown> = {};
  for (const m of modules)
    for (const [kind, handler] of Object.entries(m.telemetry ?? {})) {
      if (Object.hasOwn(handlers, kind)) throw new Error(`Telemetry of ${kind} is handled twice`);
      handlers[kind] = handler;
    }
  return handlers as TelemetryHandlers;
}
export const TELEMETRY_HANDLERS = telemetryHandlers(MODULES as readonly FeatureModule[]);

/**
 * What the owner's boot (`db/prepare.ts`, `db/seed.ts`) needs of the features besides their
 * manifests: the first admin of an install without demo data, and the root entity whose absence
 * means an empty database.
 */
export { Park } from './park/index.js';
export { bootstrapAdmin } from './user/index.js';

/** What `fieldRequirements` checks the schema against. */
export const ACCESS = { types: TYPE_ACCESS, personalFields: PERSONAL_FIELDS };

/**
 * What the features give every request: the catalogue, loaders made on first use, event handlers,
 * and the two things opening and closing a unit of work needs (confirming the actor, writing the
 * audit rows), so `graphql/context.ts` runs them knowing no feature.
 */
export function featureServices() {
  return {
    catalogue: CATALOGUE,
    actorSession: actorSessionWith(API_KEY_SCOPES),
    /** What a partner key may be granted. */
    apiKeyScopes: API_KEY_SCOPES,
    auditWriter,
    permissionGroups: PERMISSION_GROUPS,
    auditVocabulary: AUDIT_VOCABULARY,
    loaders: new LazyLoaders<EntityManager, LoaderFactories>(mergedLoaders()),
    events: new DomainEventBus<RequestContext, DomainEvents>(
      MODULES.map((m) => ('on' in m ? m.on : undefined)),
    ),
    /** The lists features export and the registers they import. */
    exchange: new ExchangeRegistry(
      MODULES.flatMap((m): readonly AnyExportSpec[] => ('exports' in m ? m.exports : [])),
      MODULES.flatMap((m): readonly AnyImportSpec[] => ('imports' in m ? m.imports : [])),
      isPermission,
    ),
  };
}
export type FeatureServices = ReturnType<typeof featureServices>;

/** Every feature's plain HTTP routes (`http` in its manifest), by path prefix. */
export const HTTP_ROUTES: readonly (readonly [prefix: string, factory: HttpRouteFactory])[] = MODULES.flatMap(
  (m) => ('http' in m ? Object.entries(m.http as Record<string, HttpRouteFactory>) : []),
);
