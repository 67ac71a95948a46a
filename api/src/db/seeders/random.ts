/**
 * Deterministic randomness and date helpers for the demo seed. Nothing here reads the clock or
 * `Math.random`, so a seed run with the same inputs always produces the same rows.
 */

/** A small seeded pseudo-random generator (mulberry32) with the helpers the seed needs. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Float in [min, max), rounded to `decimals`. */
  float(min: number, max: number, decimals = 2): number {
    return round(min + this.next() * (max - min), decimals);
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }

  /** `count` distinct elements, in their original order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const chosen = new Set(this.shuffle(items.map((_, i) => i)).slice(0, count));
    return items.filter((_, i) => chosen.has(i));
  }

  /** A string of `length` characters drawn from `alphabet`. */
  chars(alphabet: string, length: number): string {
    let s = '';
    for (let i = 0; i < length; i += 1) s += alphabet[Math.floor(this.next() * alphabet.length)];
    return s;
  }
}

/** Issues UUID-shaped ids (version-4 layout) from their own seeded stream. */
export class IdSource {
  private readonly random: Random;

  constructor(seed: number) {
    this.random = new Random(seed);
  }

  /** The next id, e.g. `3f0c…-4…-a…`. */
  next(): string {
    const bytes: number[] = [];
    for (let i = 0; i < 16; i += 1) bytes.push(Math.floor(this.random.next() * 256));
    bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
    bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
    const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
}

const DAY_MS = 86_400_000;

/** Rounds to a number of decimals (decimal columns hold 2). */
export function round(value: number, decimals = 2): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** Midnight UTC of the given instant's UTC date. */
export function startOfUtcDay(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/** `days` later (negative for earlier). */
export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * DAY_MS);
}

/** The later of two instants. */
export function laterOf(a: Date, b: Date): Date {
  return a > b ? a : b;
}

/** Whole days from `a` to `b`. */
export function daysBetween(a: Date, b: Date): number {
  return Math.floor((b.getTime() - a.getTime()) / DAY_MS);
}

/** The `YYYY-MM-DD` form used by date columns. */
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Midnight UTC of a `YYYY-MM-DD` string. */
export function parseIsoDate(s: string): Date {
  return new Date(`${s}T00:00:00Z`);
}

/** A date in a given year and month range (months 1-based, day 1..28). */
export function dateInYear(random: Random, year: number, fromMonth = 1, toMonth = 12): Date {
  return new Date(Date.UTC(year, random.int(fromMonth, toMonth) - 1, random.int(1, 28)));
}

/** A date in `[from, to]` (whole days). */
export function dateBetween(random: Random, from: Date, to: Date): Date {
  return addDays(from, random.int(0, Math.max(0, daysBetween(from, to))));
}

/**
 * A working-hours instant on the given day: 08:30–17:30 in Asia/Shanghai (UTC+8, no DST),
 * i.e. 00:30–09:30 UTC.
 */
export function workingTime(random: Random, day: Date): Date {
  const minutes = 30 + random.int(0, 9 * 60);
  return new Date(startOfUtcDay(day).getTime() + minutes * 60_000);
}
