import { defineAccessCases } from '../access-cases.js';

export const accessCases = defineAccessCases({
  probes: {
    'kiosk.manage': ({ parkId }) => `{ kioskDevices(parkId: "${parkId}") { id } }`,
  },
  identity: {
    // A kiosk's own device record, read through viewer.
    KioskDevice: [
      'id',
      'pairingExpiresAt',
      'name',
      'location',
      'state',
      'pairedAt',
      'lastSeenAt',
      'createdAt',
      'revokedAt',
      'park',
      'building',
    ],
  },
});
