import { declare, defineModule } from '../manifest.js';
import { createFollowUps, queueFollowUps } from './follow-up.js';
import { WorkOrderKpiResolver } from './kpi.resolver.js';
import { checkSla } from './sla-alerts.js';
import { StaffShift } from './staff-shift.entity.js';
import { StaffShiftResolver } from './staff-shift.resolver.js';
import { ViewerHomeResolver } from './viewer-home.resolver.js';
import { WorkOrder } from './work-order.entity.js';
import { workOrderLoaders } from './work-order.loaders.js';
import { WorkOrderResolver } from './work-order.resolver.js';
import type { WorkOrderEvents, WorkOrderTopics } from './work-order.topics.js';
import { WorkOrderComment } from './work-order-comment.entity.js';
import { WorkOrderEvent } from './work-order-event.entity.js';
import { WorkOrderExtrasResolver } from './work-order-extras.resolver.js';

/** Work orders: filing, dispatch, the state machine, SLA timers, follow-ups, shifts and KPIs. */
export const workOrderModule = defineModule({
  name: 'work-order',
  entities: [WorkOrder, WorkOrderEvent, StaffShift, WorkOrderComment],
  resolvers: [
    WorkOrderResolver,
    WorkOrderExtrasResolver,
    WorkOrderKpiResolver,
    StaffShiftResolver,
    ViewerHomeResolver,
  ],
  loaders: workOrderLoaders,
  topics: declare<WorkOrderTopics>(),
  events: declare<WorkOrderEvents>(),
  on: { 'workOrder.verified': queueFollowUps },
  tasks: {
    'workOrder.slaCheck': checkSla,
    'workOrder.followUp': createFollowUps,
  },
  permissions: {
    'workOrder.read': {
      audience: 'BOTH',
      description: 'Reads work orders (tenants: their company’s).',
      grants: [
        'park_manager',
        'customer_service',
        'engineering',
        'security',
        'cleaning',
        'landscaping',
        'quality',
        'tenant_admin',
        'tenant_employee',
      ],
    },
    'workOrder.submit': {
      audience: 'BOTH',
      description: 'Files repairs and complaints; cancels one’s own before dispatch.',
      grants: [
        'park_manager',
        'customer_service',
        'engineering',
        'security',
        'cleaning',
        'landscaping',
        'tenant_admin',
        'tenant_employee',
      ],
    },
    'workOrder.dispatch': {
      audience: 'STAFF',
      description: 'Dispatches, re-dispatches, cancels and closes work orders.',
      grants: ['park_manager', 'customer_service'],
    },
    'workOrder.work': {
      audience: 'STAFF',
      description: 'Accepts, starts, holds and completes work orders assigned to one.',
      // Customer service works its own follow-ups (return visits).
      grants: ['park_manager', 'customer_service', 'engineering', 'security', 'cleaning', 'landscaping'],
    },
    'workOrder.verify': {
      audience: 'BOTH',
      description: 'Confirms a completed job or sends it back for rework.',
      grants: ['park_manager', 'customer_service', 'tenant_admin', 'tenant_employee'],
    },
    'workOrder.supervise': {
      audience: 'STAFF',
      description: 'Receives the SLA escalations of one’s parks.',
      grants: ['park_manager'],
    },
  },
});
