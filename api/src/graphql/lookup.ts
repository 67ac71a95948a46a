import { type EntityName, LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { findLean } from '../db/lean.js';
import { ConflictError, NotFoundError } from '../kernel/errors.js';
import { isUuid } from './validate.js';

/** Loads one row by id or fails with NOT_FOUND naming `field`; malformed ids are simply unknown. */
export async function findByIdOrFail<E extends object>(
  em: EntityManager,
  entity: EntityName<E>,
  id: string,
  label: string,
  field = 'id',
): Promise<E> {
  const row = isUuid(id) ? await em.findOne(entity, { id } as never) : null;
  if (!row) throw new NotFoundError(label, field);
  return row as E;
}

/**
 * Loads one row by id locked for the rest of the transaction (`for update`, or `for share` with
 * `share`), or fails with NOT_FOUND naming `field`. A once-only change (retiring a record)
 * checks its state after this lock, so concurrent attempts queue and the later ones see it.
 */
export async function lockByIdOrFail<E extends object>(
  em: EntityManager,
  entity: EntityName<E>,
  id: string,
  label: string,
  field = 'id',
  share = false,
): Promise<E> {
  const lockMode = share ? LockMode.PESSIMISTIC_READ : LockMode.PESSIMISTIC_WRITE;
  const row = isUuid(id) ? await em.findOne(entity, { id } as never, { lockMode, refresh: true }) : null;
  if (!row) throw new NotFoundError(label, field);
  return row as E;
}

/**
 * Reads one row by id as a lean snapshot (`db/lean.ts`: no managed entity, for mapping to a
 * GraphQL type only) or fails with NOT_FOUND naming `field`; malformed ids are simply unknown.
 */
export async function readByIdOrFail<E extends object>(
  em: EntityManager,
  entity: EntityName<E>,
  id: string,
  label: string,
  field = 'id',
): Promise<E> {
  const [row] = isUuid(id) ? await findLean(em, entity, '"t"."id" = ?', [id]) : [];
  if (!row) throw new NotFoundError(label, field);
  return row;
}

/**
 * Flushes the unit of work; a unique violation becomes CONFLICT naming the field whose
 * constraint it hit (`constraints` maps constraint-name fragments to field paths).
 */
export async function flushOrConflict(em: EntityManager, constraints: Record<string, string>): Promise<void> {
  try {
    await em.flush();
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) {
      const hit = Object.entries(constraints).find(([name]) => err.message.includes(name));
      const field = hit?.[1];
      throw new ConflictError(
        field ? `Another record already uses this ${field.split('.').pop()}` : 'Duplicate record',
        'DUPLICATE',
        field,
      );
    }
    throw err;
  }
}
