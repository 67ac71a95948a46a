import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../graphql/context.js';
import { DomainEventBus } from '../kernel/domain-events.js';
import { LazyLoaders } from '../kernel/lazy-loaders.js';
import { type Audience, PermissionCatalogue } from '../kernel/permission-catalogue.js';
import { BUILTIN_ROLE_DEFINITIONS } from './auth/builtin-roles.js';
import { ExchangeRegistry } from './data-exchange/exchange-registry.js';
import type { AnyExportSpec } from './data-exchange/export-spec.js';
import type { AnyImportSpec } from './data-exchange/import-spec.js';
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
export const isPermission = (value: string): value is Permission => CATALOGUE.has(value);
export const permissionFits = (permission: Permission, audience: Audience) =>
  CATALOGUE.fits(permission, audience);
export type { Permission };

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
