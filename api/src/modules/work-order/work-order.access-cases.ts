import { defineAccessCases } from '../access-cases.js';

export const accessCases = defineAccessCases({
  probes: {
    'workOrder.read': () => '{ workOrders(first: 1) { totalCount } }',
    'workOrder.submit': ({ none }) =>
      `mutation { submitWorkOrder(input: { category: POWER, title: "跳闸", unitId: "${none}" }) { id } }`,
    'workOrder.dispatch': ({ none }) =>
      `mutation { transitionWorkOrder(id: "${none}", input: { action: DISPATCH }) { id } }`,
    'workOrder.work': ({ none }) =>
      `mutation { transitionWorkOrder(id: "${none}", input: { action: START }) { id } }`,
    'workOrder.verify': ({ none }) =>
      `mutation { transitionWorkOrder(id: "${none}", input: { action: VERIFY }) { id } }`,
  },
  unprobed: {
    'workOrder.supervise':
      'picks who receives SLA escalations (work-order-sla.test.ts); no operation requires it',
  },
  tables: ['work_order'],
  isolation: [
    {
      table: 'work_order',
      byId: 'query ($id: ID!) { r: workOrder(id: $id) { id } }',
      list: '{ r: workOrders(first: 100) { nodes { id } } }',
    },
  ],
  identity: { WorkOrder: [] },
});
