/**
 * Demand shapes of the demo park's seeded history and of the park simulator (`api/src/simulator/`),
 * so the live readings continue the history: the share of a load's peak drawn in an hour, by the
 * kind of space and the tenant's industry, the local hour and weekday, and the weather (Suzhou
 * cools in summer and heats in winter, both electrically, so demand peaks twice a year).
 * Pure functions of their arguments: the same instant gives the same answer.
 */
export type Profile =
  | 'OFFICE'
  | 'FACTORY'
  | 'PROCESS'
  | 'WAREHOUSE'
  | 'LAB'
  | 'RETAIL'
  | 'COMMON'
  | 'HVAC'
  | 'WATER'
  | 'EV';

/**
 * Hour of day 0–23 (fractions for quarters) and weekday 0 (Sunday) – 6, local time; day of year
 * 0–365; optionally the outdoor temperature (°C), else the climate normal of that day and hour.
 */
export type LocalHour = { hour: number; weekday: number; dayOfYear: number; temperature?: number };

const workday = (w: number) => w >= 1 && w <= 5;

/** Heating and cooling demand, 0.75–1.25: peaks mid-July and mid-January, lows in April and October. */
export const season = (dayOfYear: number) => 1 + 0.25 * Math.cos((4 * Math.PI * (dayOfYear - 197)) / 365);

/**
 * Suzhou's climate normal, °C: about 4 °C in mid-January and 29 °C in late July as daily means,
 * 3.5 °C warmer at 14:00 than the day's mean and as much cooler before dawn.
 */
export function normalTemperature(dayOfYear: number, hour: number): number {
  const daily = 16.5 - 12.5 * Math.cos((2 * Math.PI * (dayOfYear - 15)) / 365);
  return daily + 3.5 * Math.cos((2 * Math.PI * (hour - 14)) / 24);
}

/**
 * Heating or cooling need, 0–1.25, from the outdoor temperature: nothing between 16 and 22 °C,
 * cooling rising to full at 33 °C, heating to full at 0 °C (heat pumps: less per degree).
 */
export function hvacDemand(temperature: number): number {
  if (temperature > 22) return Math.min(1.25, 0.15 + (temperature - 22) / 11);
  if (temperature < 16) return Math.min(1.1, 0.15 + ((16 - temperature) / 16) * 0.85);
  return 0.15;
}

/**
 * The profile of a tenant's space: its unit type, refined by its industry (a GB/T 4754 division
 * code such as `C39`): continuous-process manufacturing (chemicals C26, pharmaceuticals C27,
 * rubber and plastics C29, non-metallic minerals C30, electronics C39) runs three shifts all week.
 */
export function profileOf(unitType: string, industryCode: string | null | undefined): Profile {
  switch (unitType) {
    case 'OFFICE':
      return 'OFFICE';
    case 'FACTORY':
      return industryCode && /^C(26|27|29|30|39)$/.test(industryCode) ? 'PROCESS' : 'FACTORY';
    case 'WAREHOUSE':
      return 'WAREHOUSE';
    case 'LAB':
      return 'LAB';
    case 'RETAIL':
      return 'RETAIL';
    default:
      return 'COMMON';
  }
}

/** Share of the peak (0–1.3) drawn in this hour. */
export function shape(profile: Profile, t: LocalHour): number {
  const { weekday: w } = t;
  const h = Math.floor(t.hour);
  const s = season(t.dayOfYear);
  switch (profile) {
    case 'OFFICE':
      if (!workday(w)) return h >= 9 && h < 17 ? 0.25 : 0.12;
      if (h >= 9 && h < 18) return (h === 12 ? 0.8 : 1) * s;
      if (h === 8 || h === 18) return 0.55 * s;
      if (h === 7 || (h >= 19 && h < 21)) return 0.3;
      return 0.12;
    case 'LAB':
      return (workday(w) && h >= 8 && h < 20 ? 1 : 0.45) * (0.8 + 0.2 * s);
    case 'FACTORY':
      // Two shifts, 08–24, on weekdays; one shift on Saturdays; maintenance on Sundays.
      if (w === 0) return 0.25;
      if (w === 6) return h >= 8 && h < 16 ? 0.75 : 0.3;
      return h >= 8 ? (h === 12 || h === 20 ? 0.85 : 1) : 0.35;
    case 'PROCESS':
      // Three shifts around the clock, every day; a dip at each shift change (08, 16, 00).
      return h === 8 || h === 16 || h === 0 ? 0.82 : w === 0 ? 0.9 : 0.95;
    case 'WAREHOUSE':
      return (h >= 7 && h < 19 ? 1 : 0.3) * (w === 0 ? 0.5 : 1);
    case 'RETAIL':
      return h >= 10 && h < 21 ? (h >= 11 && h < 13 ? 1.2 : 0.9) : 0.15;
    case 'COMMON':
      // Lifts, corridors, lighting: the day's traffic, and the night's lighting.
      return h >= 7 && h < 20 ? (workday(w) ? 1 : 0.5) : h >= 20 || h < 6 ? 0.35 : 0.5;
    case 'HVAC': {
      // The chiller plant follows the weather while the buildings are occupied.
      const need = hvacDemand(t.temperature ?? normalTemperature(t.dayOfYear, t.hour));
      if (!workday(w)) return 0.2 * need;
      return h >= 7 && h < 19 ? need : 0.12 * need + 0.03;
    }
    case 'WATER':
      if (h < 6) return 0.05;
      return (workday(w) ? 1 : 0.35) * (h === 12 || h === 13 ? 1.3 : h >= 8 && h < 18 ? 1 : 0.3);
    case 'EV':
      // Staff cars plugged in on arrival (08–10) and topped up at lunch; fleet vans overnight.
      if (h >= 8 && h < 11) return workday(w) ? 1 : 0.3;
      if (h >= 11 && h < 14) return workday(w) ? 0.6 : 0.3;
      if (h >= 14 && h < 18) return workday(w) ? 0.35 : 0.2;
      return h >= 22 || h < 5 ? 0.4 : 0.1;
  }
}

/** Peak draw per m² of gross area per hour, in kWh (electricity) or m³ (water). */
export const PEAK_PER_M2: Readonly<Record<Profile, number>> = {
  OFFICE: 0.045,
  LAB: 0.07,
  FACTORY: 0.09,
  PROCESS: 0.1,
  WAREHOUSE: 0.012,
  RETAIL: 0.06,
  COMMON: 0.008,
  HVAC: 0.03,
  WATER: 0.0012,
  EV: 0,
};

/** Peak of the park's EV charging hub, kWh per hour: twenty 7 kW AC posts and two 60 kW DC chargers. */
export const EV_HUB_PEAK_KWH = 20 * 7 * 0.8 + 2 * 60 * 0.6;
