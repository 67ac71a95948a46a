// Resolvers and types decorate at import time; the metadata API must exist before the first one.
import 'reflect-metadata';
import type { LoadersOf } from '../kernel/lazy-loaders.js';
import type { TypeRequirement } from '../kernel/requirements.js';
import { accessModule } from './access/index.js';
import { apiKeyModule } from './api-key/index.js';
import { attachmentModule } from './attachment/index.js';
import { auditModule } from './audit/index.js';
import { authModule } from './auth/index.js';
import { billingModule } from './billing/index.js';
import { buildingModule } from './building/index.js';
import { dataExchangeModule } from './data-exchange/index.js';
import { directoryModule } from './directory/index.js';
import { energyModule } from './energy/index.js';
import { energyAlertModule } from './energy-alert/index.js';
import { equipmentModule } from './equipment/index.js';
import { faultReportModule } from './fault-report/index.js';
import { feeModule } from './fee/index.js';
import { invoiceModule } from './invoice/index.js';
import { iotModule } from './iot/index.js';
import { kioskModule } from './kiosk/index.js';
import { leaseModule } from './lease/index.js';
import { maintenanceModule } from './maintenance/index.js';
import type { Declared, FeatureModule } from './manifest.js';
import { notificationModule } from './notification/index.js';
import { parkModule } from './park/index.js';
import { parkingModule } from './parking/index.js';
import { paymentModule } from './payment/index.js';
import { tenantModule } from './tenant/index.js';
import { unitModule } from './unit/index.js';
import { userModule } from './user/index.js';
import { visitorModule } from './visitor/index.js';
import { workOrderModule } from './work-order/index.js';

/**
 * Every feature of the API, and the only place one is named. The ORM's entities, the schema's
 * resolvers, the permission catalogue and the built-in roles, the worker's tasks, the topic map,
 * the request's loaders, the domain events and the demo seed are all read from here, in this
 * order (the permission catalogue lists permissions in it).
 */
export const MODULES = [
  parkModule,
  buildingModule,
  unitModule,
  equipmentModule,
  tenantModule,
  userModule,
  authModule,
  kioskModule,
  apiKeyModule,
  auditModule,
  attachmentModule,
  notificationModule,
  directoryModule,
  workOrderModule,
  maintenanceModule,
  dataExchangeModule,
  faultReportModule,
  visitorModule,
  accessModule,
  parkingModule,
  iotModule,
  energyModule,
  energyAlertModule,
  feeModule,
  leaseModule,
  billingModule,
  paymentModule,
  invoiceModule,
] as const satisfies readonly FeatureModule[];

type Module = (typeof MODULES)[number];
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;
/** The values one manifest field takes across the list, as a union. */
type Field<K extends keyof FeatureModule> = Module extends infer M
  ? M extends { readonly [P in K]: infer V }
    ? V
    : never
  : never;
type Unwrap<D> = D extends Declared<infer T> ? T : never;

/** Every permission name any feature declares. */
export type Permission =
  Field<'permissions'> extends infer P ? (P extends unknown ? keyof P & string : never) : never;
/** Every subscription topic and its [scope id, payload], from each feature's topic map. */
export type Topics = UnionToIntersection<Unwrap<Field<'topics'>>>;
/** Every domain event and its payload. */
export type DomainEvents = UnionToIntersection<Unwrap<Field<'events'>>>;
/** The DataLoader factories of every feature. */
export type LoaderFactories = UnionToIntersection<Field<'loaders'>>;
/** `ctx.loaders`: every feature's loaders, each typed as its factory makes it. */
export type Loaders = LoadersOf<LoaderFactories>;
/** The worker's tasks, each with its handler. */
export type JobTasks = UnionToIntersection<Field<'tasks'>>;
export type JobTask = keyof JobTasks & string;
/** What `scheduleJob` accepts for `task`: its handler's payload. */
export type JobPayload<K extends JobTask> = JobTasks[K] extends (ctx: never, payload: infer P) => unknown
  ? P
  : never;

/** Every permission the manifests' partner key scopes open. */
type ScopePermission =
  Field<'apiKeyScopes'> extends infer S
    ? S extends unknown
      ? S[keyof S] extends { permissions: readonly (infer P)[] }
        ? P
        : never
      : never
    : never;
/** Fails the typecheck, naming it, when a scope opens a permission no feature declares. */
export type ScopePermissionsExist = MustBe<
  [Exclude<ScopePermission, Permission>] extends [never] ? true : Exclude<ScopePermission, Permission>
>;

/** Every value the manifests' `typeAccess` maps take. */
type TypeAccessValue = Field<'typeAccess'> extends infer A ? (A extends unknown ? A[keyof A] : never) : never;
type MustBe<T extends true> = T;
/**
 * Fails the typecheck, naming the value, when a manifest's `typeAccess` holds something that is no
 * requirement (a misspelt permission): the manifests write plain strings, checked here against
 * the permissions they declare together.
 */
export type TypeAccessIsExact = MustBe<
  [Exclude<TypeAccessValue, TypeRequirement<Permission>>] extends [never]
    ? true
    : Exclude<TypeAccessValue, TypeRequirement<Permission>>
>;
