import 'reflect-metadata';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type GraphQLObjectType, type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema as buildTypeGraphQLSchema, type NonEmptyArray } from 'type-graphql';
import { authChecker } from './authorize.js';
import type { TopicPubSub } from './pubsub.js';
import { validateArgs } from './validate-args.js';

const modulesDir = fileURLToPath(new URL('../modules', import.meta.url));
type ResolverClass = new (...args: never[]) => object;
const isResolverFile = (name: string) => /\.resolver\.(ts|js)$/.test(name);

/**
 * Every `modules/<feature>/*.resolver.ts` file contributes its exported resolver classes, so a
 * new feature needs no registration anywhere else.
 */
async function discoverResolvers(): Promise<NonEmptyArray<ResolverClass>> {
  const files = (await readdir(modulesDir, { recursive: true })).filter(isResolverFile).sort();
  const classes: ResolverClass[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(modulesDir, file)).href)) as Record<string, unknown>;
    for (const value of Object.values(mod)) {
      if (typeof value === 'function' && value.name.endsWith('Resolver'))
        classes.push(value as ResolverClass);
    }
  }
  if (classes.length === 0) throw new Error(`No resolvers found under ${modulesDir}`);
  return classes as NonEmptyArray<ResolverClass>;
}

/** Builds the executable schema from code. */
export async function buildSchema(pubsub: TopicPubSub): Promise<GraphQLSchema> {
  const schema = await buildTypeGraphQLSchema({
    resolvers: await discoverResolvers(),
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
