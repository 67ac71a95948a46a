import { apolloClient, session } from '../../apollo.js';
import { LogoutDocument } from '../../gql/graphql.js';

/**
 * Ends the session on the server (the access token names it; best effort: a dead network must
 * not keep anyone signed in), then forgets the tokens and everything cached for this user.
 */
export async function signOut(): Promise<void> {
  if (session.signedIn) await apolloClient.mutate({ mutation: LogoutDocument }).catch(() => undefined);
  session.signOut();
  await apolloClient.clearStore();
}
