import { p } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';

/**
 * Columns every table has. Ids are UUIDv7: unguessable across tenants like v4, yet time-ordered,
 * so inserts stay at the right edge of the primary-key index.
 */
/** Columns of rows that are only ever added (events, comments, notifications). */
export const appendOnlyProperties = {
  id: p
    .uuid()
    .primary()
    .onCreate(() => uuidv7()),
  createdAt: p.datetime().onCreate(() => new Date()),
};

export const baseProperties = {
  id: p
    .uuid()
    .primary()
    .onCreate(() => uuidv7()),
  createdAt: p.datetime().onCreate(() => new Date()),
  updatedAt: p
    .datetime()
    .onCreate(() => new Date())
    .onUpdate(() => new Date()),
};
