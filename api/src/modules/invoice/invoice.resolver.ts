import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { connectionOf, PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { AttachmentType, AttachmentUploadType, invoiceFileService } from '../attachment/index.js';
import { BillType } from '../billing/billing.type.js';
import { InvoiceRequestStatus } from './invoice.enums.js';
import {
  CreateInvoiceFileUploadInput,
  CreateInvoiceRequestInput,
  InvoiceRequestFilter,
  IssueInvoiceInput,
  RecordInvoiceReversalInput,
  RejectInvoiceRequestInput,
} from './invoice.inputs.js';
import { invoiceService } from './invoice.service.js';
import { InvoiceRequestType, toInvoiceRequestType } from './invoice.type.js';

const InvoiceRequestConnection = connectionOf(InvoiceRequestType, 'InvoiceRequest', 'invoice request');

@Resolver(() => InvoiceRequestType)
export class InvoiceResolver {
  @Authorized('bill.read')
  @Query(() => InvoiceRequestConnection, {
    description:
      'Invoice requests: a company’s own, or finance’s queue of its parks (newest first; only REQUESTED: oldest first).',
  })
  invoiceRequests(
    @Args() page: PageArgs,
    @Arg('filter', () => InvoiceRequestFilter, { nullable: true, description: 'Which requests.' }) filter:
      | InvoiceRequestFilter
      | undefined,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return invoiceService.list(ctx, filter, page, info);
  }

  @Authorized('bill.read')
  @Query(() => InvoiceRequestType, { description: 'An invoice request (another company’s is NOT_FOUND).' })
  invoiceRequest(
    @Arg('id', () => ID, { description: 'Request id.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return invoiceService.get(ctx, id);
  }

  @Authorized('invoice.request')
  @Mutation(() => InvoiceRequestType, {
    description:
      'Asks for a VAT e-invoice of a bill paid in full; one request per bill waits or is issued (CONFLICT otherwise).',
  })
  requestInvoice(
    @Arg('input', () => CreateInvoiceRequestInput, { description: 'Bill and buyer.' })
    input: CreateInvoiceRequestInput,
    @Ctx() ctx: RequestContext,
  ) {
    return invoiceService.request(ctx, input);
  }

  @Authorized('invoice.request')
  @Mutation(() => InvoiceRequestType, { description: 'Withdraws a request finance has not handled.' })
  cancelInvoiceRequest(
    @Arg('id', () => ID, { description: 'Request id.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return invoiceService.cancel(ctx, id);
  }

  @Authorized('invoice.issue')
  @Mutation(() => AttachmentUploadType, {
    description:
      'Finance: registers the issued e-invoice’s file (PDF, OFD, XML) and returns where to PUT it.',
  })
  createInvoiceFileUpload(
    @Arg('input', () => CreateInvoiceFileUploadInput, { description: 'Request and file.' })
    input: CreateInvoiceFileUploadInput,
    @Ctx() ctx: RequestContext,
  ) {
    return invoiceService.createFileUpload(ctx, input);
  }

  @Authorized('invoice.issue')
  @Mutation(() => InvoiceRequestType, {
    description:
      'Finance: issues a waiting request with the invoice’s number, date and uploaded file. Once only.',
  })
  issueInvoice(
    @Arg('id', () => ID, { description: 'Request id.' }) id: string,
    @Arg('input', () => IssueInvoiceInput, { description: 'What was issued.' }) input: IssueInvoiceInput,
    @Ctx() ctx: RequestContext,
  ) {
    return invoiceService.issue(ctx, id, input);
  }

  @Authorized('invoice.issue')
  @Mutation(() => InvoiceRequestType, {
    description: 'Finance: refuses a waiting request, saying what to correct; the company may ask again.',
  })
  rejectInvoiceRequest(
    @Arg('id', () => ID, { description: 'Request id.' }) id: string,
    @Arg('input', () => RejectInvoiceRequestInput, { description: 'Why.' }) input: RejectInvoiceRequestInput,
    @Ctx() ctx: RequestContext,
  ) {
    return invoiceService.reject(ctx, id, input);
  }

  @Authorized('invoice.issue')
  @Mutation(() => InvoiceRequestType, {
    description:
      'Finance: records a red-letter invoice 红字发票 against an issued one a refund left for more than its bill keeps (REVERSAL_OVER_DUE beyond that).',
  })
  recordInvoiceReversal(
    @Arg('id', () => ID, { description: 'Request id.' }) id: string,
    @Arg('input', () => RecordInvoiceReversalInput, { description: 'The red-letter invoice.' })
    input: RecordInvoiceReversalInput,
    @Ctx() ctx: RequestContext,
  ) {
    return invoiceService.reverse(ctx, id, input);
  }

  @FieldResolver(() => Int, {
    description:
      'Issued and refunded since: what a red-letter invoice 红字发票 must still reverse, fen (its amount less what was reversed less what the bill keeps); 0 otherwise.',
  })
  async reversalDueFen(@Root() r: InvoiceRequestType, @Ctx() ctx: RequestContext) {
    if (r.status !== InvoiceRequestStatus.ISSUED) return 0;
    const bill = await ctx.loaders.invoicedBillById.load(r.billId);
    return bill ? Math.max(0, r.amountFen - r.reversedFen - bill.paidFen) : 0;
  }

  @FieldResolver(() => String, { description: 'The bill’s number.' })
  async billNumber(@Root() r: InvoiceRequestType, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.invoicedBillById.load(r.billId))?.number ?? '';
  }

  @FieldResolver(() => String, { description: 'The bill’s month, YYYY-MM.' })
  async billPeriod(@Root() r: InvoiceRequestType, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.invoicedBillById.load(r.billId))?.period ?? '';
  }

  @Authorized('bill.read')
  @FieldResolver(() => String, { description: 'The company.' })
  async tenantName(@Root() r: InvoiceRequestType, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.tenantById.load(r.tenantId))?.name ?? '';
  }

  @Authorized('bill.read')
  @FieldResolver(() => AttachmentType, {
    nullable: true,
    description: 'The issued e-invoice’s file, with a link valid for an hour; null until issued.',
  })
  file(@Root() r: InvoiceRequestType, @Ctx() ctx: RequestContext) {
    return r.fileId ? invoiceFileService.ofRequest(ctx, r.fileId) : null;
  }
}

@Resolver(() => BillType)
export class BillInvoiceResolver {
  @Authorized('bill.read')
  @FieldResolver(() => InvoiceRequestType, {
    nullable: true,
    description: 'Its newest invoice request (null when none was made).',
  })
  async invoiceRequest(@Root() bill: BillType, @Ctx() ctx: RequestContext) {
    const row = await ctx.loaders.latestInvoiceRequestOfBill.load(bill.id);
    return row ? toInvoiceRequestType(row) : null;
  }
}
