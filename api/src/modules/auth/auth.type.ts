import { MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { UserType } from '../user/user.type.js';

export enum ActorKind {
  STAFF = 'STAFF',
  TENANT = 'TENANT',
  DEVICE = 'DEVICE',
  PARTNER = 'PARTNER',
}
registerEnumType(ActorKind, {
  name: 'ActorKind',
  description: 'What kind of caller is signed in.',
  valuesConfig: {
    STAFF: { description: 'Park operator staff.' },
    TENANT: { description: 'A tenant company’s user.' },
    DEVICE: { description: 'A paired lobby kiosk.' },
    PARTNER: { description: 'A partner system with an API key.' },
  },
});

@ObjectType('Viewer', { description: 'The caller: who they are and what they may do.' })
export class ViewerType {
  @Field(() => ActorKind, { description: 'Staff, tenant user, kiosk or partner key.' })
  kind!: ActorKind;

  @Field(() => ID, { description: 'User, device or key id.' })
  id!: string;

  @Field({ description: 'Display name, device name or partner / key name.' })
  name!: string;

  @Field(() => [String], { description: 'Permission keys in force for this request.' })
  permissions!: string[];

  @Field({ description: 'Sees every park (HQ).' })
  allParks!: boolean;

  parkIds!: readonly string[];
  tenantId!: string | null;
}

@ObjectType('AuthPayload', { description: 'A new session: keep the refresh token private.' })
export class AuthPayload {
  @Field({ description: 'Send as `Authorization: Bearer <token>`; short-lived.' })
  accessToken!: string;

  @Field({ description: 'When the access token stops working.' })
  accessTokenExpiresAt!: Date;

  @Field({ description: 'Trade for a new pair with refreshSession; each works once.' })
  refreshToken!: string;

  @Field({ description: 'When the session ends unless refreshed.' })
  refreshTokenExpiresAt!: Date;

  @Field(() => UserType, { description: 'Who signed in.' })
  user!: UserType;
}

@InputType({ description: 'Password sign-in.' })
export class LoginInput {
  @Field({ description: 'Sign-in name (any case).' })
  @MaxLength(64)
  login!: string;

  @Field({ description: 'Password.' })
  @MaxLength(128)
  password!: string;
}
