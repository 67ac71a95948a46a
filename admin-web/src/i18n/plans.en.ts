/** Who a maintenance plan's orders go to, and where a park-wide order is (en). */
export default {
  planAssignee: {
    label: 'Assignee',
    auto: 'Automatic dispatch (by department and shift)',
    hint: 'The plan’s orders go straight to this person; if they are disabled or stop working orders, automatic dispatch takes over.',
    column: 'Assignee',
  },
  workOrderPlace: {
    equipment: '{name} ({code})',
    parkWide: 'Park-wide: {category}',
  },
};
