import type { GraphQLResolveInfo } from 'graphql';
import type { PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { findByIdOrFail, flushOrConflict, readByIdOrFail } from '../../graphql/lookup.js';
import { BadInputError, NotFoundError } from '../../kernel/errors.js';
import { Park } from '../park/park.entity.js';
import { Equipment, EquipmentStatus } from './equipment.entity.js';
import type {
  CreateEquipmentInput,
  EquipmentFilter,
  EquipmentOrder,
  UpdateEquipmentInput,
} from './equipment.inputs.js';
import { equipmentRepository, placeOf } from './equipment.repository.js';
import { type EquipmentType, toEquipmentType } from './equipment.type.js';
import { EquipmentEvent, EquipmentEventKind } from './equipment-event.entity.js';
import { locationKey, resolveLocation } from './equipment-location.js';

const uniques = { equipment_code_unique: 'input.code' };
const MAX_PARAMETERS_BYTES = 8 * 1024;

/** The UTC calendar date of `now`. */
function utcDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}

function checkDatesAndParameters(
  now: Date,
  installDate: string | null | undefined,
  warrantyEnd: string | null | undefined,
  parameters: Record<string, unknown> | undefined,
) {
  if (installDate && installDate > utcDate(now)) {
    throw new BadInputError('input.installDate', 'The install date is in the future', 'DATE_IN_FUTURE');
  }
  if (installDate && warrantyEnd && warrantyEnd < installDate) {
    throw new BadInputError(
      'input.warrantyEnd',
      'The warranty cannot end before installation',
      'WARRANTY_BEFORE_INSTALL',
    );
  }
  if (parameters && Buffer.byteLength(JSON.stringify(parameters)) > MAX_PARAMETERS_BYTES) {
    throw new BadInputError('input.parameters', 'Parameters are limited to 8 KB', 'PARAMETERS_TOO_LARGE');
  }
}

export const equipmentService = {
  async get(ctx: RequestContext, id: string) {
    return toEquipmentType(await readByIdOrFail(ctx.em, Equipment, id, 'Equipment'));
  },

  /** Lookup by the code on the QR label, as a scanner app does. */
  async getByCode(ctx: RequestContext, code: string) {
    const row = await ctx.em.findOne(Equipment, { code: code.trim().toUpperCase() });
    if (!row) throw new NotFoundError('Equipment', 'code');
    return toEquipmentType(row);
  },

  list(
    ctx: RequestContext,
    filter: EquipmentFilter | undefined,
    order: EquipmentOrder | undefined,
    page: PageArgs,
    info: GraphQLResolveInfo,
  ) {
    return equipmentRepository.ledger(ctx, filter, order, page, info);
  },

  /** The building or floor a ledger page read with `e`; undefined when it did not read it. */
  placed<K extends 'building' | 'floor'>(e: EquipmentType, key: K) {
    return placeOf(e)?.[key];
  },

  async create(ctx: RequestContext, input: CreateEquipmentInput) {
    // Validation reads are lean; the new rows only need references to what they point at.
    const { id: parkId } = await readByIdOrFail(ctx.em, Park, input.parkId, 'Park', 'input.parkId');
    const park = ctx.em.getReference(Park, parkId);
    checkDatesAndParameters(ctx.now(), input.installDate, input.warrantyEnd, input.parameters);
    if (input.status === EquipmentStatus.RETIRED) {
      throw new BadInputError('input.status', 'New equipment cannot start retired', 'INVALID_INITIAL_STATUS');
    }
    const location = await resolveLocation(ctx, park.id, input.location, 'input.location');
    const equipment = ctx.em.create(Equipment, {
      park,
      code: input.code,
      name: input.name,
      category: input.category,
      status: input.status,
      ...location,
      manufacturer: input.manufacturer ?? null,
      model: input.model ?? null,
      serialNumber: input.serialNumber ?? null,
      installDate: input.installDate ?? null,
      warrantyEnd: input.warrantyEnd ?? null,
      parameters: input.parameters ?? {},
    });
    ctx.em.create(EquipmentEvent, {
      park,
      equipment,
      kind: EquipmentEventKind.INSTALLED,
      occurredAt: input.installDate ? new Date(`${input.installDate}T00:00:00Z`) : ctx.now(),
      note: null,
      data: null,
    });
    await flushOrConflict(ctx.em, uniques);
    ctx.recordChange({
      targetType: 'Equipment',
      targetId: equipment.id,
      parkId: park.id,
      after: toEquipmentType(equipment),
    });
    ctx.publish('EQUIPMENT_CHANGED', park.id, { equipmentId: equipment.id, kind: 'CREATED' });
    return toEquipmentType(equipment);
  },

  async update(ctx: RequestContext, id: string, input: UpdateEquipmentInput) {
    const equipment = await findByIdOrFail(ctx.em, Equipment, id, 'Equipment');
    const before = toEquipmentType(equipment);
    if (equipment.status === EquipmentStatus.RETIRED) {
      throw new BadInputError('id', 'Retired equipment can no longer be changed', 'EQUIPMENT_RETIRED');
    }
    checkDatesAndParameters(
      ctx.now(),
      input.installDate ?? equipment.installDate,
      input.warrantyEnd ?? equipment.warrantyEnd,
      input.parameters,
    );
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    const { location, ...fields } = input;
    for (const [key, to] of Object.entries(fields)) {
      const from = (equipment as Record<string, unknown>)[key];
      if (to === undefined || JSON.stringify(from) === JSON.stringify(to)) continue;
      changes[key] = { from, to };
      (equipment as Record<string, unknown>)[key] = to;
    }
    if (Object.keys(changes).length > 0) {
      ctx.em.create(EquipmentEvent, {
        park: equipment.park,
        equipment,
        kind: EquipmentEventKind.UPDATED,
        occurredAt: ctx.now(),
        note: null,
        data: changes,
      });
    }
    if (location) {
      const before = locationKey(equipment);
      const next = await resolveLocation(ctx, equipment.park.id, location, 'input.location');
      const after = locationKey(next);
      if (JSON.stringify(before) !== JSON.stringify(after)) {
        Object.assign(equipment, next);
        ctx.em.create(EquipmentEvent, {
          park: equipment.park,
          equipment,
          kind: EquipmentEventKind.MOVED,
          occurredAt: ctx.now(),
          note: null,
          data: { from: before, to: after },
        });
      }
    }
    await flushOrConflict(ctx.em, uniques);
    ctx.recordChange({
      targetType: 'Equipment',
      targetId: equipment.id,
      parkId: equipment.park.id,
      before,
      after: toEquipmentType(equipment),
    });
    ctx.publish('EQUIPMENT_CHANGED', equipment.park.id, {
      equipmentId: equipment.id,
      kind: 'UPDATED',
    });
    return toEquipmentType(equipment);
  },
};
