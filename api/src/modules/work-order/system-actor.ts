import { registerEnumType } from 'type-graphql';
import { JOB_ACTOR_ID } from '../../kernel/actor.js';

/**
 * The platform's own actors in a work order's history. Events store a label (kept as written, for
 * the record); the API names the actor by this stable key and each app words it in its language.
 */
export enum WorkOrderSystemActor {
  AUTO_DISPATCH = 'AUTO_DISPATCH',
  MAINTENANCE_PLAN = 'MAINTENANCE_PLAN',
  QR_REPORT = 'QR_REPORT',
  SYSTEM = 'SYSTEM',
}
registerEnumType(WorkOrderSystemActor, {
  name: 'WorkOrderSystemActor',
  description: 'Which part of the platform acted (apps name it in their own language).',
  valuesConfig: {
    AUTO_DISPATCH: { description: 'Automatic dispatch.' },
    MAINTENANCE_PLAN: { description: 'A maintenance plan filed the order.' },
    QR_REPORT: {
      description: 'Someone scanned an equipment label and reported a fault (not signed in, unverified).',
    },
    SYSTEM: { description: 'Another background job (a timer, a rule).' },
  },
});

/** How automatic dispatch signs its events. Events written before carry the old two-language label. */
export const AUTO_DISPATCH = '自动派单';
/** How a maintenance plan signs the orders it files. */
export const MAINTENANCE_PLAN_LABEL = '维保计划';
/** Who filed or joined an order from a label's public page: nobody signed in, nothing checked. */
export const PUBLIC_REPORTER_LABEL = '扫码报修（未验证）/ QR report (unverified)';

const BY_LABEL: ReadonlyMap<string, WorkOrderSystemActor> = new Map([
  [AUTO_DISPATCH, WorkOrderSystemActor.AUTO_DISPATCH],
  ['自动派单 auto-dispatch', WorkOrderSystemActor.AUTO_DISPATCH],
  [MAINTENANCE_PLAN_LABEL, WorkOrderSystemActor.MAINTENANCE_PLAN],
  [PUBLIC_REPORTER_LABEL, WorkOrderSystemActor.QR_REPORT],
]);

/** The system actor an event was written by, or null for a person. */
export function systemActorOf(e: {
  actorId?: string | null;
  actorLabel?: string | null;
}): WorkOrderSystemActor | null {
  const known = BY_LABEL.get(e.actorLabel ?? '');
  if (known) return known;
  return e.actorId === JOB_ACTOR_ID ? WorkOrderSystemActor.SYSTEM : null;
}
