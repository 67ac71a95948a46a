import { Building } from '../modules/building/building.entity.js';
import { Floor } from '../modules/building/floor.entity.js';
import { Equipment } from '../modules/equipment/equipment.entity.js';
import { EquipmentEvent } from '../modules/equipment/equipment-event.entity.js';
import { Park } from '../modules/park/park.entity.js';
import { TenantCompany } from '../modules/tenant/tenant.entity.js';
import { TenantContact } from '../modules/tenant/tenant-contact.entity.js';
import { Unit } from '../modules/unit/unit.entity.js';

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
];
