import { Migration } from '@mikro-orm/migrations';

/** The customer-service return visit (回访) after a job: who called, when, the 1–5 score and comment. */
export class Migration20261121230000_return_visits extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "work_order"
      add column "visited_at" timestamptz null,
      add column "visited_by_id" uuid null references "app_user" ("id") on delete set null,
      add column "visit_score" smallint null check ("visit_score" between 1 and 5),
      add column "visit_comment" varchar(500) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "work_order" drop column "visited_at", drop column "visited_by_id",
      drop column "visit_score", drop column "visit_comment";`);
  }
}
