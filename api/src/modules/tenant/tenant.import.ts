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
import { TenantStatus } from './tenant.entity.js';
import { TENANT_STATUS_LABELS } from './tenant.export.js';
import { CreateTenantCompanyInput, TenantContactInput } from './tenant.inputs.js';
import { tenantService } from './tenant.service.js';

/** Tenant companies from a spreadsheet, each with its primary contact. */
export const tenantImport: AnyImportSpec = defineImport<CreateTenantCompanyInput>({
  name: 'tenantCompanies',
  title: { 'zh-CN': '企业', en: 'tenant companies' },
  permission: 'tenant.write',
  input: CreateTenantCompanyInput,
  columns: [
    { key: 'name', header: header('企业名称', 'Company'), required: true, example: '苏州示例科技有限公司' },
    { key: 'shortName', header: header('简称', 'Short name'), example: '示例科技' },
    {
      key: 'uscc',
      header: header('统一社会信用代码', 'Credit code'),
      required: true,
      example: '91320594MA1EXAMPL0',
    },
    { key: 'industryCode', header: header('行业代码', 'Industry code'), required: true, example: 'I65' },
    { key: 'status', header: header('状态', 'Status'), example: { 'zh-CN': '入驻中', en: 'Onboarding' } },
    { key: 'legalRepresentative', header: header('法定代表人', 'Legal representative'), example: '张三' },
    { key: 'employeeCount', header: header('员工人数', 'Employees'), example: 50 },
    { key: 'moveInDate', header: header('入驻日期', 'Moved in'), example: '2026-01-15' },
    { key: 'website', header: header('网站', 'Web site'), example: 'https://example.com' },
    { key: 'contactName', header: header('联系人', 'Contact'), required: true, example: '王敏' },
    {
      key: 'contactPhone',
      header: header('联系电话', 'Contact phone'),
      required: true,
      example: '13812345678',
    },
  ],
  fieldColumns: { parkId: '', contacts: 'contactPhone' },
  messages: {
    USCC_CHECK_DIGIT: {
      'zh-CN': '统一社会信用代码校验位不正确',
      en: 'The credit code’s check digit is wrong',
    },
    USCC_LENGTH: { 'zh-CN': '统一社会信用代码应为 18 位', en: 'A credit code has 18 characters' },
    USCC_CHARACTERS: {
      'zh-CN': '统一社会信用代码含有无效字符',
      en: 'The credit code holds invalid characters',
    },
    UNKNOWN_INDUSTRY: { 'zh-CN': '不是国标行业代码', en: 'Not a GB/T 4754 industry code' },
    CONFLICT: {
      'zh-CN': '园区内已有此信用代码的企业',
      en: 'A company with this credit code is already in the park',
    },
  },
  async prepare(_ctx, cells, { parkId }) {
    const problems: RowProblem[] = [];
    const status =
      cells.status == null ? TenantStatus.ONBOARDING : enumKey(cells.status, TENANT_STATUS_LABELS);
    if (!status) problems.push(notOneOf('status', TENANT_STATUS_LABELS));
    const employees = numeric(cells.employeeCount);
    if (employees !== undefined && !Number.isInteger(employees))
      problems.push(problem('employeeCount', '应为整数', 'must be a whole number'));
    for (const key of ['name', 'uscc', 'industryCode', 'contactName', 'contactPhone'])
      if (!text(cells[key])) problems.push(problem(key, '必填', 'required'));
    const moveInDate = localDate(cells, 'moveInDate', problems);
    if (problems.length > 0) return { problems };
    const opt = (key: string) => text(cells[key]);
    const contact = Object.assign(new TenantContactInput(), {
      name: opt('contactName')!,
      phone: opt('contactPhone')!,
      isPrimary: true,
    });
    const input = Object.assign(new CreateTenantCompanyInput(), {
      parkId,
      name: opt('name')!,
      uscc: opt('uscc')!.toUpperCase(),
      industryCode: opt('industryCode')!.toUpperCase(),
      status: status as TenantStatus,
      contacts: [contact],
      ...(opt('shortName') && { shortName: opt('shortName') }),
      ...(opt('legalRepresentative') && { legalRepresentative: opt('legalRepresentative') }),
      ...(employees !== undefined && { employeeCount: employees }),
      ...(moveInDate && { moveInDate }),
      ...(opt('website') && { website: opt('website') }),
    });
    return { problems, input };
  },
  apply: (ctx, input) => tenantService.create(ctx, input),
});
