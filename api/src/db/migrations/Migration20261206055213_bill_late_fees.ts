import { Migration } from '@mikro-orm/migrations';

export class Migration20261206055213_bill_late_fees extends Migration {
  override name = 'Migration20261206055213_bill_late_fees';

  override up(): void | Promise<void> {
    this.addSql(`alter type "bill_line_source" add value if not exists 'LATE_FEE' after 'REPAIR';`);
  }
}
