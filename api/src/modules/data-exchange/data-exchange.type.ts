import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('ExportLink', { description: 'A short-lived link that downloads an export.' })
export class ExportLinkType {
  @Field({ description: 'Path to GET (no credential needed); it works for two minutes.' })
  url!: string;

  @Field(() => Int, { description: 'Rows the file will hold, as counted now.' })
  rowCount!: number;

  @Field({ description: 'When the link stops working.' })
  expiresAt!: Date;
}
