import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { iotRepository } from './iot.repository.js';
import { type DeviceRejectionType, toRejectionType } from './iot.type.js';

/** DataLoader factories, each made on first use in a request (`kernel/lazy-loaders.ts`). */
export const iotLoaders = {
  /** A device's rejection counters, all devices of a list in one statement. */
  iotRejectionsByDevice: (em: EntityManager) =>
    new DataLoader<string, DeviceRejectionType[]>(async (ids) => {
      const rows = await iotRepository.rejectionsOfDevices(em, ids);
      return ids.map((id) => rows.filter((r) => r.deviceId === id).map(toRejectionType));
    }),
};
