import type { EntityManager } from '@mikro-orm/postgresql';
import { EquipmentCategory as E } from '../../modules/equipment/equipment.entity.js';
import { MaintenancePlan } from '../../modules/maintenance/maintenance-plan.entity.js';
import {
  type CalendarDate,
  defaultGraceDays,
  dueDates,
  nextDue,
  RecurrenceUnit as R,
  type Recurrence,
} from '../../modules/maintenance/recurrence.js';
import type { Park } from '../../modules/park/park.entity.js';
import type { AppUser } from '../../modules/user/user.entity.js';
import { MAINTENANCE_PLAN_LABEL } from '../../modules/work-order/system-actor.js';
import {
  WorkOrderCategory as C,
  WorkOrder,
  WorkOrderPriority,
  WorkOrderSource,
} from '../../modules/work-order/work-order.entity.js';
import { WorkOrderState as S } from '../../modules/work-order/work-order.machine.js';
import { WorkOrderEvent } from '../../modules/work-order/work-order-event.entity.js';
import { type IdSource, Random } from './random.js';

type PlanSpec = {
  name: string;
  category: E;
  work: C;
  recurrence: Recurrence;
  checklist: string[];
  basis: string;
  /** Days from the seed date to the first due date still ahead. */
  nextInDays: number;
};

/** The statutory plans of SPEC §3.1, with their clauses. */
const STATUTORY: PlanSpec[] = [
  {
    name: '电梯半月维保',
    category: E.ELEVATOR,
    work: C.ELEVATOR,
    recurrence: { unit: R.DAY, interval: 15 },
    checklist: ['机房、井道、轿厢清洁', '制动器检查调整', '门锁回路与层门联锁', '紧急报警装置试验'],
    basis: 'IPARK 5.2.4.8：电梯每15日维护保养一次',
    nextInDays: 3,
  },
  {
    name: '二次供水水箱清洗消毒',
    category: E.WATER_SUPPLY_DRAINAGE,
    work: C.WATER,
    recurrence: { unit: R.MONTH, interval: 6 },
    checklist: ['排空并清洗水箱', '消毒并冲洗', '水质送检', '更新清洗记录公示'],
    basis: 'IPARK 4.3.2.4、5.2.6.3：二次供水设施每半年清洗消毒',
    nextInDays: 40,
  },
  {
    name: '消防设施月度检查',
    category: E.FIRE_PROTECTION,
    work: C.FIRE,
    recurrence: { unit: R.MONTH, interval: 1 },
    checklist: ['火灾报警控制器自检', '消火栓与水带检查', '灭火器压力与有效期', '疏散指示与应急照明'],
    basis: 'IPARK 5.2.7.5：消防设施每月检查',
    nextInDays: 9,
  },
  {
    name: '消防系统年度联动测试',
    category: E.FIRE_PROTECTION,
    work: C.FIRE,
    recurrence: { unit: R.YEAR, interval: 1 },
    checklist: ['报警与喷淋联动', '防排烟联动', '电梯迫降', '门禁释放与广播'],
    basis: 'IPARK 5.2.7.5：每年全面联动测试',
    nextInDays: 75,
  },
  ...(
    [
      ['供配电系统年度检修', E.POWER_DISTRIBUTION, C.POWER, 120],
      ['电梯年度全面检修', E.ELEVATOR, C.ELEVATOR, 150],
      ['给排水系统年度检修', E.WATER_SUPPLY_DRAINAGE, C.WATER, 180],
      ['暖通空调年度检修', E.HVAC, C.HVAC, 60],
      ['消防系统年度检修', E.FIRE_PROTECTION, C.FIRE, 210],
    ] as const
  ).map(([name, category, work, nextInDays]) => ({
    name,
    category,
    work,
    recurrence: { unit: R.YEAR, interval: 1 },
    checklist: ['全面检查与试验', '易损件更换', '检修记录归档'],
    basis: 'IPARK 4.3.2.5：重要设备每年全面检修',
    nextInDays,
  })),
  {
    name: '空调风管清洗',
    category: E.HVAC,
    work: C.HVAC,
    recurrence: { unit: R.YEAR, interval: 2 },
    checklist: ['风管内窥检查', '清洗与消毒', '清洗前后照片存档'],
    basis: 'IPARK 5.2.5.2：空调风管每两年清洗',
    nextInDays: 300,
  },
];

const DAY = 86_400_000;
const dateOf = (t: number): CalendarDate => new Date(t).toISOString().slice(0, 10);

/** The earliest due date of the plan's series on or after `earliest`, stepping back from `from`. */
function stepBack(from: CalendarDate, r: Recurrence, earliest: CalendarDate): CalendarDate {
  const back = { ...r, interval: -r.interval };
  const anchor = Number(from.slice(8, 10));
  let d = from;
  for (let prev = nextDue(d, back, anchor); prev >= earliest; prev = nextDue(prev, back, anchor)) d = prev;
  return d;
}

