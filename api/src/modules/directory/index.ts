import { defineModule } from '../manifest.js';
import { DirectoryResolver } from './directory.resolver.js';

/** The lobby directory: who is where, for kiosks and visitors. */
export const directoryModule = defineModule({
  name: 'directory',
  title: { zh: '企业名录', en: 'Directory' },
  resolvers: [DirectoryResolver],
  typeAccess: {
    DirectoryEntry: 'inherit',
    DirectoryLocation: 'inherit',
    DirectoryBuilding: 'inherit',
    DirectoryFloor: 'inherit',
  },
});
