import { declare, defineModule } from '../manifest.js';
import { analyticsManifest } from './analytics.manifest.js';
import { Meter, VirtualMeterTerm } from './energy.entity.js';
import type { EnergyEvents } from './energy.events.js';
import { energyJobs } from './energy.jobs.js';
import { EnergyResolver } from './energy.resolver.js';
import { seedDemoEnergy } from './energy.seed.js';
import { ReadingPhotoResolver } from './reading-photo.resolver.js';
import { meterTelemetry } from './telemetry.js';

export { tenantMeterUsage } from './consumption.service.js';
export { MeterKind, MeterLevel, ReadingFlag, RollupGrain, UNIT_OF } from './energy.enums.js';
export type { EnergyEvents } from './energy.events.js';
/** What the IoT ingest calls with each batch (inside its own `system` transaction). */
export { type MeterReadingInput, type RecordOutcome, recordMeterReadings } from './ingest.js';

/** Energy (SPEC §3.2): meters, validated readings, rollups, consumption. */
export const energyModule = defineModule({
  name: 'energy',
  title: { zh: '能源', en: 'Energy' },
  actions: {
    createMeter: { zh: '新增计量表', en: 'Add a meter' },
    updateMeter: { zh: '修改计量表', en: 'Edit a meter' },
    recordMeterReading: { zh: '录入抄表读数', en: 'Record a meter reading' },
    createMeterReadingPhotoUpload: { zh: '上传抄表照片', en: 'Upload a meter reading photo' },
    'energy.readingsRecorded': { zh: '通知读数已入库', en: 'Announce committed readings' },
    ...analyticsManifest.actions,
  },
  entities: [Meter, VirtualMeterTerm, ...analyticsManifest.entities],
  resolvers: [EnergyResolver, ReadingPhotoResolver, ...analyticsManifest.resolvers],
  tasks: { 'energy.maintain': energyJobs.maintain, 'energy.readingsRecorded': energyJobs.readingsRecorded },
  events: declare<EnergyEvents>(),
  telemetry: { METER: meterTelemetry },
  recurring: { 'energy.maintain': '23 2 * * *' },
  seed: [{ name: 'demo energy', run: seedDemoEnergy }, ...analyticsManifest.seed],
  typeAccess: {
    Meter: 'energy.read',
    VirtualMeterTerm: 'inherit',
    MeterReading: 'energy.read',
    RecordReadingResult: 'inherit',
    ConsumptionSeries: 'energy.read',
    ConsumptionPoint: 'inherit',
    TenantMeterUsage: 'energy.read',
    ReadingEvidence: 'inherit',
    ...analyticsManifest.typeAccess,
  },
  permissions: {
    'energy.read': {
      audience: 'BOTH',
      name: { zh: '查看能耗', en: 'View energy' },
      description: {
        zh: '查看计量表、读数和能耗统计（企业：本企业的分表）。',
        en: 'Reads meters, readings and consumption (tenants: their company’s sub-meters).',
      },
      grants: ['park_manager', 'engineering', 'finance', 'quality', 'tenant_admin'],
    },
    'energy.manage': {
      audience: 'STAFF',
      name: { zh: '管理计量表', en: 'Manage meters' },
      description: {
        zh: '新增和修改计量表、层级、倍率、量程和设备绑定。',
        en: 'Adds and changes meters, their tree, multipliers, register rules and device links.',
      },
      grants: ['park_manager', 'engineering'],
    },
    'energy.record': {
      audience: 'STAFF',
      name: { zh: '人工抄表', en: 'Record meter readings' },
      description: {
        zh: '为未接入设备的计量表录入读数。',
        en: 'Types in readings of meters without a device link.',
      },
      grants: ['park_manager', 'engineering'],
    },
    ...analyticsManifest.permissions,
  },
});
