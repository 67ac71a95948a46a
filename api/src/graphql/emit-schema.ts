import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildSchema, printSortedSchema } from './build-schema.js';
import { createTopicPubSub } from './pubsub.js';

/** `pnpm schema`: writes the schema generated from code to /schema.graphql. */
const target = fileURLToPath(new URL('../../../schema.graphql', import.meta.url));
const sdl = printSortedSchema(await buildSchema(createTopicPubSub()));
await writeFile(target, sdl);
console.log(`wrote ${target} (${sdl.split('\n').length} lines)`);
