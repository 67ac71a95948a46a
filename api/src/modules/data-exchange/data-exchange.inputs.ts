import { IsOptional, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';

export enum ExportFormatEnum {
  XLSX = 'xlsx',
  CSV = 'csv',
}
registerEnumType(ExportFormatEnum, {
  name: 'ExportFormat',
  description: 'Form of an exported file.',
  valuesConfig: {
    XLSX: { description: 'Excel workbook (numbers and dates as cells)' },
    CSV: { description: 'Comma-separated text, UTF-8 with a byte-order mark (Excel opens it)' },
  },
});

export enum ExchangeLanguageEnum {
  ZH_CN = 'zh-CN',
  EN = 'en',
}
registerEnumType(ExchangeLanguageEnum, {
  name: 'ExchangeLanguage',
  description: 'Language of a file’s headers and words.',
  valuesConfig: {
    ZH_CN: { description: 'Simplified Chinese 简体中文' },
    EN: { description: 'English' },
  },
});

@InputType({ description: 'Which list to export, filtered as on screen, and in what form.' })
export class ExportListInput {
  @Field({
    description:
      'The list: units, equipment, tenantCompanies, users, workOrders, maintenancePlans or auditLog.',
  })
  @Length(1, 64)
  list!: string;

  @Field(() => ExportFormatEnum, { description: 'XLSX or CSV.' })
  format!: ExportFormatEnum;

  @Field(() => ExchangeLanguageEnum, {
    defaultValue: ExchangeLanguageEnum.ZH_CN,
    description: 'Language of headers and words; zh-CN when omitted.',
  })
  language!: ExchangeLanguageEnum;

  @Field({
    nullable: true,
    description: 'The filter, as JSON of the input type the list’s query takes (e.g. UnitFilter).',
  })
  @IsOptional()
  @MaxLength(10_000)
  filter?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'For a list whose query takes a park rather than a filter (maintenancePlans): the park.',
  })
  @IsOptional()
  parkId?: string;
}
