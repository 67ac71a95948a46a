import { randomUUID } from 'node:crypto';
import type { AppServices, RequestContext } from '../../graphql/context.js';
import { NotFoundError, TooManyRequestsError } from '../../kernel/errors.js';
import { Attachment } from '../attachment/attachment.entity.js';
import { MAX_ATTACHMENTS } from '../attachment/attachment.service.js';
import { withSystem } from '../auth/actor.js';
import { RateLimiter } from '../auth/rate-limiter.js';
import { Equipment, EquipmentCategory } from '../equipment/equipment.entity.js';
import { PUBLIC_REPORTER_LABEL } from '../work-order/system-actor.js';
import {
  WorkOrder,
  WorkOrderCategory,
  WorkOrderPriority,
  WorkOrderSource,
} from '../work-order/work-order.entity.js';
import { fileOrder, recordOrderChange } from '../work-order/work-order.service.js';
import { WorkOrderEvent } from '../work-order/work-order-event.entity.js';
import { FaultReport } from './fault-report.entity.js';
import { faultReportRepository } from './fault-report.repository.js';
import type {
  FaultReportReceiptType,
  FaultReportType,
  ReportEquipmentFaultInput,
} from './fault-report.type.js';

/** Reports one address may send in ten minutes (a passer-by reports once or twice). */
export const REPORTS_PER_IP = 5;
/** Reports one equipment takes in ten minutes, from everyone together. */
export const REPORTS_PER_EQUIPMENT = 10;
/** Label pages one address may open in ten minutes (guessing tokens runs into this). */
export const LOOKUPS_PER_IP = 60;
const WINDOW_MS = 10 * 60_000;
const UPLOAD_LINK_MS = 15 * 60_000;
/** What a label token looks like; anything else is not found, exactly as an unknown token is. */
const TOKEN = /^[0-9a-f]{32}$/;

/** Equipment kind → the work it calls for (the department and SLA follow from it). */
const WORK_CATEGORY: Record<EquipmentCategory, WorkOrderCategory> = {
  [EquipmentCategory.POWER_DISTRIBUTION]: WorkOrderCategory.POWER,
  [EquipmentCategory.HVAC]: WorkOrderCategory.HVAC,
  [EquipmentCategory.ELEVATOR]: WorkOrderCategory.ELEVATOR,
  [EquipmentCategory.WATER_SUPPLY_DRAINAGE]: WorkOrderCategory.WATER,
  [EquipmentCategory.FIRE_PROTECTION]: WorkOrderCategory.FIRE,
  [EquipmentCategory.WEAK_CURRENT_CCTV]: WorkOrderCategory.NETWORK,
  [EquipmentCategory.LIGHTING]: WorkOrderCategory.LIGHTING,
  [EquipmentCategory.EV_CHARGER]: WorkOrderCategory.POWER,
  [EquipmentCategory.OTHER]: WorkOrderCategory.OTHER,
};

type Limiters = { lookupsByIp: RateLimiter; reportsByIp: RateLimiter; reportsByEquipment: RateLimiter };
const limiters = new WeakMap<AppServices, Limiters>();
/** The app's limiters (one set per app, counting on the app's clock, so tests can move it). */
function limitersOf(services: AppServices): Limiters {
  let l = limiters.get(services);
  if (!l) {
    const now = () => services.clock.now().getTime();
    l = {
      lookupsByIp: new RateLimiter(WINDOW_MS, now),
      reportsByIp: new RateLimiter(WINDOW_MS, now),
      reportsByEquipment: new RateLimiter(WINDOW_MS, now),
    };
    limiters.set(services, l);
  }
  return l;
}

function limit(limiter: RateLimiter, key: string, max: number, what: string) {
  const wait = limiter.hit(key, max);
  if (wait > 0)
    throw new TooManyRequestsError(`Too many ${what}; try again later`, 'REPORT_RATE_LIMITED', wait);
}

export function toFaultReportType(r: FaultReport): FaultReportType {
  return {
    id: r.id,
    description: r.description,
    reporterName: r.reporterName ?? null,
    reporterPhone: r.reporterPhone ?? null,
    filedOrder: r.filedOrder,
    reportedAt: r.createdAt,
  };
}

/**
 * The public side of an equipment label: anyone who scans it sees the equipment's name and place
 * and can report a fault, which files a work order (or joins the one already open).
 */
