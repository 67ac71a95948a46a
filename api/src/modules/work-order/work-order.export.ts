import { type AnyExportSpec, defineExport, header, labels } from '../data-exchange/export-spec.js';
import { WorkOrderFilter } from './work-order.inputs.js';
import { type WorkOrderExportRow, workOrderExportSource } from './work-order.repository.js';

const STATES = labels({
  SUBMITTED: ['待派单', 'Submitted'],
  DISPATCHED: ['已派单', 'Dispatched'],
  ACCEPTED: ['已接单', 'Accepted'],
  IN_PROGRESS: ['处理中', 'In progress'],
  ON_HOLD: ['挂起', 'On hold'],
  COMPLETED: ['已完成', 'Completed'],
  VERIFIED: ['已验收', 'Verified'],
  CLOSED: ['已关闭', 'Closed'],
  CANCELLED: ['已取消', 'Cancelled'],
});
const PRIORITIES = labels({
  EMERGENCY: ['紧急', 'Emergency'],
  URGENT: ['加急', 'Urgent'],
  NORMAL: ['一般', 'Normal'],
});
const SOURCES = labels({
  TENANT_REPAIR: ['企业报修', 'Tenant repair'],
  COMPLAINT: ['投诉', 'Complaint'],
  INSPECTION: ['巡检', 'Inspection'],
  ALARM: ['告警', 'Alarm'],
  MAINTENANCE_PLAN: ['维保计划', 'Maintenance plan'],
  PATROL: ['巡更', 'Patrol'],
  STAFF: ['员工提报', 'Staff'],
});
const CATEGORIES = labels({
  POWER: ['供电', 'Power'],
  LIGHTING: ['照明', 'Lighting'],
  WATER: ['给排水', 'Water'],
  HVAC: ['空调暖通', 'HVAC'],
  ELEVATOR: ['电梯', 'Elevator'],
  FIRE: ['消防', 'Fire'],
  CIVIL: ['土建', 'Civil'],
  DOOR_ACCESS: ['门禁', 'Door access'],
  NETWORK: ['网络', 'Network'],
  CLEANING: ['保洁', 'Cleaning'],
  LANDSCAPING: ['绿化', 'Landscaping'],
  SECURITY: ['安保', 'Security'],
  SERVICE: ['客户服务', 'Service'],
  OTHER: ['其他', 'Other'],
});

/** The work orders list (工单) as a file: what `workOrders(filter:)` selects, every page. */
export const workOrderExport: AnyExportSpec = defineExport<WorkOrderExportRow, WorkOrderFilter>({
  name: 'workOrders',
  title: { 'zh-CN': '工单', en: 'work orders' },
  permission: 'workOrder.read',
  filter: { typeName: 'WorkOrderFilter', type: WorkOrderFilter },
  timeZone: (r) => r.time_zone,
  columns: [
    { header: header('工单号', 'Number'), kind: 'text', value: (r) => r.number, width: 20 },
    { header: header('标题', 'Title'), kind: 'text', value: (r) => r.title, width: 30 },
    { header: header('类别', 'Category'), kind: 'text', value: (r) => r.category, labels: CATEGORIES },
    { header: header('优先级', 'Priority'), kind: 'text', value: (r) => r.priority, labels: PRIORITIES },
    { header: header('状态', 'State'), kind: 'text', value: (r) => r.state, labels: STATES },
    { header: header('来源', 'Source'), kind: 'text', value: (r) => r.source, labels: SOURCES },
    { header: header('楼宇', 'Building'), kind: 'text', value: (r) => r.building_name, width: 16 },
    { header: header('房号', 'Unit'), kind: 'text', value: (r) => r.unit_code },
    { header: header('企业', 'Company'), kind: 'text', value: (r) => r.tenant_name, width: 28 },
    { header: header('处理人', 'Assignee'), kind: 'text', value: (r) => r.assignee_name },
    { header: header('提交时间', 'Submitted'), kind: 'datetime', value: (r) => r.submitted_at, width: 18 },
    { header: header('完成时间', 'Completed'), kind: 'datetime', value: (r) => r.completed_at, width: 18 },
    { header: header('费用(元)', 'Charge (yuan)'), kind: 'money', value: (r) => r.billable_fen, width: 12 },
    { header: header('评分', 'Rating'), kind: 'integer', value: (r) => r.rating },
  ],
  source: (ctx, filter) => workOrderExportSource(ctx, filter),
});
