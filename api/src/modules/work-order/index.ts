import { declare, defineModule } from '../manifest.js';
import { createFollowUps, queueFollowUps } from './follow-up.js';
import { WorkOrderKpiResolver } from './kpi.resolver.js';
import { checkSla } from './sla-alerts.js';
import { StaffShift } from './staff-shift.entity.js';
import { StaffShiftResolver } from './staff-shift.resolver.js';
import { ViewerHomeResolver } from './viewer-home.resolver.js';
import { WorkOrder } from './work-order.entity.js';
import { workOrderExport } from './work-order.export.js';
import { workOrderLoaders } from './work-order.loaders.js';
import { WorkOrderResolver } from './work-order.resolver.js';
import type { WorkOrderEvents, WorkOrderTopics } from './work-order.topics.js';
import { WorkOrderComment } from './work-order-comment.entity.js';
import { WorkOrderEvent } from './work-order-event.entity.js';
import { WorkOrderExtrasResolver } from './work-order-extras.resolver.js';

/** Work orders: filing, dispatch, the state machine, SLA timers, follow-ups, shifts and KPIs. */
export const workOrderModule = defineModule({
  name: 'work-order',
  title: { zh: '工单', en: 'Work orders' },
  actions: {
    submitWorkOrder: { zh: '提交工单', en: 'File a work order' },
    transitionWorkOrder: { zh: '推进工单', en: 'Move a work order on' },
    quoteWorkOrder: { zh: '填写报价', en: 'Quote for a repair' },
    decideWorkOrderQuote: { zh: '确认报价', en: 'Decide on a quote' },
    addWorkOrderComment: { zh: '添加留言', en: 'Add a comment' },
    recordReturnVisit: { zh: '登记回访', en: 'Record a return visit' },
    createStaffShift: { zh: '排班', en: 'Schedule a shift' },
    'workOrder.slaCheck': { zh: '检查处理时限', en: 'Check deadlines' },
    'workOrder.followUp': { zh: '生成回访任务', en: 'File follow-up jobs' },
  },
  entities: [WorkOrder, WorkOrderEvent, StaffShift, WorkOrderComment],
  resolvers: [
    WorkOrderResolver,
    WorkOrderExtrasResolver,
    WorkOrderKpiResolver,
    StaffShiftResolver,
    ViewerHomeResolver,
  ],
  typeAccess: {
    WorkOrder: 'workOrder.read',
    WorkOrderChange: 'inherit',
    WorkOrderComment: 'workOrder.read',
    WorkOrderEvent: 'workOrder.read',
    WorkOrderQuote: 'workOrder.read',
    WorkOrderSla: 'workOrder.read',
    WorkOrderKpis: 'inherit',
    StaffShift: 'inherit',
  },
  loaders: workOrderLoaders,
  exports: [workOrderExport],
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
      name: { zh: '查看工单', en: 'View work orders' },
      description: {
        zh: '查看工单（租户：本企业的工单）。',
        en: 'Reads work orders (tenants: their company’s).',
      },
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
      name: { zh: '提交报修', en: 'File requests' },
      description: {
        zh: '提交报修和投诉；派单前可撤销本人提交的工单。',
        en: 'Files repairs and complaints; cancels one’s own before dispatch.',
      },
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
      name: { zh: '派单', en: 'Dispatch work orders' },
      description: {
        zh: '派单、改派、取消和关闭工单。',
        en: 'Dispatches, re-dispatches, cancels and closes work orders.',
      },
      grants: ['park_manager', 'customer_service'],
    },
    'workOrder.work': {
      audience: 'STAFF',
      name: { zh: '处理工单', en: 'Work on orders' },
      description: {
        zh: '接单、开始、挂起和完成分派给本人的工单。',
        en: 'Accepts, starts, holds and completes work orders assigned to one.',
      },
      // Customer service works its own follow-ups (return visits).
      grants: ['park_manager', 'customer_service', 'engineering', 'security', 'cleaning', 'landscaping'],
    },
    'workOrder.verify': {
      audience: 'BOTH',
      name: { zh: '验收工单', en: 'Verify work' },
      description: {
        zh: '验收已完成的工单，或退回返工。',
        en: 'Confirms a completed job or sends it back for rework.',
      },
      grants: ['park_manager', 'customer_service', 'tenant_admin', 'tenant_employee'],
    },
    'workOrder.supervise': {
      audience: 'STAFF',
      name: { zh: '督办工单', en: 'Supervise work orders' },
      description: {
        zh: '接收所辖园区工单超时的升级通知。',
        en: 'Receives the SLA escalations of one’s parks.',
      },
      grants: ['park_manager'],
    },
  },
});
