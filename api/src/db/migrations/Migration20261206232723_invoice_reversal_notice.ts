import { Migration } from '@mikro-orm/migrations';

/**
 * Finance is told when a refund leaves an issued invoice for more than its bill keeps (a
 * red-letter invoice is due). An enum value cannot be dropped again, so `down()` leaves it: no row
 * of the older code's kinds uses it.
 */
export class Migration20261206232723_invoice_reversal_notice extends Migration {
  override name = 'Migration20261206232723_invoice_reversal_notice';

  override up(): void | Promise<void> {
    this.addSql(
      `alter type "notification_kind" add value if not exists 'INVOICE_REVERSAL_DUE' after 'INVOICE_REJECTED';`,
    );
  }
}
