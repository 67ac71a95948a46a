/** Days from today (the browser's date) to `day` (YYYY-MM-DD); negative once past. */
export function daysUntil(day: string): number {
  const today = new Date();
  const start = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((Date.parse(`${day}T00:00:00Z`) - start) / 86_400_000);
}

/** Element Plus tag type of a lease status. */
export function statusTag(status: string): 'info' | 'primary' | 'success' | 'warning' | 'danger' {
  switch (status) {
    case 'ACTIVE':
      return 'success';
    case 'SIGNED':
      return 'primary';
    case 'TERMINATED':
      return 'danger';
    case 'EXPIRED':
      return 'warning';
    default:
      return 'info';
  }
}

/** Yuan typed by a person (`1234.5`) as fen, exactly; undefined when it is not an amount. */
export function yuanToFen(text: string): number | undefined {
  const m = /^(\d{1,8})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) return undefined;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0') || '0');
}
