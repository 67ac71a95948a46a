import type { RequestContext } from '../../../graphql/context.js';
import { wallClock } from '../../../kernel/clock.js';
import { paymentSettings } from '../payment.settings.js';
import { encryptResource, signedHeaders } from '../providers/wechat-pay.js';
import { SandboxOrder, SandboxRefund } from './sandbox.entity.js';
import { refundOf, transactionOf } from './sandbox.http.js';

/**
 * Sends one of the sandbox's callbacks as WeChat Pay does: the event's resource encrypted with the
 * APIv3 key, the body signed with the platform key. Anything but 2xx throws, so the queue retries
 * (with backoff, for about a day, as WeChat does).
 */
export async function sandboxNotify(ctx: RequestContext, payload: { orderId?: string; refundId?: string }) {
  const k = paymentSettings().sandbox;
  if (!k) return;
  let url: string | null;
  let event: { event_type: string; summary: string; original_type: string; data: object };
  if (payload.refundId) {
    const refund = await ctx.em.findOneOrFail(
      SandboxRefund,
      { id: payload.refundId },
      { populate: ['order'] },
    );
    url = refund.notifyUrl ?? null;
    event = {
      event_type: 'REFUND.SUCCESS',
      summary: '退款成功',
      original_type: 'refund',
      data: refundOf(refund, refund.order),
    };
  } else {
    const order = await ctx.em.findOneOrFail(SandboxOrder, { id: payload.orderId! });
    url = order.notifyUrl;
    event = {
      event_type: 'TRANSACTION.SUCCESS',
      summary: '支付成功',
      original_type: 'transaction',
      data: transactionOf(order),
    };
  }
  if (!url) return;
  const now = wallClock.now();
  const body = JSON.stringify({
    id: crypto.randomUUID(),
    create_time: now.toISOString(),
    resource_type: 'encrypt-resource',
    event_type: event.event_type,
    summary: event.summary,
    resource: {
      original_type: event.original_type,
      ...encryptResource(k.apiV3Key, JSON.stringify(event.data), event.original_type),
    },
  });
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...signedHeaders(k.platformKey, k.platformSerial, body, now),
    },
    body,
    signal: AbortSignal.timeout(10_000),
  });
  if (res.status < 200 || res.status >= 300)
    throw new Error(`the merchant answered ${res.status} ${(await res.text()).slice(0, 200)}`);
}
