import type { IncomingMessage, ServerResponse } from 'node:http';
import { clientIp } from '../../../http/client-ip.js';
import type { HttpRouteFactory } from '../../manifest.js';
import { renderReceipt } from './receipt.pdf.js';
import { receiptRepository } from './receipt.repository.js';

/** The signed link to a payment's receipt PDF (`PaymentEntry.receiptUrl`): an hour. */
export const RECEIPT_LINK_MS = 60 * 60_000;
export const receiptPath = (entryId: string) => `/receipts/${entryId}.pdf`;

/**
 * `GET /receipts/<entry id>.pdf?op=receipt&exp=…&sig=…`: a payment's receipt as a PDF, to whoever
 * holds a link the API signed for a caller who could see the payment (a download cannot send the
 * session). It reads as the job actor once the signature is checked.
 */
export const receiptHandler: HttpRouteFactory = ({ context, trustProxy }) => {
  return async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const fail = (status: number, code: string, message: string) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code, message } }));
    };
    const id = /^\/receipts\/([0-9a-f-]{36})\.pdf$/.exec(url.pathname)?.[1];
    if (!id || (req.method !== 'GET' && req.method !== 'HEAD') || url.searchParams.get('op') !== 'receipt')
      return fail(400, 'BAD_REQUEST', 'GET /receipts/<id>.pdf with a signed link');
    const ctx = context(clientIp(req, trustProxy));
    const { signer } = ctx.services.files;
    if (
      !signer.verify(
        'receipt',
        id,
        url.searchParams.get('exp'),
        url.searchParams.get('sig'),
        ctx.services.clock.now(),
      )
    )
      return fail(403, 'LINK_INVALID', 'The link is invalid or expired');
    await ctx.openAsJob('payment.receipt', { entryId: id });
    let pdf: Buffer | undefined;
    let name = '';
    try {
      const row = await receiptRepository.payment(ctx.em, id);
      if (row) {
        pdf = await renderReceipt(row, await receiptRepository.lines(ctx.em, row.bill_id));
        name = `收据-${row.receipt_no}.pdf`;
      }
    } catch (err) {
      await ctx.abort();
      throw err;
    }
    await ctx.close([]);
    if (!pdf) return fail(404, 'NOT_FOUND', 'No such receipt');
    res.writeHead(200, {
      'content-type': 'application/pdf',
      'content-length': pdf.length,
      'content-disposition': `inline; filename*=UTF-8''${encodeURIComponent(name)}`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, max-age=3600',
    });
    res.end(req.method === 'HEAD' ? undefined : pdf);
  };
};
