import type { BuiltinRoleDefinition } from '../../kernel/permission-catalogue.js';

/**
 * The roles of SPEC §1, kept as the code defines them at every boot (`db/reference-data.ts`);
 * fixed ids keep them referable. What each holds comes from the features' manifests, which
 * grant their permissions by role key.
 */
export const BUILTIN_ROLE_DEFINITIONS = [
  {
    id: 'df963be6-7583-5b6e-885c-31d5f4efea91',
    key: 'hq_admin',
    name: '集团管理员',
    nameEn: 'HQ admin',
    description: 'Runs every park of the operator; manages roles, users, keys and the audit log.',
    audience: 'STAFF',
    holdsAll: true,
  },
  {
    id: '19da937f-c085-5331-9536-5a5f96337c41',
    key: 'park_manager',
    name: '园区经理',
    nameEn: 'Park manager',
    description: 'Runs the parks they are bound to: assets, tenants, staff, kiosks and partner keys.',
    audience: 'STAFF',
  },
  {
    id: 'df7a3dce-72f5-537c-8101-e9763dce705a',
    key: 'customer_service',
    name: '客服',
    nameEn: 'Customer service',
    description: 'Front desk: tenants, their contacts and users.',
    audience: 'STAFF',
  },
  {
    id: '0e7189d4-597e-5cbf-8d2e-4d0cb79a9ad3',
    key: 'engineering',
    name: '工程',
    nameEn: 'Engineering',
    description: 'Technicians: the equipment ledger, inspections, maintenance and repairs.',
    audience: 'STAFF',
  },
  {
    id: 'ddecc250-545c-5a0b-9f36-49b1aff23b24',
    key: 'security',
    name: '秩序',
    nameEn: 'Security',
    description: 'Guards and the control room: sites, tenants and fire/security equipment.',
    audience: 'STAFF',
  },
  {
    id: 'c5d07af7-3d8c-571b-8cad-02fc675f4df2',
    key: 'cleaning',
    name: '保洁',
    nameEn: 'Cleaning',
    description: 'Cleaning crews: where things are.',
    audience: 'STAFF',
  },
  {
    id: 'd325a5c4-d5c6-5fd1-920f-ee9ea708d6e2',
    key: 'landscaping',
    name: '绿化',
    nameEn: 'Landscaping',
    description: 'Landscaping crews: where things are.',
    audience: 'STAFF',
  },
  {
    id: 'fcbc9e54-e578-5baf-82c4-196abdbfa08b',
    key: 'investment',
    name: '招商',
    nameEn: 'Investment & leasing',
    description: 'Leasing: units and their status, tenant companies.',
    audience: 'STAFF',
  },
  {
    id: '0810aea6-ee1e-5901-ae00-3c2d65a33233',
    key: 'finance',
    name: '财务',
    nameEn: 'Finance',
    description: 'Billing and collection: tenants and what they lease.',
    audience: 'STAFF',
  },
  {
    id: '2d9537db-10fb-5f2d-91be-16299fc467ec',
    key: 'quality',
    name: '品质',
    nameEn: 'Quality',
    description: 'Quality inspection: reads everything of their parks, including the audit log.',
    audience: 'STAFF',
  },
  {
    id: 'f8dafb0c-a10e-5fea-95b4-a7696a2a86e7',
    key: 'tenant_admin',
    name: '企业管理员',
    nameEn: 'Tenant admin',
    description: 'Manages the company’s profile and employees.',
    audience: 'TENANT',
  },
  {
    id: '0680c641-e4b4-5a5c-8e28-18d259cbd424',
    key: 'tenant_employee',
    name: '企业员工',
    nameEn: 'Tenant employee',
    description: 'An employee of a tenant company.',
    audience: 'TENANT',
  },
] as const satisfies readonly BuiltinRoleDefinition[];

/** The key a manifest grants a permission to. */
export type BuiltinRoleKey = (typeof BUILTIN_ROLE_DEFINITIONS)[number]['key'];
