/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What kind of caller is signed in. */
export type ActorKind =
  /** A paired lobby kiosk. */
  | 'DEVICE'
  /** A partner system with an API key. */
  | 'PARTNER'
  /** Park operator staff. */
  | 'STAFF'
  /** A tenant company’s user. */
  | 'TENANT';

/** Where a bill line comes from. */
export type BillLineSource =
  /** A one-off charge: parking, room booking, service 其他收费 */
  | 'CHARGE'
  /** Late fee on an earlier bill 滞纳金 */
  | 'LATE_FEE'
  /** A lease’s deposit 押金 */
  | 'LEASE_DEPOSIT'
  /** A lease’s property fee 物业管理费 */
  | 'LEASE_PROPERTY_FEE'
  /** A lease’s rent 租金 */
  | 'LEASE_RENT'
  /** A paid repair 有偿维修 */
  | 'REPAIR'
  /** A sub-meter’s consumption 水电费 */
  | 'UTILITY';

/** Where a bill stands. */
export type BillStatus =
  /** Issued, not yet past due 已出账 */
  | 'ISSUED'
  /** Past due with money owed 逾期 */
  | 'OVERDUE'
  /** Paid 已结清 */
  | 'PAID'
  /** Partly paid 部分支付 */
  | 'PARTLY_PAID'
  /** Withdrawn before anything was paid 已作废 */
  | 'VOID';

/** A bill paid at the lobby kiosk, identified as printed on it. */
export type KioskPayInput = {
  /** How much, fen (default: everything owed). */
  amountFen?: number | null | undefined;
  /** The six-digit check code printed beside it. */
  checkCode: string;
  /** Currency; only CNY. */
  currency?: string | null | undefined;
  /** The kiosk’s key of this attempt: sent again, it answers the same. */
  idempotencyKey: string;
  /** The bill number. */
  number: string;
};

/** A pairing attempt from the kiosk. */
export type PairKioskInput = {
  /** The eight-digit code from the admin console. */
  pairingCode: string;
};

/** Which way a scan goes. */
export type PassDirection =
  /** In when not yet in; out when in for at least a minute (a second scan at once is a replay). */
  | 'AUTO'
  /** Check in. */
  | 'IN'
  /** Check out. */
  | 'OUT';

/** Where a payment stands. */
export type PaymentIntentStatus =
  /** Expired or closed unpaid 已关闭 */
  | 'CLOSED'
  /** The payment failed 支付失败 */
  | 'FAILED'
  /** Waiting for the payer 待支付 */
  | 'PENDING'
  /** Paid 支付成功 */
  | 'SUCCEEDED';

/** Who moves the money. */
export type PaymentProvider =
  /** Alipay 支付宝 */
  | 'ALIPAY'
  /** The in-product sandbox (no real money) 沙箱 */
  | 'SANDBOX'
  /** WeChat Pay 微信支付 */
  | 'WECHAT';

/** Where a visit stands in its approval (check-in and check-out are stamped beside it). */
export type VisitState =
  /** The pass is valid in its window. */
  | 'APPROVED'
  /** The host did not answer in time: the front desk decides. */
  | 'AWAITING_FRONT_DESK'
  /** A walk-in waiting for the host company’s answer. */
  | 'AWAITING_HOST'
  /** The watchlist matched: security decides in the console. */
  | 'AWAITING_SECURITY'
  /** Refused by the host, the front desk or security. */
  | 'REJECTED'
  /** Withdrawn by the host company. */
  | 'REVOKED';

/** A walk-in registration typed on the kiosk. */
export type WalkInInput = {
  /** People coming along (0–50). */
  companions?: number | null | undefined;
  /** The visitor’s company (1–100). */
  company?: string | null | undefined;
  /** The host (from `kioskHosts`). */
  hostUserId: string | number;
  /** Hours the pass should last (1–12, default 4). */
  hours?: number | null | undefined;
  /** 18-character ID-card number, optional; check digit verified. */
  idNumber?: string | null | undefined;
  /** Full name (1–50). */
  name: string;
  /** Mobile number. */
  phone: string;
  /** Vehicle plate. */
  plate?: string | null | undefined;
  /** Why they come (1–200). */
  purpose: string;
  /** The host company (from `kioskDirectory`). */
  tenantId: string | number;
};

export type KioskBillQueryVariables = Exact<{
  number: string;
  checkCode: string;
}>;


export type KioskBillQuery = { kioskBill: { id: string, number: string, tenantName: string, period: string, status: BillStatus, dueOn: string, totalFen: number, paidFen: number, outstandingFen: number, lines: Array<{ id: string, description: string, source: BillLineSource, periodFrom: string, periodTo: string, amountFen: number }> } };

