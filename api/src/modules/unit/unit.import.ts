import { Building } from '../building/building.entity.js';
import { Floor } from '../building/floor.entity.js';
import { header } from '../data-exchange/export-spec.js';
import {
  type AnyImportSpec,
  defineImport,
  enumKey,
  notOneOf,
  numeric,
  problem,
  type RowProblem,
  text,
} from '../data-exchange/import-spec.js';
import { TenantCompany } from '../tenant/tenant.entity.js';
import { UnitStatus, type UnitType } from './unit.entity.js';
import { UNIT_STATUS_LABELS, UNIT_TYPE_LABELS } from './unit.export.js';
import { CreateUnitInput } from './unit.inputs.js';
import { unitService } from './unit.service.js';

/** Units from a spreadsheet: one row per unit, placed by building code and floor level. */
export const unitImport: AnyImportSpec = defineImport<CreateUnitInput>({
  name: 'units',
  title: { 'zh-CN': '房源', en: 'units' },
  permission: 'asset.write',
  input: CreateUnitInput,
  columns: [
    { key: 'building', header: header('楼宇编号', 'Building code'), required: true, example: 'A1' },
    { key: 'floor', header: header('楼层', 'Floor'), required: true, example: 3 },
    { key: 'code', header: header('房号', 'Unit'), required: true, example: 'A1-0301' },
    {
      key: 'type',
      header: header('类型', 'Type'),
      required: true,
      example: { 'zh-CN': '办公', en: 'Office' },
    },
    { key: 'status', header: header('状态', 'Status'), example: { 'zh-CN': '空置', en: 'Vacant' } },
    { key: 'grossArea', header: header('建筑面积(m²)', 'Gross area (m²)'), required: true, example: 120.5 },
    { key: 'usableArea', header: header('使用面积(m²)', 'Usable area (m²)'), required: true, example: 96 },
    { key: 'tenant', header: header('租户统一社会信用代码', 'Tenant credit code'), example: '' },
  ],
  fieldColumns: { floorId: 'floor', tenantId: 'tenant' },
  messages: {
    UNIT_CODE_TAKEN: { 'zh-CN': '该楼宇已有此房号', en: 'The building already has this unit' },
    CONFLICT: { 'zh-CN': '该楼宇已有此房号', en: 'The building already has this unit' },
    TENANT_MOVED_OUT: { 'zh-CN': '该企业已迁出园区', en: 'The company has moved out of the park' },
  },
  async prepare(ctx, cells, { parkId }) {
    const problems: RowProblem[] = [];
    const buildingCode = text(cells.building);
    const level = numeric(cells.floor);
    const type = enumKey(cells.type, UNIT_TYPE_LABELS) as UnitType | undefined;
    const status = (cells.status == null ? UnitStatus.VACANT : enumKey(cells.status, UNIT_STATUS_LABELS)) as
      | UnitStatus
      | undefined;
    const grossArea = numeric(cells.grossArea);
    const usableArea = numeric(cells.usableArea);
    const code = text(cells.code);
    const uscc = text(cells.tenant);
    if (!buildingCode) problems.push(problem('building', '必填', 'required'));
    if (level === undefined || !Number.isInteger(level))
      problems.push(problem('floor', '应为楼层号（整数）', 'must be a floor level (a whole number)'));
    if (!code) problems.push(problem('code', '必填', 'required'));
    if (!type) problems.push(notOneOf('type', UNIT_TYPE_LABELS));
    if (!status) problems.push(notOneOf('status', UNIT_STATUS_LABELS));
    if (grossArea === undefined || Number.isNaN(grossArea))
      problems.push(problem('grossArea', '应为数字', 'must be a number'));
    if (usableArea === undefined || Number.isNaN(usableArea))
      problems.push(problem('usableArea', '应为数字', 'must be a number'));
    let floorId: string | undefined;
    if (buildingCode && level !== undefined && Number.isInteger(level)) {
      const building = await ctx.em.findOne(Building, { park: parkId, code: buildingCode });
      const floor = building && (await ctx.em.findOne(Floor, { building, level }));
      if (!building) problems.push(problem('building', '园区内没有此楼宇', 'no such building in the park'));
      else if (!floor) problems.push(problem('floor', '该楼宇没有此楼层', 'the building has no such floor'));
      else floorId = floor.id;
    }
    let tenantId: string | undefined;
    if (uscc) {
      const tenant = await ctx.em.findOne(TenantCompany, { park: parkId, uscc });
      if (!tenant) problems.push(problem('tenant', '园区内没有此企业', 'no such company in the park'));
      else tenantId = tenant.id;
    }
    const given = (value: number | undefined) => value !== undefined && !Number.isNaN(value);
    const input = Object.assign(new CreateUnitInput(), {
      ...(floorId && { floorId }),
      ...(code && { code }),
      ...(type && { type }),
      ...(status && { status }),
      ...(given(grossArea) && { grossArea }),
      ...(given(usableArea) && { usableArea }),
      ...(tenantId && { tenantId }),
    });
    return { problems, input };
  },
  apply: (ctx, input) => unitService.create(ctx, input),
});