export const faultReportService = {
  /** Name, building and floor of the labelled equipment; an unknown token is NOT_FOUND. */
  async publicEquipment(ctx: RequestContext, token: string) {
    limit(limitersOf(ctx.services).lookupsByIp, ctx.caller.ip ?? 'unknown', LOOKUPS_PER_IP, 'lookups');
    const row = TOKEN.test(token)
      ? await withSystem(ctx.services.orm, (em) => faultReportRepository.publicView(em, token), { as: 'job' })
      : undefined;
    if (!row) throw new NotFoundError('Equipment', 'token');
    return { name: row.name, buildingName: row.building_name, floorName: row.floor_name };
  },

  /**
   * Files the report: limits per address and per equipment, then, holding the equipment's row,
   * joins its open fault order or files a new one. A wrong token answers as an unknown one.
   */
  async report(ctx: RequestContext, input: ReportEquipmentFaultInput): Promise<FaultReportReceiptType> {
    const l = limitersOf(ctx.services);
    limit(l.reportsByIp, ctx.caller.ip ?? 'unknown', REPORTS_PER_IP, 'reports from this address');
    if (!TOKEN.test(input.token)) throw new NotFoundError('Equipment', 'input.token');
    await ctx.actAsJob(PUBLIC_REPORTER_LABEL);
    const em = ctx.em;
    const equipmentId = await faultReportRepository.lockForReport(em, input.token, ctx.now());
    if (!equipmentId) throw new NotFoundError('Equipment', 'input.token');
    limit(l.reportsByEquipment, equipmentId, REPORTS_PER_EQUIPMENT, 'reports for this equipment');

    const equipment = await em.findOneOrFail(Equipment, equipmentId, { populate: ['park'] });
    const description = input.description.trim();
    const openId = await faultReportRepository.openFaultOrder(em, equipmentId);
    let order: WorkOrder;
    if (openId) {
      order = await em.findOneOrFail(WorkOrder, openId);
      em.create(WorkOrderEvent, {
        park: order.park,
        workOrder: order,
        action: 'PUBLIC_REPORT',
        fromState: order.state,
        toState: order.state,
        actorId: ctx.signedIn.id,
        actorLabel: PUBLIC_REPORTER_LABEL,
        note: description,
      });
    } else {
      order = await fileOrder(ctx, {
        park: equipment.park,
        source: WorkOrderSource.PUBLIC_REPORT,
        category: WORK_CATEGORY[equipment.category],
        priority: WorkOrderPriority.NORMAL,
        title: description.split('\n')[0]!.slice(0, 100),
        description,
        building: equipment.building ?? null,
        unit: equipment.unit ?? null,
        equipment,
        locationNote: equipment.locationNote ?? null,
      });
    }
    const report = em.create(FaultReport, {
      createdAt: ctx.now(),
      park: order.park,
      equipment,
      workOrder: order,
      description,
      reporterName: input.reporterName?.trim() || null,
      reporterPhone: input.reporterPhone?.trim() || null,
      filedOrder: !openId,
    });
    let photoUploadUrl: string | null = null;
    const { files } = ctx.services;
    // A photo goes through the attachment links staff use: one PUT within 15 minutes, its bytes
    // checked against the declared picture type and size. Past the order's limit it is dropped.
    if (input.photo && input.photo.size <= files.maxBytes) {
      const count = await em.count(Attachment, { workOrder: order });
      if (count < MAX_ATTACHMENTS) {
        const attachment = em.create(Attachment, {
          createdAt: ctx.now(),
          park: order.park,
          workOrder: order,
          uploaderId: null,
          uploaderLabel: PUBLIC_REPORTER_LABEL,
          fileName: input.photo.fileName,
          contentType: input.photo.contentType,
          declaredSize: input.photo.size,
          storageKey: `${order.park.id}/${order.id}/${randomUUID()}`,
        });
        await em.flush();
        photoUploadUrl = files.signer.url(
          'put',
          attachment.id,
          new Date(ctx.now().getTime() + UPLOAD_LINK_MS),
        );
      }
    }
    await em.flush();
    recordOrderChange(ctx, order, {
      after: {
        faultReportId: report.id,
        equipmentId,
        joined: Boolean(openId),
        photo: Boolean(photoUploadUrl),
      },
    });
    if (openId)
      ctx.publish('WORK_ORDER_CHANGED', order.park.id, {
        workOrderId: order.id,
        tenantId: order.tenant?.id ?? null,
        action: 'PUBLIC_REPORT',
      });
    return { received: true, photoUploadUrl };
  },

  /** The public reports of an order, oldest first. */
  async forOrder(ctx: RequestContext, workOrderId: string) {
    const rows = await ctx.loaders.faultReportsByWorkOrder.load(workOrderId);
    return rows.map(toFaultReportType);
  },
};
