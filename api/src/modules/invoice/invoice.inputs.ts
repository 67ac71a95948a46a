import {
  ArrayMaxSize,
  IsEmail,
  IsInt,
  IsISO8601,
  IsOptional,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { InvoiceKind, InvoiceRequestStatus } from './invoice.enums.js';

@InputType({ description: 'A VAT e-invoice asked for a paid bill, and who it is made out to.' })
export class CreateInvoiceRequestInput {
  @Field(() => ID, { description: 'The paid bill.' })
  billId!: string;

  @Field(() => InvoiceKind, { description: 'Ordinary 普票 or special 专票.' })
  kind!: InvoiceKind;

  @Field({ description: '发票抬头: the buyer’s registered name.' })
  @Length(2, 100)
  title!: string;

  @Field({ description: '纳税人识别号: the buyer’s 18-character unified social credit code.' })
  @MaxLength(20)
  taxNumber!: string;

  @Field(() => String, { nullable: true, description: '注册地址 (required for a special invoice).' })
  @IsOptional()
  @MaxLength(200)
  address?: string | null;

  @Field(() => String, { nullable: true, description: '注册电话 (required for a special invoice).' })
  @IsOptional()
  @Matches(/^[0-9+\-() ]{5,30}$/, { message: 'A phone number' })
  @MaxLength(30)
  phone?: string | null;

  @Field(() => String, { nullable: true, description: '开户银行 (required for a special invoice).' })
  @IsOptional()
  @MaxLength(100)
  bankName?: string | null;

  @Field(() => String, { nullable: true, description: '银行账号 (required for a special invoice).' })
  @IsOptional()
  @Matches(/^[0-9 -]{6,40}$/, { message: 'Digits of a bank account' })
  @MaxLength(40)
  bankAccount?: string | null;

  @Field(() => String, { nullable: true, description: 'Where to send the e-invoice as well.' })
  @IsOptional()
  @IsEmail()
  @MaxLength(100)
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Anything finance should know.' })
  @IsOptional()
  @MaxLength(200)
  note?: string | null;
}

@InputType({ description: 'The file of an issued e-invoice, to upload before issuing.' })
export class CreateInvoiceFileUploadInput {
  @Field(() => ID, { description: 'The invoice request it answers.' })
  requestId!: string;

  @Field({ description: 'File name as issued (e.g. the invoice number with .pdf).' })
  @Length(1, 200)
  fileName!: string;

  @Field({ description: 'application/pdf, application/ofd or application/xml.' })
  @MaxLength(100)
  contentType!: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  @IsInt()
  @Min(1)
  @Max(2_000_000_000)
  size!: number;
}

@InputType({ description: 'What finance issued for a request.' })
export class IssueInvoiceInput {
  @Field({ description: '发票号码: 20 digits (全电发票) or 8 (older e-invoices).' })
  @Matches(/^(\d{8}|\d{20})$/, { message: '8 or 20 digits' })
  @MaxLength(20)
  invoiceNumber!: string;

  @Field({ description: '开票日期, YYYY-MM-DD (not in the future).' })
  @IsISO8601({ strict: true })
  @Length(10, 10)
  issuedOn!: string;

  @Field(() => ID, { description: 'The uploaded e-invoice file (createInvoiceFileUpload).' })
  fileId!: string;
}

@InputType({ description: 'A red-letter invoice 红字发票 finance issued against an issued invoice.' })
export class RecordInvoiceReversalInput {
  @Field({ description: '发票号码 of the red-letter invoice: 20 digits (全电发票) or 8.' })
  @Matches(/^(\d{8}|\d{20})$/, { message: '8 or 20 digits' })
  @MaxLength(20)
  invoiceNumber!: string;

  @Field({ description: '开票日期, YYYY-MM-DD: not before the invoice it reverses, not in the future.' })
  @IsISO8601({ strict: true })
  @Length(10, 10)
  issuedOn!: string;

  @Field(() => Int, { description: 'What it reverses, fen: at most what is due for reversal.' })
  @IsInt()
  @Min(1)
  @Max(2_000_000_000)
  amountFen!: number;
}

@InputType({ description: 'Why finance cannot issue a request as asked.' })
export class RejectInvoiceRequestInput {
  @Field({ description: 'What the company should correct (shown to it).' })
  @Length(2, 200)
  reason!: string;
}

@InputType({ description: 'Which invoice requests.' })
export class InvoiceRequestFilter {
  @Field(() => ID, { nullable: true, description: 'Of this park.' })
  @IsOptional()
  parkId?: string;

  @Field(() => ID, { nullable: true, description: 'Of this company.' })
  @IsOptional()
  tenantId?: string;

  @Field(() => ID, { nullable: true, description: 'For this bill.' })
  @IsOptional()
  billId?: string;

  @Field(() => [InvoiceRequestStatus], { nullable: true, description: 'In these states.' })
  @IsOptional()
  @ArrayMaxSize(4)
  statuses?: InvoiceRequestStatus[];

  @Field(() => String, { nullable: true, description: 'The title or tax number contains this.' })
  @IsOptional()
  @MaxLength(50)
  search?: string;

  @Field({
    nullable: true,
    description: 'Only issued invoices for more than their bill now keeps (a refund after issue): 需红冲.',
  })
  @IsOptional()
  reversalDue?: boolean;
}
