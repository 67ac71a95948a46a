/** The one reader of import.meta.env (STYLE rule 9). */
export const env = Object.freeze({
  /** Same origin by default: the API serves this app and /graphql. */
  graphqlUrl: (import.meta.env.VITE_GRAPHQL_URL as string | undefined) ?? `${location.origin}/graphql`,
  isDev: import.meta.env.DEV,
});
