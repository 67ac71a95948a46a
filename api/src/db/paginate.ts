import { type EntityName, type FilterQuery, QueryOrder } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Connection, PageArgs, PageInfo } from '../graphql/connection.js';
import { decodeCursor, encodeCursor, signCursor } from '../graphql/cursor.js';
import { selectsField } from '../graphql/selection.js';
import { isUuid } from '../graphql/validate.js';
import { BadInputError } from '../kernel/errors.js';
import { type LeanOmit, leanColumn, leanColumns, leanFromRow, leanTable, leanUniqueColumn } from './lean.js';
import { query } from './sql.js';

/**
 * Keyset pagination for every list, one helper with one cursor format (`graphql/cursor.ts`):
 * the order always ends with `id` (unless the sort column is unique on its own), so equal sort values never swap between pages, and the count
 * runs only when the client selected `totalCount`. Two ways to say which rows:
 *
 * - **SQL** (`where: { sql, params }`, `order`): one statement over the lean reader, with the
 *   many-to-one rows the client selected joined in (`joins`), priming the request's DataLoaders.
 *   Lists that read through their feature's repository use this (the equipment ledger).
 * - **Entities** (`where` a MikroORM filter, `orderBy`): MikroORM's `findByCursor`, for the lists
 *   whose filters walk relations (units by building, users by role) and still load entities.
 *   Moving them to SQL means rewriting each filter as SQL; until a list is moved, it keeps this.
 *
 * Both read the same cursors and answer the same page semantics.
 */
export function paginate<E extends { id: string }, T>(opts: SqlPage<E, T>): Promise<Connection<T>>;
export function paginate<E extends { id: string }, T>(opts: EntityPage<E, T>): Promise<Connection<T>>;
export function paginate<E extends { id: string }, T>(opts: SqlPage<E, T> | EntityPage<E, T>) {
  return 'orderBy' in opts ? pageOfEntities(opts) : pageInSql(opts);
}

export type OrderSpec<E> = { [K in keyof E]?: QueryOrder };

type Common<E, T> = {
  em: EntityManager;
  entity: EntityName<E>;
  page: PageArgs;
  info: GraphQLResolveInfo;
  map: (e: E) => T;
  defaultSize?: number;
};

/** A page in SQL: `where` is SQL over the page table aliased `t` with `?` parameters. */
export type SqlPage<E, T> = Common<E, T> & {
  where: { sql: string[]; params: unknown[] };
  /** One non-null column, then `id` the same way. */
  order: { prop: keyof E & string; descending: boolean };
  joins?: JoinedLoad<T>[];
  /**
   * Columns of the page table to leave out (lean.ts `LeanOmit`): the page's objects lack them, so
   * pass only what no selected field reads, from a constant list. Never the sort column.
   */
  omit?: LeanOmit<E>;
};

/** A page of managed entities through MikroORM's `findByCursor`. */
export type EntityPage<E, T> = Common<E, T> & { where: FilterQuery<E>; orderBy: OrderSpec<E> };

type OpenedCursors = { after?: string; before?: string; afterValues?: unknown[]; beforeValues?: unknown[] };

/** Checks first/last and the cursors of a list sorted by `width` keys. */
function checkPage(page: PageArgs, width: number): OpenedCursors {
  if (page.first != null && page.last != null) {
    throw new BadInputError('first', 'Give either first or last, not both');
  }
  const opened: OpenedCursors = {};
  for (const field of ['after', 'before'] as const) {
    const value = page[field];
    if (value == null) continue;
    const { inner, values } = decodeCursor(value, field, width);
    opened[field] = inner;
    opened[`${field}Values`] = values;
  }
  return opened;
}

/**
 * A many-to-one entity read in a page's own statement (a left join), each row handed to `prime`
 * (a by-id loader) and to `attach` (the page item it belongs to; undefined when the join found
 * none).
 */
export type JoinedLoad<T = never> = {
  /** The page table's foreign key column (the page table is aliased `t`). */
  foreignKey: string;
  columns: (em: EntityManager, alias: string, prefix: string) => string;
  table: (em: EntityManager) => string;
  take: (em: EntityManager, row: Record<string, unknown>, prefix: string) => unknown;
  attach?: ((item: T, joined: unknown) => void) | undefined;
};

/**
 * Reads `entity` through the page's `foreignKey` column. Whole rows may `prime` a by-id loader;
 * rows read without the `omit` columns (a constant list, as for the page table) must not, since
 * the loader hands out whole rows: they go to `attach` only.
 */
