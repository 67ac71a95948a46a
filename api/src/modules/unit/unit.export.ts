import { type AnyExportSpec, defineExport, header, labels } from '../data-exchange/export-spec.js';
import { UnitFilter } from './unit.inputs.js';
import { type UnitExportRow, unitRepository } from './unit.repository.js';

/** Words for the unit enums in exports and imports. */
export const UNIT_TYPE_LABELS = labels({
  OFFICE: ['办公', 'Office'],
  FACTORY: ['厂房', 'Factory'],
  WAREHOUSE: ['仓库', 'Warehouse'],
  LAB: ['实验室', 'Laboratory'],
  RETAIL: ['商业', 'Retail'],
  PUBLIC: ['公共区域', 'Public area'],
});
export const UNIT_STATUS_LABELS = labels({
  VACANT: ['空置', 'Vacant'],
  RESERVED: ['预留', 'Reserved'],
  LEASED: ['已租', 'Leased'],
  SELF_USE: ['自用', 'Self use'],
  UNDER_RENOVATION: ['装修中', 'Under renovation'],
});

/** The units list (房源) as a file: what `units(filter:)` selects, every page. */
export const unitExport: AnyExportSpec = defineExport<UnitExportRow, UnitFilter>({
  name: 'units',
  title: { 'zh-CN': '房源', en: 'units' },
  permission: 'asset.read',
  filter: { typeName: 'UnitFilter', type: UnitFilter },
  timeZone: (r) => r.time_zone,
  columns: [
    { header: header('园区', 'Park'), kind: 'text', value: (r) => r.park_name, width: 24 },
    { header: header('楼宇', 'Building'), kind: 'text', value: (r) => r.building_name, width: 16 },
    { header: header('楼层', 'Floor'), kind: 'text', value: (r) => r.floor_name },
    { header: header('房号', 'Unit'), kind: 'text', value: (r) => r.code, width: 14 },
    { header: header('类型', 'Type'), kind: 'text', value: (r) => r.type, labels: UNIT_TYPE_LABELS },
    { header: header('状态', 'Status'), kind: 'text', value: (r) => r.status, labels: UNIT_STATUS_LABELS },
    {
      header: header('建筑面积(m²)', 'Gross area (m²)'),
      kind: 'area',
      value: (r) => r.gross_area,
      width: 16,
    },
    {
      header: header('使用面积(m²)', 'Usable area (m²)'),
      kind: 'area',
      value: (r) => r.usable_area,
      width: 16,
    },
    { header: header('租户', 'Tenant'), kind: 'text', value: (r) => r.tenant_name, width: 28 },
    { header: header('创建时间', 'Created'), kind: 'datetime', value: (r) => r.created_at, width: 18 },
  ],
  source: (ctx, filter) => unitRepository.exportSource(ctx, filter),
});
