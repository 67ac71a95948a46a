import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alipayBill, alipayStatementZip, gbk } from '../../../../test/alipay-helpers.js';
import { CallbackRefusal } from '../payment.enums.js';
import { AlipayProvider, rsa2Sign, rsa2Verify, signingText } from './alipay.js';
import { CallbackRefused, fenOf, ProviderError, yuanText } from './provider.js';
import { decryptResource, encryptResource, signLines, verifyLines } from './wechat-pay.js';

/** The adapters' cryptography with locally made keys (no provider is reached). */
const rsa = () => generateKeyPairSync('rsa', { modulusLength: 2048 });
const app = rsa();
const alipay = rsa();

describe('WeChat Pay APIv3 primitives', () => {
  it('signs and verifies timestamp\\nnonce\\nbody\\n, and refuses any changed byte', () => {
    const k = rsa();
    const sig = signLines(k.privateKey, ['1733472000', 'NONCE', '{"a":1}']);
    expect(verifyLines(k.publicKey, ['1733472000', 'NONCE', '{"a":1}'], sig)).toBe(true);
    expect(verifyLines(k.publicKey, ['1733472000', 'NONCE', '{"a":2}'], sig)).toBe(false);
    expect(verifyLines(rsa().publicKey, ['1733472000', 'NONCE', '{"a":1}'], sig)).toBe(false);
  });

  it('decrypts what AES-256-GCM encrypted under the APIv3 key, and refuses another key or associated data', () => {
    const key = Buffer.from('0123456789abcdef0123456789abcdef');
    const r = encryptResource(key, '{"out_trade_no":"PK1"}', 'transaction');
    expect(decryptResource(key, r)).toBe('{"out_trade_no":"PK1"}');
    expect(() => decryptResource(Buffer.from('x'.repeat(32)), r)).toThrow();
    expect(() => decryptResource(key, { ...r, associated_data: 'refund' })).toThrow();
  });
});

describe('money as yuan text', () => {
  it('round-trips fen exactly', () => {
    for (const fen of [0, 1, 10, 99, 100, 123_456, 2_000_000_000]) expect(fenOf(yuanText(fen))).toBe(fen);
    expect(yuanText(-5)).toBe('-0.05');
    expect(fenOf('12.3')).toBe(1230);
    expect(fenOf('1e3')).toBeUndefined();
    expect(fenOf('12.345')).toBeUndefined();
  });
});

