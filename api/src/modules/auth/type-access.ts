import { type Requirement, SIGNED_IN } from './permissions.js';

/**
 * What reading each object type's records needs (SPEC §4, field-level authorization). A field
 * that leads from one type to a type with another requirement crosses modules and must declare
 * its own `@Authorized` requirement, or the schema refuses to build; so does every field listed
 * in {@link PERSONAL_FIELDS}. `inherit`: wrappers and payloads, read with what returned them.
 * A new domain adds its types here.
 */
export const TYPE_ACCESS: Record<string, Requirement | 'inherit'> = {
  // Where things are: the names a lobby directory shows anyone signed in; what is inside
  // them (units, occupancy) needs asset.read, declared on those fields.
  Park: SIGNED_IN,
  Building: SIGNED_IN,
  Floor: SIGNED_IN,
  Unit: 'asset.read',
  Occupancy: 'asset.read',
  TenantCompany: 'tenant.read',
  TenantContact: 'tenant.read',
  Industry: 'inherit',
  Equipment: 'equipment.read',
  EquipmentEvent: 'equipment.read',
  EquipmentChange: 'inherit',
  User: 'user.read',
  Role: SIGNED_IN,
  Permission: SIGNED_IN,
  Viewer: SIGNED_IN,
  AuthPayload: 'inherit',
  KioskDevice: 'kiosk.manage',
  KioskPairing: 'inherit',
  KioskPairingCode: 'inherit',
  DirectoryEntry: 'inherit',
  DirectoryLocation: 'inherit',
  DirectoryBuilding: 'inherit',
  DirectoryFloor: 'inherit',
  ApiKey: 'apiKey.manage',
  ApiKeyScope: 'inherit',
  ApiKeySecret: 'inherit',
  AuditEntry: 'audit.read',
  AuditPage: 'inherit',
  AuditChainReport: 'inherit',
  WorkOrder: 'workOrder.read',
  WorkOrderChange: 'inherit',
  WorkOrderComment: 'workOrder.read',
  WorkOrderEvent: 'workOrder.read',
  WorkOrderQuote: 'workOrder.read',
  WorkOrderSla: 'workOrder.read',
  WorkOrderKpis: 'inherit',
  Attachment: 'workOrder.read',
  AttachmentUpload: 'inherit',
  StaffShift: 'inherit',
  MaintenancePlan: 'inherit',
  MaintenanceCompliance: 'inherit',
  ComplianceItem: 'inherit',
  Notification: SIGNED_IN,
  PublicEquipment: 'inherit',
  FaultReportReceipt: 'inherit',
  FaultReport: 'workOrder.dispatch',
  PageInfo: 'inherit',
};

/**
 * Personal or commercially sensitive fields: each declares its requirement, whatever type it
 * sits on, so no path through the graph reaches it without that permission.
 */
export const PERSONAL_FIELDS = [
  'TenantCompany.uscc',
  'TenantCompany.legalRepresentative',
  'TenantCompany.employeeCount',
  'TenantCompany.contacts',
  'TenantCompany.website',
  'TenantCompany.description',
  'TenantCompany.moveInDate',
  'TenantCompany.units',
  'TenantCompany.occupiedArea',
  'Equipment.manufacturer',
  'Equipment.model',
  'Equipment.serialNumber',
  'Equipment.installDate',
  'Equipment.warrantyEnd',
  'Equipment.inWarranty',
  'Equipment.parameters',
  'Equipment.history',
  'WorkOrder.faultReports',
  'User.login',
  'User.roles',
  'User.parks',
  'User.tenant',
  'User.status',
  'User.lastLoginAt',
  'User.mustChangePassword',
] as const;
