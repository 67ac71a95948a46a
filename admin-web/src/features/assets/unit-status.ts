/** The colour each unit status is drawn in, in the tree and the list. */
export const STATUS_COLORS: Record<string, string> = {
  VACANT: '#67c23a',
  RESERVED: '#e6a23c',
  LEASED: '#409eff',
  SELF_USE: '#909399',
  UNDER_RENOVATION: '#f56c6c',
};
export const UNIT_STATUSES = Object.keys(STATUS_COLORS);
export const UNIT_TYPES = ['OFFICE', 'FACTORY', 'WAREHOUSE', 'LAB', 'RETAIL', 'PUBLIC'];
