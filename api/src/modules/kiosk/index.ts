import { defineModule } from '../manifest.js';
import { KioskResolver } from './kiosk.resolver.js';
import { KioskDevice } from './kiosk-device.entity.js';

/** Lobby kiosks: pairing and what a paired kiosk reads. */
export const kioskModule = defineModule({
  name: 'kiosk',
  entities: [KioskDevice],
  resolvers: [KioskResolver],
  typeAccess: { KioskDevice: 'kiosk.manage', KioskPairing: 'inherit', KioskPairingCode: 'inherit' },
  permissions: {
    'kiosk.manage': {
      audience: 'STAFF',
      description: 'Pairs and revokes lobby kiosks.',
      grants: ['park_manager'],
    },
  },
});
