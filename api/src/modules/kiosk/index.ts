import { defineModule } from '../manifest.js';
import { KioskResolver } from './kiosk.resolver.js';
import { KioskDevice } from './kiosk-device.entity.js';

/** Lobby kiosks: pairing and what a paired kiosk reads. */
export const kioskModule = defineModule({
  name: 'kiosk',
  title: { zh: '访客终端', en: 'Lobby kiosks' },
  actions: {
    createKioskDevice: { zh: '登记访客终端', en: 'Register a kiosk' },
    renewKioskPairingCode: { zh: '重新生成配对码', en: 'Renew a pairing code' },
    revokeKioskDevice: { zh: '停用访客终端', en: 'Revoke a kiosk' },
    pairKioskDevice: { zh: '配对访客终端', en: 'Pair a kiosk' },
  },
  entities: [KioskDevice],
  resolvers: [KioskResolver],
  typeAccess: { KioskDevice: 'kiosk.manage', KioskPairing: 'inherit', KioskPairingCode: 'inherit' },
  permissions: {
    'kiosk.manage': {
      audience: 'STAFF',
      name: { zh: '管理访客终端', en: 'Manage lobby kiosks' },
      description: {
        zh: '配对和停用大堂访客终端。',
        en: 'Pairs and revokes lobby kiosks.',
      },
      grants: ['park_manager'],
    },
  },
});
