import { defineModule } from '../manifest.js';
import { DataExchangeResolver } from './data-exchange.resolver.js';

/**
 * Export of every list and import of the registers (SPEC §3.9). The lists and registers are
 * declared by their own features (`exports`, `imports` in their manifests); this module holds the
 * mechanism: the `exportList` link, the streaming writer and the import's dry run and apply
 * (`data-exchange.http.ts`).
 */
export const dataExchangeModule = defineModule({
  name: 'data-exchange',
  title: { zh: '导入导出', en: 'Import and export' },
  actions: {
    exportList: { zh: '导出列表', en: 'Export a list' },
  },
  resolvers: [DataExchangeResolver],
  typeAccess: { ExportLink: 'inherit' },
});
