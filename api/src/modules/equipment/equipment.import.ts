import { Building } from '../building/building.entity.js';
import { Floor } from '../building/floor.entity.js';
import { header } from '../data-exchange/export-spec.js';
import {
  type AnyImportSpec,
  defineImport,
  enumKey,
  localDate,
  notOneOf,
  numeric,
  problem,
  type RowProblem,
  text,
} from '../data-exchange/import-spec.js';
import { Unit } from '../unit/unit.entity.js';
import { EquipmentStatus } from './equipment.entity.js';
import { EQUIPMENT_CATEGORY_LABELS, EQUIPMENT_STATUS_LABELS } from './equipment.export.js';
import { CreateEquipmentInput, EquipmentLocationInput } from './equipment.inputs.js';
import { equipmentService } from './equipment.service.js';

/** Equipment from a spreadsheet, placed by building code, floor level and unit code. */
export const equipmentImport: AnyImportSpec = defineImport<CreateEquipmentInput>({
  name: 'equipment',
  title: { 'zh-CN': '设备台账', en: 'equipment' },
  permission: 'equipment.write',
  input: CreateEquipmentInput,
  columns: [
    { key: 'code', header: header('设备编号', 'Code'), required: true, example: 'SZXH-ELV-A1-09' },
    {
      key: 'name',
      header: header('名称', 'Name'),
      required: true,
      example: { 'zh-CN': 'A1 栋 9 号电梯', en: 'A1 lift 9' },
    },
    {
      key: 'category',
      header: header('类别', 'Category'),
      required: true,
      example: { 'zh-CN': '电梯', en: 'Elevator' },
    },
    { key: 'status', header: header('状态', 'Status'), example: { 'zh-CN': '运行', en: 'Running' } },
    { key: 'building', header: header('楼宇编号', 'Building code'), example: 'A1' },
    { key: 'floor', header: header('楼层', 'Floor'), example: 1 },
    { key: 'unit', header: header('房号', 'Unit'), example: '' },
    {
      key: 'locationNote',
      header: header('位置说明', 'Location note'),
      example: { 'zh-CN': '东侧电梯厅', en: 'East lobby' },
    },
    { key: 'manufacturer', header: header('厂商', 'Manufacturer'), example: '通力' },
    { key: 'model', header: header('型号', 'Model'), example: 'MonoSpace 500' },
    { key: 'installDate', header: header('安装日期', 'Installed'), example: '2024-05-01' },
    { key: 'warrantyEnd', header: header('保修截止', 'Warranty ends'), example: '2027-04-30' },
  ],
  fieldColumns: { location: 'building', installDate: 'installDate', warrantyEnd: 'warrantyEnd' },
  messages: {
    CONFLICT: { 'zh-CN': '已有此编号的设备', en: 'Equipment with this code exists' },
    DATE_IN_FUTURE: { 'zh-CN': '安装日期不能晚于今天', en: 'The install date is in the future' },
    LOCATION_MISMATCH: { 'zh-CN': '位置不一致', en: 'The location does not fit together' },
  },
  async prepare(ctx, cells, { parkId }) {
    const problems: RowProblem[] = [];
    const opt = (key: string) => text(cells[key]);
    const category = enumKey(cells.category, EQUIPMENT_CATEGORY_LABELS);
    const status =
      cells.status == null ? EquipmentStatus.RUNNING : enumKey(cells.status, EQUIPMENT_STATUS_LABELS);
    if (!opt('code')) problems.push(problem('code', '必填', 'required'));
    if (!opt('name')) problems.push(problem('name', '必填', 'required'));
    if (!category) problems.push(notOneOf('category', EQUIPMENT_CATEGORY_LABELS));
    if (!status) problems.push(notOneOf('status', EQUIPMENT_STATUS_LABELS));
    const location = new EquipmentLocationInput();
    const buildingCode = opt('building');
    const level = numeric(cells.floor);
    const unitCode = opt('unit');
    if (buildingCode) {
      const building = await ctx.em.findOne(Building, { park: parkId, code: buildingCode });
      if (!building) problems.push(problem('building', '园区内没有此楼宇', 'no such building in the park'));
      else {
        location.buildingId = building.id;
        if (level !== undefined) {
          const floor = Number.isInteger(level) ? await ctx.em.findOne(Floor, { building, level }) : null;
          if (!floor) problems.push(problem('floor', '该楼宇没有此楼层', 'the building has no such floor'));
          else location.floorId = floor.id;
        }
        if (unitCode) {
          const unit = await ctx.em.findOne(Unit, { building, code: unitCode });
          if (!unit) problems.push(problem('unit', '该楼宇没有此房号', 'the building has no such unit'));
          else location.unitId = unit.id;
        }
      }
    } else if (level !== undefined || unitCode)
      problems.push(
        problem('building', '填写楼层或房号时须填楼宇编号', 'give the building with a floor or unit'),
      );
    if (opt('locationNote')) location.note = opt('locationNote');
    const installDate = localDate(cells, 'installDate', problems);
    const warrantyEnd = localDate(cells, 'warrantyEnd', problems);
    if (problems.length > 0) return { problems };
    const input = Object.assign(new CreateEquipmentInput(), {
      parkId,
      code: opt('code')!.toUpperCase(),
      name: opt('name')!,
      category: category as CreateEquipmentInput['category'],
      status: status as EquipmentStatus,
      location,
      ...(opt('manufacturer') && { manufacturer: opt('manufacturer') }),
      ...(opt('model') && { model: opt('model') }),
      ...(installDate && { installDate }),
      ...(warrantyEnd && { warrantyEnd }),
    });
    return { problems, input };
  },
  apply: (ctx, input) => equipmentService.create(ctx, input),
});
