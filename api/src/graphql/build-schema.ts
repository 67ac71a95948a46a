import 'reflect-metadata';
import { type GraphQLObjectType, type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema as buildTypeGraphQLSchema, type NonEmptyArray } from 'type-graphql';
import { MODULES } from '../modules/index.js';
import { authChecker } from './authorize.js';
import type { TopicPubSub } from './pubsub.js';
import { validateArgs } from './validate-args.js';

type ResolverClass = new (...args: never[]) => object;

/** The resolver classes of every feature's manifest, in module order. */
function resolvers(): NonEmptyArray<ResolverClass> {
  const classes: ResolverClass[] = MODULES.flatMap((m) => ('resolvers' in m ? [...m.resolvers] : []));
  if (classes.length === 0) throw new Error('No feature lists a resolver');
  return classes as NonEmptyArray<ResolverClass>;
}

/** Builds the executable schema from code. */
export async function buildSchema(pubsub: TopicPubSub): Promise<GraphQLSchema> {
  const schema = await buildTypeGraphQLSchema({
    resolvers: resolvers(),
    pubSub: pubsub,
    validateFn: validateArgs,
    authChecker,
    authMode: 'error',
  });
  // type-graphql has no decorator for the root types; the schema describes them all the same.
  const roots: [GraphQLObjectType | null | undefined, string][] = [
    [schema.getQueryType(), 'Everything that can be read.'],
    [schema.getMutationType(), 'Everything that can be changed; a refused mutation changes nothing.'],
    [schema.getSubscriptionType(), 'Live events over graphql-ws on the same /graphql path.'],
  ];
  for (const [type, description] of roots) if (type) type.description = description;
  return schema;
}

/** The SDL committed as /schema.graphql: sorted, so diffs show real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