export type KioskPayBillMutationVariables = Exact<{
  input: KioskPayInput;
}>;


export type KioskPayBillMutation = { kioskPayBill: { id: string, status: PaymentIntentStatus, provider: PaymentProvider, amountFen: number, payUrl: string, expiresAt: string, paidAt: string | null, outTradeNo: string, providerTradeNo: string | null, receiptNo: string | null } };

export type KioskPaymentFragment = { id: string, status: PaymentIntentStatus, provider: PaymentProvider, amountFen: number, payUrl: string, expiresAt: string, paidAt: string | null, outTradeNo: string, providerTradeNo: string | null, receiptNo: string | null };

export type KioskPaymentIntentChangedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type KioskPaymentIntentChangedSubscription = { kioskPaymentIntentChanged: { id: string, status: PaymentIntentStatus, provider: PaymentProvider, amountFen: number, payUrl: string, expiresAt: string, paidAt: string | null, outTradeNo: string, providerTradeNo: string | null, receiptNo: string | null } };

export type KioskPaymentIntentQueryVariables = Exact<{
  id: string | number;
}>;


export type KioskPaymentIntentQuery = { kioskPaymentIntent: { id: string, status: PaymentIntentStatus, provider: PaymentProvider, amountFen: number, payUrl: string, expiresAt: string, paidAt: string | null, outTradeNo: string, providerTradeNo: string | null, receiptNo: string | null } };

export type KioskViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type KioskViewerQuery = { viewer: { kind: ActorKind, id: string, name: string, parks: Array<{ id: string, name: string, timeZone: string }>, kioskDevice: { id: string, name: string, location: string | null, building: { id: string, name: string } | null } | null } };

export type PairKioskDeviceMutationVariables = Exact<{
  input: PairKioskInput;
}>;


export type PairKioskDeviceMutation = { pairKioskDevice: { credential: string, device: { id: string, name: string } } };

export type KioskDirectoryQueryVariables = Exact<{ [key: string]: never; }>;


export type KioskDirectoryQuery = { kioskDirectory: Array<{ id: string, name: string, shortName: string | null, industry: { code: string, name: string, nameEn: string }, locations: Array<{ unitCodes: Array<string>, building: { id: string, code: string, name: string }, floor: { id: string, level: number, name: string } }> }> };

export type KioskHostsQueryVariables = Exact<{
  tenantId: string | number;
  search?: string | null | undefined;
}>;


export type KioskHostsQuery = { kioskHosts: Array<{ id: string, name: string, initials: string }> };

export type KioskRegistrationFragment = { id: string, state: VisitState, startsAt: string, endsAt: string, hostName: string, tenantName: string, companions: number, hostDeadline: string | null, pass: { token: string, validFrom: string, validUntil: string } | null };

export type RegisterWalkInMutationVariables = Exact<{
  input: WalkInInput;
}>;


export type RegisterWalkInMutation = { registerWalkIn: { id: string, state: VisitState, startsAt: string, endsAt: string, hostName: string, tenantName: string, companions: number, hostDeadline: string | null, pass: { token: string, validFrom: string, validUntil: string } | null } };

export type KioskRegistrationQueryVariables = Exact<{
  id: string | number;
}>;


export type KioskRegistrationQuery = { kioskRegistration: { id: string, state: VisitState, startsAt: string, endsAt: string, hostName: string, tenantName: string, companions: number, hostDeadline: string | null, pass: { token: string, validFrom: string, validUntil: string } | null } };

export type KioskRegistrationUpdatedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type KioskRegistrationUpdatedSubscription = { kioskRegistrationUpdated: { id: string, state: VisitState, startsAt: string, endsAt: string, hostName: string, tenantName: string, companions: number, hostDeadline: string | null, pass: { token: string, validFrom: string, validUntil: string } | null } };

export type KioskScanVisitorPassMutationVariables = Exact<{
  token: string;
  direction?: PassDirection | null | undefined;
}>;


export type KioskScanVisitorPassMutation = { kioskScanVisitorPass: { direction: PassDirection, visitId: string, visitorName: string, tenantName: string, hostName: string, startsAt: string, endsAt: string, companions: number, at: string } };

