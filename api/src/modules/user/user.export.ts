import { type AnyExportSpec, defineExport, header, labels } from '../data-exchange/export-spec.js';
import { UserFilter } from './user.inputs.js';
import { type UserExportRow, userExportSource } from './user.repository.js';

export const USER_KIND_LABELS = labels({ STAFF: ['园区员工', 'Staff'], TENANT: ['企业用户', 'Tenant user'] });
export const USER_STATUS_LABELS = labels({ ACTIVE: ['启用', 'Active'], DISABLED: ['停用', 'Disabled'] });

/** The users list (用户) as a file, without phone numbers or e-mail addresses. */
export const userExport: AnyExportSpec = defineExport<UserExportRow, UserFilter>({
  name: 'users',
  title: { 'zh-CN': '用户', en: 'users' },
  permission: 'user.read',
  filter: { typeName: 'UserFilter', type: UserFilter },
  columns: [
    { header: header('登录名', 'Login'), kind: 'text', value: (r) => r.login, width: 18 },
    { header: header('姓名', 'Name'), kind: 'text', value: (r) => r.display_name, width: 14 },
    { header: header('类型', 'Kind'), kind: 'text', value: (r) => r.kind, labels: USER_KIND_LABELS },
    { header: header('企业', 'Company'), kind: 'text', value: (r) => r.tenant_name, width: 28 },
    { header: header('园区', 'Parks'), kind: 'text', value: (r) => r.parks, width: 28 },
    {
      header: header('角色', 'Roles'),
      kind: 'text',
      value: (r, language) => (language === 'en' ? r.roles_en : r.roles),
      width: 24,
    },
    { header: header('状态', 'Status'), kind: 'text', value: (r) => r.status, labels: USER_STATUS_LABELS },
    {
      header: header('最近登录', 'Last sign-in'),
      kind: 'datetime',
      value: (r) => r.last_login_at,
      width: 18,
    },
    { header: header('创建时间', 'Created'), kind: 'datetime', value: (r) => r.created_at, width: 18 },
  ],
  source: (ctx, filter) => userExportSource(ctx, filter),
});
