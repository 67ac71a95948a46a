import { ValidateBy, type ValidationOptions } from 'class-validator';
import { GraphQLScalarType, Kind } from 'graphql';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDate(value: unknown): string {
  if (typeof value !== 'string') throw new TypeError('Date must be a string in the form YYYY-MM-DD');
  const m = DATE.exec(value);
  if (!m) throw new TypeError(`Date "${value}" is not in the form YYYY-MM-DD`);
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (d.toISOString().slice(0, 10) !== value) throw new TypeError(`Date "${value}" does not exist`);
  return value;
}

/** True for a `YYYY-MM-DD` string naming a day that exists (no 2026-02-30). */
export function isCalendarDate(value: unknown): value is string {
  try {
    parseDate(value);
    return true;
  } catch {
    return false;
  }
}

/** class-validator rule for date fields kept as strings: a real calendar day. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: isCalendarDate,
        defaultMessage: () => 'must be a real date written YYYY-MM-DD',
      },
    },
    options,
  );
}

/** A calendar date without time or zone (install dates, warranty ends), as `YYYY-MM-DD`. */
export const LocalDateScalar = new GraphQLScalarType({
  name: 'LocalDate',
  description: 'A calendar date without a time zone, written YYYY-MM-DD (ISO 8601).',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parseDate(value)),
  parseValue: parseDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new TypeError('Date must be a string in the form YYYY-MM-DD');
    return parseDate(ast.value);
  },
});
