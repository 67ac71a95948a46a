import { Field, ID, Int, ObjectType } from 'type-graphql';
import { FeeItem } from '../fee/fee.enums.js';
import type { BillCharge } from './charge.entity.js';

@ObjectType('BillCharge', {
  description: 'A one-off charge 其他收费 to a company, billed by the run of the month after its day.',
})
export class BillChargeType {
  @Field(() => ID, { description: 'Charge id.' })
  id!: string;

  @Field(() => ID, { description: 'Its park.' })
  parkId!: string;

  @Field(() => ID, { description: 'The company charged.' })
  tenantId!: string;

  @Field(() => ID, { description: 'The fee standard it is priced by.' })
  standardId!: string;

  @Field({ description: 'The day of the service (YYYY-MM-DD).' })
  chargedOn!: string;

  @Field({ description: 'Uses or months.' })
  quantity!: string;

  @Field({ description: 'Price in force on its day, yuan per use or month.' })
  unitPrice!: string;

  @Field(() => Int, { description: 'Amount, fen: quantity × price, rounded once by the standard’s rule.' })
  amountFen!: number;

  @Field({ description: 'What it was, as printed on the bill line.' })
  description!: string;

  @Field({ description: 'When it was made.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was cancelled; null while it stands.' })
  cancelledAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled.' })
  cancelReason!: string | null;
}

/** The standard's name and item beside a charge (its list shows them). */
@ObjectType('BillChargeStandard', { description: 'The fee standard a charge is priced by.' })
export class BillChargeStandardType {
  @Field({ description: 'Code.' })
  code!: string;

  @Field({ description: 'Name.' })
  name!: string;

  @Field(() => FeeItem, { description: 'What it charges for.' })
  item!: FeeItem;
}

export const toBillChargeType = (c: BillCharge): BillChargeType => ({
  id: c.id,
  parkId: c.park.id,
  tenantId: c.tenant.id,
  standardId: c.standard.id,
  chargedOn: c.chargedOn,
  quantity: c.quantity,
  unitPrice: c.unitPrice,
  amountFen: c.amountFen,
  description: c.description,
  createdAt: c.createdAt,
  cancelledAt: c.cancelledAt ?? null,
  cancelReason: c.cancelReason ?? null,
});
