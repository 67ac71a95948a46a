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
