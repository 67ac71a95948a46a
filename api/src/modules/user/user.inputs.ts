import { ArrayMaxSize, ArrayMinSize, IsEmail, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { PHONE } from '../tenant/tenant.inputs.js';
import { UserKind } from './role.entity.js';
import { UserStatus } from './user.entity.js';

export const LOGIN = /^[a-z0-9][a-z0-9._@-]{2,63}$/;

@InputType({ description: 'A new user.' })
export class CreateUserInput {
  @Field(() => UserKind, { description: 'Staff or tenant user.' })
  kind!: UserKind;

  @Field({ description: 'Sign-in name: 3–64 of a-z 0-9 . _ @ -, stored lower case.' })
  @Matches(LOGIN, { message: 'login must be 3 to 64 characters of a-z, 0-9, ".", "_", "@" or "-"' })
  @MaxLength(64)
  login!: string;

  @Field({ description: 'Name shown to others.' })
  @Length(1, 50)
  displayName!: string;

  @Field({ nullable: true, description: 'Mobile number.' })
  @IsOptional()
  @Matches(PHONE, { message: 'phone must be a mainland mobile number or a landline with area code' })
  @MaxLength(20)
  phone?: string;

  @Field({ nullable: true, description: 'E-mail address.' })
  @IsOptional()
  @IsEmail()
  @MaxLength(120)
  email?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Tenant users: their company (tenant admins: their own by default).',
  })
  tenantId?: string;

  @Field(() => [ID], { nullable: true, description: 'Staff: the parks they work in (at least one).' })
  @IsOptional()
  @ArrayMaxSize(100)
  parkIds?: string[];

  @Field(() => [ID], { description: 'Roles to grant; only roles within your own permissions.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  roleIds!: string[];

  @Field({
    description:
      'First password: 10–128 characters with letters and digits; must be changed at first sign-in.',
  })
  @MaxLength(128)
  password!: string;
}

@InputType({ description: 'Changes to a user; omitted fields stay as they are.' })
export class UpdateUserInput {
  @Field({ nullable: true, description: 'Name shown to others.' })
  @IsOptional()
  @Length(1, 50)
  displayName?: string;

  @Field(() => String, { nullable: true, description: 'Mobile number.' })
  @IsOptional()
  @Matches(PHONE, { message: 'phone must be a mainland mobile number or a landline with area code' })
  @MaxLength(20)
  phone?: string;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  @IsOptional()
  @IsEmail()
  @MaxLength(120)
  email?: string;

  @Field(() => [ID], { nullable: true, description: 'Replaces the roles.' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  roleIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Staff: replaces the parks.' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  parkIds?: string[];

  @Field(() => UserStatus, { nullable: true, description: 'DISABLED ends every session at once.' })
  status?: UserStatus;
}

@InputType({ description: 'Which users to list.' })
export class UserFilter {
  @Field(() => UserKind, { nullable: true, description: 'Staff or tenant users.' })
  kind?: UserKind;

  @Field(() => ID, { nullable: true, description: 'Users of this tenant company.' })
  tenantId?: string;

  @Field(() => ID, { nullable: true, description: 'Staff bound to, or tenant users of, this park.' })
  parkId?: string;

  @Field(() => UserStatus, { nullable: true, description: 'Only active or only disabled.' })
  status?: UserStatus;

  @Field({ nullable: true, description: 'Part of the login or display name.' })
  @IsOptional()
  @Length(1, 50)
  search?: string;
}

@InputType({ description: 'A new role.' })
export class CreateRoleInput {
  @Field({ description: 'Stable key: lower case letters, digits and _.' })
  @Matches(/^[a-z][a-z0-9_]{2,39}$/, {
    message: 'key must be 3 to 40 of a-z, 0-9 and _, starting with a letter',
  })
  @MaxLength(40)
  key!: string;

  @Field({ description: 'Chinese name.' })
  @Length(1, 60)
  name!: string;

  @Field({ description: 'English name.' })
  @Length(1, 60)
  nameEn!: string;

  @Field({ nullable: true, description: 'What the role is for.' })
  @IsOptional()
  @Length(0, 300)
  description?: string;

  @Field(() => UserKind, { description: 'Staff or tenant role.' })
  audience!: UserKind;

  @Field(() => [String], { description: 'Permission keys.' })
  @ArrayMaxSize(100)
  @MaxLength(40, { each: true })
  permissions!: string[];
}

@InputType({ description: 'Changes to a role of one’s own making.' })
export class UpdateRoleInput {
  @Field({ nullable: true, description: 'Chinese name.' })
  @IsOptional()
  @Length(1, 60)
  name?: string;

  @Field({ nullable: true, description: 'English name.' })
  @IsOptional()
  @Length(1, 60)
  nameEn?: string;

  @Field({ nullable: true, description: 'What the role is for.' })
  @IsOptional()
  @Length(0, 300)
  description?: string;

  @Field(() => [String], { nullable: true, description: 'Replaces the permission keys.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @MaxLength(40, { each: true })
  permissions?: string[];
}
