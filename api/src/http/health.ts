import type { ServerResponse } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import { ping } from '../db/sql.js';

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/**
 * `/healthz`: the process is alive. `/readyz`: it takes traffic, meaning it is not shutting down
 * and the database answers, so a load balancer only routes to instances that can serve.
 */
export function healthHandlers(orm: MikroORM, accepting: () => boolean) {
  return {
    async live(res: ServerResponse) {
      send(res, 200, { status: 'ok' });
    },
    async ready(res: ServerResponse) {
      if (!accepting()) return send(res, 503, { status: 'shutting-down' });
      try {
        await ping(orm.em);
        send(res, 200, { status: 'ready' });
      } catch {
        send(res, 503, { status: 'database-unavailable' });
      }
    },
  };
}
