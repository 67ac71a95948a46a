import { defineModule } from '../manifest.js';
import { maintenancePlanExport } from './maintenance.export.js';
import { maintenanceRepository } from './maintenance.repository.js';
import { MaintenanceResolver } from './maintenance.resolver.js';
import { generatePlanOrder, recordPlanCompletion } from './maintenance.service.js';
import { MaintenancePlan } from './maintenance-plan.entity.js';

/** Maintenance plans: recurring work orders and the equipment history they leave. */
export const maintenanceModule = defineModule({
  name: 'maintenance',
  title: { zh: '维保计划', en: 'Maintenance plans' },
  actions: {
    createMaintenancePlan: { zh: '新增维保计划', en: 'Add a maintenance plan' },
    setMaintenancePlanActive: { zh: '启用或暂停维保计划', en: 'Switch a maintenance plan on or off' },
    updateMaintenancePlan: { zh: '修改维保计划', en: 'Edit a maintenance plan' },
    'maintenance.generate': { zh: '按计划生成工单', en: 'Generate a planned work order' },
  },
  entities: [MaintenancePlan],
  resolvers: [MaintenanceResolver],
  typeAccess: { MaintenancePlan: 'inherit', MaintenanceCompliance: 'inherit', ComplianceItem: 'inherit' },
  exports: [maintenancePlanExport],
  tasks: { 'maintenance.generate': generatePlanOrder },
  on: { 'workOrder.completed': recordPlanCompletion },
  onQueueReady: (owner, jobSchema) => maintenanceRepository.armUnscheduledPlans(owner, jobSchema),
  permissions: {
    'maintenance.manage': {
      audience: 'STAFF',
      name: { zh: '管理维保计划', en: 'Manage maintenance plans' },
      description: {
        zh: '新增维保计划，暂停或修改计划。',
        en: 'Creates maintenance plans and pauses or changes them.',
      },
      grants: ['park_manager', 'engineering'],
    },
  },
});
