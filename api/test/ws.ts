import type { Client } from 'graphql-ws';

export type WsError = { message: string; extensions?: Record<string, unknown> };
/** What one operation over graphql-ws came to: a result, errors, or the socket closed on it. */
export type WsOutcome = { data?: unknown; errors?: WsError[]; closed?: { code: number; reason: string } };

/** Runs one query or mutation over graphql-ws; a socket the server closes is an outcome, not a throw. */
export function overWs(
  client: Client,
  query: string,
  variables?: Record<string, unknown>,
): Promise<WsOutcome> {
  return new Promise((resolve) => {
    let result: WsOutcome = {};
    client.subscribe(
      { query, ...(variables && { variables }) },
      {
        next: (r) => {
          result = r as WsOutcome;
        },
        error: (e) => {
          if (Array.isArray(e)) return resolve({ errors: e as WsError[] });
          const { code, reason } = e as { code: number; reason: string };
          resolve({ closed: { code, reason } });
        },
        complete: () => resolve(result),
      },
    );
  });
}
