/**
 * The named capabilities the code checks (SPEC §1: roles are data, permissions are not).
 * Roles, stored in the `role` table, group them; admins edit roles, never this list. A later
 * module adds its own capabilities here and grants them to the built-in roles in its migration.
 */
export const PERMISSIONS = {
  'park.all': { audience: 'STAFF', description: 'Sees and runs every park, now and future (HQ).' },
  'park.manage': { audience: 'STAFF', description: 'Creates parks and edits their master data.' },
  'asset.read': {
    audience: 'BOTH',
    description: 'Reads buildings, floors and units (tenants: their own units).',
  },
  'asset.write': { audience: 'STAFF', description: 'Creates and edits buildings, floors and units.' },
  'equipment.read': { audience: 'STAFF', description: 'Reads the equipment ledger and its history.' },
  'equipment.write': {
    audience: 'STAFF',
    description: 'Edits equipment and records inspections and repairs.',
  },
  'tenant.read': { audience: 'BOTH', description: 'Reads tenant companies (tenants: their own company).' },
  'tenant.write': { audience: 'STAFF', description: 'Registers tenant companies and edits them.' },
  'user.read': { audience: 'BOTH', description: 'Lists users (tenant admins: their company’s employees).' },
  'user.manage': {
    audience: 'BOTH',
    description: 'Creates, disables and resets users, granting only roles within one’s own permissions.',
  },
  'role.manage': { audience: 'STAFF', description: 'Creates roles and changes their permissions.' },
  'kiosk.manage': { audience: 'STAFF', description: 'Pairs and revokes lobby kiosks.' },
  'apiKey.manage': { audience: 'STAFF', description: 'Issues and revokes partner API keys.' },
  'audit.read': { audience: 'STAFF', description: 'Browses the audit log of one’s parks.' },
  'audit.verify': { audience: 'STAFF', description: 'Verifies the audit log’s hash chain.' },
  'workOrder.read': { audience: 'BOTH', description: 'Reads work orders (tenants: their company’s).' },
  'workOrder.submit': {
    audience: 'BOTH',
    description: 'Files repairs and complaints; cancels one’s own before dispatch.',
  },
  'workOrder.dispatch': {
    audience: 'STAFF',
    description: 'Dispatches, re-dispatches, cancels and closes work orders.',
  },
  'workOrder.work': {
    audience: 'STAFF',
    description: 'Accepts, starts, holds and completes work orders assigned to one.',
  },
  'workOrder.verify': {
    audience: 'BOTH',
    description: 'Confirms a completed job or sends it back for rework.',
  },
  'maintenance.manage': {
    audience: 'STAFF',
    description: 'Creates maintenance plans and pauses or changes them.',
  },
  'workOrder.supervise': {
    audience: 'STAFF',
    description: 'Receives the SLA escalations of one’s parks.',
  },
} as const satisfies Record<string, { audience: 'STAFF' | 'TENANT' | 'BOTH'; description: string }>;

export type Permission = keyof typeof PERMISSIONS;
export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];

export const isPermission = (value: string): value is Permission => Object.hasOwn(PERMISSIONS, value);

/** Whether a role for `audience` may hold the permission. */
export function permissionFits(permission: Permission, audience: 'STAFF' | 'TENANT'): boolean {
  const a = PERMISSIONS[permission].audience;
  return a === 'BOTH' || a === audience;
}

/** Operations open to anyone (login, refresh, kiosk pairing) — still audited and rate-limited. */
export const PUBLIC = 'public';
/** Operations for any signed-in user, device or key (e.g. `viewer`). */
export const SIGNED_IN = 'signedIn';
/** What a paired lobby kiosk may do; kiosks have no roles. */
export const KIOSK = 'kiosk';
/** Fields of a user record: the user themselves, or whoever holds user.read. */
export const SELF_OR_USER_READ = 'selfOrUserRead';
export type Requirement =
  | Permission
  | typeof PUBLIC
  | typeof SIGNED_IN
  | typeof KIOSK
  | typeof SELF_OR_USER_READ;

type BuiltinRole = {
  id: string;
  key: string;
  name: string;
  nameEn: string;
  description: string;
  audience: 'STAFF' | 'TENANT';
  permissions: Permission[];
};

const STAFF_BASE: Permission[] = ['asset.read', 'tenant.read'];
/** Customer service takes requests in, dispatches, closes and follows up. */
const WORK_ORDER_DESK: Permission[] = [
  'workOrder.read',
  'workOrder.submit',
  'workOrder.dispatch',
  'workOrder.verify',
];
/** Technicians, guards, cleaners and gardeners work the orders dispatched to them. */
const WORK_ORDER_FIELD: Permission[] = ['workOrder.read', 'workOrder.submit', 'workOrder.work'];
/** Tenant users file repairs for their company and confirm the fix. */
const WORK_ORDER_TENANT: Permission[] = ['workOrder.read', 'workOrder.submit', 'workOrder.verify'];

