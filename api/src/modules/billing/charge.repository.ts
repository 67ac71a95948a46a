import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../db/sql.js';
import type { ChargeRow } from './bill-lines.js';

/** One-off charges' SQL: what a bill run bills of them, the bills they are on, and cancelling once. */
export const chargeRepository = {
  /**
   * The standing charges (not cancelled) of these companies dated in [from, to], with their
   * standard's name and basis: what becomes CHARGE lines.
   */
  charges(em: EntityManager, tenantIds: readonly string[], from: string, to: string): Promise<ChargeRow[]> {
    return query<ChargeRow>(
      em,
      `select c.id, c.tenant_id, c.charged_on::text, c.quantity::text, c.unit_price::text, c.amount_fen::int8::text,
              c.description, s.code as standard_code, s.name as standard_name, s.basis
         from bill_charge c join fee_standard s on s.id = c.standard_id
        where c.tenant_id = any(?::uuid[]) and c.cancelled_at is null and c.charged_on between ?::date and ?::date
        order by c.charged_on, c.id`,
      [tenantIds, from, to],
    );
  },

  /** The bills (not void) whose lines charge each of these charges, by number. */
  chargeBills(
    em: EntityManager,
    chargeIds: readonly string[],
  ): Promise<{ charge_id: string; number: string }[]> {
    return query(
      em,
      `select distinct l.source_id as charge_id, b.number
         from bill_line l join bill b on b.id = l.bill_id
        where l.source = 'CHARGE' and l.source_id = any(?::uuid[]) and b.status <> 'VOID'
        order by b.number`,
      [chargeIds],
    );
  },

  /**
   * Cancels a standing charge, once: a conditional update, so of two cancellations racing one
   * wins. Whether this one did.
   */
  async cancelCharge(
    em: EntityManager,
    id: string,
    by: { userId: string | null; reason: string; now: Date },
  ): Promise<boolean> {
    const rows = await query(
      em,
      `update bill_charge set cancelled_at = ?, cancelled_by_id = ?, cancel_reason = ?, updated_at = ?
        where id = ? and cancelled_at is null returning id`,
      [by.now, by.userId, by.reason, by.now, id],
    );
    return rows.length === 1;
  },
};
