import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { InvoiceRequest } from './invoice.entity.js';
import { InvoiceKind, InvoiceRequestStatus } from './invoice.enums.js';

registerEnumType(InvoiceKind, {
  name: 'InvoiceKind',
  description: 'Which VAT e-invoice.',
  valuesConfig: {
    NORMAL: { description: 'Ordinary VAT invoice 增值税普通发票' },
    SPECIAL: { description: 'Special VAT invoice 增值税专用发票 (input VAT deductible)' },
  },
});
registerEnumType(InvoiceRequestStatus, {
  name: 'InvoiceRequestStatus',
  description: 'Where an invoice request stands.',
  valuesConfig: {
    REQUESTED: { description: 'Waiting for finance 待开票' },
    ISSUED: { description: 'Issued; the e-invoice is attached 已开票' },
    REJECTED: { description: 'Refused with a reason; the company may ask again 已驳回' },
    CANCELLED: { description: 'Withdrawn by the company 已撤回' },
  },
});

@ObjectType('InvoiceRequest', {
  description: 'A company’s request for a VAT e-invoice 开票申请, and its answer.',
})
export class InvoiceRequestType {
  @Field(() => ID, { description: 'Request id.' })
  id!: string;

  @Field(() => ID, { description: 'The park.' })
  parkId!: string;

  @Field(() => ID, { description: 'The company.' })
  tenantId!: string;

  @Field(() => ID, { description: 'The bill invoiced.' })
  billId!: string;

  @Field(() => InvoiceKind, { description: 'Ordinary or special.' })
  kind!: InvoiceKind;

  @Field(() => InvoiceRequestStatus, { description: 'Where it stands.' })
  status!: InvoiceRequestStatus;

  @Field(() => Int, { description: 'Amount invoiced, fen: what the bill had collected when asked.' })
  amountFen!: number;

  @Field({ description: '发票抬头.' })
  title!: string;

  @Field({ description: '纳税人识别号.' })
  taxNumber!: string;

  @Field(() => String, { nullable: true, description: '注册地址.' })
  address!: string | null;

  @Field(() => String, { nullable: true, description: '注册电话.' })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: '开户银行.' })
  bankName!: string | null;

  @Field(() => String, { nullable: true, description: '银行账号.' })
  bankAccount!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the e-invoice is sent as well.' })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'The company’s note to finance.' })
  note!: string | null;

  @Field({ description: 'Who asked.' })
  requestedBy!: string;

  @Field({ description: 'When it was asked.' })
  createdAt!: Date;

  @Field(() => String, { nullable: true, description: '发票号码, once issued.' })
  invoiceNumber!: string | null;

  @Field(() => String, { nullable: true, description: '开票日期 (YYYY-MM-DD), once issued.' })
  issuedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Who issued, refused or withdrew it.' })
  handledBy!: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was issued, refused or withdrawn.' })
  handledAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was refused.' })
  rejectReason!: string | null;

  /** The issued file's attachment id (the `file` field reads it). */
  fileId!: string | null;

  @Field(() => Int, { description: 'What red-letter invoices 红字发票 have reversed of it, fen.' })
  reversedFen!: number;

  @Field(() => String, { nullable: true, description: 'The latest red-letter invoice’s 发票号码.' })
  reversalNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'Its 开票日期 (YYYY-MM-DD).' })
  reversedOn!: string | null;
}

export const toInvoiceRequestType = (r: InvoiceRequest): InvoiceRequestType => ({
  id: r.id,
  parkId: r.park.id,
  tenantId: r.tenant.id,
  billId: r.bill.id,
  kind: r.kind,
  status: r.status,
  amountFen: r.amountFen,
  title: r.title,
  taxNumber: r.taxNumber,
  address: r.address ?? null,
  phone: r.phone ?? null,
  bankName: r.bankName ?? null,
  bankAccount: r.bankAccount ?? null,
  email: r.email ?? null,
  note: r.note ?? null,
  requestedBy: r.requestedByLabel,
  createdAt: r.createdAt,
  invoiceNumber: r.invoiceNumber ?? null,
  issuedOn: r.issuedOn ?? null,
  handledBy: r.handledByLabel ?? null,
  handledAt: r.handledAt ?? null,
  rejectReason: r.rejectReason ?? null,
  fileId: r.fileId ?? null,
  reversedFen: r.reversedFen,
  reversalNumber: r.reversalNumber ?? null,
  reversedOn: r.reversedOn ?? null,
});