export function joinedLoad<J extends { id: string }, T = never>(
  entity: EntityName<J>,
  foreignKey: string,
  opts:
    | { prime: (row: J) => void; attach?: (item: T, row: J | undefined) => void }
    | { omit: LeanOmit<J>; attach: (item: T, row: J | undefined) => void },
): JoinedLoad<T> {
  const omit = 'omit' in opts ? opts.omit : [];
  const prime = 'prime' in opts ? opts.prime : undefined;
  return {
    foreignKey,
    columns: (em, alias, prefix) => leanColumns(em, entity, alias, prefix, omit),
    table: (em) => leanTable(em, entity),
    take: (em, row, prefix) => {
      const joined = leanFromRow(em, entity, row, prefix, omit);
      if (joined && prime) prime(joined);
      return joined;
    },
    attach: opts.attach as JoinedLoad<T>['attach'],
  };
}

/** One statement: the page, and the joined rows the client selected; rows read lean. */
async function pageInSql<E extends { id: string }, T>(opts: SqlPage<E, T>): Promise<Connection<T>> {
  const { em, page, order } = opts;
  const cursors = checkPage(page, 2);
  const size = page.first ?? page.last ?? opts.defaultSize ?? 20;
  const backwards = page.last != null;
  const conditions = [...opts.where.sql];
  const params = [...opts.where.params];
  const omit = opts.omit ?? [];
  if (omit.includes(order.prop)) throw new Error(`the sort column ${order.prop} cannot be left out`);
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
    leanColumns(em, opts.entity, 't', '', omit),
    ...joins.map((j, i) => j.columns(em, `j${i}`, `j${i}__`)),
  ].join(', ');
  const from = [
    `${leanTable(em, opts.entity)} as "t"`,
    ...joins.map(
      (j, i) => `left join ${j.table(em)} as "j${i}" on "j${i}"."id" = "t".${quoteId(j.foreignKey)}`,
    ),
  ].join(' ');
  const where = sqlWhere(conditions);
  // A unique, non-null sort column (the equipment code) orders the rows on its own: sorting by `id`
  // as well would make PostgreSQL sort what the column's index already returns in order (one more
  // row read and a sort per page). The cursor keeps both values, and its condition stays exact.
  const orderBy = leanUniqueColumn(em, opts.entity, order.prop)
    ? `${column} ${direction}`
    : `${column} ${direction}, "t"."id" ${direction}`;
  // The page size is a literal: one prepared statement per size, whose plan PostgreSQL reuses.
  const rows = await query(
    em,
    `select ${select} from ${from} ${where}
     order by ${orderBy} limit ${Number(size) + 1}`,
    params,
  );
  const more = rows.length > size;
  const pageRows = rows.slice(0, size);
  if (backwards) pageRows.reverse();
  const cursorOf = (e: E) => encodeCursor([(e as Record<string, unknown>)[order.prop], e.id]);
  const edges = pageRows.map((row) => {
    const joined = joins.map((j, i) => j.take(em, row, `j${i}__`));
    const e = leanFromRow(em, opts.entity, row, '', omit)!;
    const node = opts.map(e);
    joins.forEach((j, i) => {
      j.attach?.(node, joined[i]);
    });
    return lazyEdge(node, () => cursorOf(e));
  });
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: lazyPageInfo(
      backwards ? page.before != null : more,
      backwards ? more : page.after != null,
      edges,
    ),
    totalCount: selectsField(opts.info, 'totalCount') ? await countSql(em, opts.entity, opts.where) : null,
  };
}

/**
 * An edge whose cursor is signed when a resolver first reads it: a client selecting only `nodes`
 * (the ledger's screens, the bench's S2) signs none, where signing costs an HMAC per row.
 */
function lazyEdge<T>(node: T, sign: () => string): { readonly cursor: string; node: T } {
  let cursor: string | undefined;
  return {
    node,
    get cursor() {
      cursor ??= sign();
      return cursor;
    },
  };
}

/** Paging state whose start and end cursors are the first and last edges' (signed when read). */
function lazyPageInfo(
  hasNextPage: boolean,
  hasPreviousPage: boolean,
  edges: readonly { readonly cursor: string }[],
): PageInfo {
  return {
    hasNextPage,
    hasPreviousPage,
    get startCursor() {
      return edges[0]?.cursor ?? null;
    },
    get endCursor() {
      return edges.at(-1)?.cursor ?? null;
    },
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

/** MikroORM's `findByCursor`; its cursors are the inner part of ours, signed on the way out. */
async function pageOfEntities<E extends { id: string }, T>(opts: EntityPage<E, T>): Promise<Connection<T>> {
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
  const edges = items.map((e) => lazyEdge(opts.map(e), () => signCursor(cursor.from(e as never))));
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: lazyPageInfo(cursor.hasNextPage, cursor.hasPrevPage, edges),
    totalCount: includeCount ? (cursor.totalCount as number) : null,
  };
}
