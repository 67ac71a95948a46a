import { Migration } from '@mikro-orm/migrations';

/**
 * A meter's device is a registered device of the meter's own park, in the database itself: a
 * foreign key on (device_id, park_id) to iot_device (id, park_id), so no meter can take another
 * park's device's readings, and a device with meters linked cannot be removed. By hand (the
 * entity keeps `deviceId` a plain column: energy reads devices through the iot module). Links
 * that already point nowhere or to another park are dropped first.
 */
export class Migration20261205230000_meter_device_in_park extends Migration {
  override name = 'Migration20261205230000_meter_device_in_park';

  override up(): void | Promise<void> {
    this.addSql(`update "meter" m set "device_id" = null, "device_register" = null
      where m."device_id" is not null
        and not exists (select 1 from "iot_device" d where d."id" = m."device_id" and d."park_id" = m."park_id");`);
    this.addSql(
      `alter table "iot_device" add constraint "iot_device_id_park_unique" unique ("id", "park_id");`,
    );
    this.addSql(
      `alter table "meter" add constraint "meter_device_in_park_foreign" foreign key ("device_id", "park_id") references "iot_device" ("id", "park_id");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "meter" drop constraint "meter_device_in_park_foreign";`);
    this.addSql(`alter table "iot_device" drop constraint "iot_device_id_park_unique";`);
  }
}
