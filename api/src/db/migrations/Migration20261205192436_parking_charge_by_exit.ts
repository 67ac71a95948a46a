import { Migration } from '@mikro-orm/migrations';

export class Migration20261205192436_parking_charge_by_exit extends Migration {
  override name = 'Migration20261205192436_parking_charge_by_exit';

  override up(): void | Promise<void> {
    this.addSql(
      `create index "parking_charge_park_id_exited_at_index" on "parking_charge" ("park_id", "exited_at");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "parking_charge_park_id_exited_at_index";`);
  }
}
