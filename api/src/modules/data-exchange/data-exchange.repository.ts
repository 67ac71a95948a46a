import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../db/sql.js';

/**
 * The statements of an import's transaction: each row is written under a savepoint, so a row the
 * database refuses (a duplicate, say) is undone alone and the next rows are still checked.
 */
export const dataExchangeRepository = {
  async savepoint(em: EntityManager): Promise<void> {
    await query(em, 'savepoint "import_row"');
  },
  async rollbackToSavepoint(em: EntityManager): Promise<void> {
    await query(em, 'rollback to savepoint "import_row"');
  },
  async releaseSavepoint(em: EntityManager): Promise<void> {
    await query(em, 'release savepoint "import_row"');
  },
};