/** The roles of SPEC §1, created by the identity migration; fixed ids keep them referable. */
export const BUILTIN_ROLES: BuiltinRole[] = [
  {
    id: 'df963be6-7583-5b6e-885c-31d5f4efea91',
    key: 'hq_admin',
    name: '集团管理员',
    nameEn: 'HQ admin',
    description: 'Runs every park of the operator; manages roles, users, keys and the audit log.',
    audience: 'STAFF',
    permissions: ALL_PERMISSIONS.filter((p) => permissionFits(p, 'STAFF')),
  },
  {
    id: '19da937f-c085-5331-9536-5a5f96337c41',
    key: 'park_manager',
    name: '园区经理',
    nameEn: 'Park manager',
    description: 'Runs the parks they are bound to: assets, tenants, staff, kiosks and partner keys.',
    audience: 'STAFF',
    permissions: [
      ...STAFF_BASE,
      'asset.write',
      'equipment.read',
      'equipment.write',
      'tenant.write',
      'user.read',
      'user.manage',
      'kiosk.manage',
      'apiKey.manage',
      'audit.read',
      'workOrder.read',
      'workOrder.submit',
      'workOrder.dispatch',
      'workOrder.work',
      'workOrder.verify',
      'workOrder.supervise',
      'maintenance.manage',
    ],
  },
  {
    id: 'df7a3dce-72f5-537c-8101-e9763dce705a',
    key: 'customer_service',
    name: '客服',
    nameEn: 'Customer service',
    description: 'Front desk: tenants, their contacts and users.',
    audience: 'STAFF',
    // workOrder.work: customer service works its own follow-ups (return visits).
    permissions: [...STAFF_BASE, 'equipment.read', 'user.read', ...WORK_ORDER_DESK, 'workOrder.work'],
  },
  {
    id: '0e7189d4-597e-5cbf-8d2e-4d0cb79a9ad3',
    key: 'engineering',
    name: '工程',
    nameEn: 'Engineering',
    description: 'Technicians: the equipment ledger, inspections, maintenance and repairs.',
    audience: 'STAFF',
    permissions: [
      ...STAFF_BASE,
      'equipment.read',
      'equipment.write',
      'maintenance.manage',
      ...WORK_ORDER_FIELD,
    ],
  },
  {
    id: 'ddecc250-545c-5a0b-9f36-49b1aff23b24',
    key: 'security',
    name: '秩序',
    nameEn: 'Security',
    description: 'Guards and the control room: sites, tenants and fire/security equipment.',
    audience: 'STAFF',
    permissions: [...STAFF_BASE, 'equipment.read', ...WORK_ORDER_FIELD],
  },
  {
    id: 'c5d07af7-3d8c-571b-8cad-02fc675f4df2',
    key: 'cleaning',
    name: '保洁',
    nameEn: 'Cleaning',
    description: 'Cleaning crews: where things are.',
    audience: 'STAFF',
    permissions: ['asset.read', ...WORK_ORDER_FIELD],
  },
  {
    id: 'd325a5c4-d5c6-5fd1-920f-ee9ea708d6e2',
    key: 'landscaping',
    name: '绿化',
    nameEn: 'Landscaping',
    description: 'Landscaping crews: where things are.',
    audience: 'STAFF',
    permissions: ['asset.read', ...WORK_ORDER_FIELD],
  },
  {
    id: 'fcbc9e54-e578-5baf-82c4-196abdbfa08b',
    key: 'investment',
    name: '招商',
    nameEn: 'Investment & leasing',
    description: 'Leasing: units and their status, tenant companies.',
    audience: 'STAFF',
    permissions: [...STAFF_BASE, 'asset.write', 'tenant.write'],
  },
  {
    id: '0810aea6-ee1e-5901-ae00-3c2d65a33233',
    key: 'finance',
    name: '财务',
    nameEn: 'Finance',
    description: 'Billing and collection: tenants and what they lease.',
    audience: 'STAFF',
    permissions: [...STAFF_BASE],
  },
  {
    id: '2d9537db-10fb-5f2d-91be-16299fc467ec',
    key: 'quality',
    name: '品质',
    nameEn: 'Quality',
    description: 'Quality inspection: reads everything of their parks, including the audit log.',
    audience: 'STAFF',
    permissions: [...STAFF_BASE, 'equipment.read', 'user.read', 'audit.read', 'workOrder.read'],
  },
  {
    id: 'f8dafb0c-a10e-5fea-95b4-a7696a2a86e7',
    key: 'tenant_admin',
    name: '企业管理员',
    nameEn: 'Tenant admin',
    description: 'Manages the company’s profile and employees.',
    audience: 'TENANT',
    permissions: ['asset.read', 'tenant.read', 'user.read', 'user.manage', ...WORK_ORDER_TENANT],
  },
  {
    id: '0680c641-e4b4-5a5c-8e28-18d259cbd424',
    key: 'tenant_employee',
    name: '企业员工',
    nameEn: 'Tenant employee',
    description: 'An employee of a tenant company.',
    audience: 'TENANT',
    permissions: ['asset.read', 'tenant.read', ...WORK_ORDER_TENANT],
  },
];
