/** Who a maintenance plan's orders go to, and where a park-wide order is (zh-CN). */
export default {
  planAssignee: {
    label: '接单人',
    auto: '自动派单（按部门与班次）',
    hint: '计划生成的工单直接派给此人；此人停用或不再处理工单时改为自动派单。',
    column: '接单人',
  },
  workOrderPlace: {
    staffOption: '{name}（{roles}）',
    listSeparator: '、',
    equipment: '{name}（{code}）',
    parkWide: '全园区{category}',
  },
};
