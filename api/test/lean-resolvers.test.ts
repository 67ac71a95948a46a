import { GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { fieldRequirements } from '../src/graphql/authorize.js';
import { buildSchema } from '../src/graphql/build-schema.js';
import { createTopicPubSub } from '../src/graphql/pubsub.js';
import { ACCESS } from '../src/modules/registry.js';

/** `build-schema.ts` `leanResolvers`: which fields keep type-graphql's resolver, and which read the property. */
describe('plain fields read their property; checked and computed fields keep their resolver', () => {
  let schema: GraphQLSchema;
  const fieldsOf = (type: string) => (schema.getType(type) as GraphQLObjectType).getFields();
  beforeAll(async () => {
    schema = await buildSchema(createTopicPubSub());
  });

  it('every field that declares a requirement still runs through the check', () => {
    const unchecked: string[] = [];
    for (const key of fieldRequirements(schema, ACCESS).keys()) {
      const [type, field] = key.split('.') as [string, string];
      if (!fieldsOf(type)[field]?.resolve) unchecked.push(key);
    }
    expect(unchecked).toEqual([]);
  });

  it('every field answered by a resolver method keeps it', () => {
    const lost: string[] = [];
    for (const r of getMetadataStorage().fieldResolvers) {
      const target = r.getObjectType?.();
      for (const type of Object.values(schema.getTypeMap())) {
        if (!(type instanceof GraphQLObjectType)) continue;
        const meta = getMetadataStorage().objectTypes.find((o) => o.name === type.name);
        if (meta?.target !== target) continue;
        if (!type.getFields()[r.schemaName]?.resolve) lost.push(`${type.name}.${r.schemaName}`);
      }
    }
    expect(lost).toEqual([]);
  });

  it('plain data fields use the default resolver (so the saving is real)', () => {
    expect(fieldsOf('Equipment').code!.resolve).toBeUndefined();
    expect(fieldsOf('Building').name!.resolve).toBeUndefined();
    expect(fieldsOf('EquipmentConnection').nodes!.resolve).toBeUndefined();
    // Checked (personal or cross-module) and computed fields are not plain.
    expect(fieldsOf('Equipment').serialNumber!.resolve).toBeTypeOf('function');
    expect(fieldsOf('Equipment').building!.resolve).toBeTypeOf('function');
    expect(fieldsOf('Equipment').inWarranty!.resolve).toBeTypeOf('function');
  });
});
