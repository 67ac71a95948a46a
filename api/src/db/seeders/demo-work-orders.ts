import type { EntityManager } from '@mikro-orm/postgresql';
import type { Park } from '../../modules/park/park.entity.js';
import type { Unit } from '../../modules/unit/unit.entity.js';
import type { AppUser } from '../../modules/user/user.entity.js';
import { CATEGORY_DEPARTMENT } from '../../modules/work-order/dispatch.js';
import { SLA } from '../../modules/work-order/sla.js';
import {
  WorkOrderCategory as C,
  WorkOrderPriority as P,
  WorkOrder,
  WorkOrderSource,
} from '../../modules/work-order/work-order.entity.js';
import { WorkOrderAction as A, WorkOrderState as S } from '../../modules/work-order/work-order.machine.js';
import { WorkOrderEvent } from '../../modules/work-order/work-order-event.entity.js';
import { IdSource, Random } from './random.js';

const TITLES: Record<C, string[]> = {
  [C.POWER]: ['插座没电', '配电箱跳闸', '办公区断电'],
  [C.LIGHTING]: ['走廊灯不亮', '应急照明故障', '会议室灯闪烁'],
  [C.WATER]: ['卫生间漏水', '水龙头滴水', '下水道堵塞'],
  [C.HVAC]: ['空调不制冷', '新风噪音大', '空调滴水'],
  [C.ELEVATOR]: ['电梯异响', '电梯按钮失灵'],
  [C.FIRE]: ['烟感误报', '灭火器过期'],
  [C.CIVIL]: ['门把手松动', '墙面渗水', '窗户关不上'],
  [C.DOOR_ACCESS]: ['门禁卡失灵', '闸机不开'],
  [C.NETWORK]: ['网络中断', '监控画面丢失'],
  [C.CLEANING]: ['公共区域需清洁', '垃圾未清运'],
  [C.LANDSCAPING]: ['绿植枯萎', '草坪需修剪'],
  [C.SECURITY]: ['可疑人员', '车辆乱停'],
  [C.SERVICE]: ['回访'],
  [C.OTHER]: ['其他报修'],
};
/** How often each kind of work comes up, roughly as in a park of offices and factories. */
const CATEGORY_WEIGHTS: [C, number][] = [
  [C.POWER, 10],
  [C.LIGHTING, 12],
  [C.WATER, 12],
  [C.HVAC, 16],
  [C.ELEVATOR, 4],
  [C.FIRE, 3],
  [C.CIVIL, 10],
  [C.DOOR_ACCESS, 8],
  [C.NETWORK, 5],
  [C.CLEANING, 9],
  [C.LANDSCAPING, 5],
  [C.SECURITY, 4],
  [C.OTHER, 2],
];
const MIN = 60_000;

function weighted<T>(random: Random, items: readonly [T, number][]): T {
  let r = random.next() * items.reduce((a, [, w]) => a + w, 0);
  for (const [item, w] of items) {
    r -= w;
    if (r < 0) return item;
  }
  return items[0]![0];
}

/**
 * A year of work orders up to `today`, so the KPIs and charts mean something: three to seven a
 * day, mostly tenant repairs, dispatched by department, nearly all fixed within the SLA, a few
 * reworked or late, verified, closed and visited with realistic scores; the last days' orders
 * still open. Nothing carries a time later than `now`: an order's steps after it are not taken yet
 * (the order stays open where it is), an order filed after it is not filed. Deterministic for a
 * given `today` and `now`.
 */
