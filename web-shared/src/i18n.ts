/** Messages every app shares: error codes and common words. Apps merge their own on top. */
export const sharedMessages = {
  'zh-CN': {
    error: {
      BAD_USER_INPUT: '输入有误，请检查后重试',
      UNAUTHENTICATED: '请先登录',
      FORBIDDEN: '没有权限执行此操作',
      NOT_FOUND: '未找到该记录',
      CONFLICT: '与现有数据冲突',
      TOO_MANY_REQUESTS: '操作过于频繁，请稍后再试',
      INTERNAL: '系统繁忙，请稍后重试',
      NETWORK: '网络连接失败，请检查网络',
      BAD_CREDENTIALS: '账号或密码错误（连续失败 5 次后需等待 15 分钟）',
      ACCOUNT_LOCKED: '登录失败次数过多，账号已暂时锁定',
      ACCOUNT_DISABLED: '账号已停用',
      LOGIN_RATE_LIMITED: '登录尝试过多，请稍后再试',
      PASSWORD_TOO_WEAK: '密码需 10–128 位，且包含字母和数字',
      PASSWORD_CHANGE_REQUIRED: '请先修改密码',
      SESSION_REVOKED: '登录已失效，请重新登录',
      DUPLICATE: '该记录已存在',
    },
    common: {
      signIn: '登录',
      signOut: '退出登录',
      login: '账号',
      password: '密码',
      save: '保存',
      cancel: '取消',
      search: '搜索',
      reset: '重置',
      loading: '加载中…',
      empty: '暂无数据',
      language: '语言',
      retry: '重试',
    },
  },
  en: {
    error: {
      BAD_USER_INPUT: 'Please check your input',
      UNAUTHENTICATED: 'Please sign in',
      FORBIDDEN: 'You are not allowed to do this',
      NOT_FOUND: 'Not found',
      CONFLICT: 'This clashes with existing data',
      TOO_MANY_REQUESTS: 'Too many attempts; please wait a moment',
      INTERNAL: 'Something went wrong; please try again',
      NETWORK: 'Cannot reach the server; check the network',
      BAD_CREDENTIALS: 'Wrong login name or password (after 5 failures, wait 15 minutes)',
      ACCOUNT_LOCKED: 'Too many failed sign-ins; the account is locked for a while',
      ACCOUNT_DISABLED: 'This account is disabled',
      LOGIN_RATE_LIMITED: 'Too many sign-in attempts; please wait',
      PASSWORD_TOO_WEAK: 'Passwords need 10–128 characters with letters and digits',
      PASSWORD_CHANGE_REQUIRED: 'Please change your password first',
      SESSION_REVOKED: 'Your sign-in has ended; please sign in again',
      DUPLICATE: 'This record already exists',
    },
    common: {
      signIn: 'Sign in',
      signOut: 'Sign out',
      login: 'Login',
      password: 'Password',
      save: 'Save',
      cancel: 'Cancel',
      search: 'Search',
      reset: 'Reset',
      loading: 'Loading…',
      empty: 'Nothing here yet',
      language: 'Language',
      retry: 'Retry',
    },
  },
} as const;

/** Domain codes with a message of their own in `sharedMessages`. */
export const KNOWN_DOMAIN_CODES: ReadonlySet<string> = new Set(Object.keys(sharedMessages.en.error));

export type Locale = keyof typeof sharedMessages;
export const LOCALES: Locale[] = ['zh-CN', 'en'];

/** The saved locale, or zh-CN (SPEC §4: zh-CN by default). */
export function initialLocale(storageKey: string): Locale {
  const saved = globalThis.localStorage?.getItem(storageKey);
  return saved === 'en' || saved === 'zh-CN' ? saved : 'zh-CN';
}

/** Deep-merges app messages over the shared ones. */
export function mergeMessages<T extends Record<string, unknown>>(
  base: Record<string, unknown>,
  extra: T,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(extra)) {
    const b = out[k];
    out[k] =
      b && typeof b === 'object' && v && typeof v === 'object'
        ? mergeMessages(b as Record<string, unknown>, v as Record<string, unknown>)
        : v;
  }
  return out;
}
