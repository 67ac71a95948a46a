import type { EntityManager } from '@mikro-orm/postgresql';
import { childrenLoader } from '../../graphql/loader-utils.js';
import { defineModule } from '../manifest.js';
import { FaultReport } from './fault-report.entity.js';
import { FaultReportResolver } from './fault-report.resolver.js';

/** Equipment QR labels' public side: anyone reports a fault, the desk gets a work order. */
export const faultReportModule = defineModule({
  name: 'fault-report',
  entities: [FaultReport],
  resolvers: [FaultReportResolver],
  loaders: {
    /** The public reports of many orders in one query, oldest first. */
    faultReportsByWorkOrder: (em: EntityManager) =>
      childrenLoader(em, FaultReport, 'workOrder', { createdAt: 'asc' }),
  },
});
