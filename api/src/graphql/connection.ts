import { QueryOrder } from '@mikro-orm/core';
import { Max, Min } from 'class-validator';
import { ArgsType, type ClassType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';

/**
 * The GraphQL side of lists: Relay connection types, page arguments and sort enums. The
 * pagination itself (SQL or `findByCursor`) is `db/paginate.ts`; cursors are `cursor.ts`.
 */

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

export function toOrder(direction: SortDirection | undefined): QueryOrder {
  return direction === SortDirection.DESC ? QueryOrder.DESC : QueryOrder.ASC;
}
