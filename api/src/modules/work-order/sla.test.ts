import { describe, expect, it } from 'vitest';
import { SLA, slaClock, slaMilestones } from './sla.js';
import { WorkOrderCategory as C, WorkOrderPriority as P } from './work-order.entity.js';

const at = (minutes: number) => new Date(Date.UTC(2026, 10, 21, 8, 0) + minutes * 60_000);
const order = (over: Partial<Parameters<typeof slaClock>[0]> = {}) => ({
  category: C.POWER,
  priority: P.NORMAL,
  dispatchedAt: at(0),
  startedAt: null,
  completedAt: null,
  ...over,
});

describe('SLA', () => {
  it('carries the IPARK 5.2.2.4 targets: power fixed within 2 h, emergency lighting reached within 30 min', () => {
    expect(SLA[C.POWER][P.NORMAL].resolveMinutes).toBe(120);
    for (const p of Object.values(P)) expect(SLA[C.LIGHTING][p].respondMinutes).toBeLessThanOrEqual(30);
    for (const c of Object.values(C))
      for (const p of Object.values(P))
        expect(SLA[c][p].respondMinutes).toBeLessThan(SLA[c][p].resolveMinutes);
  });

  it('counts from dispatch and has no clock before it', () => {
    expect(slaClock(order({ dispatchedAt: null }), at(5))).toBeUndefined();
    const clock = slaClock(order(), at(5))!;
    expect(clock.respondBy).toEqual(at(30));
    expect(clock.resolveBy).toEqual(at(120));
  });

  it('is on track, then at risk in the last fifth (at least 10 min), then breached', () => {
    expect(slaClock(order(), at(10))!.response).toBe('ON_TRACK');
    expect(slaClock(order(), at(20))!.response).toBe('AT_RISK'); // 30-min window: warn from minute 20
    expect(slaClock(order(), at(31))!.response).toBe('BREACHED');
    expect(slaClock(order(), at(95))!.resolution).toBe('ON_TRACK');
    expect(slaClock(order(), at(97))!.resolution).toBe('AT_RISK'); // 120-min window: warn from minute 96
  });

  it('is met or breached for good once the work started or completed', () => {
    expect(slaClock(order({ startedAt: at(29) }), at(500))!.response).toBe('MET');
    expect(slaClock(order({ startedAt: at(31) }), at(40))!.response).toBe('BREACHED');
    expect(slaClock(order({ startedAt: at(5), completedAt: at(119) }), at(500))!.resolution).toBe('MET');
    expect(slaClock(order({ startedAt: at(5), completedAt: at(121) }), at(121))!.resolution).toBe('BREACHED');
  });

  it('raises a warning where each window turns at risk and a breach where it runs out, earliest first', () => {
    const kinds = (o: ReturnType<typeof order>) => slaMilestones(o).map((m) => [m.kind, m.at]);
    expect(kinds(order())).toEqual([
      ['RESPONSE_WARNING', at(20)],
      ['RESPONSE_BREACH', at(30)],
      ['RESOLUTION_WARNING', at(96)],
      ['RESOLUTION_BREACH', at(120)],
    ]);
    expect(kinds(order({ startedAt: at(12) }))).toEqual([
      ['RESOLUTION_WARNING', at(96)],
      ['RESOLUTION_BREACH', at(120)],
    ]);
    expect(kinds(order({ startedAt: at(12), completedAt: at(50) }))).toEqual([]);
    expect(kinds(order({ dispatchedAt: null }))).toEqual([]);
  });
});