describe('Alipay', () => {
  let gateway: ReturnType<typeof createServer>;
  let url = '';
  let lastRequest: Record<string, string> = {};
  /** What the statement link serves, and the key the gateway signs with (Alipay's, unless a test forges). */
  let statement: { status: number; body: Uint8Array } = { status: 200, body: new Uint8Array() };
  let signer: KeyObject = alipay.privateKey;
  beforeAll(async () => {
    // A stand-in gateway: checks the request's RSA2 signature, answers the method signed; GET is
    // the statement's download link.
    gateway = createServer((req, res) => {
      if (req.method === 'GET') {
        res.writeHead(statement.status, { 'content-type': 'application/octet-stream' });
        res.end(statement.body);
        return;
      }
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        lastRequest = Object.fromEntries(new URLSearchParams(body));
        const ok = rsa2Verify(app.publicKey, signingText(lastRequest, false), lastRequest.sign ?? '');
        const method = lastRequest.method ?? '';
        const answer =
          method === 'alipay.data.dataservice.bill.downloadurl.query'
            ? { bill_download_url: `${url.replace('/gateway.do', '')}/downloadBillFile.resource?fileId=1` }
            : { out_trade_no: 'PK1', qr_code: 'https://qr.alipay.com/bax0001' };
        const node = JSON.stringify(
          ok
            ? { code: '10000', msg: 'Success', ...answer }
            : { code: '40002', msg: 'Invalid Arguments', sub_code: 'isv.invalid-signature' },
        );
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(`{"${method.replaceAll('.', '_')}_response":${node},"sign":"${rsa2Sign(signer, node)}"}`);
      });
    });
    await new Promise<void>((r) => gateway.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/gateway.do`;
  });
  afterAll(() => new Promise<void>((r) => gateway.close(() => r())));
  const provider = () =>
    new AlipayProvider({
      gateway: url,
      appId: '2021000000000001',
      sellerId: '2088000000000001',
      appKey: app.privateKey,
      alipayKey: alipay.publicKey,
    });

  it('precreates an order with a signed request and verifies the signed answer', async () => {
    const order = await provider().createOrder({
      outTradeNo: 'PK1',
      amountFen: 12_345,
      description: 'ZD202612-0001 物业账单',
      expiresAt: new Date('2026-12-06T08:00:00Z'),
      notifyUrl: 'https://park.example/pay/notify/alipay',
    });
    expect(order.payUrl).toBe('https://qr.alipay.com/bax0001');
    expect(JSON.parse(lastRequest.biz_content!)).toMatchObject({
      out_trade_no: 'PK1',
      total_amount: '123.45',
    });
    expect(lastRequest.sign_type).toBe('RSA2');
  });

  const notification = (over: Record<string, string> = {}) => {
    const p: Record<string, string> = {
      notify_time: '2026-12-06 16:00:05',
      notify_type: 'trade_status_sync',
      notify_id: 'ac05099524730693a8b330c5ecf72da9786',
      app_id: '2021000000000001',
      seller_id: '2088000000000001',
      out_trade_no: 'PK1',
      trade_no: '2026120622001400000000000001',
      trade_status: 'TRADE_SUCCESS',
      total_amount: '123.45',
      gmt_payment: '2026-12-06 16:00:00',
      charset: 'utf-8',
      sign_type: 'RSA2',
      ...over,
    };
    p.sign = rsa2Sign(alipay.privateKey, signingText(p, true));
    return p;
  };
  const refusal = (params: Record<string, string>) => {
    try {
      provider().verifyCallback({ headers: {}, body: new URLSearchParams(params).toString() });
      return undefined;
    } catch (err) {
      return err instanceof CallbackRefused ? err.refusal : err;
    }
  };

  it('accepts a signed notification and reads the paid amount in fen', () => {
    const e = provider().verifyCallback({
      headers: {},
      body: new URLSearchParams(notification()).toString(),
    });
    expect(e).toMatchObject({
      kind: 'TRADE',
      trade: { state: 'PAID', amountFen: 12_345, transactionId: '2026120622001400000000000001' },
    });
    expect(provider().answer(true).body).toBe('success');
  });

  it('refuses a tampered amount, another app or seller, and a missing signature', () => {
    expect(refusal({ ...notification(), total_amount: '0.01' })).toBe(CallbackRefusal.BAD_SIGNATURE);
    expect(refusal(notification({ app_id: '2021000000000999' }))).toBe(CallbackRefusal.WRONG_MERCHANT);
    expect(refusal(notification({ seller_id: '2088000000000999' }))).toBe(CallbackRefusal.WRONG_MERCHANT);
    const { sign: _sign, ...unsigned } = notification();
    expect(refusal(unsigned)).toBe(CallbackRefusal.MALFORMED);
  });

  it('reads the day’s statement: a signed link to a zip whose 业务明细 (GBK) becomes rows', async () => {
    statement = {
      status: 200,
      body: alipayStatementZip(
        gbk(
          alipayBill([
            { tradeNo: '2026120522001400000000000001', outTradeNo: 'PK1', type: '交易', yuan: '123.45' },
            {
              tradeNo: '2026120522001400000000000001',
              outTradeNo: 'PK1',
              type: '退款',
              yuan: '-23.45',
              outRequestNo: 'RF1',
            },
          ]),
        ),
      ),
    };
    const rows = await provider().tradeBill('2026-12-05');
    expect(lastRequest.method).toBe('alipay.data.dataservice.bill.downloadurl.query');
    expect(JSON.parse(lastRequest.biz_content!)).toEqual({ bill_type: 'trade', bill_date: '2026-12-05' });
    expect(rows).toMatchObject([
      { kind: 'PAYMENT', outTradeNo: 'PK1', ref: '2026120522001400000000000001', amountFen: 12_345 },
      { kind: 'REFUND', outTradeNo: 'PK1', ref: '2026120522001400000000000001:RF1', amountFen: 2_345 },
    ]);
  });

  it('refuses a statement link not signed by Alipay, and a link that no longer serves', async () => {
    const failure = (p: Promise<unknown>) =>
      p.then(
        () => undefined,
        (err: unknown) => (err instanceof ProviderError ? err.code : err),
      );
    signer = rsa().privateKey;
    try {
      expect(await failure(provider().tradeBill('2026-12-05'))).toBe('PROVIDER_UNVERIFIED');
    } finally {
      signer = alipay.privateKey;
    }
    statement = { status: 404, body: new Uint8Array() };
    expect(await failure(provider().tradeBill('2026-12-05'))).toBe('HTTP_404');
  });
});
