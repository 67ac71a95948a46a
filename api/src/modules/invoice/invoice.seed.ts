import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_PARK } from '../../db/seeders/demo-data.js';
import { wallClock } from '../../kernel/clock.js';
import { Bill, BillStatus } from '../billing/index.js';
import { Park } from '../park/park.entity.js';
import { AppUser } from '../user/user.entity.js';
import { InvoiceRequest } from './invoice.entity.js';
import { InvoiceKind, InvoiceRequestStatus } from './invoice.enums.js';

/** What the demo requests ask, in order: four waiting (one special), one refused, one withdrawn. */
const PLAN: { kind: InvoiceKind; status: InvoiceRequestStatus; reason?: string }[] = [
  { kind: InvoiceKind.NORMAL, status: InvoiceRequestStatus.REQUESTED },
  { kind: InvoiceKind.SPECIAL, status: InvoiceRequestStatus.REQUESTED },
  { kind: InvoiceKind.NORMAL, status: InvoiceRequestStatus.REQUESTED },
  { kind: InvoiceKind.NORMAL, status: InvoiceRequestStatus.REQUESTED },
  {
    kind: InvoiceKind.SPECIAL,
    status: InvoiceRequestStatus.REJECTED,
    reason: '开户银行账号与税务登记不一致，请核对后重新申请',
  },
  { kind: InvoiceKind.NORMAL, status: InvoiceRequestStatus.CANCELLED },
];

/**
 * Invoice requests for some of the demo park's paid bills, so finance's queue has work: each
 * made out to its company's registered name and credit code, by one of its users or, for a
 * company without portal users, by customer service on its behalf. The first demo
 * company (`tenant.admin`'s) has none, so its paid bills are free to ask for one.
 */
export async function seedDemoInvoices(em: EntityManager): Promise<Record<string, number>> {
  const park = await em.findOne(Park, { code: DEMO_PARK.code });
  if (!park) return {};
  const now = wallClock.now();
  const firstCompany = (await em.findOne(AppUser, { login: 'tenant.admin' }))?.tenant?.id;
  const secondCompany = (await em.findOne(AppUser, { login: 'tenant2.admin' }))?.tenant?.id;
  // Refreshed: the payment seed moved the bills' money in SQL.
  const paid = await em.find(
    Bill,
    {
      park,
      status: BillStatus.PAID,
      totalFen: { $gt: 0 },
      ...(firstCompany && { tenant: { $ne: firstCompany } }),
    },
    { orderBy: { number: 'desc' }, populate: ['tenant'], refresh: true },
  );
  // The second demo company (`tenant2.admin`'s) asks first, so a second login sees a request.
  const bills = [
    ...paid.filter((b) => b.tenant.id === secondCompany).slice(0, 1),
    ...paid.filter((b) => b.tenant.id !== secondCompany),
  ].slice(0, PLAN.length);
  const agent = await em.findOne(AppUser, { login: 'cs.agent' });
  let made = 0;
  for (const [i, bill] of bills.entries()) {
    const plan = PLAN[i]!;
    // A company without portal users asked by phone; customer service entered it for them.
    const user = (await em.findOne(AppUser, { tenant: bill.tenant }, { orderBy: { login: 'asc' } })) ?? agent;
    if (!user) continue;
    const special = plan.kind === InvoiceKind.SPECIAL;
    // Asked over the last days, the oldest first in the queue.
    const asked = new Date(now.getTime() - (PLAN.length - i) * 20 * 3_600_000);
    em.create(InvoiceRequest, {
      createdAt: asked,
      park,
      tenant: bill.tenant,
      bill,
      kind: plan.kind,
      status: plan.status,
      amountFen: bill.paidFen,
      title: bill.tenant.name,
      taxNumber: bill.tenant.uscc,
      address: special ? '广东省深圳市南山区西丽街道科技园路 1 号' : null,
      phone: special ? '0755-86001234' : null,
      bankName: special ? '招商银行深圳科技园支行' : null,
      bankAccount: special ? `7559${String(100000000 + i * 7919).padStart(12, '0')}` : null,
      email: i % 2 === 0 ? 'finance@example.cn' : null,
      note: null,
      requestedBy: user.id,
      requestedByLabel: user.displayName,
      handledBy: null,
      handledByLabel: plan.status === InvoiceRequestStatus.REJECTED ? '演示财务' : null,
      handledAt:
        plan.status === InvoiceRequestStatus.REQUESTED ? null : new Date(asked.getTime() + 3_600_000),
      rejectReason: plan.reason ?? null,
    });
    made += 1;
  }
  await em.flush();
  return { invoiceRequests: made };
}
