import type { Browser } from 'playwright-core';
import { expect } from 'vitest';
import { api } from '../api.ts';
import { baseUrl, newContext, PHONE } from '../browser.ts';

/** What the invoice files read of a bill of the company. */
export type InvoicedBill = {
  id: string;
  number: string;
  status: string;
  totalFen: number;
  paidFen: number;
  outstandingFen: number;
  invoiceRequest: { id: string; status: string } | null;
};
export const INVOICED_BILL_FIELDS =
  'id number status totalFen paidFen outstandingFen invoiceRequest { id status }';
const OWED = ['ISSUED', 'PARTLY_PAID', 'OVERDUE'];

/** A PDF as a tax system's e-invoice starts: its header, one empty page, its trailer. */
export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** Today in the park (Asia/Shanghai), as YYYY-MM-DD. */
export const parkToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

let serial = 0;
/** A 20-digit invoice number (数电发票) no other of the run has: the API refuses a number twice. */
export const invoiceNumber = () =>
  `${Date.now()}${String(process.pid % 1000).padStart(3, '0')}${String(++serial % 10_000).padStart(4, '0')}`;

/**
 * A bill of the caller's company paid in full with no invoice waiting or issued. The demo leaves
 * the first company's paid bills without requests; the oldest is taken, one without a meter's
 * line if it can be (my-bills.e2e.ts opens the newest metered bill, pay-bill.e2e.ts pays this
 * month's). Once other files have used them up, the owed bill with the least left is paid here
 * in full through the sandbox, as a payer would.
 */
export async function paidBillWithoutInvoice(browser: Browser, token: string): Promise<InvoicedBill> {
  const read = async () =>
    (
      await api<{ bills: { nodes: (InvoicedBill & { lines: { source: string }[] })[] } }>(
        `{ bills(first: 100) { nodes { ${INVOICED_BILL_FIELDS} lines { source } } } }`,
        {},
        token,
      )
    ).bills.nodes;
  const bills = await read();
  const metered = (b: (typeof bills)[number]) => b.lines.some((l) => l.source === 'UTILITY');
  /** Unmetered bills first, then the oldest (the API lists the newest first). */
  const preferred = [...bills.filter((b) => !metered(b)).reverse(), ...bills.filter(metered).reverse()];
  const free = preferred.find(
    (b) =>
      b.status === 'PAID' &&
      b.totalFen > 0 &&
      !['REQUESTED', 'ISSUED'].includes(b.invoiceRequest?.status ?? ''),
  );
  if (free) return free;
  const bill = preferred
    .filter((b) => OWED.includes(b.status) && b.outstandingFen > 0)
    .sort((a, b) => Number(metered(a)) - Number(metered(b)) || a.outstandingFen - b.outstandingFen)[0];
  if (!bill) throw new Error('the company has no bill to pay and invoice');
  const { payBill } = await api<{ payBill: { payUrl: string } }>(
    'mutation ($input: PayBillInput!) { payBill(input: $input) { payUrl } }',
    { input: { billId: bill.id, amountFen: bill.outstandingFen, idempotencyKey: crypto.randomUUID() } },
    token,
  );
  const phone = await newContext(browser, PHONE);
  const payer = await phone.newPage();
  await payer.goto(payBill.payUrl);
  await payer.getByTestId('sandbox-pay').click();
  await payer.getByTestId('sandbox-note').waitFor();
  await phone.close();
  // The provider's notice books the payment a moment later (expect.poll is not for beforeAll).
  for (const until = Date.now() + 30_000; Date.now() < until; ) {
    const paid = (await read()).find((b) => b.id === bill.id && b.status === 'PAID');
    if (paid) return paid;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`bill ${bill.number} was not paid within 30 s`);
}

/** Asks for an ordinary invoice of `billId` through the API, made out to `buyer`. */
export async function requestInvoice(
  billId: string,
  buyer: { name: string; uscc: string },
  token: string,
): Promise<string> {
  const { requestInvoice: made } = await api<{ requestInvoice: { id: string } }>(
    'mutation ($input: CreateInvoiceRequestInput!) { requestInvoice(input: $input) { id } }',
    { input: { billId, kind: 'NORMAL', title: buyer.name, taxNumber: buyer.uscc } },
    token,
  );
  return made.id;
}

/**
 * Finance issues a waiting request as its console does: registers the e-invoice's file, PUTs a
 * small PDF to the link it got, then records the number and today's date.
 */
export async function issueInvoice(requestId: string, number: string, finance: string): Promise<void> {
  const { createInvoiceFileUpload: upload } = await api<{
    createInvoiceFileUpload: { attachmentId: string; uploadUrl: string };
  }>(
    'mutation ($input: CreateInvoiceFileUploadInput!) { createInvoiceFileUpload(input: $input) { attachmentId uploadUrl } }',
    { input: { requestId, fileName: `${number}.pdf`, contentType: 'application/pdf', size: PDF.length } },
    finance,
  );
  const put = await fetch(new URL(upload.uploadUrl, baseUrl()), {
    method: 'PUT',
    headers: { 'content-type': 'application/pdf' },
    body: new Uint8Array(PDF),
  });
  expect(put.status).toBe(201);
  await api(
    'mutation ($id: ID!, $input: IssueInvoiceInput!) { issueInvoice(id: $id, input: $input) { id } }',
    { id: requestId, input: { fileId: upload.attachmentId, invoiceNumber: number, issuedOn: parkToday() } },
    finance,
  );
}

/** Finance refuses a waiting request, saying what to correct. */
export async function rejectInvoice(requestId: string, reason: string, finance: string): Promise<void> {
  await api(
    'mutation ($id: ID!, $input: RejectInvoiceRequestInput!) { rejectInvoiceRequest(id: $id, input: $input) { id } }',
    { id: requestId, input: { reason } },
    finance,
  );
}
