import { createSign, createVerify, type KeyObject } from 'node:crypto';
import { wallClock } from '../../../kernel/clock.js';
import { CallbackRefusal } from '../payment.enums.js';
import { alipayRefundRef, readAlipayStatement, STATEMENT_MAX_BYTES } from './alipay-bill.js';
import {
  CallbackRefused,
  type CallbackRequest,
  fenOf,
  type OrderRequest,
  type PaymentProvider,
  ProviderError,
  type ProviderEvent,
  type RefundState,
  type StatementRow,
  type TradeState,
  yuanText,
} from './provider.js';

/** An Alipay (open platform) application's settings. */
export type AlipayConfig = {
  /** https://openapi.alipay.com/gateway.do */
  gateway: string;
  appId: string;
  /** The merchant's partner id (seller_id, 2088…): a callback for another seller is refused. */
  sellerId: string | undefined;
  /** Our application private key: requests are signed with it (RSA2). */
  appKey: KeyObject;
  /** Alipay's public key: responses and notifications are verified with it. */
  alipayKey: KeyObject;
};

/** The text Alipay signs: every parameter but `sign` (and `sign_type` for notifications), sorted, `k=v&…`. */
export function signingText(params: Record<string, string>, dropSignType: boolean): string {
  return Object.keys(params)
    .filter((k) => k !== 'sign' && !(dropSignType && k === 'sign_type') && params[k] !== '')
    .sort()
    .map((k) => `${k}=${params[k]}`)
    .join('&');
}

export function rsa2Sign(key: KeyObject, text: string): string {
  return createSign('RSA-SHA256').update(text, 'utf8').sign(key, 'base64');
}

export function rsa2Verify(key: KeyObject, text: string, signature: string): boolean {
  try {
    return createVerify('RSA-SHA256').update(text, 'utf8').verify(key, signature, 'base64');
  } catch {
    return false;
  }
}

/** `yyyy-MM-dd HH:mm:ss` in China time, as Alipay writes and reads times. */
const alipayTime = (d: Date) =>
  new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
const fromAlipayTime = (s: string | undefined) => new Date(`${(s ?? '').replace(' ', 'T')}+08:00`);

/** A response node: the fields of the methods called here. */
type AlipayAnswer = {
  code?: string;
  sub_code?: string;
  msg?: string;
  out_trade_no?: string;
  trade_no?: string;
  trade_status?: string;
  total_amount?: string;
  send_pay_date?: string;
  qr_code?: string;
  refund_fee?: string;
  fund_change?: string;
  bill_download_url?: string;
};

function tradeOf(outTradeNo: string, t: AlipayAnswer): TradeState {
  switch (t.trade_status) {
    case 'TRADE_SUCCESS':
    case 'TRADE_FINISHED':
      return {
        state: 'PAID',
        outTradeNo,
        transactionId: t.trade_no ?? '',
        amountFen: fenOf(t.total_amount ?? '') ?? Number.NaN,
        currency: 'CNY',
        paidAt: fromAlipayTime(t.send_pay_date),
      };
    case 'WAIT_BUYER_PAY':
      return { state: 'WAITING', outTradeNo };
    case 'TRADE_CLOSED':
      return { state: 'CLOSED', outTradeNo, reason: 'TRADE_CLOSED' };
    default:
      return { state: 'UNKNOWN', outTradeNo };
  }
}

/** GETs a statement, refusing one larger than {@link STATEMENT_MAX_BYTES} as it arrives. */
async function download(url: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(30_000) });
    if (!res.ok) throw new ProviderError(`ALIPAY statement: HTTP ${res.status}`, `HTTP_${res.status}`);
    let size = 0;
    for await (const chunk of res.body ?? []) {
      size += chunk.length;
      if (size > STATEMENT_MAX_BYTES)
        throw new ProviderError(
          `ALIPAY statement is larger than ${STATEMENT_MAX_BYTES} bytes`,
          'STATEMENT_TOO_LARGE',
        );
      chunks.push(chunk);
    }
  } catch (err) {
    if (err instanceof ProviderError) throw err;
    throw new ProviderError(`ALIPAY unreachable: ${(err as Error).message}`, 'PROVIDER_UNREACHABLE');
  }
  return Buffer.concat(chunks);
}

/**
 * Alipay's open platform (当面付: the payer scans a precreated qr_code). Every request is signed
 * RSA2 over its sorted parameters; answers are verified over the raw JSON of their response node;
 * notifications over their sorted parameters minus `sign` and `sign_type`, answered `success`.
 */
export class AlipayProvider implements PaymentProvider {
  readonly name = 'ALIPAY' as const;
  readonly callbackPath = '/pay/notify/alipay';
  constructor(
    private readonly c: AlipayConfig,
    private readonly now: () => Date = () => wallClock.now(),
  ) {}