export function createWorkOrderHistory(
  em: EntityManager,
  opts: {
    ids: IdSource;
    today: Date;
    /** Nothing happens after this: later steps are not taken yet, later orders not filed yet. */
    now: Date;
    park: Park;
    units: Unit[];
    staff: Map<string, AppUser>;
    requesters: AppUser[];
  },
): number {
  const random = new Random(0x3b0c_2026);
  const leased = opts.units.filter((u) => u.tenant);
  let count = 0;
  for (let daysAgo = 365; daysAgo >= 0; daysAgo -= 1) {
    const day = opts.today.getTime() - daysAgo * 86_400_000;
    for (let n = random.int(3, 7); n > 0; n -= 1) {
      count += 1;
      const category = weighted(random, CATEGORY_WEIGHTS);
      const priority = weighted(random, [
        [P.NORMAL, 80],
        [P.URGENT, 16],
        [P.EMERGENCY, 4],
      ] as [P, number][]);
      const byTenant = random.chance(0.75) && leased.length > 0;
      const unit = byTenant ? random.pick(leased) : null;
      const submittedAt = new Date(day + random.int(7 * 60, 20 * 60) * MIN - 8 * 60 * MIN);
      const assignee = opts.staff.get(CATEGORY_DEPARTMENT[category])!;
      const sla = SLA[category][priority];
      const events: [A | 'SUBMIT', S | null, S, number, string | null][] = [
        ['SUBMIT', null, S.SUBMITTED, submittedAt.getTime(), null],
      ];
      let t = submittedAt.getTime();
      const step = (action: A, from: S, to: S, minutes: number, note: string | null = null) => {
        t += minutes * MIN;
        events.push([action, from, to, t, note]);
        return new Date(t);
      };
      const openWindow = daysAgo === 0 ? 4 : 0; // today's last orders are still moving
      let dispatchedAt: Date | null = step(A.DISPATCH, S.SUBMITTED, S.DISPATCHED, random.int(2, 20));
      const stopAt = openWindow && n <= openWindow ? random.int(1, 4) : 99;
      let state: S = S.DISPATCHED;
      let acceptedAt: Date | null = null;
      let startedAt: Date | null = null;
      let completedAt: Date | null = null;
      let verifiedAt: Date | null = null;
      let closedAt: Date | null = null;
      const late = random.chance(0.03);
      if (stopAt > 1) {
        acceptedAt = step(A.ACCEPT, S.DISPATCHED, S.ACCEPTED, random.int(1, 8));
        state = S.ACCEPTED;
      }
      if (stopAt > 2) {
        startedAt = step(
          A.START,
          S.ACCEPTED,
          S.IN_PROGRESS,
          random.int(3, Math.max(4, sla.respondMinutes - 10)),
        );
        state = S.IN_PROGRESS;
      }
      if (stopAt > 3) {
        const budget = sla.resolveMinutes - (startedAt!.getTime() - dispatchedAt!.getTime()) / MIN;
        const work = late
          ? budget + random.int(10, 120)
          : random.int(10, Math.max(11, Math.floor(budget * 0.8)));
        completedAt = step(A.COMPLETE, S.IN_PROGRESS, S.COMPLETED, work, '已处理');
        state = S.COMPLETED;
        if (random.chance(0.04)) {
          step(A.REWORK, S.COMPLETED, S.IN_PROGRESS, random.int(30, 240), '问题仍然存在');
          completedAt = step(A.COMPLETE, S.IN_PROGRESS, S.COMPLETED, random.int(20, 90), '二次处理');
        }
        verifiedAt = step(A.VERIFY, S.COMPLETED, S.VERIFIED, random.int(30, 24 * 60));
        closedAt = step(A.CLOSE, S.VERIFIED, S.CLOSED, random.int(10, 12 * 60));
        state = S.CLOSED;
      }
      const visited = state === S.CLOSED && random.chance(0.99);
      // Drawn whether or not it is kept, so the rows after it do not depend on the time of day.
      const visitAt = visited ? t + random.int(60, 48 * 60) * MIN : null;
      const now = opts.now.getTime();
      const kept = events.filter((e) => e[3] <= now);
      if (kept.length < events.length) {
        // The rest has not happened yet: the order stops at its last step before now.
        const at = (action: A) => {
          const e = kept.findLast((k) => k[0] === action);
          return e ? new Date(e[3]) : null;
        };
        state = kept.at(-1)?.[2] ?? S.SUBMITTED;
        dispatchedAt = at(A.DISPATCH);
        acceptedAt = at(A.ACCEPT);
        startedAt = at(A.START);
        completedAt = at(A.COMPLETE);
        verifiedAt = at(A.VERIFY);
        closedAt = at(A.CLOSE);
      }
      const score = weighted(random, [
        [5, 70],
        [4, 25],
        [3, 3],
        [2, 1],
        [1, 1],
      ] as [number, number][]);
      const orderId = opts.ids.next();
      if (kept.length === 0) continue; // filed after now
      const visitedAt = visitAt !== null && state === S.CLOSED && visitAt <= now ? new Date(visitAt) : null;
      const order = em.create(WorkOrder, {
        id: orderId,
        createdAt: submittedAt,
        updatedAt: new Date(kept.at(-1)![3]),
        park: opts.park,
        number: `WO-${new Date(day).toISOString().slice(0, 10).replaceAll('-', '')}-${String(count).padStart(5, '0')}`,
        source: byTenant
          ? WorkOrderSource.TENANT_REPAIR
          : random.pick([WorkOrderSource.INSPECTION, WorkOrderSource.PATROL, WorkOrderSource.STAFF]),
        category,
        priority,
        state,
        version: kept.length - 1,
        title: random.pick(TITLES[category]),
        description: null,
        building: unit ? unit.building : null,
        unit,
        equipment: null,
        locationNote: unit ? null : '公共区域',
        tenant: unit?.tenant ?? null,
        // The demo's tenant logins file their own companies' repairs; other companies' requesters have no login.
        requester: opts.requesters.find((r) => unit?.tenant && r.tenant?.id === unit.tenant.id) ?? null,
        assignee,
        holdReason: null,
        submittedAt,
        dispatchedAt,
        acceptedAt,
        startedAt,
        completedAt,
        verifiedAt,
        closedAt,
        cancelledAt: null,
        visitedAt,
        visitedBy: visitedAt ? opts.staff.get('customer_service')! : null,
        visitScore: visitedAt ? score : null,
        visitComment: null,
      });
      const desk = opts.staff.get('customer_service')!;
      for (const [action, from, to, at, note] of kept)
        em.create(WorkOrderEvent, {
          id: opts.ids.next(),
          park: opts.park,
          workOrder: order,
          action,
          fromState: from,
          toState: to,
          // The desk dispatches and closes: a person, named as such (the apps show names as given).
          actorId: action === A.DISPATCH || action === A.CLOSE ? desk.id : null,
          actorLabel: action === A.DISPATCH || action === A.CLOSE ? desk.displayName : null,
          note,
          createdAt: new Date(at),
        });
    }
  }
  return count;
}
