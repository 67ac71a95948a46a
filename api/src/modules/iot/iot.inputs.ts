import { IsOptional, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DeviceKind, DeviceStatus } from './iot.enums.js';

const CODE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/;
const CODE_MESSAGE = 'code must be 1–40 letters, digits, _ or -, starting with a letter or digit';

@InputType({ description: 'A device to register.' })
export class RegisterIotDeviceInput {
  @Field(() => ID, { description: 'Its park.' })
  parkId!: string;

  @Field({ description: 'Code, unique in the park; part of its MQTT topics.' })
  @Length(1, 40)
  @Matches(CODE, { message: CODE_MESSAGE })
  code!: string;

  @Field(() => DeviceKind, { description: 'What it is.' })
  kind!: DeviceKind;

  @Field({ description: 'Display name.' })
  @Length(1, 100)
  name!: string;

  @Field({ nullable: true, description: 'Where it is installed.' })
  @IsOptional()
  @Length(1, 200)
  location?: string;
}

@InputType({ description: 'Changes to a device; its code and kind are fixed (they are its topics).' })
export class UpdateIotDeviceInput {
  @Field({ nullable: true, description: 'Display name.' })
  @IsOptional()
  @Length(1, 100)
  name?: string;

  @Field(() => String, { nullable: true, description: 'Where it is installed; null clears it.' })
  @IsOptional()
  @Length(1, 200)
  location?: string | null;

  @Field(() => DeviceStatus, { nullable: true, description: 'DISABLED refuses its connections.' })
  @IsOptional()
  status?: DeviceStatus;
}
