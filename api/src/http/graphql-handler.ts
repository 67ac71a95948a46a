import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServer, HeaderMap } from '@apollo/server';
import { type AppServices, RequestContext } from '../graphql/context.js';
import { clientIp } from './client-ip.js';
import { PayloadTooLargeError, readBody } from './read-body.js';

/** Largest GraphQL request body accepted over HTTP. */
export const MAX_BODY_BYTES = 1024 * 1024;

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/**
 * Serves GraphQL over HTTP (GET and POST) through Apollo Server's transport-neutral entry
 * point, so no web framework sits between Node's HTTP server and the executor.
 */
export function graphqlHandler(
  apollo: ApolloServer<RequestContext>,
  services: AppServices,
  trustProxy: boolean,
) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown;
    if (req.method === 'POST') {
      let raw: string;
      try {
        raw = await readBody(req, MAX_BODY_BYTES);
      } catch (err) {
        if (err instanceof PayloadTooLargeError) {
          return sendJson(res, 413, {
            errors: [{ message: 'Request body too large', extensions: { code: 'BAD_REQUEST' } }],
          });
        }
        throw err;
      }
      const type = headers.get('content-type') ?? '';
      if (type.startsWith('application/json') || type.startsWith('application/graphql-response+json')) {
        try {
          body = raw === '' ? undefined : JSON.parse(raw);
        } catch {
          return sendJson(res, 400, {
            errors: [{ message: 'Body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
          });
        }
      } else {
        body = raw;
      }
    }
    const requestId =
      typeof req.headers['x-request-id'] === 'string' ? req.headers['x-request-id'].slice(0, 64) : undefined;
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () =>
        new RequestContext(
          services,
          await services.auth.readCaller(
            req.headers.authorization,
            clientIp(req, trustProxy),
            req.headers['user-agent'],
          ),
          requestId,
        ),
    });
    for (const [key, value] of result.headers) res.setHeader(key, value);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
