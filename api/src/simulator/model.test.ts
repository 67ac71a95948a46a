import { describe, expect, it } from 'vitest';
import { hvacDemand, normalTemperature, profileOf, shape } from '../modules/energy/load-profile.js';
import {
  buildModel,
  localTime,
  type MeterInfo,
  outdoorTemperature,
  ownProfile,
  QUARTER_MS,
  quarterConsumption,
} from './model.js';

const CST = 480;
const HOUR = 3_600_000;
/** Local (UTC+8) instant of a date and hour. */
const at = (date: string, hour: number) => Date.parse(`${date}T00:00:00Z`) + (hour - 8) * HOUR;

const meter = (over: Partial<MeterInfo> & Pick<MeterInfo, 'id' | 'code'>): MeterInfo => ({
  kind: 'ELECTRICITY',
  level: 'TENANT',
  parentId: null,
  deviceId: 'gw',
  deviceRegister: over.code,
  multiplier: 1,
  registerDigits: 8,
  baselineValue: 1000,
  lastReadingAt: null,
  ...over,
});

describe('demand profiles', () => {
  it('stay within 0–1.3 of the peak for every profile, hour, weekday and season', () => {
    const out: string[] = [];
    for (const p of [
      'OFFICE',
      'FACTORY',
      'PROCESS',
      'WAREHOUSE',
      'LAB',
      'RETAIL',
      'COMMON',
      'HVAC',
      'WATER',
      'EV',
    ] as const)
      for (let day = 0; day < 365; day += 7)
        for (let w = 0; w < 7; w++)
          for (let h = 0; h < 24; h++) {
            const v = shape(p, { hour: h, weekday: w, dayOfYear: day });
            if (!(v >= 0 && v <= 1.3)) out.push(`${p} day ${day} weekday ${w} hour ${h}: ${v}`);
          }
    expect(out).toEqual([]);
  });

  it('office by day, factory shifts, process plants around the clock', () => {
    const weekday = (hour: number) => ({ hour, weekday: 3, dayOfYear: 100 });
    expect(shape('OFFICE', weekday(10))).toBeGreaterThan(4 * shape('OFFICE', weekday(3)));
    expect(shape('OFFICE', { hour: 10, weekday: 0, dayOfYear: 100 })).toBeLessThan(
      shape('OFFICE', weekday(10)) / 2,
    );
    expect(shape('FACTORY', weekday(22))).toBe(1);
    expect(shape('FACTORY', weekday(4))).toBeLessThan(0.5);
    expect(shape('PROCESS', weekday(4))).toBeGreaterThan(0.9);
    expect(profileOf('FACTORY', 'C39')).toBe('PROCESS');
    expect(profileOf('FACTORY', 'C34')).toBe('FACTORY');
    expect(profileOf('OFFICE', 'I65')).toBe('OFFICE');
  });

  it('HVAC follows the outdoor temperature: Suzhou summers and winters both draw, spring little', () => {
    expect(normalTemperature(200, 14)).toBeGreaterThan(30);
    expect(normalTemperature(15, 5)).toBeLessThan(3);
    expect(hvacDemand(34)).toBeGreaterThan(1);
    expect(hvacDemand(19)).toBe(0.15);
    expect(hvacDemand(0)).toBeGreaterThan(0.9);
    const noon = (dayOfYear: number) => shape('HVAC', { hour: 14, weekday: 2, dayOfYear });
    expect(noon(200)).toBeGreaterThan(3 * noon(110));
    expect(noon(15)).toBeGreaterThan(2 * noon(110));
  });

  it('water is near zero at night, EV chargers peak on arrival', () => {
    expect(shape('WATER', { hour: 3, weekday: 2, dayOfYear: 50 })).toBe(0.05);
    expect(shape('EV', { hour: 9, weekday: 2, dayOfYear: 50 })).toBe(1);
    expect(shape('EV', { hour: 16, weekday: 2, dayOfYear: 50 })).toBeLessThan(0.5);
  });
});

describe('the simulator model', () => {
  const meters = [
    meter({ id: 'main', code: 'E-MAIN', level: 'PARK' }),
    meter({ id: 'office', code: 'E-T-1', parentId: 'main', unitType: 'OFFICE', industryCode: 'I65' }),
    meter({ id: 'plant', code: 'E-T-2', parentId: 'main', unitType: 'FACTORY', industryCode: 'C39' }),
    meter({ id: 'water', code: 'W-A', kind: 'WATER', level: 'BUILDING' }),
  ];
  const window = { from: at('2026-11-01', 0), to: at('2026-11-08', 0) };
  const recent = new Map([
    ['main', 30_000],
    ['office', 8_000],
    ['plant', 20_000],
    ['water', 300],
  ]);
  const roots = buildModel(meters, recent, window, CST);

  it('assigns profiles by tenant space and industry, water and plant by what they measure', () => {
    expect(ownProfile(meters[1]!)).toBe('OFFICE');
    expect(ownProfile(meters[2]!)).toBe('PROCESS');
    expect(ownProfile(meters[3]!)).toBe('WATER');
    expect(ownProfile(meter({ id: 'c', code: 'E-CHILLER', level: 'EQUIPMENT' }))).toBe('HVAC');
    expect(ownProfile(meter({ id: 'e', code: 'E-EV', level: 'EQUIPMENT' }))).toBe('EV');
  });

  it('is calibrated on the recent week: a week simulated again consumes about as much', () => {
    const sums = new Map<string, number>();
    for (let end = window.from + QUARTER_MS; end <= window.to; end += QUARTER_MS)
      for (const [id, v] of quarterConsumption(roots, end, CST, 1)) sums.set(id, (sums.get(id) ?? 0) + v);
    for (const [id, expected] of recent) {
      expect(sums.get(id)!, id).toBeGreaterThan(expected * 0.95);
      expect(sums.get(id)!, id).toBeLessThan(expected * 1.05);
    }
  });

  it('is deterministic, and a parent measures its own load plus everything downstream', () => {
    const end = at('2026-12-02', 10);
    const a = quarterConsumption(roots, end, CST, 7);
    const b = quarterConsumption(roots, end, CST, 7);
    expect([...a]).toEqual([...b]);
    expect(a.get('main')!).toBeGreaterThan(a.get('office')! + a.get('plant')!);
    expect(quarterConsumption(roots, end, CST, 8).get('office')).not.toBe(a.get('office'));
  });

  it('a leak shows as night flow far above the night baseline', () => {
    const night = at('2026-12-03', 3);
    const plain = quarterConsumption(roots, night, CST, 1).get('water')!;
    const leaking = quarterConsumption(roots, night, CST, 1, (m) => (m.id === 'water' ? 0.8 / 4 : 0)).get(
      'water',
    )!;
    expect(plain).toBeLessThan(0.1);
    expect(leaking - plain).toBeCloseTo(0.2, 6);
  });

  it('weather varies day to day around the climate normal, deterministically', () => {
    const days = Array.from({ length: 30 }, (_, i) =>
      outdoorTemperature(at('2026-07-01', 14) + i * 86_400_000, CST, 3),
    );
    expect(Math.min(...days)).toBeGreaterThan(22);
    expect(Math.max(...days)).toBeLessThan(42);
    expect(new Set(days.map((d) => d.toFixed(1))).size).toBeGreaterThan(10);
    expect(outdoorTemperature(at('2026-07-01', 14), CST, 3)).toBe(days[0]);
    expect(localTime(at('2026-12-05', 9), CST)).toMatchObject({ hour: 9, weekday: 6 });
  });
});
