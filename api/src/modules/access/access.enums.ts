import { registerEnumType } from 'type-graphql';

/** What kind of device guards a way in (SPEC §3.3 门禁). */
export enum AccessPointKind {
  GATE = 'GATE',
  DOOR = 'DOOR',
  BARRIER = 'BARRIER',
  ELEVATOR = 'ELEVATOR',
}

/** What a person presents at a point. */
export enum CredentialKind {
  CARD = 'CARD',
  QR = 'QR',
  PLATE = 'PLATE',
}

export enum CredentialStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  REVOKED = 'REVOKED',
}

export enum AccessDecision {
  GRANTED = 'GRANTED',
  DENIED = 'DENIED',
}

export enum AccessDirection {
  IN = 'IN',
  OUT = 'OUT',
}

/** What a device reported: a passage attempt, or an alarm of the door itself. */
export enum AccessEventType {
  PASS = 'PASS',
  TAILGATING = 'TAILGATING',
  FORCED_OPEN = 'FORCED_OPEN',
  HELD_OPEN = 'HELD_OPEN',
}

/** Why a decision went as it did; the same codes for `accessDecision` and ingested events. */
export enum AccessReason {
  GRANTED = 'GRANTED',
  UNKNOWN_CREDENTIAL = 'UNKNOWN_CREDENTIAL',
  CREDENTIAL_SUSPENDED = 'CREDENTIAL_SUSPENDED',
  CREDENTIAL_REVOKED = 'CREDENTIAL_REVOKED',
  NOT_YET_VALID = 'NOT_YET_VALID',
  EXPIRED = 'EXPIRED',
  POINT_DISABLED = 'POINT_DISABLED',
  NO_ACCESS_TO_POINT = 'NO_ACCESS_TO_POINT',
  OUTSIDE_SCHEDULE = 'OUTSIDE_SCHEDULE',
  OTHER = 'OTHER',
}

/** What a security event is about. */
export enum SecurityEventKind {
  DENIED = 'DENIED',
  TAILGATING = 'TAILGATING',
  FORCED_OPEN = 'FORCED_OPEN',
  HELD_OPEN = 'HELD_OPEN',
}

export enum SecurityEventStatus {
  OPEN = 'OPEN',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  CLOSED = 'CLOSED',
}

registerEnumType(AccessPointKind, {
  name: 'AccessPointKind',
  description: 'Kind of access point.',
  valuesConfig: {
    GATE: { description: 'Pedestrian gate or turnstile 闸机' },
    DOOR: { description: 'Door with a reader 门禁' },
    BARRIER: { description: 'Vehicle barrier 道闸' },
    ELEVATOR: { description: 'Elevator reader 梯控' },
  },
});
registerEnumType(CredentialKind, {
  name: 'CredentialKind',
  description: 'Kind of credential.',
  valuesConfig: {
    CARD: { description: 'Physical card number 门禁卡' },
    QR: { description: 'QR pass reference (virtual card) 二维码' },
    PLATE: { description: 'Vehicle plate 车牌' },
  },
});
registerEnumType(CredentialStatus, {
  name: 'CredentialStatus',
  description: 'Whether a credential may be used.',
  valuesConfig: {
    ACTIVE: { description: 'In use 有效' },
    SUSPENDED: { description: 'Temporarily blocked (lost card) 挂失' },
    REVOKED: { description: 'Withdrawn for good 注销' },
  },
});
registerEnumType(AccessDecision, {
  name: 'AccessDecision',
  description: 'Granted or denied.',
  valuesConfig: {
    GRANTED: { description: 'Let through 允许' },
    DENIED: { description: 'Refused 拒绝' },
  },
});
registerEnumType(AccessDirection, {
  name: 'AccessDirection',
  description: 'In or out.',
  valuesConfig: { IN: { description: 'Entering 进' }, OUT: { description: 'Leaving 出' } },
});
registerEnumType(AccessEventType, {
  name: 'AccessEventType',
  description: 'What a device reported.',
  valuesConfig: {
    PASS: { description: 'A passage attempt 通行' },
    TAILGATING: { description: 'More people passed than were granted 尾随' },
    FORCED_OPEN: { description: 'Door forced open 强行开门' },
    HELD_OPEN: { description: 'Door held open too long 门长时间未关' },
  },
});
registerEnumType(AccessReason, {
  name: 'AccessReason',
  description: 'Why an access decision went as it did.',
  valuesConfig: {
    GRANTED: { description: 'Allowed 允许通行' },
    UNKNOWN_CREDENTIAL: { description: 'No such credential in this park 未登记凭证' },
    CREDENTIAL_SUSPENDED: { description: 'Credential suspended 凭证已挂失' },
    CREDENTIAL_REVOKED: { description: 'Credential revoked 凭证已注销' },
    NOT_YET_VALID: { description: 'Before the credential’s validity 未到有效期' },
    EXPIRED: { description: 'After the credential’s validity 已过期' },
    POINT_DISABLED: { description: 'The point is disabled 通行点已停用' },
    NO_ACCESS_TO_POINT: { description: 'No access group of the holder covers this point 无权限' },
    OUTSIDE_SCHEDULE: { description: 'Outside every schedule of the holder’s groups 不在通行时段' },
    OTHER: { description: 'Another reason the device gave 其他' },
  },
});
registerEnumType(SecurityEventKind, {
  name: 'SecurityEventKind',
  description: 'What a security event is about.',
  valuesConfig: {
    DENIED: { description: 'Access denied 拒绝通行' },
    TAILGATING: { description: 'Tailgating 尾随' },
    FORCED_OPEN: { description: 'Door forced open 强行开门' },
    HELD_OPEN: { description: 'Door held open 门长时间未关' },
  },
});
registerEnumType(SecurityEventStatus, {
  name: 'SecurityEventStatus',
  description: 'Where a security event stands.',
  valuesConfig: {
    OPEN: { description: 'Not yet seen 待处理' },
    ACKNOWLEDGED: { description: 'A guard took it 已确认' },
    CLOSED: { description: 'Dealt with 已关闭' },
  },
});