  private async call(method: string, biz: object, notifyUrl?: string): Promise<AlipayAnswer> {
    const params: Record<string, string> = {
      app_id: this.c.appId,
      method,
      format: 'JSON',
      charset: 'utf-8',
      sign_type: 'RSA2',
      timestamp: alipayTime(this.now()),
      version: '1.0',
      biz_content: JSON.stringify(biz),
      ...(notifyUrl ? { notify_url: notifyUrl } : {}),
    };
    params.sign = rsa2Sign(this.c.appKey, signingText(params, false));
    let text: string;
    try {
      const res = await fetch(this.c.gateway, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded;charset=utf-8' },
        body: new URLSearchParams(params).toString(),
        signal: AbortSignal.timeout(10_000),
      });
      text = await res.text();
    } catch (err) {
      throw new ProviderError(`ALIPAY unreachable: ${(err as Error).message}`, 'PROVIDER_UNREACHABLE');
    }
    const node = `${method.replaceAll('.', '_')}_response`;
    // The signature covers the response node exactly as sent: cut it from the raw text.
    const start = text.indexOf(`"${node}"`);
    const signAt = text.lastIndexOf(',"sign"');
    if (start < 0 || signAt < 0)
      throw new ProviderError('ALIPAY answer has no response or sign', 'PROVIDER_BAD_ANSWER');
    const raw = text.slice(text.indexOf(':', start) + 1, signAt);
    const { sign } = JSON.parse(text) as { sign?: string };
    if (!sign || !rsa2Verify(this.c.alipayKey, raw, sign))
      throw new ProviderError('ALIPAY answer not verified', 'PROVIDER_UNVERIFIED');
    const r = JSON.parse(raw) as AlipayAnswer;
    if (r.code !== '10000') {
      if (r.sub_code === 'ACQ.TRADE_NOT_EXIST') return { ...r, trade_status: 'NOT_EXIST' };
      throw new ProviderError(
        `ALIPAY: ${r.sub_code ?? r.code} ${r.msg ?? ''}`.trim(),
        r.sub_code ?? r.code ?? 'ALIPAY',
      );
    }
    return r;
  }

  async createOrder(o: OrderRequest) {
    const r = await this.call(
      'alipay.trade.precreate',
      {
        out_trade_no: o.outTradeNo,
        total_amount: yuanText(o.amountFen),
        subject: o.description,
        time_expire: alipayTime(o.expiresAt),
      },
      o.notifyUrl,
    );
    if (!r.qr_code) throw new ProviderError('ALIPAY gave no qr_code', 'PROVIDER_BAD_ANSWER');
    return { payUrl: r.qr_code };
  }

  async queryOrder(outTradeNo: string) {
    return tradeOf(outTradeNo, await this.call('alipay.trade.query', { out_trade_no: outTradeNo }));
  }

  async closeOrder(outTradeNo: string) {
    await this.call('alipay.trade.close', { out_trade_no: outTradeNo });
  }

  async refund(r: Parameters<PaymentProvider['refund']>[0]): Promise<RefundState> {
    const a = await this.call('alipay.trade.refund', {
      out_trade_no: r.outTradeNo,
      out_request_no: r.outRefundNo,
      refund_amount: yuanText(r.amountFen),
      refund_reason: r.reason.slice(0, 80),
    });
    // A synchronous answer: fund_change Y is the refund done; Alipay sends no refund notification.
    return {
      outRefundNo: r.outRefundNo,
      outTradeNo: r.outTradeNo,
      refundId: alipayRefundRef(a.trade_no ?? '', r.outRefundNo),
      amountFen: r.amountFen,
      state: a.fund_change === 'Y' ? 'SUCCEEDED' : 'PROCESSING',
    };
  }

  /**
   * The day's statement: alipay.data.dataservice.bill.downloadurl.query answers (signed) a link,
   * valid 30 seconds, to a zip of GBK CSV files; its 业务明细 is read by {@link readAlipayStatement}.
   */
  async tradeBill(billDate: string): Promise<StatementRow[]> {
    const { bill_download_url: url } = await this.call('alipay.data.dataservice.bill.downloadurl.query', {
      bill_type: 'trade',
      bill_date: billDate,
    });
    if (!url) throw new ProviderError('ALIPAY gave no bill_download_url', 'PROVIDER_BAD_ANSWER');
    return readAlipayStatement(await download(url));
  }

  verifyCallback(req: CallbackRequest): ProviderEvent {
    const params = Object.fromEntries(new URLSearchParams(req.body));
    if (!params.sign || !params.notify_id || !params.out_trade_no)
      throw new CallbackRefused(CallbackRefusal.MALFORMED, 'sign, notify_id or out_trade_no missing');
    if (!rsa2Verify(this.c.alipayKey, signingText(params, true), params.sign))
      throw new CallbackRefused(
        CallbackRefusal.BAD_SIGNATURE,
        'signature does not verify',
        params.out_trade_no,
      );
    if (params.app_id !== this.c.appId || (this.c.sellerId && params.seller_id !== this.c.sellerId))
      throw new CallbackRefused(
        CallbackRefusal.WRONG_MERCHANT,
        `app_id ${params.app_id} seller_id ${params.seller_id}`,
        params.out_trade_no,
      );
    // Alipay sends a retry with the same notify_id and a new notify_time: a retry is a duplicate
    // to answer `success`, the very same message again a replay.
    return {
      nonce: `${params.notify_id}:${params.notify_time ?? ''}`.slice(0, 64),
      eventType: params.trade_status ?? 'UNKNOWN',
      kind: 'TRADE',
      trade: tradeOf(params.out_trade_no, {
        trade_status: params.trade_status,
        trade_no: params.trade_no,
        total_amount: params.total_amount,
        send_pay_date: params.gmt_payment,
      }),
    };
  }

  answer(accepted: boolean) {
    return { status: 200, contentType: 'text/plain', body: accepted ? 'success' : 'failure' };
  }
}
