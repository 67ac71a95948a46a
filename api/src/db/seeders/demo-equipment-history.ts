import { EquipmentCategory, EquipmentStatus } from '../../modules/equipment/equipment.entity.js';
import { EquipmentEvent, EquipmentEventKind } from '../../modules/equipment/equipment-event.entity.js';
import type { LedgerItem } from './demo-equipment.js';
import {
  ELEVATOR_NOTES,
  FAULT_NOTES,
  FIRE_NOTES,
  INSTALL_NOTE,
  MAINTENANCE_NOTES,
  QUARTERLY_NOTES,
  REPAIR_NOTES,
  RETIRE_NOTE,
} from './demo-equipment-notes.js';
import { addDays, daysBetween, laterOf, type Random, workingTime } from './random.js';
import type { SeedContext } from './seed-context.js';

type Draft = {
  kind: EquipmentEventKind;
  at: Date;
  note: string | null;
  data: Record<string, unknown> | null;
};

/** Days between routine visits by service plan. */
const INTERVAL = { elevator: 15, fire: 30, quarterly: 91 } as const;
/** Chance of one unplanned fault and repair during the year, by category. */
const INCIDENT_RATE: Partial<Record<EquipmentCategory, number>> = {
  [EquipmentCategory.ELEVATOR]: 0.4,
  [EquipmentCategory.EV_CHARGER]: 0.3,
};

function statusChange(from: EquipmentStatus, to: EquipmentStatus, at: Date, note: string | null): Draft {
  const kind =
    to === EquipmentStatus.RETIRED ? EquipmentEventKind.RETIRED : EquipmentEventKind.STATUS_CHANGED;
  return { kind, at, note, data: { status: { from, to } } };
}

/** Routine visits from `start` (inclusive) to `end` (exclusive), first one at a random phase. */
function routine(random: Random, item: LedgerItem, start: Date, end: Date): Draft[] {
  const drafts: Draft[] = [];
  const { kind } = item;
  const every = INTERVAL[kind.service];
  let visit = 0;
  for (
    let day = addDays(start, random.int(0, every - 1));
    day < end;
    day = addDays(day, every + random.int(-2, 2))
  ) {
    visit += 1;
    const at = workingTime(random, day);
    if (kind.service === 'elevator') {
      drafts.push({ kind: EquipmentEventKind.MAINTAINED, at, note: random.pick(ELEVATOR_NOTES), data: null });
    } else if (kind.service === 'fire') {
      const notes = FIRE_NOTES[kind.tag] ?? ['月度消防巡检：运行正常'];
      drafts.push({
        kind: EquipmentEventKind.INSPECTED,
        at,
        note: random.pick(notes),
        data: { result: '合格' },
      });
    } else {
      const [inspected, maintained] = QUARTERLY_NOTES[kind.tag] ??
        QUARTERLY_NOTES[kind.category] ?? [['季度巡检：正常'], ['季度保养：正常']];
      const maintain = visit % 2 === 0;
      drafts.push({
        kind: maintain ? EquipmentEventKind.MAINTAINED : EquipmentEventKind.INSPECTED,
        at,
        note: random.pick(maintain ? maintained : inspected),
        data: null,
      });
    }
  }
  return drafts;
}

/** One unplanned fault in the window: status to FAULT, the repair, back to RUNNING. */
function incident(random: Random, item: LedgerItem, start: Date, end: Date): Draft[] {
  const rate = INCIDENT_RATE[item.kind.category] ?? 0.06;
  const span = daysBetween(start, end);
  if (span < 10 || !random.chance(rate)) return [];
  const day = addDays(start, random.int(3, span - 5));
  const broke = workingTime(random, day);
  const fixed = workingTime(random, addDays(day, random.int(1, 2)));
  const note = random.pick(REPAIR_NOTES[item.kind.category] ?? ['故障处理完成，恢复运行']);
  return [
    statusChange(EquipmentStatus.RUNNING, EquipmentStatus.FAULT, broke, '报修：设备故障停机'),
    {
      kind: EquipmentEventKind.REPAIRED,
      at: fixed,
      note,
      data: { downtimeHours: Math.round((fixed.getTime() - broke.getTime()) / 3_600_000) },
    },
    statusChange(
      EquipmentStatus.FAULT,
      EquipmentStatus.RUNNING,
      new Date(fixed.getTime() + 30 * 60_000),
      '维修完成，恢复运行',
    ),
  ];
}

