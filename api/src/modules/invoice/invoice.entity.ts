import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { baseProperties } from '../../db/base-properties.js';
import { Bill } from '../billing/billing.entity.js';
import { Park } from '../park/park.entity.js';
import { TenantCompany } from '../tenant/tenant.entity.js';
import { InvoiceKind, InvoiceRequestStatus } from './invoice.enums.js';

/**
 * A company's request for a VAT e-invoice 开票申请 for a paid bill (issue 19 §4), and finance's
 * answer: the issued invoice (its number, date and file) or why it was refused. A bill has at most
 * one request waiting or issued (a partial unique index), so concurrent requests make one. A
 * refund after issue is reversed by red-letter invoices, recorded on it.
 */
export const InvoiceRequest = defineEntity({
  name: 'InvoiceRequest',
  tableName: 'invoice_request',
  indexes: [{ properties: ['park', 'status', 'createdAt'] }, { properties: ['tenant', 'createdAt'] }],
  properties: {
    ...baseProperties,
    park: () => p.manyToOne(Park),
    tenant: () => p.manyToOne(TenantCompany),
    bill: () => p.manyToOne(Bill),
    kind: p.enum(() => InvoiceKind).nativeEnumName('invoice_kind'),
    status: p.enum(() => InvoiceRequestStatus).nativeEnumName('invoice_request_status'),
    /** What the invoice is for, fen: what the bill had collected when asked. */
    amountFen: p.bigint('number'),
    /** 发票抬头: the buyer's registered name. */
    title: p.string().length(100),
    /** 纳税人识别号, upper case (`tax-number.ts`). */
    taxNumber: p.string().length(20),
    /** 注册地址 and 电话; 开户行 and 账号: required for a SPECIAL invoice. */
    address: p.string().length(200).nullable(),
    phone: p.string().length(30).nullable(),
    bankName: p.string().length(100).nullable(),
    bankAccount: p.string().length(40).nullable(),
    /** Where the company wants the e-invoice sent as well. */
    email: p.string().length(100).nullable(),
    note: p.string().length(200).nullable(),
    requestedBy: p.uuid(),
    requestedByLabel: p.string().length(100),
    /** 发票号码 of the issued invoice (20 digits for a 全电发票, 8 for older ones). */
    invoiceNumber: p.string().length(20).nullable(),
    issuedOn: p.string().columnType('date').nullable(),
    /** The issued e-invoice (PDF, OFD or XML), an attachment owned by this request. */
    fileId: p.uuid().nullable(),
    handledBy: p.uuid().nullable(),
    handledByLabel: p.string().length(100).nullable(),
    handledAt: p.datetime().nullable(),
    rejectReason: p.string().length(200).nullable(),
    /**
     * What red-letter invoices 红字发票 have reversed of it, fen: money refunded after it was
     * issued leaves it for more than the bill kept, which finance reverses and records here.
     */
    reversedFen: p.bigint('number').default(0),
    /** The latest red-letter invoice's number and date. */
    reversalNumber: p.string().length(20).nullable(),
    reversedOn: p.string().columnType('date').nullable(),
  },
});
export type InvoiceRequest = InferEntity<typeof InvoiceRequest>;
