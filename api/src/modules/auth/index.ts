import { defineModule } from '../manifest.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthSession } from './session.entity.js';

/** Sign-in, sessions and the viewer. */
export const authModule = defineModule({
  name: 'auth',
  entities: [AuthSession],
  resolvers: [AuthResolver],
});
