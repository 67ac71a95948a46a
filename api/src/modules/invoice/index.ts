import { defineModule } from '../manifest.js';
import { InvoiceRequest } from './invoice.entity.js';
import { invoiceLoaders } from './invoice.loaders.js';
import { BillInvoiceResolver, InvoiceResolver } from './invoice.resolver.js';
import { seedDemoInvoices } from './invoice.seed.js';
import { invoiceService } from './invoice.service.js';

/**
 * Invoices 发票 (SPEC §3.5, issue 19 §4): companies ask for VAT e-invoices of paid bills; finance
 * issues each by attaching the e-invoice from its tax system, or refuses it with a reason.
 */
export const invoiceModule = defineModule({
  name: 'invoice',
  title: { zh: '发票', en: 'Invoices' },
  actions: {
    requestInvoice: { zh: '申请开票', en: 'Ask for an invoice' },
    cancelInvoiceRequest: { zh: '撤回开票申请', en: 'Withdraw an invoice request' },
    createInvoiceFileUpload: { zh: '上传电子发票', en: 'Upload an e-invoice' },
    issueInvoice: { zh: '开具发票', en: 'Issue an invoice' },
    recordInvoiceReversal: { zh: '登记红字发票', en: 'Record a red-letter invoice' },
    rejectInvoiceRequest: { zh: '驳回开票申请', en: 'Refuse an invoice request' },
    'invoice.notifyFinance': { zh: '通知财务开票', en: 'Tell finance of an invoice request' },
  },
  entities: [InvoiceRequest],
  resolvers: [InvoiceResolver, BillInvoiceResolver],
  typeAccess: { InvoiceRequest: 'bill.read' },
  loaders: invoiceLoaders,
  on: {
    'payment.refunded': (ctx, payload: { billId: string; parkId: string }) =>
      invoiceService.onRefunded(ctx, payload),
  },
  tasks: {
    'invoice.notifyFinance': (ctx, payload: { requestId: string }) =>
      invoiceService.notifyFinance(ctx, payload),
  },
  seed: [{ name: 'demo invoice requests', run: seedDemoInvoices }],
  permissions: {
    'invoice.request': {
      // BOTH, so the HQ admin (who holds every staff permission) may grant roles holding it.
      audience: 'BOTH',
      name: { zh: '申请开票', en: 'Ask for invoices' },
      description: {
        zh: '为已缴清的账单申请增值税电子发票，或撤回未处理的申请（企业：本企业的账单）。',
        en: 'Asks for VAT e-invoices of bills paid in full, or withdraws a request not yet handled (tenants: their company’s).',
      },
      grants: ['tenant_admin'],
    },
    'invoice.issue': {
      audience: 'STAFF',
      name: { zh: '开具发票', en: 'Issue invoices' },
      description: {
        zh: '处理开票申请：上传税务系统开具的电子发票并登记发票号码，或说明原因驳回。',
        en: 'Handles invoice requests: uploads the e-invoice the tax system issued and records its number, or refuses with a reason.',
      },
      grants: ['finance'],
    },
  },
});
