import { Migration } from '@mikro-orm/migrations';

/**
 * Red-letter invoices 红字发票 recorded against issued ones (issue 19 §4: refunds after an invoice
 * was issued). By hand: what is reversed stays within the invoice's amount (a check); a reversal
 * carries its number and date.
 */
export class Migration20261206173812_invoice_reversal extends Migration {
  override name = 'Migration20261206173812_invoice_reversal';

  override up(): void | Promise<void> {
    this.addSql(
      `alter table "invoice_request" add "reversed_fen" bigint not null default '0', add "reversal_number" varchar(20) null, add "reversed_on" date null;`,
    );
    this.addSql(
      `alter table "invoice_request" add constraint "invoice_request_reversal_within" check ("reversed_fen" >= 0 and "reversed_fen" <= "amount_fen");`,
    );
    this.addSql(
      `alter table "invoice_request" add constraint "invoice_request_reversal_whole" check ("reversed_fen" = 0 or ("reversal_number" is not null and "reversed_on" is not null));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "invoice_request" drop constraint if exists "invoice_request_reversal_whole";`);
    this.addSql(`alter table "invoice_request" drop constraint if exists "invoice_request_reversal_within";`);
    this.addSql(
      `alter table "invoice_request" drop column "reversed_fen", drop column "reversal_number", drop column "reversed_on";`,
    );
  }
}
