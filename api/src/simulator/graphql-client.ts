/**
 * A GraphQL client over `fetch` for the API's own clients outside it (the park simulator, the
 * bench): a bearer token when there is one, errors thrown with the API's messages.
 */
export type Gql = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

export function graphqlClient(apiUrl: string, token: () => string | undefined): Gql {
  return async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const auth = token();
    const res = await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(auth && { authorization: `Bearer ${auth}` }) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length || !body.data)
      throw new Error(`graphql: ${body.errors?.map((e) => e.message).join('; ') ?? res.statusText}`);
    return body.data;
  };
}

/** Every node of a connection, page after page. */
export async function pages<N>(
  fetchPage: (
    after: string | null,
  ) => Promise<{ nodes: N[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }>,
): Promise<N[]> {
  const all: N[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await fetchPage(after);
    all.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return all;
    after = page.pageInfo.endCursor;
  }
}
