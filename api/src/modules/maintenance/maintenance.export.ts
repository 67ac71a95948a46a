import { type AnyExportSpec, defineExport, header, labels } from '../data-exchange/export-spec.js';
import { EQUIPMENT_CATEGORY_LABELS } from '../equipment/equipment.export.js';
import { type MaintenancePlanExportRow, maintenancePlanExportSource } from './maintenance.repository.js';

const UNITS = labels({
  DAY: ['天', 'days'],
  WEEK: ['周', 'weeks'],
  MONTH: ['个月', 'months'],
  YEAR: ['年', 'years'],
});
const YES_NO = labels({ true: ['是', 'Yes'], false: ['否', 'No'] });

/** A park's maintenance plans (维保计划) as a file, as `maintenancePlans(parkId:)` lists them. */
export const maintenancePlanExport: AnyExportSpec = defineExport<
  MaintenancePlanExportRow,
  { parkId: string }
>({
  name: 'maintenancePlans',
  title: { 'zh-CN': '维保计划', en: 'maintenance plans' },
  permission: 'equipment.read',
  byPark: true,
  columns: [
    { header: header('计划名称', 'Plan'), kind: 'text', value: (r) => r.name, width: 30 },
    {
      header: header('设备', 'Equipment'),
      kind: 'text',
      value: (r, language) =>
        r.equipment_code
          ? `${r.equipment_code} ${r.equipment_name ?? ''}`.trim()
          : r.equipment_category
            ? `${language === 'en' ? 'All' : '全部'} ${EQUIPMENT_CATEGORY_LABELS[r.equipment_category]?.[language] ?? r.equipment_category}`
            : null,
      width: 30,
    },
    {
      header: header('周期', 'Every'),
      kind: 'text',
      value: (r, language) =>
        language === 'en'
          ? `${r.recurrence_interval} ${UNITS[r.recurrence_unit]?.en ?? r.recurrence_unit}`
          : `每 ${r.recurrence_interval} ${UNITS[r.recurrence_unit]?.['zh-CN'] ?? r.recurrence_unit}`,
    },
    {
      header: header('接单人', 'Assignee'),
      kind: 'text',
      value: (r, language) => r.assignee_name ?? (language === 'en' ? 'Auto-dispatch' : '自动派单'),
      width: 14,
    },
    { header: header('宽限天数', 'Grace days'), kind: 'integer', value: (r) => r.grace_days },
    { header: header('下次到期', 'Next due'), kind: 'date', value: (r) => r.next_due_on, width: 12 },
    { header: header('启用', 'Active'), kind: 'text', value: (r) => String(r.active), labels: YES_NO },
    { header: header('法定', 'Statutory'), kind: 'text', value: (r) => String(r.statutory), labels: YES_NO },
    { header: header('依据', 'Basis'), kind: 'text', value: (r) => r.basis, width: 24 },
    { header: header('检查项', 'Checklist'), kind: 'text', value: (r) => r.checklist, width: 40 },
  ],
  source: (ctx, filter) => maintenancePlanExportSource(ctx, filter!),
});
