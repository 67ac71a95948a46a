import { registerDecorator } from 'class-validator';
import { BadInputError } from '../kernel/errors.js';
import { PLATE_MESSAGE, parsePlate } from '../kernel/plate.js';

/** Valid IANA zone names of this runtime (`Asia/Shanghai`, `UTC`, ...). */
const zones = new Set(Intl.supportedValuesOf('timeZone').concat('UTC'));

export function assertTimeZone(field: string, value: string | undefined): void {
  if (value !== undefined && !zones.has(value)) {
    throw new BadInputError(
      field,
      `${value} is not an IANA time zone such as Asia/Shanghai`,
      'INVALID_TIME_ZONE',
    );
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a syntactically valid UUID; anything else can never name a row. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** An id condition for a filter: a malformed id matches no row (an empty page, not an error). */
export function idOrNone(id: string): string | { $in: string[] } {
  return isUuid(id) ? id : { $in: [] };
}

/**
 * For a plain string argument (input classes use class-validator): BAD_USER_INPUT unless it
 * has `min`–`max` characters. `max` is at most the column it is stored in.
 */
export function checkLength(field: string, value: string | null | undefined, max: number, min = 1): void {
  if (value === null || value === undefined) return;
  const length = [...value].length;
  if (length < min || length > max)
    throw new BadInputError(field, `${field}: ${min}–${max} characters`, 'BAD_LENGTH');
}

/** Escapes LIKE wildcards so a search for "50%" finds "50%" and nothing else. */
export function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Copies the defined keys of `patch` onto `target`; returns the names of changed fields. */
export function applyPatch<T extends object>(target: T, patch: Partial<T>): string[] {
  const changed: string[] = [];
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if ((target as Record<string, unknown>)[key] !== value) {
      (target as Record<string, unknown>)[key] = value;
      changed.push(key);
    }
  }
  return changed;
}

/**
 * An input-class field holding a Chinese licence plate (`kernel/plate.ts`, the one plate rule):
 * anything else is refused by `validateArgs` as BAD_USER_INPUT `INVALID_PLATE` on the field, before
 * the resolver runs. The service stores `normalizePlate` of what passed (苏e·12345 → 苏E12345).
 */
export function IsPlate(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isPlate',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: PLATE_MESSAGE, context: { domainCode: 'INVALID_PLATE' } },
      validator: { validate: (value: unknown) => typeof value === 'string' && parsePlate(value) !== null },
    });
}
