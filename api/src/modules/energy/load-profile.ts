/**
 * Demand shapes of the demo park (and, later, its simulator): the share of a load's peak drawn
 * in an hour, by the kind of space, the local hour and weekday, and the season (Suzhou cools in
 * summer and heats in winter, both electrically, so demand peaks twice a year).
 */
export type Profile = 'OFFICE' | 'FACTORY' | 'WAREHOUSE' | 'LAB' | 'RETAIL' | 'COMMON' | 'HVAC' | 'WATER';

/** Hour of day 0–23 and weekday 0 (Sunday) – 6, local time; day of year 0–365. */
export type LocalHour = { hour: number; weekday: number; dayOfYear: number };

const workday = (w: number) => w >= 1 && w <= 5;

/** Heating and cooling demand, 0.75–1.25: peaks mid-July and mid-January, lows in April and October. */
export const season = (dayOfYear: number) => 1 + 0.25 * Math.cos((4 * Math.PI * (dayOfYear - 197)) / 365);

/** Share of the peak (0–1.3) drawn in this hour. */
export function shape(profile: Profile, t: LocalHour): number {
  const { hour: h, weekday: w } = t;
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
    case 'WAREHOUSE':
      return (h >= 7 && h < 19 ? 1 : 0.3) * (w === 0 ? 0.5 : 1);
    case 'RETAIL':
      return h >= 10 && h < 21 ? (h >= 11 && h < 13 ? 1.2 : 0.9) : 0.15;
    case 'COMMON':
      // Lifts, corridors, lighting: the day's traffic, and the night's lighting.
      return h >= 7 && h < 20 ? (workday(w) ? 1 : 0.5) : h >= 20 || h < 6 ? 0.35 : 0.5;
    case 'HVAC':
      if (!workday(w)) return 0.2 * s;
      return (h >= 7 && h < 19 ? 1 : 0.15) * s * s;
    case 'WATER':
      if (h < 6) return 0.05;
      return (workday(w) ? 1 : 0.35) * (h === 12 || h === 13 ? 1.3 : h >= 8 && h < 18 ? 1 : 0.3);
  }
}

/** Peak draw per m² of gross area per hour, in kWh (electricity) or m³ (water). */
export const PEAK_PER_M2: Readonly<Record<Profile, number>> = {
  OFFICE: 0.045,
  LAB: 0.07,
  FACTORY: 0.09,
  WAREHOUSE: 0.012,
  RETAIL: 0.06,
  COMMON: 0.008,
  HVAC: 0.03,
  WATER: 0.0012,
};
