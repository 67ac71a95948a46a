import { Migration } from '@mikro-orm/migrations';

export class Migration20261206081555_bill_overdue_notifications extends Migration {
  override name = 'Migration20261206081555_bill_overdue_notifications';

  override up(): void | Promise<void> {
    this.addSql(
      `alter type "notification_kind" add value if not exists 'BILL_OVERDUE' after 'ENERGY_ALERT';`,
    );
  }
}
