import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createSign,
  createVerify,
  type KeyObject,
  randomBytes,
} from 'node:crypto';
import { wallClock } from '../../../kernel/clock.js';
import { CallbackRefusal } from '../payment.enums.js';
import { parseTradeBill } from '../reconciliation/trade-bill.js';
import {
  CallbackRefused,
  type CallbackRequest,
  type OrderRequest,
  type PaymentProvider,
  ProviderError,
  type ProviderEvent,
  type RefundState,
  type StatementRow,
  type TradeState,
} from './provider.js';

/** A merchant's WeChat Pay APIv3 settings (real ones are configuration; tests make their own keys). */
export type WechatPayConfig = {
  /** https://api.mch.weixin.qq.com, or the sandbox inside the product. */
  baseUrl: string;
  mchId: string;
  appId: string;
  /** The merchant API certificate's serial number, and its private key: our requests are signed with it. */
  merchantSerial: string;
  merchantKey: KeyObject;
  /** The 32-byte APIv3 key: callbacks' resources are encrypted with it (AES-256-GCM). */
  apiV3Key: Buffer;
  /**
   * Keys WeChat signs with, by serial: platform certificates' public keys and/or the WeChat Pay
   * public key (`PUB_KEY_ID_…`). During a switch both are loaded; a serial not here is refused.
   */
  platformKeys: ReadonlyMap<string, KeyObject>;
  /** How far a callback's timestamp may be from our clock (WeChat: 5 minutes). */
  maxSkewSeconds: number;
};

const SCHEMA = 'WECHATPAY2-SHA256-RSA2048';
const nonce = () => randomBytes(16).toString('hex').toUpperCase();

/** SHA256-RSA over `lines` each followed by `\n`, base64 (WeChat Pay APIv3's signature). */
export function signLines(key: KeyObject, lines: readonly string[]): string {
  return createSign('RSA-SHA256')
    .update(lines.map((l) => `${l}\n`).join(''))
    .sign(key, 'base64');
}

export function verifyLines(key: KeyObject, lines: readonly string[], signature: string): boolean {
  try {
    return createVerify('RSA-SHA256')
      .update(lines.map((l) => `${l}\n`).join(''))
      .verify(key, signature, 'base64');
  } catch {
    return false;
  }
}

/** The `Authorization` header of a request: `METHOD\nURL\nTIMESTAMP\nNONCE\nBODY\n`, signed. */
export function authorization(
  c: Pick<WechatPayConfig, 'mchId' | 'merchantSerial' | 'merchantKey'>,
  method: string,
  pathAndQuery: string,
  body: string,
  now: Date,
): string {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  const n = nonce();
  const signature = signLines(c.merchantKey, [method, pathAndQuery, timestamp, n, body]);
  return `${SCHEMA} mchid="${c.mchId}",nonce_str="${n}",signature="${signature}",timestamp="${timestamp}",serial_no="${c.merchantSerial}"`;
}

/** Reads an `Authorization` header back into its fields (the sandbox checks merchants' requests). */
export function parseAuthorization(header: string | undefined): Record<string, string> | undefined {
  if (!header?.startsWith(`${SCHEMA} `)) return undefined;
  const fields: Record<string, string> = {};
  for (const m of header.slice(SCHEMA.length + 1).matchAll(/(\w+)="([^"]*)"/g)) fields[m[1]!] = m[2]!;
  return fields;
}

/** The four headers WeChat sends with a signed response or callback. */
export function signedHeaders(key: KeyObject, serial: string, body: string, now: Date) {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  const n = nonce();
  return {
    'wechatpay-timestamp': timestamp,
    'wechatpay-nonce': n,
    'wechatpay-serial': serial,
    'wechatpay-signature': signLines(key, [timestamp, n, body]),
  };
}

