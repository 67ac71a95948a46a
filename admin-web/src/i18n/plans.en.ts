/** Who a maintenance plan's orders go to, and where a park-wide order is (en). */
export default {
  planAssignee: {
    label: 'Assignee',
    auto: 'Automatic dispatch (by department and shift)',
    hint: 'Orders from this plan go straight to this person; if they are disabled or stop working orders, automatic dispatch takes over.',
    column: 'Assignee',
  },
  workOrderPlace: {
    staffOption: '{name} ({roles})',
    listSeparator: ', ',
    equipment: '{name} ({code})',
    parkWide: 'Park-wide: {category}',
  },
};