export const KioskPaymentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KioskPayment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentIntent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"payUrl"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"outTradeNo"}},{"kind":"Field","name":{"kind":"Name","value":"providerTradeNo"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNo"}}]}}]} as unknown as DocumentNode<KioskPaymentFragment, unknown>;
export const KioskRegistrationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KioskRegistration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Visit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"hostName"}},{"kind":"Field","name":{"kind":"Name","value":"tenantName"}},{"kind":"Field","name":{"kind":"Name","value":"companions"}},{"kind":"Field","name":{"kind":"Name","value":"hostDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"pass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]} as unknown as DocumentNode<KioskRegistrationFragment, unknown>;
export const KioskBillDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KioskBill"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"checkCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kioskBill"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}},{"kind":"Argument","name":{"kind":"Name","value":"checkCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"checkCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"tenantName"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"paidFen"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingFen"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}}]}}]} as unknown as DocumentNode<KioskBillQuery, KioskBillQueryVariables>;
export const KioskPayBillDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KioskPayBill"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KioskPayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kioskPayBill"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KioskPayment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KioskPayment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentIntent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"payUrl"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"outTradeNo"}},{"kind":"Field","name":{"kind":"Name","value":"providerTradeNo"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNo"}}]}}]} as unknown as DocumentNode<KioskPayBillMutation, KioskPayBillMutationVariables>;
export const KioskPaymentIntentChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"KioskPaymentIntentChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kioskPaymentIntentChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KioskPayment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KioskPayment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentIntent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"payUrl"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"outTradeNo"}},{"kind":"Field","name":{"kind":"Name","value":"providerTradeNo"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNo"}}]}}]} as unknown as DocumentNode<KioskPaymentIntentChangedSubscription, KioskPaymentIntentChangedSubscriptionVariables>;
export const KioskPaymentIntentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KioskPaymentIntent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kioskPaymentIntent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KioskPayment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KioskPayment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentIntent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"payUrl"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"outTradeNo"}},{"kind":"Field","name":{"kind":"Name","value":"providerTradeNo"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNo"}}]}}]} as unknown as DocumentNode<KioskPaymentIntentQuery, KioskPaymentIntentQueryVariables>;
export const KioskViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KioskViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kioskDevice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<KioskViewerQuery, KioskViewerQueryVariables>;
export const PairKioskDeviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PairKioskDevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PairKioskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pairKioskDevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credential"}},{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PairKioskDeviceMutation, PairKioskDeviceMutationVariables>;
export const KioskDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KioskDirectory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kioskDirectory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"industry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"locations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"floor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitCodes"}}]}}]}}]}}]} as unknown as DocumentNode<KioskDirectoryQuery, KioskDirectoryQueryVariables>;
export const KioskHostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KioskHosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kioskHosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"initials"}}]}}]}}]} as unknown as DocumentNode<KioskHostsQuery, KioskHostsQueryVariables>;
export const RegisterWalkInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterWalkIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WalkInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerWalkIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KioskRegistration"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KioskRegistration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Visit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"hostName"}},{"kind":"Field","name":{"kind":"Name","value":"tenantName"}},{"kind":"Field","name":{"kind":"Name","value":"companions"}},{"kind":"Field","name":{"kind":"Name","value":"hostDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"pass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]} as unknown as DocumentNode<RegisterWalkInMutation, RegisterWalkInMutationVariables>;
export const KioskRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KioskRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kioskRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KioskRegistration"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KioskRegistration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Visit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"hostName"}},{"kind":"Field","name":{"kind":"Name","value":"tenantName"}},{"kind":"Field","name":{"kind":"Name","value":"companions"}},{"kind":"Field","name":{"kind":"Name","value":"hostDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"pass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]} as unknown as DocumentNode<KioskRegistrationQuery, KioskRegistrationQueryVariables>;
export const KioskRegistrationUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"KioskRegistrationUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kioskRegistrationUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KioskRegistration"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KioskRegistration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Visit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"hostName"}},{"kind":"Field","name":{"kind":"Name","value":"tenantName"}},{"kind":"Field","name":{"kind":"Name","value":"companions"}},{"kind":"Field","name":{"kind":"Name","value":"hostDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"pass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]} as unknown as DocumentNode<KioskRegistrationUpdatedSubscription, KioskRegistrationUpdatedSubscriptionVariables>;
export const KioskScanVisitorPassDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KioskScanVisitorPass"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PassDirection"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kioskScanVisitorPass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"visitId"}},{"kind":"Field","name":{"kind":"Name","value":"visitorName"}},{"kind":"Field","name":{"kind":"Name","value":"tenantName"}},{"kind":"Field","name":{"kind":"Name","value":"hostName"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"companions"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<KioskScanVisitorPassMutation, KioskScanVisitorPassMutationVariables>;