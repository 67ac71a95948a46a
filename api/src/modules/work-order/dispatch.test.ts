import { describe, expect, it } from 'vitest';
import { chooseTechnician, type DispatchCandidate } from './dispatch.js';
import { WorkOrderCategory as C } from './work-order.entity.js';

const tech = (userId: string, over: Partial<DispatchCandidate> = {}): DispatchCandidate => ({
  userId,
  departments: ['engineering'],
  onShift: true,
  openOrders: 0,
  openInBuilding: 0,
  ...over,
});

describe('chooseTechnician', () => {
  it('sends work only to the right department', () => {
    const guard = tech('g', { departments: ['security'] });
    const engineer = tech('e', { openOrders: 5 });
    expect(chooseTechnician(C.HVAC, [guard, engineer])).toBe('e');
    expect(chooseTechnician(C.DOOR_ACCESS, [guard, engineer])).toBe('g');
    expect(chooseTechnician(C.LANDSCAPING, [guard, engineer])).toBeUndefined();
  });

  it('skips whoever is off shift, even when idle', () => {
    expect(chooseTechnician(C.POWER, [tech('a', { onShift: false }), tech('b', { openOrders: 3 })])).toBe(
      'b',
    );
    expect(chooseTechnician(C.POWER, [tech('a', { onShift: false })])).toBeUndefined();
  });

  it('prefers the fewest open orders, then someone already in the building, then a stable order', () => {
    expect(chooseTechnician(C.WATER, [tech('a', { openOrders: 2 }), tech('b', { openOrders: 1 })])).toBe('b');
    expect(
      chooseTechnician(C.WATER, [
        tech('a', { openOrders: 1 }),
        tech('b', { openOrders: 1, openInBuilding: 1 }),
      ]),
    ).toBe('b');
    // Load comes first: being in the building does not outweigh a longer queue.
    expect(
      chooseTechnician(C.WATER, [
        tech('a', { openOrders: 1 }),
        tech('b', { openOrders: 2, openInBuilding: 2 }),
      ]),
    ).toBe('a');
    expect(chooseTechnician(C.WATER, [tech('z'), tech('m'), tech('c')])).toBe('c');
    expect(chooseTechnician(C.WATER, [tech('c'), tech('z'), tech('m')])).toBe('c');
  });
});
