import { IsIn, IsInt, IsOptional, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

/** The photo types a public report may carry: pictures only, no documents. */
export const REPORT_PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic'] as const;

@ObjectType('PublicEquipment', {
  description:
    'What the public fault-report page shows about the equipment behind a QR label: its name and where it is, nothing else.',
})
export class PublicEquipmentType {
  @Field({ description: 'Equipment name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The building it is in.' })
  buildingName!: string | null;

  @Field(() => String, { nullable: true, description: 'The floor it is on.' })
  floorName!: string | null;
}

@InputType({ description: 'A photo to send with a public fault report.' })
export class ReportPhotoInput {
  @Field({ description: 'File name (1–200 characters).' })
  @Length(1, 200)
  fileName!: string;

  @Field({ description: 'image/jpeg, image/png, image/webp or image/heic; must match the bytes.' })
  @IsIn(REPORT_PHOTO_TYPES)
  @Length(1, 100)
  contentType!: string;

  @Field(() => Int, { description: 'Its size in bytes (at most the configured limit).' })
  @IsInt()
  @Min(1)
  @Max(2_000_000_000)
  size!: number;
}

@InputType({ description: 'A fault reported by anyone through an equipment’s QR label.' })
export class ReportEquipmentFaultInput {
  @Field({ description: 'The token in the label’s link.' })
  @Length(1, 64)
  token!: string;

  @Field({ description: 'What is wrong (2–500 characters).' })
  @Length(2, 500)
  description!: string;

  @Field({ nullable: true, description: 'The reporter’s name, as they give it (unverified).' })
  @IsOptional()
  @Length(1, 50)
  reporterName?: string;

  @Field({ nullable: true, description: 'A phone number to call back (unverified).' })
  @IsOptional()
  @Matches(/^\+?[0-9][0-9 -]{5,18}$/, { message: 'a phone number: digits, spaces, dashes' })
  @Length(6, 20)
  reporterPhone?: string;

  @Field(() => ReportPhotoInput, { nullable: true, description: 'A photo to upload after the report.' })
  @IsOptional()
  @ValidateNested()
  photo?: ReportPhotoInput;
}

@ObjectType('FaultReportReceipt', { description: 'The answer to a public fault report.' })
export class FaultReportReceiptType {
  @Field({ description: 'The report was received and is with the park’s service desk.' })
  received!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'PUT the photo here (same origin), with its Content-Type; one upload, for 15 minutes.',
  })
  photoUploadUrl!: string | null;
}

@ObjectType('FaultReport', {
  description: 'A fault reported through an equipment QR label; name and phone are unverified.',
})
export class FaultReportType {
  @Field(() => ID, { description: 'Report id.' })
  id!: string;

  @Field({ description: 'What the reporter wrote.' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'The name the reporter gave (unverified).' })
  reporterName!: string | null;

  @Field(() => String, { nullable: true, description: 'The phone the reporter gave (unverified).' })
  reporterPhone!: string | null;

  @Field({ description: 'Whether this report filed the order (false: it joined it).' })
  filedOrder!: boolean;

  @Field({ description: 'When it was reported.' })
  reportedAt!: Date;
}
