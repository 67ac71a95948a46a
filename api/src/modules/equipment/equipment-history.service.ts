import { QueryOrder } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import { paginate } from '../../db/paginate.js';
import type { PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { findByIdOrFail } from '../../graphql/lookup.js';
import { checkLength } from '../../graphql/validate.js';
import { BadInputError, ConflictError } from '../../kernel/errors.js';
import { Equipment, EquipmentStatus } from './equipment.entity.js';
import type { RecordEquipmentEventInput } from './equipment.inputs.js';
import { toEquipmentEventType, toEquipmentType } from './equipment.type.js';
import { EquipmentEvent, EquipmentEventKind } from './equipment-event.entity.js';

/** Clock skew between a technician's phone and the server that we still accept. */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

export const equipmentHistoryService = {
  /** Moves equipment to another operating state; RETIRED is final. */
  async changeStatus(ctx: RequestContext, id: string, status: EquipmentStatus, note: string | undefined) {
    checkLength('note', note, 500);
    const equipment = await findByIdOrFail(ctx.em, Equipment, id, 'Equipment');
    if (equipment.status === EquipmentStatus.RETIRED) {
      throw new ConflictError('Retired equipment cannot return to service', 'EQUIPMENT_RETIRED', 'status');
    }
    if (equipment.status === status) return toEquipmentType(equipment);
    const from = equipment.status;
    equipment.status = status;
    ctx.em.create(EquipmentEvent, {
      park: equipment.park,
      equipment,
      kind:
        status === EquipmentStatus.RETIRED ? EquipmentEventKind.RETIRED : EquipmentEventKind.STATUS_CHANGED,
      occurredAt: ctx.now(),
      note: note ?? null,
      data: { status: { from, to: status } },
    });
    await ctx.em.flush();
    ctx.recordChange({
      targetType: 'Equipment',
      targetId: equipment.id,
      parkId: equipment.park.id,
      before: { status: from },
      after: { status, note: note ?? null },
    });
    ctx.publish('EQUIPMENT_CHANGED', equipment.park.id, {
      equipmentId: equipment.id,
      kind: 'STATUS_CHANGED',
    });
    return toEquipmentType(equipment);
  },

  /** Records an inspection, maintenance or repair in the equipment's history. */
  async record(ctx: RequestContext, equipmentId: string, input: RecordEquipmentEventInput) {
    const equipment = await findByIdOrFail(ctx.em, Equipment, equipmentId, 'Equipment', 'equipmentId');
    const now = ctx.now();
    const occurredAt = input.occurredAt ?? now;
    if (occurredAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
      throw new BadInputError('input.occurredAt', 'The event lies in the future', 'DATE_IN_FUTURE');
    }
    if (equipment.installDate && occurredAt.toISOString().slice(0, 10) < equipment.installDate) {
      throw new BadInputError(
        'input.occurredAt',
        'The event lies before the equipment was installed',
        'BEFORE_INSTALL',
      );
    }
    if (equipment.status === EquipmentStatus.RETIRED) {
      throw new ConflictError('Retired equipment takes no more work', 'EQUIPMENT_RETIRED', 'equipmentId');
    }
    const event = ctx.em.create(EquipmentEvent, {
      park: equipment.park,
      equipment,
      kind: input.kind,
      occurredAt,
      note: input.note ?? null,
      data: null,
    });
    await ctx.em.flush();
    ctx.recordChange({
      targetType: 'Equipment',
      targetId: equipment.id,
      parkId: equipment.park.id,
      after: toEquipmentEventType(event),
    });
    return toEquipmentEventType(event);
  },

  /** Life-cycle history, newest first. */
  history(ctx: RequestContext, equipmentId: string, page: PageArgs, info: GraphQLResolveInfo) {
    return paginate({
      em: ctx.em,
      entity: EquipmentEvent,
      where: { equipment: equipmentId },
      orderBy: { occurredAt: QueryOrder.DESC },
      page,
      info,
      map: toEquipmentEventType,
    });
  },
};
