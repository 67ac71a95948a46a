import { type EntityMetadata, type EntityName, type EntityProperty, ReferenceKind } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from './sql.js';

/**
 * Lean reads: rows of an entity's table turned straight into plain objects of the entity's
 * shape (scalars converted as the ORM converts them, many-to-one references as `{ id }` stubs),
 * without entity instances, the identity map or change tracking.
 *
 * Loading a managed entity costs several times the SQL round trip (about 0.45 ms of CPU for one
 * unit by id, against 0.05 ms for the same row read raw: `tests/bench/README.md`), which is most
 * of a by-id request. Read paths that only map rows to GraphQL types (by-id loaders, list pages)
 * use these instead. A lean object is a detached snapshot: never persist or modify it.
 */

type Column = {
  prop: string;
  field: string;
  /** A many-to-one (or owning one-to-one) reference, held as a `{ id }` stub. */
  reference: boolean;
  convert: ((value: unknown) => unknown) | undefined;
};
type Plan = { table: string; columns: Column[]; selects: Map<string, string> };

const plans = new WeakMap<EntityMetadata, Plan>();

const isColumn = (p: EntityProperty) =>
  p.persist !== false &&
  !p.formula &&
  p.fieldNames?.length === 1 &&
  (p.kind === ReferenceKind.SCALAR ||
    p.kind === ReferenceKind.MANY_TO_ONE ||
    (p.kind === ReferenceKind.ONE_TO_ONE && p.owner));

function planOf<E extends object>(em: EntityManager, entity: EntityName<E>): Plan {
  const meta = em.getMetadata().get(entity) as unknown as EntityMetadata;
  let plan = plans.get(meta);
  if (!plan) {
    const platform = em.getPlatform();
    const tz = platform.getTimezone();
    // As the ORM's hydrator converts: custom types by the type, booleans, and timestamps that the
    // driver hands over as text (with the configured zone when the text has none).
    const toDate = (value: unknown) => {
      if (value instanceof Date || typeof value !== 'string')
        return value instanceof Date ? value : new Date(value as number);
      const zoned =
        !tz || tz === 'local' || value.includes('+') || value.lastIndexOf('-') > 10 || value.endsWith('Z');
      return new Date(zoned ? value : value + tz);
    };
    const converter = (p: EntityProperty): Column['convert'] => {
      if (p.kind !== ReferenceKind.SCALAR) return undefined;
      const type = p.customType;
      if (type) return (value) => type.convertToJSValue(value, platform);
      if (p.runtimeType === 'boolean') return (value) => !!value;
      if (p.runtimeType === 'Date' && !platform.isNumericProperty(p)) return toDate;
      return undefined;
    };
    plan = {
      table: meta.tableName,
      // Select lists by alias and prefix: a handful per entity, built once.
      selects: new Map(),
      columns: meta.props.filter(isColumn).map((p) => ({
        prop: p.name,
        field: p.fieldNames[0]!,
        reference: p.kind !== ReferenceKind.SCALAR,
        convert: converter(p),
      })),
    };
    plans.set(meta, plan);
  }
  return plan;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Properties a read leaves out: their columns are not selected and the lean object does not have
 * them (undefined, not null). Pass one of a few constant lists, so the statement texts stay few and
 * their plans are reused; never hand out an object read without some properties where a whole one
 * is expected (a by-id loader, say).
 */
export type LeanOmit<E> = readonly (keyof E & string)[];

/** The select list of `entity`'s columns from table alias `alias`, each named `<prefix><column>`. */
export function leanColumns<E extends object>(
  em: EntityManager,
  entity: EntityName<E>,
  alias: string,
  prefix = '',
  omit: LeanOmit<E> = [],
): string {
  const plan = planOf(em, entity);
  const key = `${alias}\u0000${prefix}\u0000${omit.join(',')}`;
  let select = plan.selects.get(key);
  if (select === undefined) {
    for (const prop of omit)
      if (!plan.columns.some((c) => c.prop === prop)) throw new Error(`${prop} is not a column`);
    select = plan.columns
      .filter((c) => !omit.includes(c.prop as keyof E & string))
      .map((c) => `${quote(alias)}.${quote(c.field)} as ${quote(prefix + c.field)}`)
      .join(', ');
    plan.selects.set(key, select);
  }
  return select;
}

/** The column of property `prop` of `entity`, quoted for SQL. */
export function leanColumn<E extends object>(
  em: EntityManager,
  entity: EntityName<E>,
  prop: keyof E & string,
): string {
  const column = planOf(em, entity).columns.find((c) => c.prop === prop);
  if (!column) throw new Error(`${prop} is not a column`);
  return quote(column.field);
}

/**
 * Whether property `prop` of `entity` is a non-null column with a unique constraint of its own, so
 * that ordering by it alone is already a total order (no tie-breaker needed).
 */
export function leanUniqueColumn<E extends object>(
  em: EntityManager,
  entity: EntityName<E>,
  prop: keyof E & string,
): boolean {
  const meta = em.getMetadata().get(entity) as unknown as EntityMetadata;
  const p = meta.properties[prop as keyof typeof meta.properties] as EntityProperty | undefined;
  return !!p && p.unique === true && p.nullable !== true && p.fieldNames?.length === 1;
}

/** The entity's table name, quoted for SQL. */
export function leanTable<E extends object>(em: EntityManager, entity: EntityName<E>): string {
  return quote(planOf(em, entity).table);
}

/**
 * One lean object from a row selected with {@link leanColumns} (same prefix and `omit`); undefined
 * when the row has no such entity (a left join that found nothing: its id column is null).
 */
export function leanFromRow<E extends object>(
  em: EntityManager,
  entity: EntityName<E>,
  row: Record<string, unknown>,
  prefix = '',
  omit: LeanOmit<E> = [],
): E | undefined {
  if (row[`${prefix}id`] == null) return undefined;
  const out: Record<string, unknown> = {};
  for (const c of planOf(em, entity).columns) {
    if (omit.length && omit.includes(c.prop as keyof E & string)) continue;
    const value = row[prefix + c.field];
    out[c.prop] = value == null ? null : c.reference ? { id: value } : c.convert ? c.convert(value) : value;
  }
  return out as E;
}

/**
 * Lean objects of `entity` whose rows match `where` (SQL over the table aliased `t`, with `?`
 * parameters bound as a prepared statement: `sql.ts`), as the caller's row-level security lets
 * it see them.
 */
export async function findLean<E extends object>(
  em: EntityManager,
  entity: EntityName<E>,
  where: string,
  params: readonly unknown[],
  tail = '',
): Promise<E[]> {
  const rows = await query(
    em,
    `select ${leanColumns(em, entity, 't')} from ${leanTable(em, entity)} as "t" where ${where} ${tail}`,
    params,
  );
  return rows.map((row) => leanFromRow(em, entity, row)!);
}
