import { declare, defineModule } from '../manifest.js';
import { Bill, BillLine, BillRun } from './billing.entity.js';
import { billingLoaders } from './billing.loaders.js';
import { BillingResolver } from './billing.resolver.js';
import { billingService } from './billing.service.js';
import type { BillingTopics } from './billing.topics.js';
import { BillCharge } from './charge.entity.js';
import { ChargeResolver } from './charge.resolver.js';

export { monthDays, previousMonth } from './bill-lines.js';
export { Bill } from './billing.entity.js';
export { BillStatus } from './billing.enums.js';
export { type BillMoney, billMoney } from './billing.repository.js';
export { seedBillMonth, seedCharges, seedOverdue } from './billing.seed.js';
export type { BillingTopics } from './billing.topics.js';
export { BillLineType, toBillLineType } from './billing.type.js';

/** Bills and bill runs 账单 (SPEC §3.5): monthly bills from leases, sub-meters, repairs and one-off charges. */
export const billingModule = defineModule({
  name: 'billing',
  title: { zh: '账单', en: 'Bills' },
  actions: {
    startBillRun: { zh: '发起账单批量出账', en: 'Start a bill run' },
    voidBill: { zh: '作废账单', en: 'Void a bill' },
    addBillCharge: { zh: '新增其他收费', en: 'Add a one-off charge' },
    cancelBillCharge: { zh: '撤销其他收费', en: 'Cancel a one-off charge' },
    'billing.runBatch': { zh: '出账（一批企业）', en: 'Bill a batch of companies' },
    'billing.markOverdue': { zh: '标记逾期账单', en: 'Mark overdue bills' },
    'billing.remindOverdue': { zh: '发送逾期提醒', en: 'Remind companies of overdue bills' },
  },
  entities: [BillRun, Bill, BillLine, BillCharge],
  resolvers: [BillingResolver, ChargeResolver],
  typeAccess: {
    Bill: 'bill.read',
    BillLine: 'inherit',
    BillRun: 'bill.run',
    BillAging: 'bill.run',
    BillCharge: 'bill.read',
    BillChargeStandard: 'inherit',
  },
  loaders: billingLoaders,
  topics: declare<BillingTopics>(),
  tasks: {
    'billing.runBatch': (ctx, payload: { runId: string }) => billingService.runBatch(ctx, payload),
    'billing.markOverdue': (ctx) => billingService.markOverdue(ctx),
    'billing.remindOverdue': (ctx) => billingService.remindOverdue(ctx),
  },
  // 00:15 in China (UTC+8): the day after a bill's due date it is overdue.
  // 09:00 in China: reminders when people are at their desks.
  recurring: { 'billing.markOverdue': '15 16 * * *', 'billing.remindOverdue': '0 1 * * *' },
  permissions: {
    'bill.read': {
      audience: 'BOTH',
      name: { zh: '查看账单', en: 'View bills' },
      description: {
        zh: '查看账单及其明细（企业：本企业的账单）。',
        en: 'Reads bills and their lines (tenants: their company’s).',
      },
      grants: ['park_manager', 'finance', 'customer_service', 'tenant_admin'],
    },
    'bill.run': {
      audience: 'STAFF',
      name: { zh: '出账', en: 'Run bills' },
      description: {
        zh: '按月发起批量出账，查看出账进度和欠费账龄。',
        en: 'Starts monthly bill runs and sees their progress and the aging of what is owed.',
      },
      grants: ['park_manager', 'finance'],
    },
    'bill.charge': {
      audience: 'STAFF',
      name: { zh: '其他收费', en: 'Charge companies' },
      description: {
        zh: '按收费标准向企业收取停车、会议室、增值服务等一次性费用，随次月账单出账；可撤销。',
        en: 'Charges companies one-off fees (parking, room bookings, services) by a fee standard, billed with the next month’s bill; cancels them.',
      },
      grants: ['park_manager', 'finance'],
    },
    'bill.void': {
      audience: 'STAFF',
      name: { zh: '作废账单', en: 'Void bills' },
      description: { zh: '作废尚未付款的账单。', en: 'Withdraws bills nothing has been paid on.' },
      grants: ['finance'],
    },
  },
});
