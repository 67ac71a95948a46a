import { ApiKey } from '../modules/api-key/api-key.entity.js';
import { Attachment } from '../modules/attachment/attachment.entity.js';
import { AuditEntry } from '../modules/audit/audit-entry.entity.js';
import { AuthSession } from '../modules/auth/session.entity.js';
import { Building } from '../modules/building/building.entity.js';
import { Floor } from '../modules/building/floor.entity.js';
import { Equipment } from '../modules/equipment/equipment.entity.js';
import { EquipmentEvent } from '../modules/equipment/equipment-event.entity.js';
import { KioskDevice } from '../modules/kiosk/kiosk-device.entity.js';
import { MaintenancePlan } from '../modules/maintenance/maintenance-plan.entity.js';
import { Notification } from '../modules/notification/notification.entity.js';
import { Park } from '../modules/park/park.entity.js';
import { TenantCompany } from '../modules/tenant/tenant.entity.js';
import { TenantContact } from '../modules/tenant/tenant-contact.entity.js';
import { Unit } from '../modules/unit/unit.entity.js';
import { Role } from '../modules/user/role.entity.js';
import { AppUser } from '../modules/user/user.entity.js';
import { StaffShift } from '../modules/work-order/staff-shift.entity.js';
import { WorkOrder } from '../modules/work-order/work-order.entity.js';
import { WorkOrderComment } from '../modules/work-order/work-order-comment.entity.js';
import { WorkOrderEvent } from '../modules/work-order/work-order-event.entity.js';

/** Every table the ORM maps. Migrations are generated from this list. */
export const entities = [
  Park,
  Building,
  Floor,
  Unit,
  TenantCompany,
  TenantContact,
  Equipment,
  EquipmentEvent,
  Role,
  AppUser,
  AuthSession,
  KioskDevice,
  ApiKey,
  AuditEntry,
  WorkOrder,
  WorkOrderEvent,
  StaffShift,
  Notification,
  WorkOrderComment,
  Attachment,
  MaintenancePlan,
];
