/** Element Plus tag type of a bill status. */
export function billStatusTag(status: string): 'info' | 'primary' | 'success' | 'warning' | 'danger' {
  switch (status) {
    case 'PAID':
      return 'success';
    case 'OVERDUE':
      return 'danger';
    case 'PARTLY_PAID':
      return 'warning';
    case 'VOID':
      return 'info';
    default:
      return 'primary';
  }
}
