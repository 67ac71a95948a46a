import type { IncomingMessage, ServerResponse } from 'node:http';
import { clientIp } from '../../http/client-ip.js';
import { PayloadTooLargeError, readBodyBytes } from '../../http/read-body.js';
import type { HttpRouteFactory } from '../manifest.js';
import { PaymentProviderName } from './payment.enums.js';
import { paymentService } from './payment.service.js';

const PROVIDERS: Record<string, PaymentProviderName> = {
  sandbox: PaymentProviderName.SANDBOX,
  wechat: PaymentProviderName.WECHAT,
  alipay: PaymentProviderName.ALIPAY,
};

/**
 * `POST /pay/notify/<provider>`: where providers post their callbacks. The body is read raw (the
 * signature covers its exact bytes); the service verifies, logs and books it as the job actor,
 * in one transaction, and the provider gets the answer it expects.
 */
export const paymentCallbackHandler: HttpRouteFactory = ({ context, trustProxy }) => {
  return async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const name = PROVIDERS[/^\/pay\/notify\/([a-z]+)$/.exec(url.pathname)?.[1] ?? ''];
    if (!name || req.method !== 'POST') {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    let body: string;
    try {
      body = (await readBodyBytes(req, 64 * 1024)).toString('utf8');
    } catch (err) {
      if (!(err instanceof PayloadTooLargeError)) throw err;
      res.writeHead(413, { 'content-type': 'text/plain' });
      res.end('too large');
      return;
    }
    const headers = Object.fromEntries(
      Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v[0] : v]),
    );
    const ip = clientIp(req, trustProxy);
    const ctx = context(ip);
    await ctx.openAsJob('payment.callback', { provider: name });
    let answer: Awaited<ReturnType<typeof paymentService.callback>>;
    try {
      answer = await paymentService.callback(ctx, name, { headers, body }, ip);
    } catch (err) {
      await ctx.abort();
      throw err;
    }
    await ctx.close([]);
    res.writeHead(answer.status, answer.contentType ? { 'content-type': answer.contentType } : {});
    res.end(answer.body ?? '');
  };
};
