import type { InvoiceRequestStatus } from '../../gql/graphql.js';

type TagType = 'info' | 'primary' | 'success' | 'warning' | 'danger';

/**
 * The queue's tabs: the waiting ones first (the default), each answer, then everything. 需红冲
 * (REVERSAL_DUE) follows 已开票: issued invoices a refund since left for a red-letter invoice, a
 * second thing for finance to work off.
 */
export const INVOICE_VIEWS = ['REQUESTED', 'ISSUED', 'REVERSAL_DUE', 'REJECTED', 'CANCELLED', 'ALL'] as const;
export type InvoiceView = (typeof INVOICE_VIEWS)[number];

/** Element Plus tag type of an invoice request's status: what waits for finance stands out. */
export function invoiceStatusTag(status: InvoiceRequestStatus): TagType {
  switch (status) {
    case 'REQUESTED':
      return 'warning';
    case 'ISSUED':
      return 'success';
    case 'REJECTED':
      return 'danger';
    default:
      return 'info';
  }
}

/**
 * The content type the API takes for an e-invoice file, from its name: browsers give an OFD file
 * no type and an XML file `text/xml`, so the extension decides. Null for anything else.
 */
export function invoiceFileType(fileName: string): string | null {
  const ext = fileName.toLowerCase().split('.').pop();
  if (ext === 'pdf') return 'application/pdf';
  if (ext === 'ofd') return 'application/ofd';
  if (ext === 'xml') return 'application/xml';
  return null;
}

/** What the file picker offers: the three e-invoice formats, by extension and type. */
export const INVOICE_FILE_ACCEPT = '.pdf,.ofd,.xml,application/pdf,application/ofd,application/xml,text/xml';

/** 发票号码: 20 digits (数电发票) or 8 (older e-invoices), as the API checks it. */
export const isInvoiceNumber = (s: string): boolean => /^(\d{8}|\d{20})$/.test(s);

/** A file size for people: 12 KB, 1.4 MB. */
export const fileSize = (bytes: number): string =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
