import { SIGNED_IN } from '../../kernel/requirements.js';
import { defineModule } from '../manifest.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthSession } from './session.entity.js';

/** Sign-in, sessions and the viewer. */
export const authModule = defineModule({
  name: 'auth',
  entities: [AuthSession],
  resolvers: [AuthResolver],
  typeAccess: { Viewer: SIGNED_IN, AuthPayload: 'inherit' },
});

/** How the request context has the database confirm its actor (`AppServices.actorSession`). */
export { actorSession } from './actor.js';
