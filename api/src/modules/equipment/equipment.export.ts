import { type AnyExportSpec, defineExport, header, labels } from '../data-exchange/export-spec.js';
import { EquipmentFilter } from './equipment.inputs.js';
import { type EquipmentExportRow, equipmentExportSource } from './equipment.repository.js';

export const EQUIPMENT_CATEGORY_LABELS = labels({
  POWER_DISTRIBUTION: ['供配电', 'Power distribution'],
  HVAC: ['暖通空调', 'HVAC'],
  ELEVATOR: ['电梯', 'Elevator'],
  WATER_SUPPLY_DRAINAGE: ['给排水', 'Water supply and drainage'],
  FIRE_PROTECTION: ['消防', 'Fire protection'],
  WEAK_CURRENT_CCTV: ['弱电/监控', 'Weak current and CCTV'],
  LIGHTING: ['照明', 'Lighting'],
  EV_CHARGER: ['充电桩', 'EV charger'],
  OTHER: ['其他', 'Other'],
});
export const EQUIPMENT_STATUS_LABELS = labels({
  RUNNING: ['运行', 'Running'],
  FAULT: ['故障', 'Fault'],
  UNDER_MAINTENANCE: ['维保中', 'Under maintenance'],
  RETIRED: ['报废', 'Retired'],
});

/** The equipment ledger (设备台账) as a file: what `equipmentLedger(filter:)` selects, every page. */
export const equipmentExport: AnyExportSpec = defineExport<EquipmentExportRow, EquipmentFilter>({
  name: 'equipment',
  title: { 'zh-CN': '设备台账', en: 'equipment' },
  permission: 'equipment.read',
  filter: { typeName: 'EquipmentFilter', type: EquipmentFilter },
  timeZone: (r) => r.time_zone,
  columns: [
    { header: header('园区', 'Park'), kind: 'text', value: (r) => r.park_name, width: 24 },
    { header: header('设备编号', 'Code'), kind: 'text', value: (r) => r.code, width: 22 },
    { header: header('名称', 'Name'), kind: 'text', value: (r) => r.name, width: 24 },
    {
      header: header('类别', 'Category'),
      kind: 'text',
      value: (r) => r.category,
      labels: EQUIPMENT_CATEGORY_LABELS,
      width: 14,
    },
    {
      header: header('状态', 'Status'),
      kind: 'text',
      value: (r) => r.status,
      labels: EQUIPMENT_STATUS_LABELS,
    },
    { header: header('楼宇', 'Building'), kind: 'text', value: (r) => r.building_name, width: 16 },
    { header: header('楼层', 'Floor'), kind: 'text', value: (r) => r.floor_name },
    { header: header('房号', 'Unit'), kind: 'text', value: (r) => r.unit_code },
    { header: header('位置说明', 'Location note'), kind: 'text', value: (r) => r.location_note, width: 20 },
    { header: header('厂商', 'Manufacturer'), kind: 'text', value: (r) => r.manufacturer, width: 16 },
    { header: header('型号', 'Model'), kind: 'text', value: (r) => r.model },
    { header: header('安装日期', 'Installed'), kind: 'date', value: (r) => r.install_date, width: 12 },
    { header: header('保修截止', 'Warranty ends'), kind: 'date', value: (r) => r.warranty_end, width: 12 },
    { header: header('更新时间', 'Updated'), kind: 'datetime', value: (r) => r.updated_at, width: 18 },
  ],
  source: (ctx, filter) => equipmentExportSource(ctx, filter),
});
