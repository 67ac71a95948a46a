import type { GraphQLResolveInfo } from 'graphql';
import type { PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { findByIdOrFail, readByIdOrFail } from '../../graphql/lookup.js';
import { isUuid } from '../../graphql/validate.js';
import { BadInputError, ConflictError } from '../../kernel/errors.js';
import { normalizePlate } from '../../kernel/plate.js';
import { Park } from '../park/park.entity.js';
import {
  AccessDecision,
  AccessEventType,
  AccessReason,
  CredentialKind,
  SecurityEventKind,
  SecurityEventStatus,
} from './access.enums.js';
import type {
  AccessDecisionArgs,
  AccessEventFilter,
  IngestAccessEventsInput,
  SecurityEventFilter,
  UpdateSecurityEventInput,
} from './access.inputs.js';
import { accessRepository, type CredentialRow, type EventRow } from './access.repository.js';
import {
  type AccessDecisionResult,
  type AccessIngestResult,
  toAccessEventNode,
  toSecurityEventNode,
} from './access.type.js';
import { AccessEvent, SecurityEvent } from './access-event.entity.js';
import { decideAccess } from './schedule.js';

/** How far ahead of the server's clock a device's clock may run. */
const CLOCK_SKEW_MS = 5 * 60_000;

const credentialKey = (kind: string, ref: string) => `${kind}\u0000${ref}`;

/**
 * What a device read, as credentials are stored: a plate camera's 苏e·12345 is the credential
 * 苏E12345 (the one plate rule, `kernel/plate.ts`); other references as read.
 */
const lookupRef = (kind: CredentialKind, ref: string) =>
  kind === CredentialKind.PLATE ? normalizePlate(ref) : ref;

/** The security event an access event raises, if any. */
function securityKindOf(type: AccessEventType, decision: AccessDecision): SecurityEventKind | undefined {
  if (type !== AccessEventType.PASS) return type as unknown as SecurityEventKind;
  return decision === AccessDecision.DENIED ? SecurityEventKind.DENIED : undefined;
}

/** Device events, decisions and the security events they raise (SPEC §3.3 门禁). */
export const accessEventService = {
  async event(ctx: RequestContext, id: string) {
    return toAccessEventNode(await readByIdOrFail(ctx.em, AccessEvent, id, 'AccessEvent'));
  },

  events(ctx: RequestContext, f: AccessEventFilter | undefined, page: PageArgs, info: GraphQLResolveInfo) {
    return accessRepository.events(ctx, f, page, info);
  },

  /**
   * Records a batch of device events of one park. Every event is checked first (its device is
   * a point of the park, its time not in the future, a denial has a reason); one bad event refuses
   * the batch with the event's path and writes nothing. A (point, vendor event id) already
   * recorded is skipped by the table's unique constraint, so replays, also concurrent ones, count
   * once. Denials, tailgating, forced and held-open doors raise OPEN security events, published live.
   */
  async ingest(ctx: RequestContext, input: IngestAccessEventsInput): Promise<AccessIngestResult> {
    const em = ctx.em;
    const park = await findByIdOrFail(em, Park, input.parkId, 'Park', 'input.parkId');
    const now = ctx.now();
    const devices = [...new Set(input.events.map((e) => e.vendorDeviceId))];
    const points = new Map(
      (await accessRepository.pointsByDevice(em, park.id, devices)).map((p) => [p.vendor_device_id, p]),
    );
    const withCredential = input.events.filter((e) => e.credentialKind && e.credentialRef);
    const credentials = new Map(
      (withCredential.length
        ? await accessRepository.credentialsByRef(
            em,
            park.id,
            withCredential.map((e) => e.credentialKind!),
            withCredential.map((e) => lookupRef(e.credentialKind!, e.credentialRef!)),
          )
        : []
      ).map((c) => [credentialKey(c.kind, c.identifier), c]),
    );
    const rows: EventRow[] = input.events.map((e, i) => {
      const at = `input.events.${i}`;
      const point = points.get(e.vendorDeviceId);
      if (!point)
        throw new BadInputError(
          `${at}.vendorDeviceId`,
          'No access point of this park has this device id',
          'UNKNOWN_ACCESS_POINT',
        );
      if (e.occurredAt.getTime() > now.getTime() + CLOCK_SKEW_MS)
        throw new BadInputError(`${at}.occurredAt`, 'In the future', 'EVENT_IN_FUTURE');
      if (e.decision === AccessDecision.DENIED && (!e.reason || e.reason === AccessReason.GRANTED))
        throw new BadInputError(`${at}.reason`, 'A denial needs its reason', 'REASON_REQUIRED');
      if (e.decision === AccessDecision.GRANTED && e.reason && e.reason !== AccessReason.GRANTED)
        throw new BadInputError(`${at}.reason`, 'A granted event has no denial reason', 'REASON_CONTRADICTS');
      if (Boolean(e.credentialKind) !== Boolean(e.credentialRef))
        throw new BadInputError(
          `${at}.credentialRef`,
          'Give the credential’s kind and what was read, or neither',
          'CREDENTIAL_INCOMPLETE',
        );
      const credential: CredentialRow | undefined =
        e.credentialKind && e.credentialRef
          ? credentials.get(credentialKey(e.credentialKind, lookupRef(e.credentialKind, e.credentialRef)))
          : undefined;
      return {
        pointId: point.id,
        vendorEventId: e.vendorEventId,
        vendorDeviceId: e.vendorDeviceId,
        occurredAt: e.occurredAt,
        type: e.type,
        decision: e.decision,
        reason: e.reason ?? AccessReason.GRANTED,
        direction: e.direction,
        credentialKind: e.credentialKind ?? null,
        credentialRef: e.credentialRef ?? null,
        credentialId: credential?.id ?? null,
        holderId: credential?.holder_id ?? null,
        tenantId: credential?.tenant_id ?? null,
      };
    });
    const recorded = await accessRepository.insertEvents(em, park.id, now, rows);
    const alarms = recorded.flatMap((r) => {
      const kind = securityKindOf(r.type, r.decision);
      return kind ? [{ pointId: r.point_id, accessEventId: r.id, kind, occurredAt: r.occurred_at }] : [];
    });
    const raised = alarms.length ? await accessRepository.insertSecurityEvents(em, park.id, now, alarms) : [];
    for (const s of raised)
      ctx.publish('SECURITY_EVENT_CHANGED', park.id, { securityEventId: s.id, action: 'RAISED' });
    const result = {
      received: input.events.length,
      recorded: recorded.length,
      duplicates: input.events.length - recorded.length,
      securityEvents: raised.length,
    };
    ctx.recordChange({ targetType: 'AccessEventBatch', targetId: park.id, parkId: park.id, after: result });
    return result;
  },

  /** May the credential pass the device's point now? Answers from validity, groups and schedules. */
  async decide(ctx: RequestContext, args: AccessDecisionArgs): Promise<AccessDecisionResult> {
    const em = ctx.em;
    const park = await findByIdOrFail(em, Park, args.parkId, 'Park', 'parkId');
    const [point] = await accessRepository.pointsByDevice(em, park.id, [args.vendorDeviceId]);
    if (!point)
      throw new BadInputError(
        'vendorDeviceId',
        'No access point of this park has this device id',
        'UNKNOWN_ACCESS_POINT',
      );
    const [credential] = await accessRepository.credentialsByRef(
      em,
      park.id,
      [args.credentialKind],
      [lookupRef(args.credentialKind, args.credentialRef)],
    );
    const schedules = credential
      ? await accessRepository.schedulesFor(em, credential.holder_id, point.id)
      : [];
    const reason = decideAccess({
      now: ctx.now(),
      timeZone: park.timeZone,
      pointActive: point.active,
      credential: credential && {
        status: credential.status,
        validFrom: new Date(credential.valid_from),
        validUntil: credential.valid_until ? new Date(credential.valid_until) : null,
      },
      schedules,
    });
    return {
      granted: reason === AccessReason.GRANTED,
      reason,
      pointId: point.id,
      credentialId: credential?.id ?? null,
    };
  },

  async securityEvent(ctx: RequestContext, id: string) {
    return toSecurityEventNode(await readByIdOrFail(ctx.em, SecurityEvent, id, 'SecurityEvent'));
  },

  securityEvents(
    ctx: RequestContext,
    f: SecurityEventFilter | undefined,
    page: PageArgs,
    info: GraphQLResolveInfo,
  ) {
    return accessRepository.securityEvents(ctx, f, page, info);
  },

  /** OPEN → ACKNOWLEDGED, once: of concurrent guards one wins, the others get CONFLICT. */
  acknowledge(ctx: RequestContext, id: string, input: UpdateSecurityEventInput | undefined) {
    return move(ctx, id, [SecurityEventStatus.OPEN], SecurityEventStatus.ACKNOWLEDGED, input?.note);
  },

  /** OPEN or ACKNOWLEDGED → CLOSED, once. */
  close(ctx: RequestContext, id: string, input: UpdateSecurityEventInput | undefined) {
    return move(
      ctx,
      id,
      [SecurityEventStatus.OPEN, SecurityEventStatus.ACKNOWLEDGED],
      SecurityEventStatus.CLOSED,
      input?.note,
    );
  },
};

/** One conditional update on the status: the state check and the write are one statement. */
async function move(
  ctx: RequestContext,
  id: string,
  from: SecurityEventStatus[],
  to: SecurityEventStatus.ACKNOWLEDGED | SecurityEventStatus.CLOSED,
  note: string | undefined,
) {
  const em = ctx.em;
  const now = ctx.now();
  const actor = ctx.signedIn;
  const by = actor.kind === 'staff' ? actor.id : null;
  const stamp =
    to === SecurityEventStatus.ACKNOWLEDGED
      ? { acknowledgedAt: now, acknowledgedBy: by }
      : { closedAt: now, closedBy: by };
  const updated = isUuid(id)
    ? await em.nativeUpdate(
        SecurityEvent,
        { id, status: { $in: from } },
        { status: to, ...stamp, ...(note !== undefined && { note: note.trim() }) },
      )
    : 0;
  const event = await readByIdOrFail(em, SecurityEvent, id, 'SecurityEvent');
  if (updated === 0)
    throw new ConflictError(
      `This security event is ${event.status.toLowerCase()} already`,
      'SECURITY_EVENT_STATE',
    );
  const after = toSecurityEventNode(event);
  ctx.recordChange({ targetType: 'SecurityEvent', targetId: id, parkId: after.parkId, after });
  ctx.publish('SECURITY_EVENT_CHANGED', after.parkId, { securityEventId: id, action: to });
  return after;
}
