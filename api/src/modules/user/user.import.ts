import { header } from '../data-exchange/export-spec.js';
import {
  type AnyImportSpec,
  defineImport,
  enumKey,
  notOneOf,
  problem,
  type RowProblem,
  text,
} from '../data-exchange/import-spec.js';
import { TenantCompany } from '../tenant/tenant.entity.js';
import { Role, UserKind } from './role.entity.js';
import { USER_KIND_LABELS } from './user.export.js';
import { CreateUserInput } from './user.inputs.js';
import { userService } from './user.service.js';

/**
 * Users from a spreadsheet: staff of the park the import is for, or users of one of its companies
 * (by credit code); roles by name in either language or by key, several separated by 、 , or ;.
 * Each gets the initial password of its row and must change it at first sign-in.
 */
export const userImport: AnyImportSpec = defineImport<CreateUserInput>({
  name: 'users',
  title: { 'zh-CN': '用户', en: 'users' },
  permission: 'user.manage',
  input: CreateUserInput,
  columns: [
    { key: 'login', header: header('登录名', 'Login'), required: true, example: 'zhang.san' },
    { key: 'displayName', header: header('姓名', 'Name'), required: true, example: '张三' },
    {
      key: 'kind',
      header: header('类型', 'Kind'),
      required: true,
      example: { 'zh-CN': '园区员工', en: 'Staff' },
    },
    { key: 'tenant', header: header('企业统一社会信用代码', 'Company credit code'), example: '' },
    {
      key: 'roles',
      header: header('角色', 'Roles'),
      required: true,
      example: { 'zh-CN': '客服', en: 'Customer service' },
    },
    { key: 'phone', header: header('手机号', 'Mobile'), example: '13912345678' },
    { key: 'email', header: header('邮箱', 'E-mail'), example: 'zhang.san@example.com' },
    {
      key: 'password',
      header: header('初始密码', 'Initial password'),
      required: true,
      example: 'Start@2026!',
    },
  ],
  fieldColumns: { roleIds: 'roles', tenantId: 'tenant', parkIds: '' },
  messages: {
    CONFLICT: { 'zh-CN': '登录名已被使用', en: 'The login is taken' },
    LOGIN_TAKEN: { 'zh-CN': '登录名已被使用', en: 'The login is taken' },
    ROLE_AUDIENCE: { 'zh-CN': '角色与用户类型不符', en: 'The role is not for this kind of user' },
    ROLE_BEYOND_OWN: {
      'zh-CN': '不能授予超出自己权限的角色',
      en: 'You cannot grant a role beyond your own permissions',
    },
    PASSWORD_TOO_WEAK: {
      'zh-CN': '密码须为 10–128 位，含字母和数字，且不含登录名',
      en: 'The password needs 10–128 characters with letters and digits, without the login',
    },
  },
  async prepare(ctx, cells, { parkId }) {
    const problems: RowProblem[] = [];
    const opt = (key: string) => text(cells[key]);
    for (const key of ['login', 'displayName', 'roles', 'password'])
      if (!opt(key)) problems.push(problem(key, '必填', 'required'));
    const kind = enumKey(cells.kind, USER_KIND_LABELS) as UserKind | undefined;
    if (!kind) problems.push(notOneOf('kind', USER_KIND_LABELS));
    let tenantId: string | undefined;
    const uscc = opt('tenant');
    if (kind === UserKind.TENANT) {
      const tenant = uscc
        ? await ctx.em.findOne(TenantCompany, { park: parkId, uscc: uscc.toUpperCase() })
        : null;
      if (!tenant) problems.push(problem('tenant', '园区内没有此企业', 'no such company in the park'));
      else tenantId = tenant.id;
    } else if (uscc) problems.push(problem('tenant', '园区员工不属于企业', 'staff belong to no company'));
    const roleIds: string[] = [];
    const names = (opt('roles') ?? '')
      .split(/[、,，;；]/)
      .map((n) => n.trim())
      .filter(Boolean);
    if (names.length > 0) {
      const roles = await ctx.em.find(Role, {});
      for (const name of names) {
        const lower = name.toLowerCase();
        const role = roles.find(
          (r) => r.key === lower || r.name === name || r.nameEn.toLowerCase() === lower,
        );
        if (!role) problems.push(problem('roles', `没有角色「${name}」`, `no role “${name}”`));
        else roleIds.push(role.id);
      }
    }
    if (problems.length > 0 || !kind) return { problems };
    const input = Object.assign(new CreateUserInput(), {
      kind,
      login: opt('login')!,
      displayName: opt('displayName')!,
      roleIds,
      password: opt('password')!,
      ...(kind === UserKind.STAFF ? { parkIds: [parkId] } : { tenantId }),
      ...(opt('phone') && { phone: opt('phone') }),
      ...(opt('email') && { email: opt('email') }),
    });
    return { problems, input };
  },
  apply: (ctx, input) => userService.create(ctx, input),
});
