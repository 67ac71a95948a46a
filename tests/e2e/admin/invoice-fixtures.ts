import { expect } from 'vitest';
import { api, signInApi } from '../api.ts';
import { issueInvoice } from '../tenant/invoice-fixtures.ts';

/**
 * Invoice requests for the console's invoice queue (invoices.e2e.ts): asked through the API for
 * paid bills of finance's park, with the PDF and invoice numbers finance answers them with.
 */

type Bill = {
  id: string;
  number: string;
  tenantId: string;
  tenantName: string;
  invoiceRequest: { status: string } | null;
};
export type Asked = { id: string; billId: string; billNumber: string; tenantName: string; taxNumber: string };
export type InvoiceRequestState = {
  status: string;
  invoiceNumber: string | null;
  rejectReason: string | null;
  file: { url: string } | null;
};

/** Any valid unified social credit code, for a company whose own is not at hand. */
const FALLBACK_USCC = '91440300708461136T';

/** A small real PDF: one empty A6 page, with its cross-reference table. */
export function pdf(text: string): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 298 420] /Contents 4 0 R >>`,
    `<< /Length ${text.length + 24} >>\nstream\nBT /F1 12 Tf (${text}) Tj ET\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) body += `${String(o).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A 20-digit invoice number no other run has used (digital invoices 数电发票 have 20). */
export const invoiceNumber = () =>
  `26${String(Date.now()).padStart(13, '0')}${String(Math.floor(Math.random() * 100_000)).padStart(5, '0')}`;

/** Today in the demo park (Asia/Shanghai), YYYY-MM-DD. */
export const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

const BILLS = `query ($f: BillFilter, $after: String) { bills(first: 100, after: $after, filter: $f) {
  pageInfo { hasNextPage endCursor }
  nodes { id number tenantId tenantName invoiceRequest { status } } } }`;
const REQUEST = `query ($id: ID!) { invoiceRequest(id: $id) {
  status invoiceNumber rejectReason file { url } } }`;
/** How many requests wait in a park (`$p`). */
export const WAITING = `query ($p: ID!) { invoiceRequests(first: 1, filter: { parkId: $p, statuses: [REQUESTED] }) { totalCount } }`;

/** A request's state as the API holds it, read as `token`'s user. */
export const request = async (id: string, token: string) =>
  (await api<{ invoiceRequest: InvoiceRequestState }>(REQUEST, { id }, token)).invoiceRequest;

/** The park finance's console opens on (its busiest, as a new browser has no remembered one). */
export async function financePark(token: string): Promise<string> {
  const { viewer } = await api<{ viewer: { busiestParkId: string | null; parks: { id: string }[] } }>(
    '{ viewer { busiestParkId parks { id } } }',
    {},
    token,
  );
  return viewer.busiestParkId ?? viewer.parks[0]!.id;
}

/**
 * `n` new invoice requests, asked by the HQ admin for paid bills of finance's park that have none
 * waiting or issued. The demo companies whose portal users the tenant tests sign in as are used
 * last, so this file does not take the bills those tests ask invoices for.
 */
export async function askInvoices(
  n: number,
  opts: { special?: boolean; billIds?: ReadonlySet<string> } = {},
): Promise<Asked[]> {
  const hq = await signInApi('hq.admin');
  const finance = await signInApi('finance');
  const parkId = await financePark(finance.token);
  const portal = new Set<string>();
  for (const login of ['tenant.admin', 'tenant2.admin']) {
    const { token } = await signInApi(login);
    const { viewer } = await api<{ viewer: { tenant: { id: string } | null } }>(
      '{ viewer { tenant { id } } }',
      {},
      token,
    );
    if (viewer.tenant) portal.add(viewer.tenant.id);
  }
  const free: Bill[] = [];
  let after: string | null = null;
  do {
    const page: { bills: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Bill[] } } =
      await api(BILLS, { f: { parkId, statuses: ['PAID'] }, after }, hq.token);
    free.push(
      ...page.bills.nodes.filter(
        (b) =>
          !['REQUESTED', 'ISSUED'].includes(b.invoiceRequest?.status ?? '') &&
          (!opts.billIds || opts.billIds.has(b.id)),
      ),
    );
    after = page.bills.pageInfo.hasNextPage ? page.bills.pageInfo.endCursor : null;
  } while (after);
  free.sort((a, b) => Number(portal.has(a.tenantId)) - Number(portal.has(b.tenantId)));
  const asked: Asked[] = [];
  for (const bill of free) {
    if (asked.length === n) break;
    const { tenantCompany } = await api<{ tenantCompany: { uscc: string } | null }>(
      'query ($id: ID!) { tenantCompany(id: $id) { uscc } }',
      { id: bill.tenantId },
      hq.token,
    );
    const special = opts.special ?? asked.length % 2 === 1;
    try {
      const { requestInvoice } = await api<{ requestInvoice: Asked }>(
        'mutation ($input: CreateInvoiceRequestInput!) { requestInvoice(input: $input) { id billId billNumber tenantName taxNumber } }',
        {
          input: {
            billId: bill.id,
            kind: special ? 'SPECIAL' : 'NORMAL',
            title: bill.tenantName,
            taxNumber: tenantCompany?.uscc ?? FALLBACK_USCC,
            email: 'caiwu@example.cn',
            ...(special && {
              address: '江苏省苏州市工业园区星湖街 328 号',
              phone: '0512-62881234',
              bankName: '中国银行苏州工业园区支行',
              bankAccount: '5327 6880 1234 5678 901',
              note: '请在月底前开具，谢谢',
            }),
          },
        },
        hq.token,
      );
      asked.push(requestInvoice);
    } catch (err) {
      // Another file asked for this bill's invoice meanwhile: take the next bill.
      if (!String(err).includes('INVOICE_ALREADY_REQUESTED')) throw err;
    }
  }
  expect(asked, 'paid bills free to invoice').toHaveLength(n);
  return asked;
}

/**
 * An invoice issued for a paid bill, then `refundFen` of the bill's payment refunded through the
 * API as finance's console does (the provider's answer comes by a job): the invoice covers more
 * than the bill keeps, so it waits for a red-letter invoice of `refundFen` (需红冲).
 */
export async function refundedInvoice(refundFen: number): Promise<Asked & { invoiceNumber: string }> {
  const finance = await signInApi('finance');
  const parkId = await financePark(finance.token);
  const { payments } = await api<{
    payments: { nodes: { id: string; billId: string; amountFen: number; refundedFen: number }[] };
  }>(
    'query ($f: PaymentFilter) { payments(first: 100, filter: $f) { nodes { id billId amountFen refundedFen } } }',
    { f: { parkId, statuses: ['SUCCEEDED'] } },
    finance.token,
  );
  // Enough left that payments.e2e.ts still finds money to refund on it.
  const refundable = payments.nodes.filter((p) => p.amountFen - p.refundedFen >= refundFen + 200);
  const [asked] = (await askInvoices(1, {
    special: false,
    billIds: new Set(refundable.map((p) => p.billId)),
  })) as [Asked];
  const number = invoiceNumber();
  await issueInvoice(asked.id, number, finance.token);
  const payment = refundable.find((p) => p.billId === asked.billId)!;
  await api(
    'mutation ($input: RefundPaymentInput!) { refundPayment(input: $input) { id } }',
    { input: { intentId: payment.id, amountFen: refundFen, note: 'E2E 开票后退款' } },
    finance.token,
  );
  await expect
    .poll(
      async () =>
        (
          await api<{ invoiceRequest: { reversalDueFen: number } }>(
            'query ($id: ID!) { invoiceRequest(id: $id) { reversalDueFen } }',
            { id: asked.id },
            finance.token,
          )
        ).invoiceRequest.reversalDueFen,
      { timeout: 30_000 },
    )
    .toBe(refundFen);
  return { ...asked, invoiceNumber: number };
}
