import { SIGNED_IN } from '../../kernel/requirements.js';
import { defineModule } from '../manifest.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthSession } from './session.entity.js';

/** Sign-in, sessions and the viewer. */
export const authModule = defineModule({
  name: 'auth',
  title: { zh: '登录与账号', en: 'Sign-in and accounts' },
  actions: {
    login: { zh: '登录', en: 'Sign in' },
    refreshSession: { zh: '续期登录', en: 'Renew the session' },
    logout: { zh: '退出登录', en: 'Sign out' },
    logoutEverywhere: { zh: '退出所有设备', en: 'Sign out everywhere' },
    changePassword: { zh: '修改密码', en: 'Change the password' },
  },
  entities: [AuthSession],
  resolvers: [AuthResolver],
  typeAccess: { Viewer: SIGNED_IN, AuthPayload: 'inherit' },
});

/** How the request context has the database confirm its actor (`AppServices.actorSession`). */
export { actorSessionWith } from './actor.js';
