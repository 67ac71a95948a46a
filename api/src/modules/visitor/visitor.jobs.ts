import type { RequestContext } from '../../graphql/context.js';
import { TenantCompany } from '../tenant/tenant.entity.js';
import { Visit } from './visitor.entity.js';
import { VisitState } from './visitor.enums.js';
import { type PassMessageKind, visitorNotifier } from './visitor.notifier.js';
import { visitorRepository } from './visitor.repository.js';
import { passOf, publishVisit } from './visitor.service.js';
import { visitorSettings } from './visitor.settings.js';
import { toVisitType } from './visitor.type.js';

/** The jobs of the visitor feature; each runs as the job actor in its own transaction. */
export const visitorJobs = {
  /** A walk-in's host has not answered in time: the park's front desk takes it over. */
  async hostTimeout(ctx: RequestContext, payload: { visitId: string }): Promise<void> {
    const visit = await ctx.em.findOne(Visit, { id: payload.visitId });
    if (!visit || visit.state !== VisitState.AWAITING_HOST) return;
    if (visit.hostDeadline && visit.hostDeadline > ctx.now()) return;
    const moved = await ctx.em.nativeUpdate(
      Visit,
      { id: visit.id, state: VisitState.AWAITING_HOST },
      { state: VisitState.AWAITING_FRONT_DESK, hostDeadline: null },
    );
    if (moved === 0) return;
    await ctx.em.refresh(visit);
    ctx.recordChange({
      targetType: 'Visit',
      targetId: visit.id,
      parkId: visit.park.id,
      tenantId: visit.tenant.id,
      before: { state: VisitState.AWAITING_HOST },
      after: { state: VisitState.AWAITING_FRONT_DESK },
    });
    publishVisit(ctx, visit, true);
  },

  /** Sends a visitor the message about their pass through the configured notifier. */
  async notify(ctx: RequestContext, payload: { visitId: string; kind: PassMessageKind }): Promise<void> {
    const visit = await ctx.em.findOne(Visit, { id: payload.visitId }, { populate: ['visitor'] });
    if (!visit || visit.anonymizedAt) return;
    const settings = visitorSettings();
    const company = await ctx.em.findOne(TenantCompany, { id: visit.tenant.id });
    const pass = payload.kind === 'REVOKED' ? null : passOf(toVisitType(visit), ctx.now());
    if (payload.kind !== 'REVOKED' && !pass) return; // superseded or over by now: nothing to send
    await visitorNotifier(settings, ctx.logger).send({
      kind: payload.kind,
      visitId: visit.id,
      to: {
        name: visit.visitor.name,
        phone: visit.visitor.phone ?? null,
        email: visit.visitor.email ?? null,
      },
      tenantName: company?.name ?? '',
      hostName: visit.hostName,
      startsAt: visit.startsAt,
      endsAt: visit.endsAt,
      link: pass ? settings.passLink.replace('{token}', encodeURIComponent(pass.token)) : null,
    });
  },

  /**
   * The retention job (IPARK 5.1.1.4): anonymises visits and visitors whose last window ended
   * more than `VISITOR_RETENTION_DAYS` (never under 180) ago. Runs daily from the crontab.
   */
  async anonymise(ctx: RequestContext, _payload: Record<string, unknown>): Promise<void> {
    const now = ctx.now();
    const cutoff = new Date(now.getTime() - visitorSettings().retentionDays * 24 * 3600_000);
    const done = await visitorRepository.anonymise(ctx.em, cutoff, now);
    ctx.recordChange({
      targetType: 'VisitorRetention',
      targetId: now.toISOString(),
      after: { cutoff, ...done },
    });
  },
};
