import { defineModule } from '../manifest.js';
import { maintenancePlanExport } from './maintenance.export.js';
import { maintenanceRepository } from './maintenance.repository.js';
import { MaintenanceResolver } from './maintenance.resolver.js';
import { generatePlanOrder, recordPlanCompletion } from './maintenance.service.js';
import { MaintenancePlan } from './maintenance-plan.entity.js';

/** Maintenance plans: recurring work orders and the equipment history they leave. */
export const maintenanceModule = defineModule({
  name: 'maintenance',
  entities: [MaintenancePlan],
  resolvers: [MaintenanceResolver],
  exports: [maintenancePlanExport],
  tasks: { 'maintenance.generate': generatePlanOrder },
  on: { 'workOrder.completed': recordPlanCompletion },
  onQueueReady: (owner, jobSchema) => maintenanceRepository.armUnscheduledPlans(owner, jobSchema),
  permissions: {
    'maintenance.manage': {
      audience: 'STAFF',
      description: 'Creates maintenance plans and pauses or changes them.',
      grants: ['park_manager', 'engineering'],
    },
  },
});
