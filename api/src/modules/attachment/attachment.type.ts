import { IsInt, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType('Attachment', {
  description:
    'A photo or document on a work order, the photo of a manual meter reading, or an issued e-invoice.',
})
export class AttachmentType {
  @Field(() => ID, { description: 'Attachment id.' })
  id!: string;

  @Field({ description: 'File name as uploaded.' })
  fileName!: string;

  @Field({
    description:
      'image/jpeg, image/png, image/webp, image/heic or application/pdf; an e-invoice also application/ofd or application/xml.',
  })
  contentType!: string;

  @Field(() => Int, { description: 'Bytes.' })
  size!: number;

  @Field(() => String, { nullable: true, description: 'Who uploaded it.' })
  uploadedBy!: string | null;

  @Field({ description: 'When it was uploaded.' })
  uploadedAt!: Date;

  @Field({ description: 'A link to the file, valid for an hour (relative to the API origin).' })
  url!: string;
}

@InputType({ description: 'A file about to be uploaded to a work order.' })
export class CreateAttachmentUploadInput {
  @Field(() => ID, { description: 'The work order.' })
  workOrderId!: string;

  @Field({ description: 'File name (1–200 characters).' })
  @Length(1, 200)
  fileName!: string;

  @Field({ description: 'Its type; must match the bytes.' })
  @Length(1, 100)
  contentType!: string;

  @Field(() => Int, { description: 'Its size in bytes (at most the configured limit).' })
  @IsInt()
  @Min(1)
  @Max(2_000_000_000)
  size!: number;
}

@ObjectType('AttachmentUpload', { description: 'Where to PUT the bytes of a new attachment.' })
export class AttachmentUploadType {
  @Field(() => ID, {
    description: 'The attachment, listed on its owner (order, reading, invoice) once its bytes arrived.',
  })
  attachmentId!: string;

  @Field({ description: 'PUT the file here (same origin as /graphql), with its Content-Type.' })
  uploadUrl!: string;

  @Field({ description: 'The link works until then.' })
  expiresAt!: Date;
}