/**
 * The statutory plans, and half a year of their past orders (nearly all done within the window,
 * one late, one missed) so the compliance calendar has a history. Returns the orders created.
 */
export function createMaintenancePlans(
  em: EntityManager,
  opts: { ids: IdSource; today: Date; park: Park; engineer: AppUser; firstNumber: number },
): number {
  const random = new Random(0x5eed_2026);
  const todayDate = dateOf(opts.today.getTime());
  let number = opts.firstNumber;
  for (const spec of STATUTORY) {
    const nextDueOn = dateOf(opts.today.getTime() + spec.nextInDays * DAY);
    const graceDays = defaultGraceDays(spec.recurrence);
    const plan = em.create(MaintenancePlan, {
      id: opts.ids.next(),
      createdAt: opts.today,
      updatedAt: opts.today,
      park: opts.park,
      name: spec.name,
      equipment: null,
      equipmentCategory: spec.category,
      workCategory: spec.work,
      recurrenceUnit: spec.recurrence.unit,
      recurrenceInterval: spec.recurrence.interval,
      checklist: spec.checklist,
      graceDays,
      nextDueOn,
      anchorDay: Number(nextDueOn.slice(8, 10)),
      active: true,
      statutory: true,
      basis: spec.basis,
    });
    const start = stepBack(nextDueOn, spec.recurrence, dateOf(opts.today.getTime() - 182 * DAY));
    const past = dueDates(start, spec.recurrence, start, todayDate).filter((d) => d < nextDueOn);
    past.forEach((dueOn, i) => {
      number += 1;
      const dueAt = Date.parse(`${dueOn}T01:00:00Z`); // 09:00 in the park
      const outcome =
        i === 1 && spec.recurrence.interval === 15
          ? 'late'
          : i === 3 && spec.work === C.FIRE
            ? 'missed'
            : 'ok';
      const completedAt =
        outcome === 'missed'
          ? null
          : new Date(dueAt + (outcome === 'late' ? (graceDays + 2) * DAY : random.int(1, 6) * 3_600_000));
      const events: [string, S | null, S, Date][] = [
        ['SUBMIT', null, S.SUBMITTED, new Date(dueAt - 3_600_000)],
      ];
      if (completedAt)
        events.push(
          ['DISPATCH', S.SUBMITTED, S.DISPATCHED, new Date(dueAt - 3_000_000)],
          ['ACCEPT', S.DISPATCHED, S.ACCEPTED, new Date(dueAt - 2_400_000)],
          ['START', S.ACCEPTED, S.IN_PROGRESS, new Date(dueAt)],
          ['COMPLETE', S.IN_PROGRESS, S.COMPLETED, completedAt],
          ['VERIFY', S.COMPLETED, S.VERIFIED, new Date(completedAt.getTime() + 3_600_000)],
          ['CLOSE', S.VERIFIED, S.CLOSED, new Date(completedAt.getTime() + 7_200_000)],
        );
      else events.push(['CANCEL', S.SUBMITTED, S.CANCELLED, new Date(dueAt + (graceDays + 3) * DAY)]);
      const last = events.at(-1)!;
      const order = em.create(WorkOrder, {
        id: opts.ids.next(),
        createdAt: events[0]![3],
        updatedAt: last[3],
        park: opts.park,
        number: `WO-${dueOn.replaceAll('-', '')}-${String(number).padStart(5, '0')}`,
        source: WorkOrderSource.MAINTENANCE_PLAN,
        category: spec.work,
        priority: WorkOrderPriority.NORMAL,
        state: last[2],
        version: events.length - 1,
        title: `${spec.name}（${dueOn}）`,
        description: spec.checklist.map((c, k) => `${k + 1}. ${c}`).join('\n'),
        locationNote: null,
        equipmentCategory: spec.category,
        assignee: completedAt ? opts.engineer : null,
        submittedAt: events[0]![3],
        dispatchedAt: completedAt ? events[1]![3] : null,
        acceptedAt: completedAt ? events[2]![3] : null,
        startedAt: completedAt ? events[3]![3] : null,
        completedAt,
        verifiedAt: completedAt ? events[5]![3] : null,
        closedAt: completedAt ? last[3] : null,
        cancelledAt: completedAt ? null : last[3],
        maintenancePlan: plan,
        planDueOn: dueOn,
      });
      for (const [action, from, to, at] of events)
        em.create(WorkOrderEvent, {
          id: opts.ids.next(),
          park: opts.park,
          workOrder: order,
          action,
          fromState: from,
          toState: to,
          actorId: null,
          actorLabel: action === 'SUBMIT' ? MAINTENANCE_PLAN_LABEL : null,
          note: action === 'CANCEL' ? '当期未执行' : null,
          createdAt: at,
        });
    });
  }
  return number - opts.firstNumber;
}
