import type { EntityManager } from '@mikro-orm/postgresql';
import { getMetadataStorage } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { AuditVocabulary } from '../kernel/audit-vocabulary.js';
import { DomainEventBus } from '../kernel/domain-events.js';
import { LazyLoaders } from '../kernel/lazy-loaders.js';
import { type Audience, PermissionCatalogue } from '../kernel/permission-catalogue.js';
import { BUILTIN_ROLE_DEFINITIONS } from './auth/builtin-roles.js';
import { type DomainEvents, type LoaderFactories, MODULES, type Permission } from './index.js';

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

/** What the features give every request: the catalogue, loaders made on first use, event handlers. */
export function featureServices() {
  return {
    catalogue: CATALOGUE,
    permissionGroups: PERMISSION_GROUPS,
    auditVocabulary: AUDIT_VOCABULARY,
    loaders: new LazyLoaders<EntityManager, LoaderFactories>(mergedLoaders()),
    events: new DomainEventBus<RequestContext, DomainEvents>(
      MODULES.map((m) => ('on' in m ? m.on : undefined)),
    ),
  };
}
export type FeatureServices = ReturnType<typeof featureServices>;
