import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { ApiKey } from './api-key.entity.js';

@ObjectType('ApiKey', { description: 'A partner system’s key; the secret itself is never shown again.' })
export class ApiKeyType {
  @Field(() => ID, { description: 'Key id.' })
  id!: string;

  @Field({ description: 'What the key is for.' })
  name!: string;

  @Field({ description: 'Organisation holding it.' })
  partner!: string;

  @Field({ description: 'First characters of the key, to recognise it.' })
  prefix!: string;

  @Field(() => [String], { description: 'Granted scopes.' })
  scopes!: string[];

  @Field(() => [ID], { description: 'Parks it may act in.' })
  parkIds!: string[];

  @Field(() => Date, { nullable: true, description: 'When it stops working; never when empty.' })
  expiresAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was revoked.' })
  revokedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Last request, to the minute.' })
  lastUsedAt!: Date | null;

  @Field(() => Int, { description: 'Requests allowed per minute.' })
  rateLimitPerMinute!: number;

  @Field({ description: 'When it was issued.' })
  createdAt!: Date;
}

export function toApiKeyType(k: ApiKey): ApiKeyType {
  return {
    id: k.id,
    name: k.name,
    partner: k.partner,
    prefix: k.prefix,
    scopes: [...k.scopes],
    parkIds: [...k.parkIds],
    expiresAt: k.expiresAt ?? null,
    revokedAt: k.revokedAt ?? null,
    lastUsedAt: k.lastUsedAt ?? null,
    rateLimitPerMinute: k.rateLimitPerMinute,
    createdAt: k.createdAt,
  };
}

@ObjectType('ApiKeyScope', { description: 'A scope a partner key may be granted.' })
export class ApiKeyScopeType {
  @Field({ description: 'Scope, e.g. supervisor:read.' })
  scope!: string;

  @Field({ description: 'What it allows.' })
  description!: string;
}

@ObjectType('ApiKeySecret', { description: 'A new key. The token is shown this once; store it safely.' })
export class ApiKeySecret {
  @Field(() => ApiKeyType, { description: 'The key.' })
  apiKey!: ApiKeyType;

  @Field({ description: 'Send as `Authorization: ApiKey <token>`.' })
  token!: string;
}

@InputType({ description: 'A partner key to issue.' })
export class CreateApiKeyInput {
  @Field({ description: 'What the key is for.' })
  @Length(1, 80)
  name!: string;

  @Field({ description: 'Organisation holding it.' })
  @Length(1, 100)
  partner!: string;

  @Field(() => [String], { description: 'Scopes; see apiKeyScopes.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @MaxLength(40, { each: true })
  scopes!: string[];

  @Field(() => [ID], { description: 'Parks it may act in (yours).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  parkIds!: string[];

  @Field(() => Date, { nullable: true, description: 'When it stops working; must be in the future.' })
  expiresAt?: Date;

  @Field(() => Int, { defaultValue: 600, description: 'Requests allowed per minute (1–100000).' })
  @IsOptional()
  @Min(1)
  @Max(100_000)
  rateLimitPerMinute!: number;
}