/** The life of one asset up to `today`: installation, a year of routine work, its current state. */
function lifeOf(random: Random, item: LedgerItem, today: Date): Draft[] {
  const { equipment, installed, kind } = item;
  const drafts: Draft[] = [
    {
      kind: EquipmentEventKind.INSTALLED,
      at: workingTime(random, installed),
      note: INSTALL_NOTE,
      data: null,
    },
  ];
  const firstDay = addDays(installed, 1);
  const yearAgo = addDays(today, -365);
  const start = laterOf(firstDay, yearAgo);
  const latest = (d: Date) => laterOf(d, firstDay);
  const status = equipment.status;
  let end = today;
  const tail: Draft[] = [];
  if (status === EquipmentStatus.RETIRED) {
    const retired = latest(addDays(today, -random.int(40, 220)));
    const broke = latest(addDays(retired, -random.int(3, 15)));
    tail.push(
      statusChange(
        EquipmentStatus.RUNNING,
        EquipmentStatus.FAULT,
        workingTime(random, broke),
        '设备故障停机，待评估',
      ),
    );
    tail.push(
      statusChange(
        EquipmentStatus.FAULT,
        EquipmentStatus.RETIRED,
        workingTime(random, addDays(broke, Math.max(1, daysBetween(broke, retired)))),
        RETIRE_NOTE,
      ),
    );
    end = broke;
  } else if (status === EquipmentStatus.FAULT) {
    const broke = latest(addDays(today, -random.int(2, 12)));
    const note = FAULT_NOTES[kind.category] ?? '设备故障，已报修';
    tail.push(statusChange(EquipmentStatus.RUNNING, EquipmentStatus.FAULT, workingTime(random, broke), note));
    if (daysBetween(broke, today) > 1) {
      tail.push({
        kind: EquipmentEventKind.INSPECTED,
        at: workingTime(random, addDays(broke, 1)),
        note: '维保单位到场排查，等待备件',
        data: null,
      });
    }
    end = broke;
  } else if (status === EquipmentStatus.UNDER_MAINTENANCE) {
    const since = latest(addDays(today, -random.int(1, 6)));
    tail.push(
      statusChange(
        EquipmentStatus.RUNNING,
        EquipmentStatus.UNDER_MAINTENANCE,
        workingTime(random, since),
        MAINTENANCE_NOTES[kind.category] ?? '计划性检修，暂停使用',
      ),
    );
    end = since;
  }
  drafts.push(...routine(random, item, start, end), ...incident(random, item, start, end), ...tail);
  return drafts.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/**
 * Writes each asset's history: INSTALLED at its install date, then up to `today` the routine of
 * its maintenance contract (elevators every 15 days, fire systems monthly, the rest quarterly),
 * the odd unplanned repair, and the status changes that explain its current status.
 * Returns the number of events.
 */
export function createHistory(ctx: SeedContext, items: readonly LedgerItem[]): number {
  const { em, random, ids, today, park } = ctx;
  let count = 0;
  for (const item of items) {
    for (const d of lifeOf(random, item, today)) {
      em.create(EquipmentEvent, {
        id: ids.next(),
        park,
        equipment: item.equipment,
        kind: d.kind,
        occurredAt: d.at,
        note: d.note,
        data: d.data,
        createdAt: d.at,
      });
      count += 1;
    }
  }
  return count;
}
