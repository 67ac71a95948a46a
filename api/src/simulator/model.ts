import { type Profile, profileOf, shape } from '../modules/energy/load-profile.js';

/**
 * The park simulator's model of a metering tree: each real meter's own load (a demand profile and
 * its peak per hour) and its children, so a parent's register moves by its own load plus
 * everything downstream and the mains exceed their sub-meters by the unmetered loss, as in the
 * seeded history. Pure and deterministic: the same meter, instant and seed give the same amount.
 */
export const QUARTER_MS = 900_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

export type MeterKind = 'ELECTRICITY' | 'WATER' | 'GAS' | 'HEAT' | 'COOLING';

/** A meter as the API describes it, with what the simulator needs to continue its register. */
export type MeterInfo = {
  id: string;
  code: string;
  kind: MeterKind;
  level: string;
  parentId: string | null;
  deviceId: string | null;
  deviceRegister: string | null;
  multiplier: number;
  registerDigits: number | null;
  baselineValue: number | null;
  lastReadingAt: string | null;
  /** The tenant's unit type and industry division, for a tenant sub-meter. */
  unitType?: string | null;
  industryCode?: string | null;
};

export type SimMeter = MeterInfo & {
  profile: Profile;
  /** Its own load at full demand, per hour, in its unit (after the multiplier). */
  peak: number;
  children: SimMeter[];
};

/** The profile of a meter's own load: by tenant space and industry, else by what it is. */
export function ownProfile(m: MeterInfo): Profile {
  if (m.kind === 'WATER' || m.kind === 'GAS') return 'WATER';
  if (m.unitType) return profileOf(m.unitType, m.industryCode);
  if (/CHILLER|HVAC|冷/.test(m.code)) return 'HVAC';
  if (/(^|-)EV($|-)/.test(m.code)) return 'EV';
  return 'COMMON';
}

/** A 32-bit hash of a string and numbers (FNV-1a over their text): the simulator's dice. */
export function hash(...parts: (string | number)[]): number {
  let h = 0x811c9dc5;
  for (const ch of parts.join('|')) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A uniform number in [0, 1) fixed by its parts. */
export const dice = (...parts: (string | number)[]) => hash(...parts) / 4_294_967_296;

/** Local calendar of an instant in a fixed-offset zone (the demo park: UTC+8, no daylight saving). */
export function localTime(at: number, offsetMinutes: number) {
  const t = new Date(at + offsetMinutes * 60_000);
  return {
    hour: t.getUTCHours() + t.getUTCMinutes() / 60,
    weekday: t.getUTCDay(),
    dayOfYear: Math.floor((t.getTime() - Date.UTC(t.getUTCFullYear(), 0, 1)) / DAY_MS),
    day: Math.floor(t.getTime() / DAY_MS),
  };
}

/**
 * Outdoor temperature, °C: the climate normal of the day and hour (`load-profile.ts`) plus the
 * day's weather, a deviation of up to ±5 °C that drifts from day to day (a warm spell, a cold front).
 */
export function outdoorTemperature(at: number, offsetMinutes: number, seed: number): number {
  const l = localTime(at, offsetMinutes);
  const today = dice(seed, 'weather', l.day) - 0.5;
  const yesterday = dice(seed, 'weather', l.day - 1) - 0.5;
  const normal = 16.5 - 12.5 * Math.cos((2 * Math.PI * (l.dayOfYear - 15)) / 365);
  return normal + 3.5 * Math.cos((2 * Math.PI * (l.hour - 14)) / 24) + 10 * (0.6 * today + 0.4 * yesterday);
}

/** A meter's own consumption over the quarter ending at `end`, in its unit (after the multiplier). */
export function ownQuarter(m: SimMeter, end: number, offsetMinutes: number, seed: number): number {
  const mid = end - QUARTER_MS / 2;
  const l = localTime(mid, offsetMinutes);
  const temperature = outdoorTemperature(mid, offsetMinutes, seed);
  const noise = 0.9 + 0.2 * dice(seed, m.id, end);
  return (m.peak * shape(m.profile, { ...l, temperature }) * noise * QUARTER_MS) / HOUR_MS;
}

/** Consumption over the quarter ending at `end` of a meter and everything downstream, by meter id. */
export function quarterConsumption(
  roots: readonly SimMeter[],
  end: number,
  offsetMinutes: number,
  seed: number,
  extra: (m: SimMeter) => number = () => 0,
): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (m: SimMeter): number => {
    let sum = ownQuarter(m, end, offsetMinutes, seed) + extra(m);
    for (const c of m.children) sum += walk(c);
    out.set(m.id, sum);
    return sum;
  };
  for (const r of roots) walk(r);
  return out;
}

/**
 * The tree of real meters with each one's own load calibrated on its recent history: `recent`
 * is what each meter consumed over `from`..`to` (the API's rollups); a meter's own part is that
 * less its children's, and its peak is that part over the profile's demand in those hours.
 */
export function buildModel(
  meters: readonly MeterInfo[],
  recent: ReadonlyMap<string, number>,
  window: { from: number; to: number },
  offsetMinutes: number,
): SimMeter[] {
  const sims = new Map<string, SimMeter>();
  for (const m of meters) sims.set(m.id, { ...m, profile: ownProfile(m), peak: 0, children: [] });
  const roots: SimMeter[] = [];
  for (const s of sims.values()) {
    const parent = s.parentId ? sims.get(s.parentId) : undefined;
    if (parent) parent.children.push(s);
    else roots.push(s);
  }
  for (const s of sims.values()) {
    const own = Math.max(
      0,
      (recent.get(s.id) ?? 0) - s.children.reduce((sum, c) => sum + (recent.get(c.id) ?? 0), 0),
    );
    let demand = 0;
    for (let t = window.from; t < window.to; t += HOUR_MS) {
      const l = localTime(t, offsetMinutes);
      demand += shape(s.profile, { ...l, hour: Math.floor(l.hour) });
    }
    s.peak = demand > 0 ? own / demand : 0;
  }
  return roots;
}
