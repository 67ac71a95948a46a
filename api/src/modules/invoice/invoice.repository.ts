import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../db/sql.js';

export type Handler = { id: string; label: string };

/** The invoice feature's SQL: once-only state changes as conditional updates, and the bill's latest request. */
/**
 * An issued request (`r`) for more than its bill (`b`) now keeps, less what was reversed: a
 * red-letter invoice is due (the resolver's `reversalDueFen` is the same sum).
 */
const REVERSAL_DUE = `r.status = 'ISSUED' and r.amount_fen - r.reversed_fen > b.paid_fen`;

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

  /**
   * Records a red-letter invoice against an issued one, in one conditional statement: only while
   * what it reverses in all stays within what the bill no longer keeps of it (its amount less the
   * bill's paid money). The number of rows changed (0 when it would reverse more).
   */
  async reverse(
    em: EntityManager,
    id: string,
    red: { invoiceNumber: string; issuedOn: string; amountFen: number },
    now: Date,
  ): Promise<number> {
    const rows = await query<{ id: string }>(
      em,
      `update invoice_request r set reversed_fen = r.reversed_fen + ?, reversal_number = ?, reversed_on = ?::date, updated_at = ?
         from bill b
        where r.id = ? and b.id = r.bill_id and r.status = 'ISSUED'
          and r.reversed_fen + ? <= r.amount_fen - least(b.paid_fen, r.amount_fen)
        returning r.id`,
      [red.amountFen, red.invoiceNumber, red.issuedOn, now, id, red.amountFen],
    );
    return rows.length;
  },

  /** Issued invoices (of the caller's) for more than their bill now keeps, less what was reversed. */
  async reversalDue(em: EntityManager): Promise<{ id: string }[]> {
    return query(
      em,
      `select r.id from invoice_request r join bill b on b.id = r.bill_id
        where ${REVERSAL_DUE}`,
    );
  },

  /** A bill's issued invoices for more than it now keeps: what each must still reverse. */
  async reversalDueOfBill(
    em: EntityManager,
    billId: string,
  ): Promise<{ invoice_number: string; due_fen: string; bill_number: string; tenant_name: string }[]> {
    return query(
      em,
      `select r.invoice_number, (r.amount_fen - r.reversed_fen - b.paid_fen)::text due_fen,
              b.number bill_number, c.name tenant_name
         from invoice_request r join bill b on b.id = r.bill_id join tenant_company c on c.id = r.tenant_id
        where r.bill_id = ? and ${REVERSAL_DUE}
        order by r.issued_on, r.invoice_number`,
      [billId],
    );
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
