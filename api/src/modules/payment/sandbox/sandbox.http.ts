import { createHash, createHmac, createPublicKey, randomInt, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { clientIp } from '../../../http/client-ip.js';
import { PayloadTooLargeError, readBodyBytes } from '../../../http/read-body.js';
import { scheduleJob } from '../../../jobs/queue.js';
import { wallClock } from '../../../kernel/clock.js';
import type { HttpRouteFactory } from '../../manifest.js';
import { paymentSettings, type SandboxKeys } from '../payment.settings.js';
import { yuanText } from '../providers/provider.js';
import { chinaTime, parseAuthorization, signedHeaders, verifyLines } from '../providers/wechat-pay.js';
import { formatTradeBill, type TradeBillRecord } from '../reconciliation/trade-bill.js';
import { SandboxOrder, SandboxRefund } from './sandbox.entity.js';
import { checkoutPage } from './sandbox.page.js';
import { sandboxRepository } from './sandbox.repository.js';

/** Where the sandbox answers, under the API's address. */
export const SANDBOX_PREFIX = '/sandbox-pay';
/** graphile-worker's backoff over 13 attempts comes to about 28 hours: WeChat retries for about 24. */
export const NOTIFY_ATTEMPTS = 13;

type Answer = { status: number; body?: object | string; html?: boolean; text?: string };

/** WeChat's transaction as the sandbox reports it (queries and callbacks alike). */
export function transactionOf(o: SandboxOrder) {
  return {
    mchid: o.mchId,
    appid: o.appId,
    out_trade_no: o.outTradeNo,
    transaction_id: o.transactionId,
    trade_type: 'NATIVE',
    trade_state: o.state,
    trade_state_desc: o.state === 'SUCCESS' ? '支付成功' : o.state === 'PAYERROR' ? '支付失败' : o.state,
    ...(o.successAt ? { success_time: chinaTime(o.successAt) } : {}),
    payer: { openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o' },
    amount: { total: o.amountFen, payer_total: o.amountFen, currency: o.currency, payer_currency: 'CNY' },
  };
}

export function refundOf(r: SandboxRefund, o: SandboxOrder) {
  return {
    mchid: r.mchId,
    out_trade_no: o.outTradeNo,
    transaction_id: o.transactionId,
    out_refund_no: r.outRefundNo,
    refund_id: r.refundId,
    refund_status: r.status,
    status: r.status,
    ...(r.successAt ? { success_time: chinaTime(r.successAt) } : {}),
    amount: { total: o.amountFen, refund: r.amountFen, payer_total: o.amountFen, payer_refund: r.amountFen },
  };
}

const digits = (n: number) => Array.from({ length: n }, () => randomInt(0, 10)).join('');

/** Creating an order: checked and sealed into the QR, with no database (see {@link sealOrder}). */
function createOrder(k: SandboxKeys, body: string, now: Date): Answer {
  const fail = (status: number, code: string, message: string): Answer => ({
    status,
    body: { code, message },
  });
  const b = JSON.parse(body) as {
    appid?: string;
    mchid?: string;
    description?: string;
    out_trade_no?: string;
    time_expire?: string;
    notify_url?: string;
    amount?: { total?: number; currency?: string };
  };
  if (b.mchid !== k.mchId || b.appid !== k.appId)
    return fail(400, 'APPID_MCHID_NOT_MATCH', 'appid和mch_id不匹配');
  const total = b.amount?.total;
  if (!b.out_trade_no || !b.notify_url || !b.description || !Number.isInteger(total) || total! <= 0)
    return fail(400, 'PARAM_ERROR', '参数错误');
  if ((b.amount?.currency ?? 'CNY') !== 'CNY') return fail(400, 'PARAM_ERROR', '币种错误');
  // Stateless until the payer opens the page (the QR carries the order, sealed with the APIv3
  // key): creating an order needs no connection of the product's pool, which the merchant's
  // request may be holding all of under load.
  const expiresAt = b.time_expire ? new Date(b.time_expire) : new Date(now.getTime() + 2 * 3600_000);
  const ticket = sealOrder(k, {
    outTradeNo: b.out_trade_no,
    description: b.description.slice(0, 127),
    amountFen: total!,
    notifyUrl: b.notify_url,
    expiresAt: expiresAt.toISOString(),
  });
  return {
    status: 200,
    body: { code_url: `${new URL(b.notify_url).origin}${SANDBOX_PREFIX}/checkout/${ticket}` },
  };
}

/** The sandbox's statement of a day (China time): payments made and refunds done that day. */
async function tradeBillOf(em: EntityManager, k: SandboxKeys, day: string): Promise<string> {
  const from = new Date(`${day}T00:00:00+08:00`);
  const to = new Date(from.getTime() + 86_400_000);
  const orders = await em.find(
    SandboxOrder,
    { mchId: k.mchId, successAt: { $gte: from, $lt: to } },
    { orderBy: { successAt: 'asc' } },
  );
  const refunds = await em.find(
    SandboxRefund,
    { mchId: k.mchId, successAt: { $gte: from, $lt: to } },
    { populate: ['order'], orderBy: { successAt: 'asc' } },
  );
  const time = (d: Date) => chinaTime(d).slice(0, 19).replace('T', ' ');
  const records: TradeBillRecord[] = [
    ...orders.map((o) => ({
      at: time(o.successAt!),
      appId: o.appId,
      mchId: o.mchId,
      transactionId: o.transactionId,
      outTradeNo: o.outTradeNo,
      state: 'SUCCESS' as const,
      amountFen: o.amountFen,
      description: o.description,
    })),
    ...refunds.map((r) => ({
      at: time(r.successAt!),
      appId: r.order.appId,
      mchId: r.mchId,
      transactionId: r.order.transactionId,
      outTradeNo: r.order.outTradeNo,
      state: 'REFUND' as const,
      amountFen: r.order.amountFen,
      refundId: r.refundId,
      outRefundNo: r.outRefundNo,
      refundFen: r.amountFen,
      refundStatus: r.status,
      description: r.order.description,
    })),
  ];
  return formatTradeBill(records);
}

/** The sandbox's API: what WeChat Pay APIv3 answers to a merchant, for the calls the product makes. */
async function api(
  em: EntityManager,
  k: SandboxKeys,
  req: { method: string; path: string; body: string; origin: string },
  now: Date,
): Promise<Answer> {
  const { method, path, body, origin } = req;
  const fail = (status: number, code: string, message: string): Answer => ({
    status,
    body: { code, message },
  });
  const bill = /^\/v3\/bill\/tradebill\?bill_date=(\d{4}-\d{2}-\d{2})(&.*)?$/.exec(path);
  if (bill && method === 'GET') {
    const csv = await tradeBillOf(em, k, bill[1]!);
    return {
      status: 200,
      body: {
        hash_type: 'SHA1',
        hash_value: createHash('sha1').update(csv).digest('hex'),
        download_url: `${origin}${SANDBOX_PREFIX}/v3/billdownload/file?token=${mac(k, `bill:${bill[1]}`)}.${bill[1]}`,
      },
    };
  }
  const download = /^\/v3\/billdownload\/file\?token=([A-Za-z0-9_-]{43})\.(\d{4}-\d{2}-\d{2})$/.exec(path);
  if (download && method === 'GET') {
    if (download[1] !== mac(k, `bill:${download[2]}`)) return fail(403, 'SIGN_ERROR', '无效的下载链接');
    return { status: 200, text: await tradeBillOf(em, k, download[2]!) };
  }
  const query = /^\/v3\/pay\/transactions\/out-trade-no\/([^/?]+)(\/close)?(\?.*)?$/.exec(path);
  if (query) {
    const outTradeNo = decodeURIComponent(query[1]!);
    const order = await em.findOne(SandboxOrder, { mchId: k.mchId, outTradeNo });
    if (!order && query[2] && method === 'POST') {
      // Never opened by a payer: booked closed, so its QR can no longer pay it.
      await sandboxRepository.insertOrder(em, {
        mchId: k.mchId,
        appId: k.appId,
        outTradeNo,
        description: '',
        amountFen: 0,
        notifyUrl: '',
        expiresAt: now,
        transactionId: `4200${now.toISOString().slice(0, 10).replaceAll('-', '')}${digits(16)}`,
        state: 'CLOSED',
      });
      return { status: 204 };
    }
    if (!order) return fail(404, 'ORDER_NOT_EXIST', '订单不存在');
    if (query[2]) {
      if (method !== 'POST') return fail(405, 'METHOD_NOT_ALLOWED', 'POST');
      if (order.state === 'SUCCESS' || order.state === 'REFUND') return fail(400, 'ORDERPAID', '订单已支付');
      order.state = 'CLOSED';
      await em.flush();
      return { status: 204 };
    }
    if (order.state === 'NOTPAY' && order.expiresAt <= now) {
      order.state = 'CLOSED';
      await em.flush();
    }
    return { status: 200, body: transactionOf(order) };
  }
  if (method === 'POST' && path === '/v3/refund/domestic/refunds') {
    const b = JSON.parse(body) as {
      out_trade_no?: string;
      out_refund_no?: string;
      notify_url?: string;
      amount?: { refund?: number; total?: number; currency?: string };
    };
    const order = b.out_trade_no
      ? await em.findOne(SandboxOrder, { mchId: k.mchId, outTradeNo: b.out_trade_no })
      : null;
    if (!order) return fail(404, 'RESOURCE_NOT_EXISTS', '订单不存在');
    if (!b.out_refund_no) return fail(400, 'PARAM_ERROR', '缺少out_refund_no');
    const existing = await em.findOne(SandboxRefund, { mchId: k.mchId, outRefundNo: b.out_refund_no });
    if (existing) return { status: 200, body: refundOf(existing, order) };
    const amount = b.amount?.refund ?? 0;
    if (order.state !== 'SUCCESS' && order.state !== 'REFUND') return fail(400, 'TRADE_ERROR', '订单未支付');
    if (b.amount?.total !== order.amountFen) return fail(400, 'PARAM_ERROR', '订单金额不符');
    if (!Number.isInteger(amount) || amount <= 0 || order.refundedFen + amount > order.amountFen)
      return fail(400, 'NOT_ENOUGH', '可退金额不足');
    order.refundedFen += amount;
    order.state = 'REFUND';
    const refund = em.create(SandboxRefund, {
      mchId: k.mchId,
      order,
      outRefundNo: b.out_refund_no,
      refundId: `5030${digits(28)}`,
      amountFen: amount,
      notifyUrl: b.notify_url ?? null,
      status: 'SUCCESS',
      successAt: now,
    });
    await em.flush();
    if (refund.notifyUrl)
      await scheduleJob(
        em,
        'payment.sandboxNotify',
        { refundId: refund.id },
        { runAt: wallClock.now(), key: `sandbox-refund:${refund.id}`, maxAttempts: NOTIFY_ATTEMPTS },
      );
    return { status: 200, body: refundOf(refund, order) };
  }
  return fail(404, 'NOT_FOUND', 'no such sandbox API');
}

type SealedOrder = {
  outTradeNo: string;
  description: string;
  amountFen: number;
  notifyUrl: string;
  expiresAt: string;
};

const mac = (k: SandboxKeys, text: string) =>
  createHmac('sha256', k.apiV3Key).update(text).digest('base64url');

/** The order as the QR carries it: JSON, base64url, and its HMAC under the APIv3 key. */
function sealOrder(k: SandboxKeys, o: SealedOrder): string {
  const text = Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${text}.${mac(k, text)}`;
}

function openOrder(k: SandboxKeys, ticket: string): SealedOrder | undefined {
  const [text, sig] = ticket.split('.');
  if (!text || !sig || sig.length !== 43) return undefined;
  if (!timingSafeEqual(Buffer.from(sig), Buffer.from(mac(k, text)))) return undefined;
  return JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as SealedOrder;
}

/** The order of a ticket, booked the first time anyone opens it (or the merchant closes it). */
async function bookOrder(
  em: EntityManager,
  k: SandboxKeys,
  o: SealedOrder,
  now: Date,
): Promise<SandboxOrder> {
  await sandboxRepository.insertOrder(em, {
    mchId: k.mchId,
    appId: k.appId,
    outTradeNo: o.outTradeNo,
    description: o.description,
    amountFen: o.amountFen,
    notifyUrl: o.notifyUrl,
    expiresAt: new Date(o.expiresAt),
    transactionId: `4200${now.toISOString().slice(0, 10).replaceAll('-', '')}${digits(16)}`,
  });
  return em.findOneOrFail(SandboxOrder, { mchId: k.mchId, outTradeNo: o.outTradeNo });
}

/** The payer's side: the checkout page the QR opens, where a tester pays, fails or walks away. */
async function checkout(
  em: EntityManager,
  k: SandboxKeys,
  ticket: string,
  action: string | undefined,
  now: Date,
): Promise<Answer> {
  let sealed: SealedOrder | undefined;
  try {
    sealed = openOrder(k, ticket);
  } catch {
    sealed = undefined;
  }
  if (!sealed) return { status: 404, html: true, body: checkoutPage(undefined, 'unknown') };
  const order = await bookOrder(em, k, sealed, now);
  // A row lock: two taps on "pay" pay once.
  await em.refresh(order, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (order.state === 'NOTPAY' && order.expiresAt <= now) order.state = 'CLOSED';
  let note: 'paid' | 'failed' | 'closed' | undefined;
  if (action === 'pay' || action === 'fail') {
    if (order.state === 'NOTPAY') {
      order.state = action === 'pay' ? 'SUCCESS' : 'PAYERROR';
      if (action === 'pay') {
        order.successAt = now;
        await scheduleJob(
          em,
          'payment.sandboxNotify',
          { orderId: order.id },
          { runAt: wallClock.now(), key: `sandbox-pay:${order.id}`, maxAttempts: NOTIFY_ATTEMPTS },
        );
      }
      note = action === 'pay' ? 'paid' : 'failed';
    } else if (order.state === 'CLOSED') note = 'closed';
  }
  await em.flush();
  return {
    status: 200,
    html: true,
    body: checkoutPage(
      { description: order.description, amount: yuanText(order.amountFen), state: order.state },
      note,
    ),
  };
}

function send(res: ServerResponse, k: SandboxKeys, a: Answer) {
  if (a.text !== undefined) {
    res.writeHead(a.status, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(a.text);
    return;
  }
  if (a.html) {
    res.writeHead(a.status, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
      'cache-control': 'no-store',
    });
    res.end(a.body as string);
    return;
  }
  if (a.status === 204 || a.body === undefined) {
    res.writeHead(a.status);
    res.end();
    return;
  }
  const text = JSON.stringify(a.body);
  const headers = a.status < 300 ? signedHeaders(k.platformKey, k.platformSerial, text, wallClock.now()) : {};
  res.writeHead(a.status, { 'content-type': 'application/json', ...headers });
  res.end(text);
}

/**
 * The sandbox payment provider, inside the product (issue 19 §4): it speaks WeChat Pay APIv3 to
 * the product (requests must carry the merchant's signature; answers and callbacks are signed
 * with its platform key, resources encrypted with the APIv3 key), and shows payers a checkout
 * page. It runs only when `PAYMENT_PROVIDER=sandbox` (the default outside production).
 */
export const sandboxHandler: HttpRouteFactory = ({ context, trustProxy }) => {
  return async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const k = paymentSettings().sandbox;
    if (!k) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ code: 'NOT_FOUND', message: 'the sandbox is off' }));
      return;
    }
    let body: string;
    try {
      body = (await readBodyBytes(req, 64 * 1024)).toString('utf8');
    } catch (err) {
      if (!(err instanceof PayloadTooLargeError)) throw err;
      return send(res, k, { status: 413, body: { code: 'PARAM_ERROR', message: 'too large' } });
    }
    const path = url.pathname.slice(SANDBOX_PREFIX.length) + url.search;
    const checkoutId = /^\/checkout\/([^/?]+)$/.exec(url.pathname.slice(SANDBOX_PREFIX.length))?.[1];
    if (!checkoutId) {
      const auth = parseAuthorization(req.headers.authorization);
      const merchantKey = createPublicKey(k.merchantKey);
      const fresh = auth && Math.abs(wallClock.now().getTime() / 1000 - Number(auth.timestamp)) <= 300;
      if (
        !auth ||
        auth.mchid !== k.mchId ||
        auth.serial_no !== k.merchantSerial ||
        !fresh ||
        !verifyLines(
          merchantKey,
          [req.method ?? '', path, auth.timestamp!, auth.nonce_str!, body],
          auth.signature!,
        )
      )
        return send(res, k, { status: 401, body: { code: 'SIGN_ERROR', message: '签名错误' } });
    }
    if (!checkoutId && req.method === 'POST' && path === '/v3/pay/transactions/native') {
      let answer: Answer;
      try {
        answer = createOrder(k, body, wallClock.now());
      } catch (err) {
        if (!(err instanceof SyntaxError)) throw err;
        answer = { status: 400, body: { code: 'PARAM_ERROR', message: 'body is not JSON' } };
      }
      return send(res, k, answer);
    }
    const ctx = context(clientIp(req, trustProxy));
    await ctx.openAsJob('payment.sandbox', { path: url.pathname.slice(0, 120) });
    let answer: Answer;
    try {
      // The sandbox is a provider: it keeps real time, not the product's domain clock.
      const now = wallClock.now();
      answer = checkoutId
        ? await checkout(
            ctx.em,
            k,
            checkoutId,
            req.method === 'POST' ? (new URLSearchParams(body).get('action') ?? undefined) : undefined,
            now,
          )
        : await api(
            ctx.em,
            k,
            { method: req.method ?? 'GET', path, body, origin: `http://${req.headers.host}` },
            now,
          );
    } catch (err) {
      await ctx.abort();
      if (err instanceof SyntaxError)
        return send(res, k, { status: 400, body: { code: 'PARAM_ERROR', message: 'body is not JSON' } });
      throw err;
    }
    await ctx.close([]);
    send(res, k, answer);
  };
};
