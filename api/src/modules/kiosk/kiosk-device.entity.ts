import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { baseProperties } from '../../db/base-properties.js';
import { Building } from '../building/building.entity.js';
import { Park } from '../park/park.entity.js';
import { AppUser } from '../user/user.entity.js';

/**
 * A lobby touch screen. An admin registers it and gets a short pairing code; the kiosk trades
 * the code for its device credential once. Only hashes of the code and credential are stored.
 */
export const KioskDevice = defineEntity({
  name: 'KioskDevice',
  tableName: 'kiosk_device',
  properties: {
    ...baseProperties,
    park: () => p.manyToOne(Park).index(),
    /** The lobby's building, if the kiosk stands in one. */
    building: () => p.manyToOne(Building).nullable(),
    name: p.string().length(60),
    /** Where it stands, e.g. A1 栋一楼大堂. */
    location: p.string().length(100).nullable(),
    pairingCodeHash: p.blob().nullable().hidden().unique(),
    pairingExpiresAt: p.datetime().nullable(),
    credentialHash: p.blob().nullable().hidden(),
    pairedAt: p.datetime().nullable(),
    revokedAt: p.datetime().nullable(),
    lastSeenAt: p.datetime().nullable(),
    createdBy: () => p.manyToOne(AppUser).nullable().joinColumn('created_by').deleteRule('set null'),
  },
});
export type KioskDevice = InferEntity<typeof KioskDevice>;
