import type { RequestContext } from '../../graphql/context.js';
import { ForbiddenError, NotFoundError } from '../../kernel/errors.js';
import { PassDirection, PassRefusal } from './visitor.enums.js';
import { PassRefusedError } from './visitor.errors.js';
import { readPass } from './visitor.pass.js';
import { visitorRepository } from './visitor.repository.js';
import { visitorSettings } from './visitor.settings.js';
import type { PassScanType } from './visitor.type.js';

/** A check-out by `AUTO` needs this long after the check-in: a second scan at once is a replay. */
export const MIN_STAY_SECONDS = 60;

/**
 * Check-in and check-out by scanning a pass, at a kiosk (its park) or a gate (a partner key's
 * parks) or by a guard (SPEC §3.3). The signature and the window are checked here; the database
 * function then records the scan with one conditional update, so of any number of scans of one
 * pass at once exactly one checks in. Every refusal is a `PassRefusedError` and writes nothing.
 */
export const passService = {
  async scan(ctx: RequestContext, token: string, direction: PassDirection): Promise<PassScanType> {
    const actor = ctx.signedIn;
    if (actor.kind !== 'device' && actor.kind !== 'partner' && actor.kind !== 'staff')
      throw new ForbiddenError('Only a kiosk, a gate or a guard scans passes');
    const claims = readPass(visitorSettings().passKeys, token);
    if (claims === 'FORGED') throw new PassRefusedError(PassRefusal.FORGED);
    const now = ctx.now();
    if (now < claims.validFrom) throw new PassRefusedError(PassRefusal.NOT_YET_VALID);
    if (now >= claims.validUntil) throw new PassRefusedError(PassRefusal.EXPIRED);
    const row = await visitorRepository.scan(ctx.em, {
      visitId: claims.visitId,
      nonce: claims.nonce,
      direction,
      at: now,
      via: actor.label.slice(0, 100),
      minStaySeconds: MIN_STAY_SECONDS,
    });
    if (!row) throw new ForbiddenError('Only a kiosk, a gate or a guard scans passes');
    if (row.outcome === 'UNKNOWN_PASS') throw new NotFoundError('Pass', 'token');
    if (row.outcome !== 'CHECKED_IN' && row.outcome !== 'CHECKED_OUT')
      throw new PassRefusedError(row.outcome as PassRefusal);
    const scanned = row.outcome === 'CHECKED_IN' ? PassDirection.IN : PassDirection.OUT;
    ctx.recordChange({
      targetType: 'Visit',
      targetId: row.visit_id!,
      parkId: row.park_id!,
      tenantId: row.tenant_id!,
      after: { direction: scanned, at: now, via: actor.label },
    });
    ctx.publish('VISIT_UPDATED', row.visit_id!, { visitId: row.visit_id! });
    ctx.publish('VISIT_QUEUE_CHANGED', row.park_id!, { visitId: row.visit_id! });
    return {
      direction: scanned,
      visitId: row.visit_id!,
      visitorName: row.visitor_name!,
      tenantName: row.tenant_name!,
      hostName: row.host_name!,
      startsAt: row.starts_at!,
      endsAt: row.ends_at!,
      companions: row.companions ?? 0,
      at: now,
    };
  },
};
