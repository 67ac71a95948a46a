import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../db/sql.js';

/** The states in which a reported fault is still being dealt with: new reports join the order. */
export const OPEN_STATES = ['SUBMITTED', 'DISPATCHED', 'ACCEPTED', 'IN_PROGRESS', 'ON_HOLD'] as const;

/** Public fault-report SQL (STYLE rule 15). */
export const faultReportRepository = {
  /** The name and place of the equipment behind a label token; retired equipment has none. */
  async publicView(em: EntityManager, token: string) {
    const [row] = await query<{ name: string; building_name: string | null; floor_name: string | null }>(
      em,
      `select e.name, b.name as building_name, f.name as floor_name
         from equipment e
         left join building b on b.id = e.building_id
         left join floor f on f.id = e.floor_id
        where e.public_token = ? and e.status <> 'RETIRED'`,
      [token],
    );
    return row;
  },

  /**
   * Stamps the equipment behind `token` as reported now and returns it. The update holds the
   * row's lock until the transaction ends, so concurrent reports of one equipment run one after
   * another: each sees the order the one before it filed (READ COMMITTED reads afresh per
   * statement), and only the first files one.
   */
  async lockForReport(em: EntityManager, token: string, now: Date) {
    const [row] = await query<{ id: string }>(
      em,
      `update equipment set last_reported_at = ?
        where public_token = ? and status <> 'RETIRED'
        returning id`,
      [now, token],
    );
    return row?.id;
  },

  /**
   * The open fault work order of an equipment that a new report joins: the newest one still open
   * that is not planned maintenance or a follow-up (those are not fault repairs).
   */
  async openFaultOrder(em: EntityManager, equipmentId: string) {
    const [row] = await query<{ id: string }>(
      em,
      `select id from work_order
        where equipment_id = ? and state::text = any(?)
          and source <> 'MAINTENANCE_PLAN' and follow_up_of_id is null
        order by submitted_at desc limit 1`,
      [equipmentId, OPEN_STATES],
    );
    return row?.id;
  },
};
