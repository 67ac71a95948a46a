import type { RequestContext } from '../../../graphql/context.js';
import { isUuid } from '../../../graphql/validate.js';
import { scheduleJob } from '../../../jobs/queue.js';
import { wallClock } from '../../../kernel/clock.js';
import { BadInputError, ConflictError, NotFoundError } from '../../../kernel/errors.js';
import { todayIn } from '../../maintenance/recurrence.js';
import { PaymentProviderName } from '../payment.enums.js';
import { paymentService } from '../payment.service.js';
import { paymentSettings, providerOf } from '../payment.settings.js';
import { ProviderError, StatementFormatError } from '../providers/provider.js';
import { reconcile } from './reconcile.js';
import {
  DifferenceKind,
  DifferenceResolution,
  Reconciliation,
  ReconciliationDifference,
  ReconciliationStatus,
} from './reconciliation.entity.js';
import { reconciliationRepository } from './reconciliation.repository.js';

const TZ = 'Asia/Shanghai';

/**
 * Reconciliation (issue 19 §5): a provider's statement of a day against the ledger. It runs as a
 * job, as the job actor, because a statement covers the merchant's every park while the person
 * asking may see only some; each difference then carries its order's park, and row-level security
 * shows each finance user the differences of their parks.
 */
export const reconciliationService = {
  async start(ctx: RequestContext, input: { billDate: string; provider?: PaymentProviderName | null }) {
    const provider = input.provider ?? paymentSettings().provider;
    if (!provider || !providerOf(ctx.services.origin.url, provider))
      throw new ConflictError('This provider is not set up here', 'PAYMENTS_OFF', 'input.provider');
    if (input.billDate >= todayIn(TZ, wallClock.now()))
      throw new BadInputError(
        'input.billDate',
        'A statement exists only for a day that has ended',
        'DAY_NOT_OVER',
      );
    const run = ctx.em.create(Reconciliation, {
      provider,
      billDate: input.billDate,
      status: ReconciliationStatus.RUNNING,
      startedBy: ctx.signedIn.id,
      error: null,
      finishedAt: null,
    });
    await ctx.em.flush();
    await scheduleJob(
      ctx.em,
      'payment.reconcile',
      { id: run.id },
      { runAt: wallClock.now(), key: `reconcile:${run.id}` },
    );
    return run;
  },

  /** The job: downloads the statement, compares, writes the differences. */
  async run(ctx: RequestContext, payload: { id: string }) {
    const run = await ctx.em.findOneOrFail(Reconciliation, { id: payload.id });
    if (run.status !== ReconciliationStatus.RUNNING) return;
    const provider = providerOf(ctx.services.origin.url, run.provider);
    try {
      if (!provider) throw new ProviderError('provider not set up', 'PAYMENTS_OFF');
      const statement = await provider.tradeBill(run.billDate);
      const ledger = await reconciliationRepository.ledgerOfDay(ctx.em, run.provider, run.billDate);
      const intents = await reconciliationRepository.intentsOf(ctx.em, [
        ...new Set(statement.map((r) => r.outTradeNo)),
      ]);
      const parks = new Map(intents.map((i) => [i.outTradeNo, i.parkId]));
      const ledgerParks = await reconciliationRepository.entryParks(
        ctx.em,
        run.provider,
        ledger.map((e) => e.ref),
      );
      for (const l of ledgerParks) parks.set(`ref:${l.ref}`, l.parkId);
      const differences = reconcile(statement, ledger, intents);
      for (const d of differences)
        ctx.em.create(ReconciliationDifference, {
          reconciliation: run,
          park: parks.get(d.outTradeNo) ?? parks.get(`ref:${d.ref}`) ?? null,
          kind: d.kind as DifferenceKind,
          entry: d.entry,
          outTradeNo: d.outTradeNo.slice(0, 64),
          providerRef: d.ref.slice(0, 64),
          providerFen: d.providerFen,
          localFen: d.localFen,
          providerStatus: d.providerStatus,
          localStatus: d.localStatus,
          resolution: null,
          note: null,
          resolvedBy: null,
          resolvedAt: null,
        });
      run.statementRows = statement.length;
      run.differences = differences.length;
      run.matched =
        statement.filter((r) => r.status === 'SUCCESS').length -
        differences.filter((d) => d.providerFen !== null).length;
      run.status = ReconciliationStatus.DONE;
    } catch (err) {
      if (!(err instanceof ProviderError || err instanceof StatementFormatError)) throw err;
      run.status = ReconciliationStatus.FAILED;
      run.error = err.message.slice(0, 300);
    }
    run.finishedAt = wallClock.now();
    ctx.recordChange({
      targetType: 'PaymentReconciliation',
      targetId: run.id,
      after: { status: run.status, differences: run.differences },
    });
    await ctx.em.flush();
  },

  async list(ctx: RequestContext, first: number) {
    return ctx.em.find(
      Reconciliation,
      {},
      { orderBy: { createdAt: 'desc' }, limit: Math.min(Math.max(first, 1), 50) },
    );
  },

  async differences(ctx: RequestContext, reconciliationId: string) {
    return ctx.em.find(
      ReconciliationDifference,
      { reconciliation: reconciliationId },
      { orderBy: { kind: 'asc', outTradeNo: 'asc' } },
    );
  },

  /**
   * Resolves a difference once (a conditional update): BOOK asks the provider about a payment we
   * hold unpaid and books it as a callback would; ACCEPT records finance's explanation.
   */
  async resolve(
    ctx: RequestContext,
    id: string,
    input: { action: DifferenceResolution; note?: string | null },
  ) {
    const d = isUuid(id) ? await ctx.em.findOne(ReconciliationDifference, { id }) : null;
    if (!d) throw new NotFoundError('PaymentDifference');
    if (input.action === DifferenceResolution.BOOKED) {
      if (!(d.kind === DifferenceKind.STATUS_MISMATCH && d.entry === 'PAYMENT'))
        throw new ConflictError(
          'Only a payment we hold unpaid can be booked',
          'NOT_BOOKABLE',
          'input.action',
        );
      await paymentService.settleFromProvider(ctx, d.outTradeNo);
    } else if (!input.note?.trim())
      throw new BadInputError('input.note', 'Say how the difference is explained', 'NOTE_REQUIRED');
    const resolved = await reconciliationRepository.resolve(ctx.em, d.id, {
      action: input.action,
      note: input.note?.trim().slice(0, 200) ?? null,
      by: ctx.signedIn.id,
      at: wallClock.now(),
    });
    if (!resolved) throw new ConflictError('This difference is already resolved', 'ALREADY_RESOLVED');
    ctx.recordChange({
      targetType: 'PaymentDifference',
      targetId: d.id,
      parkId: d.park?.id ?? null,
      after: { resolution: input.action, note: input.note ?? null },
    });
    await ctx.em.refresh(d);
    return d;
  },
};
