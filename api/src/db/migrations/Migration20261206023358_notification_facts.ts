import { Migration } from '@mikro-orm/migrations';

/** What a notification names, kept beside its Chinese text so the apps can say it in their reader's language. */
export class Migration20261206023358_notification_facts extends Migration {
  override name = 'Migration20261206023358_notification_facts';

  override up(): void | Promise<void> {
    this.addSql(`alter table "notification" add "facts" jsonb null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "notification" drop column "facts";`);
  }
}
