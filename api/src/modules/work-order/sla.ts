import { WorkOrderCategory as C, WorkOrderPriority as P } from './work-order.entity.js';

/** Minutes from dispatch to someone on site (response) and to the fault fixed (resolution). */
export type SlaTarget = { respondMinutes: number; resolveMinutes: number };

const general: Record<P, SlaTarget> = {
  [P.EMERGENCY]: { respondMinutes: 15, resolveMinutes: 240 },
  [P.URGENT]: { respondMinutes: 30, resolveMinutes: 480 },
  [P.NORMAL]: { respondMinutes: 60, resolveMinutes: 1440 },
};

/**
 * Targets per category and priority. Power faults are fixed within 2 h and emergency lighting is
 * reached within 30 min (IPARK 5.2.2.4); elsewhere the general targets apply.
 */
export const SLA: Readonly<Record<C, Record<P, SlaTarget>>> = Object.fromEntries(
  Object.values(C).map((c) => [c, general]),
) as Record<C, Record<P, SlaTarget>>;
Object.assign(SLA, {
  [C.POWER]: {
    [P.EMERGENCY]: { respondMinutes: 10, resolveMinutes: 60 },
    [P.URGENT]: { respondMinutes: 15, resolveMinutes: 120 },
    [P.NORMAL]: { respondMinutes: 30, resolveMinutes: 120 },
  },
  [C.LIGHTING]: {
    [P.EMERGENCY]: { respondMinutes: 15, resolveMinutes: 120 },
    [P.URGENT]: { respondMinutes: 30, resolveMinutes: 240 },
    [P.NORMAL]: { respondMinutes: 30, resolveMinutes: 480 },
  },
});

export type SlaStatus = 'ON_TRACK' | 'AT_RISK' | 'BREACHED' | 'MET';

/** The last fifth of a window (at least 10 minutes) is "at risk": time to warn. */
const WARNING_SHARE = 0.2;
const MIN_WARNING_MS = 10 * 60_000;

export type SlaClock = {
  respondBy: Date;
  resolveBy: Date;
  response: SlaStatus;
  resolution: SlaStatus;
};

/** When a window of `windowMs` ending at `deadline` becomes at risk. */
const warnFrom = (deadline: Date, windowMs: number) =>
  new Date(deadline.getTime() - Math.max(windowMs * WARNING_SHARE, MIN_WARNING_MS));

function status(deadline: Date, windowMs: number, doneAt: Date | null, now: Date): SlaStatus {
  if (doneAt) return doneAt <= deadline ? 'MET' : 'BREACHED';
  if (now > deadline) return 'BREACHED';
  return now >= warnFrom(deadline, windowMs) ? 'AT_RISK' : 'ON_TRACK';
}

/**
 * Deadlines counted from dispatch, and where each stands at `now`: response is met when work
 * starts, resolution when it is completed. Undefined before the order is dispatched.
 */
type ClockedOrder = {
  category: C;
  priority: P;
  dispatchedAt?: Date | null;
  startedAt?: Date | null;
  completedAt?: Date | null;
};

export function slaClock(order: ClockedOrder, now: Date): SlaClock | undefined {
  if (!order.dispatchedAt) return undefined;
  const target = SLA[order.category][order.priority];
  const from = order.dispatchedAt.getTime();
  const respondMs = target.respondMinutes * 60_000;
  const resolveMs = target.resolveMinutes * 60_000;
  const respondBy = new Date(from + respondMs);
  const resolveBy = new Date(from + resolveMs);
  return {
    respondBy,
    resolveBy,
    response: status(respondBy, respondMs, order.startedAt ?? null, now),
    resolution: status(resolveBy, resolveMs, order.completedAt ?? null, now),
  };
}

export type SlaAlertKind =
  | 'RESPONSE_WARNING'
  | 'RESPONSE_BREACH'
  | 'RESOLUTION_WARNING'
  | 'RESOLUTION_BREACH';
export type SlaMilestone = { kind: SlaAlertKind; at: Date; deadline: Date };

/**
 * The instants an open order's clock raises alerts, earliest first: a warning when a window turns
 * at risk, a breach when it runs out. A met window (started, completed) raises nothing more.
 */
export function slaMilestones(order: ClockedOrder): SlaMilestone[] {
  if (!order.dispatchedAt) return [];
  const target = SLA[order.category][order.priority];
  const from = order.dispatchedAt.getTime();
  const windows = [
    { name: 'RESPONSE', ms: target.respondMinutes * 60_000, done: order.startedAt },
    { name: 'RESOLUTION', ms: target.resolveMinutes * 60_000, done: order.completedAt },
  ] as const;
  return windows
    .filter((w) => !w.done)
    .flatMap((w) => {
      const deadline = new Date(from + w.ms);
      return [
        { kind: `${w.name}_WARNING` as const, at: warnFrom(deadline, w.ms), deadline },
        { kind: `${w.name}_BREACH` as const, at: deadline, deadline },
      ];
    })
    .sort((a, b) => a.at.getTime() - b.at.getTime());
}
