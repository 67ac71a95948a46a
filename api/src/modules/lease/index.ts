import { defineModule } from '../manifest.js';
import { Lease, LeaseUnit } from './lease.entity.js';
import { leaseLoaders } from './lease.loaders.js';
import { LeaseResolver } from './lease.resolver.js';
import { seedDemoLeases } from './lease.seed.js';
import { leaseService } from './lease.service.js';

export { type BillableLease, billableLeases } from './lease.billing.js';
export { LeaseLineKind } from './lease.enums.js';
export { addDays, priceOn, rentSchedule, type ScheduleLine } from './rent-schedule.js';

/** Lease contracts 租赁合同 (SPEC §3.6): tenants, units, terms, rent, and the units' occupancy. */
export const leaseModule = defineModule({
  name: 'lease',
  title: { zh: '租赁合同', en: 'Leases' },
  actions: {
    createLease: { zh: '起草租赁合同', en: 'Draft a lease' },
    updateLease: { zh: '修改合同草稿', en: 'Edit a lease draft' },
    deleteLease: { zh: '删除合同草稿', en: 'Delete a lease draft' },
    signLease: { zh: '签订租赁合同', en: 'Sign a lease' },
    terminateLease: { zh: '提前解约', en: 'Terminate a lease early' },
    renewLease: { zh: '起草续签合同', en: 'Draft a renewal' },
    'lease.roll': { zh: '合同按日期生效和到期', en: 'Start and end leases by their dates' },
  },
  entities: [Lease, LeaseUnit],
  resolvers: [LeaseResolver],
  typeAccess: {
    Lease: 'lease.read',
    LeaseUnit: 'inherit',
    LeaseCycle: 'inherit',
    LeaseLine: 'inherit',
    RentStep: 'inherit',
    DateSpan: 'inherit',
  },
  loaders: leaseLoaders,
  tasks: { 'lease.roll': (ctx) => leaseService.roll(ctx) },
  // 00:05 in China (UTC+8): leases end and begin on the park's new day.
  recurring: { 'lease.roll': '5 16 * * *' },
  seed: [{ name: 'demo leases', run: seedDemoLeases }],
  permissions: {
    'lease.read': {
      audience: 'BOTH',
      name: { zh: '查看租赁合同', en: 'View leases' },
      description: {
        zh: '查看租赁合同、租金计划和到期提醒（企业：本企业的合同）。',
        en: 'Reads leases, their rent schedules and what expires soon (tenants: their company’s).',
      },
      grants: ['park_manager', 'investment', 'finance', 'customer_service', 'tenant_admin'],
    },
    'lease.manage': {
      audience: 'STAFF',
      name: { zh: '管理租赁合同', en: 'Manage leases' },
      description: {
        zh: '起草、签订、续签和提前解约租赁合同；签约后房源随合同出租和腾空。',
        en: 'Drafts, signs, renews and terminates leases; signed leases lease and free their units.',
      },
      grants: ['park_manager', 'investment'],
    },
  },
});
