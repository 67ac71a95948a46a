import { type AnyExportSpec, defineExport, header, labels } from '../data-exchange/export-spec.js';
import { findIndustry } from './industry.js';
import { TenantCompanyFilter } from './tenant.inputs.js';
import { type TenantExportRow, tenantRepository } from './tenant.repository.js';

export const TENANT_STATUS_LABELS = labels({
  ACTIVE: ['在驻', 'Active'],
  ONBOARDING: ['入驻中', 'Onboarding'],
  MOVED_OUT: ['已迁出', 'Moved out'],
});

/** Industry division words, built once from the GB/T 4754 table. */
const INDUSTRY_LABELS = new Proxy({} as Record<string, { 'zh-CN': string; en: string }>, {
  get(cache, code: string) {
    if (!(code in cache)) {
      const industry = findIndustry(code);
      cache[code] = industry
        ? { 'zh-CN': `${code} ${industry.name}`, en: `${code} ${industry.nameEn}` }
        : { 'zh-CN': code, en: code };
    }
    return cache[code];
  },
});

/** The tenant companies list (企业) as a file, without contacts (personal data stays on screen). */
export const tenantExport: AnyExportSpec = defineExport<TenantExportRow, TenantCompanyFilter>({
  name: 'tenantCompanies',
  title: { 'zh-CN': '企业', en: 'tenant companies' },
  permission: 'tenant.read',
  filter: { typeName: 'TenantCompanyFilter', type: TenantCompanyFilter },
  timeZone: (r) => r.time_zone,
  columns: [
    { header: header('园区', 'Park'), kind: 'text', value: (r) => r.park_name, width: 24 },
    { header: header('企业名称', 'Company'), kind: 'text', value: (r) => r.name, width: 32 },
    { header: header('简称', 'Short name'), kind: 'text', value: (r) => r.short_name },
    { header: header('统一社会信用代码', 'Credit code'), kind: 'text', value: (r) => r.uscc, width: 22 },
    {
      header: header('行业', 'Industry'),
      kind: 'text',
      value: (r) => r.industry_code,
      labels: INDUSTRY_LABELS,
      width: 30,
    },
    { header: header('状态', 'Status'), kind: 'text', value: (r) => r.status, labels: TENANT_STATUS_LABELS },
    {
      header: header('法定代表人', 'Legal representative'),
      kind: 'text',
      value: (r) => r.legal_representative,
    },
    { header: header('员工人数', 'Employees'), kind: 'integer', value: (r) => r.employee_count },
    { header: header('入驻日期', 'Moved in'), kind: 'date', value: (r) => r.move_in_date, width: 12 },
    { header: header('房源数', 'Units'), kind: 'integer', value: (r) => r.units },
    {
      header: header('租用面积(m²)', 'Leased area (m²)'),
      kind: 'area',
      value: (r) => r.leased_area,
      width: 16,
    },
    { header: header('创建时间', 'Created'), kind: 'datetime', value: (r) => r.created_at, width: 18 },
  ],
  source: (ctx, filter) => tenantRepository.exportSource(ctx, filter),
});
