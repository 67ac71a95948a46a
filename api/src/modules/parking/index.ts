import { declare, defineModule } from '../manifest.js';
import { visitorPlateWindows } from '../visitor/index.js';
import { useVisitorPlateWindows } from './parking.admission.js';
import {
  ParkingCharge,
  ParkingEvent,
  ParkingLot,
  ParkingRate,
  ParkingSession,
  VehicleListEntry,
} from './parking.entity.js';
import { parkingEventExport } from './parking.export.js';
import { ParkingResolver } from './parking.resolver.js';
import { seedDemoParking } from './parking.seed.js';
import type { ParkingTopics } from './parking.topics.js';

export { type PlateWindow, useVisitorPlateWindows, type VisitorPlateWindows } from './parking.admission.js';

// A visitor's plate is let in inside its pass window (SPEC §3.3): the visitor feature answers.
useVisitorPlateWindows(
  async (em, parkId, plate, at) => (await visitorPlateWindows(em, parkId, plate, at)).windows,
);

/** Parking (SPEC §3.3): lots and spaces by type, listed vehicles, gate decisions, fees, flow. */
export const parkingModule = defineModule({
  name: 'parking',
  title: { zh: '停车', en: 'Parking' },
  actions: {
    createParkingLot: { zh: '新增停车场', en: 'Add a parking lot' },
    updateParkingLot: { zh: '修改停车场', en: 'Edit a parking lot' },
    createParkingRate: { zh: '新增收费标准', en: 'Add a parking rate' },
    deleteParkingRate: { zh: '删除收费标准', en: 'Remove a parking rate' },
    addVehicle: { zh: '登记车辆名单', en: 'List a vehicle' },
    removeVehicle: { zh: '移出车辆名单', en: 'Take a vehicle off the list' },
    recordParkingEntry: { zh: '车辆入场', en: 'Car in' },
    recordParkingExit: { zh: '车辆出场', en: 'Car out' },
  },
  entities: [ParkingLot, ParkingRate, VehicleListEntry, ParkingSession, ParkingEvent, ParkingCharge],
  resolvers: [ParkingResolver],
  typeAccess: {
    ParkingLot: 'parking.read',
    ParkingRate: 'parking.read',
    ParkingEvent: 'parking.read',
    ParkingCharge: 'parking.read',
    ParkingOccupancy: 'parking.read',
    LotOccupancy: 'inherit',
    SpaceOccupancy: 'inherit',
    ParkingFlowBucket: 'inherit',
    ParkingChange: 'inherit',
    GateDecision: 'inherit',
    VehicleListEntry: 'vehicle.read',
  },
  topics: declare<ParkingTopics>(),
  exports: [parkingEventExport],
  seed: [{ name: 'demo parking', run: seedDemoParking }],
  permissions: {
    'parking.read': {
      audience: 'STAFF',
      name: { zh: '查看停车', en: 'View parking' },
      description: {
        zh: '查看停车场、实时车位、出入记录、车流统计、收费标准和停车收费记录。',
        en: 'Reads lots, live occupancy, the entry/exit log, flow statistics, the rate table and parking charges.',
      },
      grants: ['park_manager', 'security', 'customer_service', 'finance', 'quality'],
    },
    'parking.manage': {
      audience: 'STAFF',
      name: { zh: '管理停车', en: 'Manage parking' },
      description: {
        zh: '新增和修改停车场及车位数，维护收费标准。',
        en: 'Adds and changes lots and their spaces; keeps the rate table.',
      },
      grants: ['park_manager'],
    },
    'parking.operate': {
      audience: 'STAFF',
      name: { zh: '岗亭放行', en: 'Operate gates' },
      description: {
        zh: '在岗亭人工登记车辆入场和出场。',
        en: 'Records cars in and out by hand at the booth.',
      },
      grants: ['park_manager', 'security'],
    },
    'vehicle.read': {
      audience: 'BOTH',
      name: { zh: '查看车辆名单', en: 'View vehicle lists' },
      description: {
        zh: '查看车辆白名单和黑名单（企业：本企业的车辆）。',
        en: 'Reads listed and blocked vehicles (tenants: their company’s).',
      },
      grants: ['park_manager', 'security', 'customer_service', 'quality', 'tenant_admin'],
    },
    'vehicle.manage': {
      audience: 'BOTH',
      name: { zh: '管理车辆名单', en: 'Manage vehicle lists' },
      description: {
        zh: '登记和移除车辆（企业管理员：本企业的车辆；员工：所有企业的车辆和黑名单）。',
        en: 'Lists and removes vehicles (tenant admins: their company’s; staff: anyone’s, and blocks plates).',
      },
      grants: ['park_manager', 'security', 'tenant_admin'],
    },
  },
  apiKeyScopes: {
    'parking:write': {
      description: 'Report cars at the gates of the key’s parks and get each decision (barrier systems).',
      permissions: ['parking.operate'],
    },
  },
});
