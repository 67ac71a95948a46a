import 'reflect-metadata';
import { GraphQLObjectType, type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema as buildTypeGraphQLSchema, getMetadataStorage, type NonEmptyArray } from 'type-graphql';
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
  leanResolvers(schema);
  return schema;
}

/**
 * Takes out two costs type-graphql adds to every field of every row, neither of which checks or
 * converts anything in this API (a list page of 20 rows resolves a few hundred fields):
 *
 * - **Plain fields** (a property of the parent: no resolver method, no `@Authorized`, no
 *   middleware, the property named as the field) lose type-graphql's wrapper, which makes a
 *   resolver-data object and runs an empty middleware chain to read `root[name]`; graphql-js's
 *   default resolver reads the same property. Fields with a requirement keep the wrapper, so their
 *   check runs as before (`lean-resolvers.test.ts` pins both).
 * - **`@Root()` parameters** get the parent object itself instead of a copy made as an instance of
 *   the declared class (`new EquipmentType()` and every property assigned, per field resolver
 *   call): the object types are plain data classes, without initialisers, getters or methods, and
 *   the mappers (`toEquipmentType` …) return plain objects of their shape.
 */
function leanResolvers(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  // The fields a resolver method answers, by the class they belong to (as type-graphql pairs them).
  const resolved = new Map<unknown, Set<string>>();
  for (const r of storage.fieldResolvers) {
    const target = r.getObjectType?.();
    if (!resolved.has(target)) resolved.set(target, new Set());
    resolved.get(target)!.add(r.methodName);
  }
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!(type instanceof GraphQLObjectType)) continue;
    const fields = type.getFields();
    for (const field of objectType.fields ?? []) {
      const plain =
        field.name === field.schemaName &&
        !field.roles?.length &&
        !field.middlewares?.length &&
        !field.params?.length &&
        !resolved.get(field.target)?.has(field.name) &&
        // A resolver type-graphql could not pair with a class counts for every class.
        !resolved.get(undefined)?.has(field.name);
      const own = fields[field.schemaName];
      if (plain && own) own.resolve = undefined;
    }
  }
  for (const param of storage.params) if (param.kind === 'root') param.getType = undefined;
}

/** The SDL committed as /schema.graphql: sorted, so diffs show real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
