import { defineModule } from '../manifest.js';
import { FeeResolver } from './fee.resolver.js';
import { seedFeeStandards } from './fee.seed.js';
import { FeeRate, FeeStandard } from './fee-standard.entity.js';

export { FeeBasis, FeeItem } from './fee.enums.js';
export { feeRepository, type StandardPrices } from './fee.repository.js';
export { FeeRate, FeeStandard } from './fee-standard.entity.js';
export { MoneyRounding, yuanText } from './money.js';

/** Fee items and standards 收费标准 (SPEC §3.5): what the park charges, per what, from which date. */
export const feeModule = defineModule({
  name: 'fee',
  title: { zh: '收费标准', en: 'Fee standards' },
  actions: {
    createFeeStandard: { zh: '新增收费标准', en: 'Add a fee standard' },
    updateFeeStandard: { zh: '修改收费标准', en: 'Edit a fee standard' },
    addFeeRate: { zh: '调整收费价格', en: 'Set a new price' },
    withdrawFeeRate: { zh: '撤回未生效价格', en: 'Withdraw a price not yet in force' },
  },
  entities: [FeeStandard, FeeRate],
  resolvers: [FeeResolver],
  typeAccess: { FeeStandard: 'fee.read', FeeRate: 'inherit' },
  seed: [{ name: 'demo fee standards', run: seedFeeStandards }],
  permissions: {
    'fee.read': {
      audience: 'STAFF',
      name: { zh: '查看收费标准', en: 'View fee standards' },
      description: {
        zh: '查看园区的收费标准及其历次价格。',
        en: 'Reads the park’s fee standards and their prices over time.',
      },
      grants: ['park_manager', 'finance', 'investment', 'customer_service'],
    },
    'fee.manage': {
      audience: 'STAFF',
      name: { zh: '管理收费标准', en: 'Manage fee standards' },
      description: {
        zh: '新增收费标准，按生效日期调整价格。',
        en: 'Adds fee standards and sets new prices from a date on.',
      },
      grants: ['park_manager', 'finance'],
    },
  },
});
