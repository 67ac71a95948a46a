import { Cursor, type EntityName, type FilterQuery, QueryOrder } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Max, Min } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import { ArgsType, type ClassType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { leanColumn, leanColumns, leanFromRow, leanTable } from '../db/lean.js';
import { query } from '../db/sql.js';
import { openCursor, signCursor } from './cursor.js';
import { BadInputError } from './errors.js';
import { selectsField } from './selection.js';
import { isUuid } from './validate.js';

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Order of a sorted list.',
  valuesConfig: { ASC: { description: 'Smallest first' }, DESC: { description: 'Largest first' } },
});

/** Registers a `<Thing>OrderField` enum whose values describe themselves as sort keys. */
export function registerOrderField(values: Record<string, string>, name: string, what: string): void {
  const valuesConfig = Object.fromEntries(
    Object.entries(values).map(([key, prop]) => [
      key,
      { description: `Sort by ${prop.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`)}` },
    ]),
  );
  registerEnumType(values, { name, description: `What ${what} can be sorted by.`, valuesConfig });
}

/** Largest page a client may ask for; bigger pages are refused, not silently cut. */
export const MAX_PAGE_SIZE = 100;

@ObjectType({ description: 'Where a page sits in its list (Relay cursor connections).' })
export class PageInfo {
  @Field({ description: 'More items follow the last edge.' })
  hasNextPage!: boolean;

  @Field({ description: 'Items precede the first edge.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge.' })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size from the start (1–${MAX_PAGE_SIZE}).` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor.' })
  after?: string;

  @Field(() => Int, { nullable: true, description: `Page size from the end (1–${MAX_PAGE_SIZE}).` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  last?: number;

  @Field(() => String, { nullable: true, description: 'Return items before this cursor.' })
  before?: string;
}

export type Connection<T> = {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number | null;
};

/** Makes the `<Name>Connection` and `<Name>Edge` object types for a node type. */
export function connectionOf<T extends object>(Node: ClassType<T>, name: string, what: string) {
  @ObjectType(`${name}Edge`, { description: `One ${what} and its cursor.` })
  class Edge {
    @Field({ description: 'Opaque, stable position of this item in the sorted list.' })
    cursor!: string;

    @Field(() => Node, { description: `The ${what}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${what} items.` })
  class ConnectionType {
    @Field(() => [Edge], { description: 'Items of this page with their cursors.' })
    edges!: Edge[];

    @Field(() => [Node], { description: 'Items of this page, without cursors.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Paging state.' })
    pageInfo!: PageInfo;

    @Field(() => Int, {
      nullable: true,
      description: 'Items matching the filter in all pages; counted only when asked for.',
    })
    totalCount!: number | null;
  }
  return ConnectionType;
}

export type OrderSpec<E> = { [K in keyof E]?: QueryOrder };

type OpenedCursors = { after?: string; before?: string; afterValues?: unknown[]; beforeValues?: unknown[] };

/**
 * Checks first/last and that the cursors were made by this API for a list sorted by `width`
 * keys; returns them unsigned (as MikroORM reads them) with their decoded values.
 */
function checkPage(page: PageArgs, width: number): OpenedCursors {
  if (page.first != null && page.last != null) {
    throw new BadInputError('first', 'Give either first or last, not both');
  }
  const opened: OpenedCursors = {};
  for (const field of ['after', 'before'] as const) {
    const value = page[field];
    if (value == null) continue;
    const inner = openCursor(value);
    let decoded: unknown;
    try {
      decoded = inner === undefined ? undefined : Cursor.decode(inner);
    } catch {
      decoded = undefined;
    }
    if (inner === undefined || !Array.isArray(decoded) || decoded.length !== width) {
      throw new BadInputError(field, `${field} is not a cursor of this list and order`, 'INVALID_CURSOR');
    }
    opened[field] = inner;
    opened[`${field}Values`] = decoded;
  }
  return opened;
}

/** A many-to-one entity read in a page's own statement, each row handed to `prime`. */
export type JoinedLoad = {
  /** The page table's foreign key column (the page table is aliased `t`). */
  foreignKey: string;
  columns: (em: EntityManager, alias: string, prefix: string) => string;
  table: (em: EntityManager) => string;
  take: (em: EntityManager, row: Record<string, unknown>, prefix: string) => void;
};

/** Reads `entity` through the page's `foreignKey` column and primes a by-id loader with it. */
export function joinedLoad<J extends { id: string }>(
  entity: EntityName<J>,
  foreignKey: string,
  prime: (row: J) => void,
): JoinedLoad {
  return {
    foreignKey,
    columns: (em, alias, prefix) => leanColumns(em, entity, alias, prefix),
    table: (em) => leanTable(em, entity),
    take: (em, row, prefix) => {
      const joined = leanFromRow(em, entity, row, prefix);
      if (joined) prime(joined);
    },
  };
}

/**
 * Keyset pagination in one SQL statement, rows read lean (`db/lean.ts`): the page, and the
 * many-to-one rows its fields will ask for (`joins`, only those the client selected), which
 * prime the request's DataLoaders so no field resolver queries again. Same cursors and page
 * semantics as {@link paginate}: the order is one non-null column, then `id` the same way.
 * `where` is SQL over the page table aliased `t` with `?` parameters.
 */
export async function paginateSql<E extends { id: string }, T>(opts: {
  em: EntityManager;
  entity: EntityName<E>;
  where: { sql: string[]; params: unknown[] };
  order: { prop: keyof E & string; descending: boolean };
  page: PageArgs;
  info: GraphQLResolveInfo;
  map: (e: E) => T;
  joins?: JoinedLoad[];
  defaultSize?: number;
}): Promise<Connection<T>> {
  const { em, page, order } = opts;
  const cursors = checkPage(page, 2);
  const size = page.first ?? page.last ?? opts.defaultSize ?? 20;
  const backwards = page.last != null;
  const conditions = [...opts.where.sql];
  const params = [...opts.where.params];
  const column = `"t".${leanColumn(em, opts.entity, order.prop)}`;
  const sortKey = `(${column}, "t"."id")`;
  for (const [field, after] of [
    ['after', true],
    ['before', false],
  ] as const) {
    const values = cursors[`${field}Values`];
    if (values === undefined) continue;
    const [value, id] = values;
    if (typeof id !== 'string' || !isUuid(id) || (typeof value !== 'string' && typeof value !== 'number'))
      throw new BadInputError(field, `${field} is not a cursor of this list and order`, 'INVALID_CURSOR');
    conditions.push(`${sortKey} ${after !== order.descending ? '>' : '<'} (?, ?)`);
    params.push(value, id);
  }
  const forward = backwards ? order.descending : !order.descending;
  const direction = forward ? 'asc' : 'desc';
  const joins = opts.joins ?? [];
  const select = [
    leanColumns(em, opts.entity, 't'),
    ...joins.map((j, i) => j.columns(em, `j${i}`, `j${i}__`)),
  ].join(', ');
  const from = [
    `${leanTable(em, opts.entity)} as "t"`,
    ...joins.map(
      (j, i) => `left join ${j.table(em)} as "j${i}" on "j${i}"."id" = "t".${quoteId(j.foreignKey)}`,
    ),
  ].join(' ');
  const where = sqlWhere(conditions);
  // The page size is a literal: one prepared statement per size, whose plan PostgreSQL reuses.
  const rows = await query(
    em,
    `select ${select} from ${from} ${where}
     order by ${column} ${direction}, "t"."id" ${direction} limit ${Number(size) + 1}`,
    params,
  );
  const more = rows.length > size;
  const pageRows = rows.slice(0, size);
  if (backwards) pageRows.reverse();
  const items = pageRows.map((row) => {
    joins.forEach((j, i) => {
      j.take(em, row, `j${i}__`);
    });
    return leanFromRow(em, opts.entity, row)!;
  });
  const cursorOf = (e: E) => signCursor(Cursor.encode([(e as Record<string, unknown>)[order.prop], e.id]));
  const edges = items.map((e) => ({ cursor: cursorOf(e), node: opts.map(e) }));
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: {
      hasNextPage: backwards ? page.before != null : more,
      hasPreviousPage: backwards ? more : page.after != null,
      startCursor: items.length ? cursorOf(items[0]!) : null,
      endCursor: items.length ? cursorOf(items[items.length - 1]!) : null,
    },
    totalCount: selectsField(opts.info, 'totalCount') ? await countSql(em, opts.entity, opts.where) : null,
  };
}

async function countSql<E extends object>(
  em: EntityManager,
  entity: EntityName<E>,
  where: { sql: string[]; params: unknown[] },
): Promise<number> {
  const [row] = await query<{ n: number }>(
    em,
    `select count(*)::int as n from ${leanTable(em, entity)} as "t" ${sqlWhere(where.sql)}`,
    where.params,
  );
  return row?.n ?? 0;
}

const sqlWhere = (conditions: string[]) =>
  conditions.length ? `where ${conditions.map((c) => `(${c})`).join(' and ')}` : '';

const quoteId = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Keyset pagination over `entity` with stable cursors: the order always ends with `id`, so equal
 * sort values never swap between pages. The count query runs only when the client selected
 * `totalCount`.
 */
export async function paginate<E extends { id: string }, T>(opts: {
  em: EntityManager;
  entity: EntityName<E>;
  where: FilterQuery<E>;
  orderBy: OrderSpec<E>;
  page: PageArgs;
  info: GraphQLResolveInfo;
  map: (e: E) => T;
  defaultSize?: number;
}): Promise<Connection<T>> {
  const { page } = opts;
  const orderBy = { ...opts.orderBy, id: Object.values(opts.orderBy)[0] ?? QueryOrder.ASC } as OrderSpec<E>;
  const opened = checkPage(page, Object.keys(orderBy).length);
  const size = page.first ?? page.last ?? opts.defaultSize ?? 20;
  const includeCount = selectsField(opts.info, 'totalCount');
  const cursor = await opts.em.findByCursor(opts.entity, {
    where: opts.where,
    orderBy: orderBy as never,
    ...(page.last != null ? { last: size } : { first: size }),
    ...(opened.after != null && { after: opened.after }),
    ...(opened.before != null && { before: opened.before }),
    includeCount,
  } as never);
  const items = cursor.items as E[];
  const edges = items.map((e) => ({ cursor: signCursor(cursor.from(e as never)), node: opts.map(e) }));
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: {
      hasNextPage: cursor.hasNextPage,
      hasPreviousPage: cursor.hasPrevPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: includeCount ? (cursor.totalCount as number) : null,
  };
}

export function toOrder(direction: SortDirection | undefined): QueryOrder {
  return direction === SortDirection.DESC ? QueryOrder.DESC : QueryOrder.ASC;
}
