import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
} from 'graphql';
import { expect, it } from 'vitest';
import { buildSchema, printSortedSchema } from '../src/graphql/build-schema.js';
import { createTopicPubSub } from '../src/graphql/pubsub.js';

const schemaFile = fileURLToPath(new URL('../../schema.graphql', import.meta.url));

it('the committed schema.graphql is what the code generates (run `pnpm schema` when this fails)', async () => {
  const generated = printSortedSchema(await buildSchema(createTopicPubSub()));
  expect(await readFile(schemaFile, 'utf8')).toBe(generated);
});

it('describes every type, field, argument and enum value', async () => {
  const schema = await buildSchema(createTopicPubSub());
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
    if (!type.description) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) {
          if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    if (isEnumType(type) && !isScalarType(type)) {
      for (const value of type.getValues()) {
        if (!value.description) {
          missing.push(`${type.name}.${value.name}`);
        }
      }
    }
  }
  expect(missing).toEqual([]);
});
