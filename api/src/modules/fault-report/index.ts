import type { EntityManager } from '@mikro-orm/postgresql';
import { childrenLoader } from '../../graphql/loader-utils.js';
import { defineModule } from '../manifest.js';
import { FaultReport } from './fault-report.entity.js';
import { FaultReportResolver } from './fault-report.resolver.js';

/** Equipment QR labels' public side: anyone reports a fault, the desk gets a work order. */
export const faultReportModule = defineModule({
  name: 'fault-report',
  title: { zh: '扫码报修', en: 'QR fault reports' },
  actions: {
    reportEquipmentFault: { zh: '扫码报修', en: 'Report a fault by QR label' },
  },
  entities: [FaultReport],
  resolvers: [FaultReportResolver],
  typeAccess: {
    PublicEquipment: 'inherit',
    FaultReportReceipt: 'inherit',
    FaultReport: 'workOrder.dispatch',
  },
  // The reporter's name and phone, as typed on the public page.
  personalFields: ['WorkOrder.faultReports'],
  loaders: {
    /** The public reports of many orders in one query, oldest first. */
    faultReportsByWorkOrder: (em: EntityManager) =>
      childrenLoader(em, FaultReport, 'workOrder', { createdAt: 'asc' }),
  },
});
