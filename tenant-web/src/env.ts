/** The one reader of import.meta.env (STYLE rule 9). */
export const env = Object.freeze({
  /** Same origin by default: the API serves this app and /graphql. */
  graphqlUrl: (import.meta.env.VITE_GRAPHQL_URL as string | undefined) ?? `${location.origin}/graphql`,
  /** Where staff are sent when they try to sign in here: the admin console on the same host. */
  adminUrl: (import.meta.env.VITE_ADMIN_URL as string | undefined) ?? '/admin/',
  isDev: import.meta.env.DEV,
});
