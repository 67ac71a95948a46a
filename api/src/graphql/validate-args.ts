import { type ValidationError, validate } from 'class-validator';
import type { ResolverData } from 'type-graphql';
import { getMetadataStorage } from 'type-graphql';
import { BadInputError } from '../kernel/errors.js';

/**
 * First failing property of a class-validator tree as a path, e.g. `contacts.0.phone`, with the
 * domain code its rule declares (`context: { domainCode }`, as `IsPlate` does), if any.
 */
export function firstViolation(
  errors: ValidationError[],
  prefix: string,
): { field: string; message: string; domainCode?: string } | undefined {
  for (const e of errors) {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    const [rule, message] = Object.entries(e.constraints ?? {})[0] ?? [];
    if (rule && message !== undefined) {
      const domainCode = (e.contexts?.[rule] as { domainCode?: string } | undefined)?.domainCode;
      return domainCode ? { field: path, message, domainCode } : { field: path, message };
    }
    const nested = firstViolation(e.children ?? [], path);
    if (nested) return nested;
  }
  return undefined;
}

const sameKeys = (a: object, b: object) => {
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  return (
    ka.every((k) => k in b) &&
    Object.keys(b).every((k) => ka.includes(k) || (b as Record<string, unknown>)[k] === undefined)
  );
};

/** Which argument an input object came from, so the error can name `input.grossArea`. */
function argumentName(argValue: object, argType: unknown, args: Record<string, unknown>): string {
  const isArgsType = getMetadataStorage().argumentTypes.some((t) => t.target === argType);
  if (isArgsType) return '';
  const objects = Object.entries(args).filter(([, v]) => v !== null && typeof v === 'object');
  if (objects.length === 1) return objects[0]![0];
  return objects.find(([, v]) => sameKeys(v as object, argValue))?.[0] ?? '';
}

/**
 * Validates every input-class argument with its class-validator rules and throws BAD_USER_INPUT
 * naming the first offending field by its full path (`input.contacts.0.phone`).
 */
export async function validateArgs(
  argValue: unknown,
  argType: unknown,
  data: ResolverData<object>,
): Promise<void> {
  if (argValue === null || typeof argValue !== 'object') return;
  const name = argumentName(argValue, argType, data.args);
  const values = Array.isArray(argValue) ? argValue : [argValue];
  for (const [index, value] of values.entries()) {
    if (value === null || typeof value !== 'object') continue;
    const errors = await validate(value, { skipMissingProperties: true, forbidUnknownValues: false });
    const prefix = Array.isArray(argValue) ? `${name}.${index}` : name;
    const v = firstViolation(errors, prefix);
    if (v) throw new BadInputError(v.field, `${v.field}: ${v.message}`, v.domainCode);
  }
}
