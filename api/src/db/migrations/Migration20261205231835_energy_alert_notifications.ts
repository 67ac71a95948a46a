import { Migration } from '@mikro-orm/migrations';

export class Migration20261205231835_energy_alert_notifications extends Migration {
  override name = 'Migration20261205231835_energy_alert_notifications';

  override up(): void | Promise<void> {
    this.addSql(`alter type "notification_kind" add value if not exists 'ENERGY_ALERT' after 'FOLLOW_UP';`);
  }
}
