import { QueryOrder, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import { paginate } from '../../db/paginate.js';
import type { PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { findByIdOrFail, lockByIdOrFail } from '../../graphql/lookup.js';
import { idOrNone, likePattern } from '../../graphql/validate.js';
import { scheduleJob } from '../../jobs/queue.js';
import { BadInputError, ConflictError } from '../../kernel/errors.js';
import { invoiceFileService } from '../attachment/index.js';
import { Bill, BillStatus } from '../billing/index.js';
import { yuanText } from '../fee/index.js';
import { todayIn } from '../maintenance/recurrence.js';
import { NotificationKind } from '../notification/notification.entity.js';
import { notificationService } from '../notification/notification.service.js';
import { Park } from '../park/park.entity.js';
import { usccProblem } from '../tenant/uscc.js';
import { staffWithPermission } from '../user/index.js';
import { InvoiceRequest } from './invoice.entity.js';
import { InvoiceKind, InvoiceRequestStatus } from './invoice.enums.js';
import type {
  CreateInvoiceFileUploadInput,
  CreateInvoiceRequestInput,
  InvoiceRequestFilter,
  IssueInvoiceInput,
  RecordInvoiceReversalInput,
  RejectInvoiceRequestInput,
} from './invoice.inputs.js';
import { invoiceRepository } from './invoice.repository.js';
import { type InvoiceRequestType, toInvoiceRequestType } from './invoice.type.js';

/** Trimmed, or null when nothing is left. */
const text = (s: string | null | undefined) => s?.trim() || null;

/** What a special invoice carries besides the title and tax number (printed on it, 专票). */
const SPECIAL_DETAILS = ['address', 'phone', 'bankName', 'bankAccount'] as const;

/**
 * Invoice requests 开票 (issue 19 §4): a company asks for a VAT e-invoice of a paid bill; finance
 * issues it by attaching the e-invoice its tax system produced, or refuses it with a reason.
 */
/**
 * Tells the company's open bill pages that the bill's invoice changed (asked for, withdrawn,
 * issued or refused): `myBillChanged` carries the bill with its newest request, so the portal's
 * invoice card turns 已开票 while the tenant looks at it. Sent once the change is committed.
 */
function announce(ctx: RequestContext, row: InvoiceRequest) {
  ctx.publish('BILL_CHANGED', row.tenant.id, { billId: row.bill.id });
}

export const invoiceService = {
  async request(ctx: RequestContext, input: CreateInvoiceRequestInput): Promise<InvoiceRequestType> {
    const title = input.title.trim();
    if (title.length < 2)
      throw new BadInputError('input.title', 'The buyer’s registered name', 'TITLE_REQUIRED');
    const taxNumber = input.taxNumber.replace(/\s+/g, '').toUpperCase();
    if (usccProblem(taxNumber))
      throw new BadInputError(
        'input.taxNumber',
        'Not a valid unified social credit code (18 characters, check character last)',
        'TAX_NUMBER_INVALID',
      );
    const details = {
      address: text(input.address),
      phone: text(input.phone),
      bankName: text(input.bankName),
      bankAccount: text(input.bankAccount)?.replace(/[\s-]/g, '') ?? null,
    };
    if (input.kind === InvoiceKind.SPECIAL)
      for (const field of SPECIAL_DETAILS)
        if (!details[field])
          throw new BadInputError(
            `input.${field}`,
            'A special invoice needs the registered address and phone, bank and account',
            'SPECIAL_INVOICE_DETAILS_REQUIRED',
          );
    // Another company's bill is NOT_FOUND like an unknown one (row-level security).
    const bill = await findByIdOrFail(ctx.em, Bill, input.billId, 'Bill', 'input.billId');
    if (bill.status !== BillStatus.PAID || bill.totalFen <= 0)
      throw new ConflictError('Only a bill paid in full can be invoiced', 'BILL_NOT_PAID', 'input.billId');
    const actor = ctx.signedIn;
    const row = ctx.em.create(InvoiceRequest, {
      park: bill.park,
      tenant: bill.tenant,
      bill,
      kind: input.kind,
      status: InvoiceRequestStatus.REQUESTED,
      amountFen: bill.paidFen,
      title,
      taxNumber,
      ...details,
      email: text(input.email),
      note: text(input.note),
      requestedBy: actor.id,
      requestedByLabel: actor.label,
    });
    try {
      await ctx.em.flush();
    } catch (err) {
      // One request waiting or issued per bill: of concurrent requests, one is made.
      if (err instanceof UniqueConstraintViolationException)
        throw new ConflictError(
          'An invoice of this bill was asked for already',
          'INVOICE_ALREADY_REQUESTED',
          'input.billId',
        );
      throw err;
    }
    // Finance is told by a job: the company's own transaction cannot see the park's staff.
    await scheduleJob(
      ctx.em,
      'invoice.notifyFinance',
      { requestId: row.id },
      {
        runAt: ctx.now(),
        key: `invoice.notifyFinance:${row.id}`,
      },
    );
    announce(ctx, row);
    return toInvoiceRequestType(row);
  },

  /** The company withdraws a request finance has not handled. */
  async cancel(ctx: RequestContext, id: string): Promise<InvoiceRequestType> {
    const row = await lockByIdOrFail(ctx.em, InvoiceRequest, id, 'InvoiceRequest');
    await closeOrFail(ctx, row, InvoiceRequestStatus.CANCELLED, null);
    announce(ctx, row);
    return toInvoiceRequestType(await reread(ctx, id));
  },

  /** Finance registers the issued e-invoice's file and gets where to upload it. */
  async createFileUpload(ctx: RequestContext, input: CreateInvoiceFileUploadInput) {
    const row = await lockByIdOrFail(
      ctx.em,
      InvoiceRequest,
      input.requestId,
      'InvoiceRequest',
      'input.requestId',
    );
    if (row.status !== InvoiceRequestStatus.REQUESTED) throw notWaiting('input.requestId');
    return invoiceFileService.createUpload(ctx, { id: row.id, parkId: row.park.id }, input);
  },

  /** Finance issues a request: the invoice's number and date, and its uploaded file. Once only. */
  async issue(ctx: RequestContext, id: string, input: IssueInvoiceInput): Promise<InvoiceRequestType> {
    const row = await lockByIdOrFail(ctx.em, InvoiceRequest, id, 'InvoiceRequest');
    if (row.status !== InvoiceRequestStatus.REQUESTED) throw notWaiting('id');
    const park = await ctx.em.findOneOrFail(Park, { id: row.park.id });
    if (input.issuedOn > todayIn(park.timeZone, ctx.now()))
      throw new BadInputError(
        'input.issuedOn',
        'An invoice cannot be dated in the future',
        'ISSUED_ON_IN_FUTURE',
      );
    if (input.issuedOn < todayIn(park.timeZone, row.createdAt))
      throw new BadInputError(
        'input.issuedOn',
        'An invoice cannot be dated before it was asked for',
        'ISSUED_ON_BEFORE_REQUEST',
      );
    await invoiceFileService.claim(ctx, { id: row.id, parkId: park.id }, input.fileId, 'input.fileId');
    const by = { id: ctx.signedIn.id, label: ctx.signedIn.label };
    try {
      if (!(await invoiceRepository.issue(ctx.em, id, input, by, ctx.now()))) throw notWaiting('id');
    } catch (err) {
      if ((err as { code?: string }).code === '23505')
        throw new ConflictError(
          'Another invoice has this number',
          'INVOICE_NUMBER_TAKEN',
          'input.invoiceNumber',
        );
      throw err;
    }
    const issued = await reread(ctx, id);
    ctx.recordChange({
      targetType: 'InvoiceRequest',
      targetId: id,
      parkId: park.id,
      before: { status: row.status },
      after: { status: issued.status, invoiceNumber: input.invoiceNumber, issuedOn: input.issuedOn },
    });
    const bill = await ctx.em.findOneOrFail(Bill, { id: row.bill.id });
    notificationService.notify(ctx, [row.requestedBy], {
      parkId: park.id,
      kind: NotificationKind.INVOICE_ISSUED,
      title: `账单 ${bill.number} 的发票已开具`,
      body: `发票号码 ${input.invoiceNumber}，金额 ¥${yuanText(row.amountFen)}，可在账单详情中下载。`,
      facts: { billNumber: bill.number, invoiceNumber: input.invoiceNumber },
    });
    announce(ctx, row);
    return toInvoiceRequestType(issued);
  },

  /**
   * Finance records a red-letter invoice 红字发票 against an issued one that a refund left for
   * more than its bill keeps: at most what is due for reversal (the conditional update), dated
   * from the invoice's day to today.
   */
  async reverse(
    ctx: RequestContext,
    id: string,
    input: RecordInvoiceReversalInput,
  ): Promise<InvoiceRequestType> {
    const row = await lockByIdOrFail(ctx.em, InvoiceRequest, id, 'InvoiceRequest');
    if (row.status !== InvoiceRequestStatus.ISSUED)
      throw new ConflictError('Only an issued invoice is reversed', 'INVOICE_NOT_ISSUED', 'id');
    const park = await ctx.em.findOneOrFail(Park, { id: row.park.id });
    if (input.issuedOn > todayIn(park.timeZone, ctx.now()))
      throw new BadInputError(
        'input.issuedOn',
        'An invoice cannot be dated in the future',
        'ISSUED_ON_IN_FUTURE',
      );
    if (input.issuedOn < row.issuedOn!)
      throw new BadInputError(
        'input.issuedOn',
        'A red-letter invoice cannot be dated before the invoice it reverses',
        'ISSUED_ON_BEFORE_INVOICE',
      );
    if (!(await invoiceRepository.reverse(ctx.em, id, input, ctx.now())))
      throw new BadInputError(
        'input.amountFen',
        'More than the bill no longer keeps of this invoice',
        'REVERSAL_OVER_DUE',
      );
    const reversed = await reread(ctx, id);
    ctx.recordChange({
      targetType: 'InvoiceRequest',
      targetId: id,
      parkId: park.id,
      before: { reversedFen: row.reversedFen },
      after: {
        reversedFen: reversed.reversedFen,
        reversalNumber: input.invoiceNumber,
        reversedOn: input.issuedOn,
      },
    });
    announce(ctx, row);
    return toInvoiceRequestType(reversed);
  },

  /** Finance refuses a request with what the company should correct; it may ask again. */
  async reject(
    ctx: RequestContext,
    id: string,
    input: RejectInvoiceRequestInput,
  ): Promise<InvoiceRequestType> {
    const row = await lockByIdOrFail(ctx.em, InvoiceRequest, id, 'InvoiceRequest');
    const reason = input.reason.trim();
    if (reason.length < 2) throw new BadInputError('input.reason', 'Say what to correct', 'REASON_REQUIRED');
    await closeOrFail(ctx, row, InvoiceRequestStatus.REJECTED, reason);
    const bill = await ctx.em.findOneOrFail(Bill, { id: row.bill.id });
    notificationService.notify(ctx, [row.requestedBy], {
      parkId: row.park.id,
      kind: NotificationKind.INVOICE_REJECTED,
      title: `账单 ${bill.number} 的开票申请被驳回`,
      body: `原因：${reason}`,
      facts: { billNumber: bill.number, reason },
    });
    announce(ctx, row);
    return toInvoiceRequestType(await reread(ctx, id));
  },

  /** The job: tells the park's invoice issuers of a new request. */
  async notifyFinance(ctx: RequestContext, payload: { requestId: string }) {
    const row = await ctx.em.findOne(
      InvoiceRequest,
      { id: payload.requestId },
      { populate: ['bill', 'tenant'] },
    );
    if (!row || row.status !== InvoiceRequestStatus.REQUESTED) return;
    notificationService.notify(ctx, await staffWithPermission(ctx.em, row.park.id, 'invoice.issue'), {
      parkId: row.park.id,
      kind: NotificationKind.INVOICE_REQUESTED,
      title: `${row.tenant.name} 申请开票：账单 ${row.bill.number}`,
      body: `${row.kind === InvoiceKind.SPECIAL ? '增值税专用发票' : '增值税普通发票'}，金额 ¥${yuanText(row.amountFen)}，抬头「${row.title}」。`,
      facts: { billNumber: row.bill.number, companyName: row.tenant.name },
    });
  },

  /**
   * Payments' `payment.refunded`, in the refund's transaction: an issued invoice of the bill for
   * more than the bill now keeps needs a red-letter invoice, so the park's invoice issuers are told
   * what it must reverse. Once per refund: a refund is booked once.
   */
  async onRefunded(ctx: RequestContext, payload: { billId: string; parkId: string }) {
    const due = await invoiceRepository.reversalDueOfBill(ctx.em, payload.billId);
    if (due.length === 0) return;
    const issuers = await staffWithPermission(ctx.em, payload.parkId, 'invoice.issue');
    for (const r of due)
      notificationService.notify(ctx, issuers, {
        parkId: payload.parkId,
        kind: NotificationKind.INVOICE_REVERSAL_DUE,
        title: `账单 ${r.bill_number} 退款后需开红字发票`,
        body: `需红冲 ¥${yuanText(Number(r.due_fen))}：${r.tenant_name} 的发票 ${r.invoice_number}。`,
        facts: {
          billNumber: r.bill_number,
          invoiceNumber: r.invoice_number,
          companyName: r.tenant_name,
          reverseFen: r.due_fen,
        },
      });
  },

  async get(ctx: RequestContext, id: string): Promise<InvoiceRequestType> {
    return toInvoiceRequestType(await findByIdOrFail(ctx.em, InvoiceRequest, id, 'InvoiceRequest'));
  },

  /** Requests the caller sees (a company its own; staff their parks'), the queue's oldest first when only waiting ones are asked. */
  async list(
    ctx: RequestContext,
    filter: InvoiceRequestFilter | undefined,
    page: PageArgs,
    info: GraphQLResolveInfo,
  ) {
    // Few at any time: the ids, then the page among them.
    const due = filter?.reversalDue ? (await invoiceRepository.reversalDue(ctx.em)).map((r) => r.id) : null;
    const search = filter?.search?.trim();
    const waitingOnly =
      filter?.statuses?.length === 1 && filter.statuses[0] === InvoiceRequestStatus.REQUESTED;
    return paginate({
      em: ctx.em,
      entity: InvoiceRequest,
      where: {
        ...(filter?.parkId && { park: idOrNone(filter.parkId) }),
        ...(filter?.tenantId && { tenant: idOrNone(filter.tenantId) }),
        ...(filter?.billId && { bill: idOrNone(filter.billId) }),
        ...(filter?.statuses?.length && { status: { $in: filter.statuses } }),
        ...(due && { id: { $in: due } }),
        ...(search && {
          $or: [{ title: { $ilike: likePattern(search) } }, { taxNumber: { $ilike: likePattern(search) } }],
        }),
      },
      orderBy: { createdAt: waitingOnly ? QueryOrder.ASC : QueryOrder.DESC },
      page,
      info,
      map: toInvoiceRequestType,
    });
  },
};

const notWaiting = (field: string) =>
  new ConflictError('Only a request waiting for finance can be handled', 'INVOICE_NOT_WAITING', field);

async function closeOrFail(
  ctx: RequestContext,
  row: InvoiceRequest,
  status: InvoiceRequestStatus.REJECTED | InvoiceRequestStatus.CANCELLED,
  reason: string | null,
) {
  const by = { id: ctx.signedIn.id, label: ctx.signedIn.label };
  if (!(await invoiceRepository.close(ctx.em, row.id, status, reason, by, ctx.now()))) throw notWaiting('id');
  ctx.recordChange({
    targetType: 'InvoiceRequest',
    targetId: row.id,
    parkId: row.park.id,
    before: { status: row.status },
    after: { status, ...(reason && { reason }) },
  });
}

/** The row as the conditional update left it. */
const reread = (ctx: RequestContext, id: string) =>
  ctx.em.findOneOrFail(InvoiceRequest, { id }, { refresh: true });
