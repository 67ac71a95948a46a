import { Cursor, type EntityName, type FilterQuery, QueryOrder } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Max, Min } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import { ArgsType, type ClassType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BadInputError } from './errors.js';
import { selectsField } from './selection.js';

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
  if (page.first != null && page.last != null) {
    throw new BadInputError('first', 'Give either first or last, not both');
  }
  const orderBy = { ...opts.orderBy, id: Object.values(opts.orderBy)[0] ?? QueryOrder.ASC } as OrderSpec<E>;
  const width = Object.keys(orderBy).length;
  for (const field of ['after', 'before'] as const) {
    const value = page[field];
    if (value == null) continue;
    let decoded: unknown;
    try {
      decoded = Cursor.decode(value);
    } catch {
      decoded = undefined;
    }
    if (!Array.isArray(decoded) || decoded.length !== width) {
      throw new BadInputError(field, `${field} is not a cursor of this list and order`, 'INVALID_CURSOR');
    }
  }
  const size = page.first ?? page.last ?? opts.defaultSize ?? 20;
  const includeCount = selectsField(opts.info, 'totalCount');
  const cursor = await opts.em.findByCursor(opts.entity, {
    where: opts.where,
    orderBy: orderBy as never,
    ...(page.last != null ? { last: size } : { first: size }),
    ...(page.after != null && { after: page.after }),
    ...(page.before != null && { before: page.before }),
    includeCount,
  } as never);
  const items = cursor.items as E[];
  const edges = items.map((e) => ({ cursor: cursor.from(e as never), node: opts.map(e) }));
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: {
      hasNextPage: cursor.hasNextPage,
      hasPreviousPage: cursor.hasPrevPage,
      startCursor: cursor.startCursor,
      endCursor: cursor.endCursor,
    },
    totalCount: includeCount ? (cursor.totalCount as number) : null,
  };
}

export function toOrder(direction: SortDirection | undefined): QueryOrder {
  return direction === SortDirection.DESC ? QueryOrder.DESC : QueryOrder.ASC;
}
