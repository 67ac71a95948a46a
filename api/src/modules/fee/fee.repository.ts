import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../db/sql.js';
import type { MeterKind } from '../energy/energy.enums.js';
import type { MoneyRounding } from './money.js';

/** A fee standard with its dated prices (by date): what a lease's or a meter's line is priced by. */
export type StandardPrices = {
  id: string;
  code: string;
  meterKind: MeterKind | null;
  rounding: MoneyRounding;
  rates: { from: string; price: string }[];
};

type PriceRow = {
  id: string;
  code: string;
  meter_kind: MeterKind | null;
  rounding: MoneyRounding;
  effective_from: string | null;
  price: string | null;
};

const PRICES = `select s.id, s.code, s.meter_kind, s.rounding, r.effective_from::text as effective_from, r.price::text as price
                  from fee_standard s left join fee_rate r on r.standard_id = s.id`;

/** One standard per run of rows (the rows come ordered by standard, then date). */
function grouped(rows: readonly PriceRow[]): StandardPrices[] {
  const out: StandardPrices[] = [];
  for (const r of rows) {
    let last = out.at(-1);
    if (last?.id !== r.id) {
      last = { id: r.id, code: r.code, meterKind: r.meter_kind, rounding: r.rounding, rates: [] };
      out.push(last);
    }
    if (r.effective_from !== null && r.price !== null)
      last.rates.push({ from: r.effective_from, price: r.price });
  }
  return out;
}

/**
 * The reads others price by (the lease schedule, the bill run), one statement each and no
 * entities: a bill run asks once per batch, and hydrating the standards was part of its cost.
 */
export const feeRepository = {
  /** These standards with their prices, by code. */
  async pricesOf(em: EntityManager, standardIds: readonly string[]): Promise<StandardPrices[]> {
    if (standardIds.length === 0) return [];
    return grouped(
      await query<PriceRow>(
        em,
        `${PRICES} where s.id = any(?::uuid[]) order by s.code, s.id, r.effective_from`,
        [standardIds],
      ),
    );
  },

  /** The park's active utility standards with their prices, by code. */
  async utilityPrices(em: EntityManager, parkId: string): Promise<StandardPrices[]> {
    return grouped(
      await query<PriceRow>(
        em,
        `${PRICES} where s.park_id = ? and s.item = 'UTILITY' and s.active order by s.code, s.id, r.effective_from`,
        [parkId],
      ),
    );
  },
};