/** AES-256-GCM as WeChat Pay encrypts a callback's resource: base64 of ciphertext ‖ 16-byte tag. */
export function encryptResource(apiV3Key: Buffer, plaintext: string, associatedData: string) {
  const iv = randomBytes(6).toString('hex');
  const cipher = createCipheriv('aes-256-gcm', apiV3Key, Buffer.from(iv));
  cipher.setAAD(Buffer.from(associatedData));
  const out = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return {
    algorithm: 'AEAD_AES_256_GCM',
    ciphertext: out.toString('base64'),
    associated_data: associatedData,
    nonce: iv,
  };
}

export function decryptResource(
  apiV3Key: Buffer,
  r: { ciphertext: string; associated_data?: string; nonce: string },
): string {
  const data = Buffer.from(r.ciphertext, 'base64');
  if (data.length < 17) throw new Error('ciphertext too short');
  const decipher = createDecipheriv('aes-256-gcm', apiV3Key, Buffer.from(r.nonce));
  decipher.setAAD(Buffer.from(r.associated_data ?? ''));
  decipher.setAuthTag(data.subarray(data.length - 16));
  return Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]).toString(
    'utf8',
  );
}

/** RFC 3339 in China time, as WeChat writes times (`2026-12-06T15:30:00+08:00`). */
export function chinaTime(d: Date): string {
  return `${new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;
}

type WxTransaction = {
  mchid?: string;
  appid?: string;
  out_trade_no?: string;
  transaction_id?: string;
  trade_state?: string;
  trade_state_desc?: string;
  success_time?: string;
  amount?: { total?: number; currency?: string };
};
type WxRefund = {
  mchid?: string;
  out_trade_no?: string;
  out_refund_no?: string;
  refund_id?: string;
  refund_status?: string;
  status?: string;
  amount?: { refund?: number };
};

function tradeOf(t: WxTransaction): TradeState {
  const outTradeNo = t.out_trade_no ?? '';
  switch (t.trade_state) {
    case 'SUCCESS':
    case 'REFUND':
      return {
        state: 'PAID',
        outTradeNo,
        transactionId: t.transaction_id ?? '',
        amountFen: Number(t.amount?.total),
        currency: t.amount?.currency ?? '',
        paidAt: new Date(t.success_time ?? Number.NaN),
      };
    case 'NOTPAY':
    case 'USERPAYING':
      return { state: 'WAITING', outTradeNo };
    case 'CLOSED':
    case 'REVOKED':
      return { state: 'CLOSED', outTradeNo, reason: t.trade_state_desc ?? t.trade_state };
    case 'PAYERROR':
      return { state: 'FAILED', outTradeNo, reason: t.trade_state_desc ?? 'PAYERROR' };
    default:
      return { state: 'UNKNOWN', outTradeNo };
  }
}

function refundOf(r: WxRefund): RefundState {
  const status = r.refund_status ?? r.status;
  return {
    outRefundNo: r.out_refund_no ?? '',
    outTradeNo: r.out_trade_no ?? '',
    refundId: r.refund_id ?? '',
    amountFen: Number(r.amount?.refund),
    state: status === 'SUCCESS' ? 'SUCCEEDED' : status === 'PROCESSING' ? 'PROCESSING' : 'FAILED',
  };
}

/**
 * WeChat Pay APIv3 (Native payments: the payer scans a code_url). Requests carry the merchant's
 * signature; responses and callbacks are verified against the platform keys by serial; callback
 * resources are decrypted with the APIv3 key; the callback's merchant and app id must be ours.
 */
export class WechatPayProvider implements PaymentProvider {
  readonly callbackPath: string;
  constructor(
    readonly name: 'SANDBOX' | 'WECHAT',
    private readonly c: WechatPayConfig,
    private readonly now: () => Date = () => wallClock.now(),
  ) {
    this.callbackPath = `/pay/notify/${name.toLowerCase()}`;
  }

  /** Verifies the four `Wechatpay-*` headers over the body (responses and callbacks alike). */
  private verifySignature(headers: Record<string, string | undefined>, body: string, now: Date): string {
    const timestamp = headers['wechatpay-timestamp'];
    const n = headers['wechatpay-nonce'];
    const signature = headers['wechatpay-signature'];
    const serial = headers['wechatpay-serial'];
    if (!timestamp || !n || !signature || !serial || !/^\d{1,12}$/.test(timestamp))
      throw new CallbackRefused(CallbackRefusal.MALFORMED, 'Wechatpay-* headers missing');
    const key = this.c.platformKeys.get(serial);
    if (!key)
      throw new CallbackRefused(CallbackRefusal.UNKNOWN_SERIAL, `no platform key ${serial.slice(0, 40)}`);
    if (!verifyLines(key, [timestamp, n, body], signature))
      throw new CallbackRefused(CallbackRefusal.BAD_SIGNATURE, 'signature does not verify');
    if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > this.c.maxSkewSeconds)
      throw new CallbackRefused(CallbackRefusal.STALE, `timestamp ${timestamp} too far from now`);
    return n;
  }

  private async call<T>(method: 'GET' | 'POST', path: string, payload?: object): Promise<T | undefined> {
    const body = payload ? JSON.stringify(payload) : '';
    let res: Response;
    try {
      res = await fetch(`${this.c.baseUrl}${path}`, {
        method,
        headers: {
          accept: 'application/json',
          'content-type': 'application/json',
          'user-agent': 'smart-park',
          authorization: authorization(this.c, method, path, body, this.now()),
        },
        ...(payload ? { body } : {}),
        signal: AbortSignal.timeout(10_000),
      });
    } catch (err) {
      throw new ProviderError(`${this.name} unreachable: ${(err as Error).message}`, 'PROVIDER_UNREACHABLE');
    }
    const text = await res.text();
    if (res.status === 204) return undefined;
    const headers = Object.fromEntries([...res.headers].map(([k, v]) => [k.toLowerCase(), v]));
    if (res.ok) {
      try {
        this.verifySignature(headers, text, this.now());
      } catch (err) {
        throw new ProviderError(
          `${this.name} answer not verified: ${(err as Error).message}`,
          'PROVIDER_UNVERIFIED',
        );
      }
      return JSON.parse(text) as T;
    }
    let code = `HTTP_${res.status}`;
    let message = text.slice(0, 200);
    try {
      const e = JSON.parse(text) as { code?: string; message?: string };
      code = e.code ?? code;
      message = e.message ?? message;
    } catch {}
    throw new ProviderError(`${this.name}: ${message}`, code);
  }

  async createOrder(o: OrderRequest) {
    const r = await this.call<{ code_url: string }>('POST', '/v3/pay/transactions/native', {
      appid: this.c.appId,
      mchid: this.c.mchId,
      description: o.description,
      out_trade_no: o.outTradeNo,
      time_expire: chinaTime(o.expiresAt),
      notify_url: o.notifyUrl,
      amount: { total: o.amountFen, currency: 'CNY' },
    });
    if (!r?.code_url) throw new ProviderError(`${this.name} gave no code_url`, 'PROVIDER_BAD_ANSWER');
    return { payUrl: r.code_url };
  }

  async queryOrder(outTradeNo: string): Promise<TradeState> {
    try {
      const t = await this.call<WxTransaction>(
        'GET',
        `/v3/pay/transactions/out-trade-no/${encodeURIComponent(outTradeNo)}?mchid=${encodeURIComponent(this.c.mchId)}`,
      );
      return t ? tradeOf(t) : { state: 'UNKNOWN', outTradeNo };
    } catch (err) {
      if (err instanceof ProviderError && err.code === 'ORDER_NOT_EXIST')
        return { state: 'UNKNOWN', outTradeNo };
      throw err;
    }
  }

  async closeOrder(outTradeNo: string) {
    await this.call('POST', `/v3/pay/transactions/out-trade-no/${encodeURIComponent(outTradeNo)}/close`, {
      mchid: this.c.mchId,
    });
  }

  async refund(r: Parameters<PaymentProvider['refund']>[0]): Promise<RefundState> {
    const answer = await this.call<WxRefund>('POST', '/v3/refund/domestic/refunds', {
      out_trade_no: r.outTradeNo,
      out_refund_no: r.outRefundNo,
      reason: r.reason.slice(0, 80),
      notify_url: r.notifyUrl,
      amount: { refund: r.amountFen, total: r.totalFen, currency: 'CNY' },
    });
    if (!answer) throw new ProviderError(`${this.name} gave no refund`, 'PROVIDER_BAD_ANSWER');
    return refundOf(answer);
  }

  /** The trade bill (bill_type=ALL), checked against its SHA1, read by {@link parseTradeBill}. */
  async tradeBill(billDate: string): Promise<StatementRow[]> {
    const meta = await this.call<{ download_url?: string; hash_type?: string; hash_value?: string }>(
      'GET',
      `/v3/bill/tradebill?bill_date=${encodeURIComponent(billDate)}&bill_type=ALL`,
    );
    if (!meta?.download_url)
      throw new ProviderError(`${this.name} gave no download_url`, 'PROVIDER_BAD_ANSWER');
    // The file is signed like an API call but its answer is not (WeChat signs only JSON answers).
    const url = new URL(meta.download_url);
    const path = url.pathname.startsWith(new URL(this.c.baseUrl).pathname)
      ? url.pathname.slice(new URL(this.c.baseUrl).pathname.replace(/\/$/, '').length) + url.search
      : url.pathname + url.search;
    let text: string;
    try {
      const res = await fetch(meta.download_url, {
        headers: { authorization: authorization(this.c, 'GET', path, '', this.now()) },
        signal: AbortSignal.timeout(30_000),
      });
      if (!res.ok)
        throw new ProviderError(`${this.name} statement: HTTP ${res.status}`, `HTTP_${res.status}`);
      text = await res.text();
    } catch (err) {
      if (err instanceof ProviderError) throw err;
      throw new ProviderError(`${this.name} unreachable: ${(err as Error).message}`, 'PROVIDER_UNREACHABLE');
    }
    if (
      meta.hash_type === 'SHA1' &&
      createHash('sha1').update(text).digest('hex') !== meta.hash_value?.toLowerCase()
    )
      throw new ProviderError(`${this.name} statement does not match its hash`, 'PROVIDER_BAD_ANSWER');
    return parseTradeBill(text);
  }

  verifyCallback(req: CallbackRequest, now: Date): ProviderEvent {
    const n = this.verifySignature(req.headers, req.body, now);
    let event: {
      event_type?: string;
      resource?: { ciphertext?: string; associated_data?: string; nonce?: string };
    };
    try {
      event = JSON.parse(req.body);
    } catch {
      throw new CallbackRefused(CallbackRefusal.MALFORMED, 'body is not JSON');
    }
    const r = event.resource;
    if (!event.event_type || !r?.ciphertext || !r.nonce)
      throw new CallbackRefused(CallbackRefusal.MALFORMED, 'no event_type or resource');
    let plain: string;
    try {
      plain = decryptResource(this.c.apiV3Key, {
        ciphertext: r.ciphertext,
        nonce: r.nonce,
        associated_data: r.associated_data ?? '',
      });
    } catch {
      throw new CallbackRefused(
        CallbackRefusal.DECRYPT_FAILED,
        'resource does not decrypt with the APIv3 key',
      );
    }
    const data = JSON.parse(plain) as WxTransaction & WxRefund;
    if (
      data.mchid !== this.c.mchId ||
      (event.event_type.startsWith('TRANSACTION.') && data.appid !== this.c.appId)
    )
      throw new CallbackRefused(
        CallbackRefusal.WRONG_MERCHANT,
        `mchid ${data.mchid} appid ${data.appid}`,
        data.out_trade_no,
      );
    if (event.event_type.startsWith('REFUND.'))
      return { nonce: n, eventType: event.event_type, kind: 'REFUND', refund: refundOf(data) };
    return { nonce: n, eventType: event.event_type, kind: 'TRADE', trade: tradeOf(data) };
  }

  answer(accepted: boolean, message = 'refused') {
    return accepted
      ? { status: 204 }
      : { status: 400, contentType: 'application/json', body: JSON.stringify({ code: 'FAIL', message }) };
  }
}
