/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query KioskBill($number: String!, $checkCode: String!) {\n  kioskBill(number: $number, checkCode: $checkCode) {\n    id\n    number\n    tenantName\n    period\n    status\n    dueOn\n    totalFen\n    paidFen\n    outstandingFen\n    lines {\n      id\n      description\n      source\n      periodFrom\n      periodTo\n      amountFen\n    }\n  }\n}": typeof types.KioskBillDocument,
    "mutation KioskPayBill($input: KioskPayInput!) {\n  kioskPayBill(input: $input) {\n    ...KioskPayment\n  }\n}": typeof types.KioskPayBillDocument,
    "fragment KioskPayment on PaymentIntent {\n  id\n  status\n  provider\n  amountFen\n  payUrl\n  expiresAt\n  paidAt\n  outTradeNo\n  providerTradeNo\n  receiptNo\n}": typeof types.KioskPaymentFragmentDoc,
    "subscription KioskPaymentIntentChanged($id: ID!) {\n  kioskPaymentIntentChanged(id: $id) {\n    ...KioskPayment\n  }\n}": typeof types.KioskPaymentIntentChangedDocument,
    "query KioskPaymentIntent($id: ID!) {\n  kioskPaymentIntent(id: $id) {\n    ...KioskPayment\n  }\n}": typeof types.KioskPaymentIntentDocument,
    "query KioskViewer {\n  viewer {\n    kind\n    id\n    name\n    parks {\n      id\n      name\n      timeZone\n    }\n    kioskDevice {\n      id\n      name\n      location\n      building {\n        id\n        name\n      }\n    }\n  }\n}": typeof types.KioskViewerDocument,
    "mutation PairKioskDevice($input: PairKioskInput!) {\n  pairKioskDevice(input: $input) {\n    credential\n    device {\n      id\n      name\n    }\n  }\n}": typeof types.PairKioskDeviceDocument,
    "query KioskDirectory {\n  kioskDirectory {\n    id\n    name\n    shortName\n    industry {\n      code\n      name\n      nameEn\n    }\n    locations {\n      building {\n        id\n        code\n        name\n      }\n      floor {\n        id\n        level\n        name\n      }\n      unitCodes\n    }\n  }\n}": typeof types.KioskDirectoryDocument,
    "query KioskHosts($tenantId: ID!, $search: String) {\n  kioskHosts(tenantId: $tenantId, search: $search) {\n    id\n    name\n    initials\n  }\n}\n\nfragment KioskRegistration on Visit {\n  id\n  state\n  startsAt\n  endsAt\n  hostName\n  tenantName\n  companions\n  hostDeadline\n  pass {\n    token\n    validFrom\n    validUntil\n  }\n}\n\nmutation RegisterWalkIn($input: WalkInInput!) {\n  registerWalkIn(input: $input) {\n    ...KioskRegistration\n  }\n}\n\nquery KioskRegistration($id: ID!) {\n  kioskRegistration(id: $id) {\n    ...KioskRegistration\n  }\n}\n\nsubscription KioskRegistrationUpdated($id: ID!) {\n  kioskRegistrationUpdated(id: $id) {\n    ...KioskRegistration\n  }\n}\n\nmutation KioskScanVisitorPass($token: String!, $direction: PassDirection) {\n  kioskScanVisitorPass(token: $token, direction: $direction) {\n    direction\n    visitId\n    visitorName\n    tenantName\n    hostName\n    startsAt\n    endsAt\n    companions\n    at\n  }\n}": typeof types.KioskHostsDocument,
};
const documents: Documents = {
    "query KioskBill($number: String!, $checkCode: String!) {\n  kioskBill(number: $number, checkCode: $checkCode) {\n    id\n    number\n    tenantName\n    period\n    status\n    dueOn\n    totalFen\n    paidFen\n    outstandingFen\n    lines {\n      id\n      description\n      source\n      periodFrom\n      periodTo\n      amountFen\n    }\n  }\n}": types.KioskBillDocument,
    "mutation KioskPayBill($input: KioskPayInput!) {\n  kioskPayBill(input: $input) {\n    ...KioskPayment\n  }\n}": types.KioskPayBillDocument,
    "fragment KioskPayment on PaymentIntent {\n  id\n  status\n  provider\n  amountFen\n  payUrl\n  expiresAt\n  paidAt\n  outTradeNo\n  providerTradeNo\n  receiptNo\n}": types.KioskPaymentFragmentDoc,
    "subscription KioskPaymentIntentChanged($id: ID!) {\n  kioskPaymentIntentChanged(id: $id) {\n    ...KioskPayment\n  }\n}": types.KioskPaymentIntentChangedDocument,
    "query KioskPaymentIntent($id: ID!) {\n  kioskPaymentIntent(id: $id) {\n    ...KioskPayment\n  }\n}": types.KioskPaymentIntentDocument,
    "query KioskViewer {\n  viewer {\n    kind\n    id\n    name\n    parks {\n      id\n      name\n      timeZone\n    }\n    kioskDevice {\n      id\n      name\n      location\n      building {\n        id\n        name\n      }\n    }\n  }\n}": types.KioskViewerDocument,
    "mutation PairKioskDevice($input: PairKioskInput!) {\n  pairKioskDevice(input: $input) {\n    credential\n    device {\n      id\n      name\n    }\n  }\n}": types.PairKioskDeviceDocument,
    "query KioskDirectory {\n  kioskDirectory {\n    id\n    name\n    shortName\n    industry {\n      code\n      name\n      nameEn\n    }\n    locations {\n      building {\n        id\n        code\n        name\n      }\n      floor {\n        id\n        level\n        name\n      }\n      unitCodes\n    }\n  }\n}": types.KioskDirectoryDocument,
    "query KioskHosts($tenantId: ID!, $search: String) {\n  kioskHosts(tenantId: $tenantId, search: $search) {\n    id\n    name\n    initials\n  }\n}\n\nfragment KioskRegistration on Visit {\n  id\n  state\n  startsAt\n  endsAt\n  hostName\n  tenantName\n  companions\n  hostDeadline\n  pass {\n    token\n    validFrom\n    validUntil\n  }\n}\n\nmutation RegisterWalkIn($input: WalkInInput!) {\n  registerWalkIn(input: $input) {\n    ...KioskRegistration\n  }\n}\n\nquery KioskRegistration($id: ID!) {\n  kioskRegistration(id: $id) {\n    ...KioskRegistration\n  }\n}\n\nsubscription KioskRegistrationUpdated($id: ID!) {\n  kioskRegistrationUpdated(id: $id) {\n    ...KioskRegistration\n  }\n}\n\nmutation KioskScanVisitorPass($token: String!, $direction: PassDirection) {\n  kioskScanVisitorPass(token: $token, direction: $direction) {\n    direction\n    visitId\n    visitorName\n    tenantName\n    hostName\n    startsAt\n    endsAt\n    companions\n    at\n  }\n}": types.KioskHostsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KioskBill($number: String!, $checkCode: String!) {\n  kioskBill(number: $number, checkCode: $checkCode) {\n    id\n    number\n    tenantName\n    period\n    status\n    dueOn\n    totalFen\n    paidFen\n    outstandingFen\n    lines {\n      id\n      description\n      source\n      periodFrom\n      periodTo\n      amountFen\n    }\n  }\n}"): (typeof documents)["query KioskBill($number: String!, $checkCode: String!) {\n  kioskBill(number: $number, checkCode: $checkCode) {\n    id\n    number\n    tenantName\n    period\n    status\n    dueOn\n    totalFen\n    paidFen\n    outstandingFen\n    lines {\n      id\n      description\n      source\n      periodFrom\n      periodTo\n      amountFen\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KioskPayBill($input: KioskPayInput!) {\n  kioskPayBill(input: $input) {\n    ...KioskPayment\n  }\n}"): (typeof documents)["mutation KioskPayBill($input: KioskPayInput!) {\n  kioskPayBill(input: $input) {\n    ...KioskPayment\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment KioskPayment on PaymentIntent {\n  id\n  status\n  provider\n  amountFen\n  payUrl\n  expiresAt\n  paidAt\n  outTradeNo\n  providerTradeNo\n  receiptNo\n}"): (typeof documents)["fragment KioskPayment on PaymentIntent {\n  id\n  status\n  provider\n  amountFen\n  payUrl\n  expiresAt\n  paidAt\n  outTradeNo\n  providerTradeNo\n  receiptNo\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription KioskPaymentIntentChanged($id: ID!) {\n  kioskPaymentIntentChanged(id: $id) {\n    ...KioskPayment\n  }\n}"): (typeof documents)["subscription KioskPaymentIntentChanged($id: ID!) {\n  kioskPaymentIntentChanged(id: $id) {\n    ...KioskPayment\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KioskPaymentIntent($id: ID!) {\n  kioskPaymentIntent(id: $id) {\n    ...KioskPayment\n  }\n}"): (typeof documents)["query KioskPaymentIntent($id: ID!) {\n  kioskPaymentIntent(id: $id) {\n    ...KioskPayment\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KioskViewer {\n  viewer {\n    kind\n    id\n    name\n    parks {\n      id\n      name\n      timeZone\n    }\n    kioskDevice {\n      id\n      name\n      location\n      building {\n        id\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query KioskViewer {\n  viewer {\n    kind\n    id\n    name\n    parks {\n      id\n      name\n      timeZone\n    }\n    kioskDevice {\n      id\n      name\n      location\n      building {\n        id\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PairKioskDevice($input: PairKioskInput!) {\n  pairKioskDevice(input: $input) {\n    credential\n    device {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["mutation PairKioskDevice($input: PairKioskInput!) {\n  pairKioskDevice(input: $input) {\n    credential\n    device {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KioskDirectory {\n  kioskDirectory {\n    id\n    name\n    shortName\n    industry {\n      code\n      name\n      nameEn\n    }\n    locations {\n      building {\n        id\n        code\n        name\n      }\n      floor {\n        id\n        level\n        name\n      }\n      unitCodes\n    }\n  }\n}"): (typeof documents)["query KioskDirectory {\n  kioskDirectory {\n    id\n    name\n    shortName\n    industry {\n      code\n      name\n      nameEn\n    }\n    locations {\n      building {\n        id\n        code\n        name\n      }\n      floor {\n        id\n        level\n        name\n      }\n      unitCodes\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KioskHosts($tenantId: ID!, $search: String) {\n  kioskHosts(tenantId: $tenantId, search: $search) {\n    id\n    name\n    initials\n  }\n}\n\nfragment KioskRegistration on Visit {\n  id\n  state\n  startsAt\n  endsAt\n  hostName\n  tenantName\n  companions\n  hostDeadline\n  pass {\n    token\n    validFrom\n    validUntil\n  }\n}\n\nmutation RegisterWalkIn($input: WalkInInput!) {\n  registerWalkIn(input: $input) {\n    ...KioskRegistration\n  }\n}\n\nquery KioskRegistration($id: ID!) {\n  kioskRegistration(id: $id) {\n    ...KioskRegistration\n  }\n}\n\nsubscription KioskRegistrationUpdated($id: ID!) {\n  kioskRegistrationUpdated(id: $id) {\n    ...KioskRegistration\n  }\n}\n\nmutation KioskScanVisitorPass($token: String!, $direction: PassDirection) {\n  kioskScanVisitorPass(token: $token, direction: $direction) {\n    direction\n    visitId\n    visitorName\n    tenantName\n    hostName\n    startsAt\n    endsAt\n    companions\n    at\n  }\n}"): (typeof documents)["query KioskHosts($tenantId: ID!, $search: String) {\n  kioskHosts(tenantId: $tenantId, search: $search) {\n    id\n    name\n    initials\n  }\n}\n\nfragment KioskRegistration on Visit {\n  id\n  state\n  startsAt\n  endsAt\n  hostName\n  tenantName\n  companions\n  hostDeadline\n  pass {\n    token\n    validFrom\n    validUntil\n  }\n}\n\nmutation RegisterWalkIn($input: WalkInInput!) {\n  registerWalkIn(input: $input) {\n    ...KioskRegistration\n  }\n}\n\nquery KioskRegistration($id: ID!) {\n  kioskRegistration(id: $id) {\n    ...KioskRegistration\n  }\n}\n\nsubscription KioskRegistrationUpdated($id: ID!) {\n  kioskRegistrationUpdated(id: $id) {\n    ...KioskRegistration\n  }\n}\n\nmutation KioskScanVisitorPass($token: String!, $direction: PassDirection) {\n  kioskScanVisitorPass(token: $token, direction: $direction) {\n    direction\n    visitId\n    visitorName\n    tenantName\n    hostName\n    startsAt\n    endsAt\n    companions\n    at\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;