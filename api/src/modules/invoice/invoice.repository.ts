import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../db/sql.js';

export type Handler = { id: string; label: string };

/** The invoice feature's SQL: once-only state changes as conditional updates, and the bill's latest request. */
export const invoiceRepository = {
  /** REQUESTED → ISSUED, once: the number of rows changed (0 when it was not waiting). */
  async issue(
    em: EntityManager,
    id: string,
    issued: { invoiceNumber: string; issuedOn: string; fileId: string },
    by: Handler,
    now: Date,
  ): Promise<number> {
    const rows = await query<{ id: string }>(
      em,
      `update invoice_request set status = 'ISSUED', invoice_number = ?, issued_on = ?::date, file_id = ?,
              handled_by = ?, handled_by_label = ?, handled_at = ?, updated_at = ?
        where id = ? and status = 'REQUESTED' returning id`,
      [issued.invoiceNumber, issued.issuedOn, issued.fileId, by.id, by.label, now, now, id],
    );
    return rows.length;
  },

  /** REQUESTED → REJECTED (by finance, with a reason) or CANCELLED (by the company), once. */
  async close(
    em: EntityManager,
    id: string,
    status: 'REJECTED' | 'CANCELLED',
    reason: string | null,
    by: Handler,
    now: Date,
  ): Promise<number> {
    const rows = await query<{ id: string }>(
      em,
      `update invoice_request set status = ?::invoice_request_status, reject_reason = ?,
              handled_by = ?, handled_by_label = ?, handled_at = ?, updated_at = ?
        where id = ? and status = 'REQUESTED' returning id`,
      [status, reason, by.id, by.label, now, now, id],
    );
    return rows.length;
  },

  /** The newest request of each bill the caller sees (one statement for a page of bills). */
  async latestByBill(
    em: EntityManager,
    billIds: readonly string[],
  ): Promise<{ bill_id: string; id: string }[]> {
    return query(
      em,
      `select distinct on (bill_id) bill_id, id from invoice_request
        where bill_id = any(?::uuid[]) order by bill_id, created_at desc, id desc`,
      [billIds],
    );
  },
};
