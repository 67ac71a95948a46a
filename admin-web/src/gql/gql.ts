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
    "query AssetTree($parkId: ID!) {\n  park(id: $parkId) {\n    id\n    name\n    occupancy {\n      rate\n      units\n      leasedUnits\n      vacantUnits\n      leasableArea\n      leasedArea\n    }\n    buildings {\n      id\n      code\n      name\n      occupancy {\n        rate\n        units\n      }\n      floors {\n        id\n        level\n        name\n        occupancy {\n          rate\n        }\n        units {\n          id\n          code\n          status\n          type\n          grossArea\n          tenant {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}": typeof types.AssetTreeDocument,
    "query UnitList($filter: UnitFilter, $first: Int, $after: String) {\n  units(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      code\n      type\n      status\n      grossArea\n      usableArea\n      building {\n        id\n        code\n        name\n      }\n      floor {\n        id\n        name\n      }\n      tenant {\n        id\n        name\n      }\n    }\n  }\n}": typeof types.UnitListDocument,
    "query AuditLog($filter: AuditFilter, $first: Int, $before: ID) {\n  auditLog(filter: $filter, first: $first, before: $before) {\n    hasMore\n    entries {\n      seq\n      occurredAt\n      actorKind\n      actorLabel\n      operation\n      targetType\n      targetId\n      outcome\n      errorCode\n      ip\n      before\n      after\n      hash\n    }\n  }\n}": typeof types.AuditLogDocument,
    "query VerifyAuditChain {\n  verifyAuditChain {\n    ok\n    checked\n    lastSeq\n    brokenSeq\n    problem\n  }\n}": typeof types.VerifyAuditChainDocument,
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n  }\n}": typeof types.LoginDocument,
    "mutation Logout($refreshToken: String) {\n  logout(refreshToken: $refreshToken)\n}": typeof types.LogoutDocument,
    "query Viewer {\n  viewer {\n    kind\n    id\n    name\n    permissions\n    allParks\n    parks {\n      id\n      code\n      name\n      timeZone\n    }\n    user {\n      id\n      login\n      mustChangePassword\n    }\n  }\n}": typeof types.ViewerDocument,
    "query EquipmentDetail($id: ID!) {\n  equipment(id: $id) {\n    id\n    code\n    name\n    category\n    status\n    manufacturer\n    model\n    serialNumber\n    installDate\n    warrantyEnd\n    inWarranty\n    locationNote\n    parameters\n    park {\n      id\n      name\n      timeZone\n    }\n    building {\n      id\n      name\n    }\n    floor {\n      id\n      name\n    }\n    unit {\n      id\n      code\n    }\n    history(first: 50) {\n      nodes {\n        id\n        kind\n        occurredAt\n        note\n      }\n    }\n  }\n}": typeof types.EquipmentDetailDocument,
    "query EquipmentLedger($filter: EquipmentFilter, $first: Int, $after: String) {\n  equipmentLedger(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      code\n      name\n      category\n      status\n      inWarranty\n      warrantyEnd\n      building {\n        id\n        name\n      }\n      floor {\n        id\n        name\n      }\n      unit {\n        id\n        code\n      }\n      locationNote\n    }\n  }\n}": typeof types.EquipmentLedgerDocument,
    "mutation CreateKioskDevice($input: CreateKioskDeviceInput!) {\n  createKioskDevice(input: $input) {\n    pairingCode\n    device {\n      id\n      name\n      pairingExpiresAt\n    }\n  }\n}": typeof types.CreateKioskDeviceDocument,
    "query KioskDevices($parkId: ID!) {\n  kioskDevices(parkId: $parkId) {\n    id\n    name\n    location\n    state\n    pairingExpiresAt\n    pairedAt\n    lastSeenAt\n    building {\n      id\n      name\n    }\n  }\n  park(id: $parkId) {\n    id\n    buildings {\n      id\n      name\n    }\n  }\n}": typeof types.KioskDevicesDocument,
    "mutation RenewKioskPairingCode($id: ID!) {\n  renewKioskPairingCode(id: $id) {\n    pairingCode\n    device {\n      id\n      name\n      pairingExpiresAt\n    }\n  }\n}": typeof types.RenewKioskPairingCodeDocument,
    "mutation RevokeKioskDevice($id: ID!) {\n  revokeKioskDevice(id: $id) {\n    id\n    state\n  }\n}": typeof types.RevokeKioskDeviceDocument,
    "query TenantList($filter: TenantCompanyFilter, $first: Int, $after: String) {\n  tenantCompanies(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      shortName\n      uscc\n      status\n      occupiedArea\n      industry {\n        code\n        name\n        nameEn\n      }\n      units {\n        id\n        code\n      }\n      contacts {\n        name\n        phone\n        isPrimary\n      }\n    }\n  }\n}": typeof types.TenantListDocument,
    "query TenantUsers($tenantId: ID!) {\n  users(filter: {tenantId: $tenantId}, first: 50) {\n    nodes {\n      id\n      login\n      displayName\n      status\n      roles {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n}": typeof types.TenantUsersDocument,
    "mutation CreateRole($input: CreateRoleInput!) {\n  createRole(input: $input) {\n    id\n    key\n  }\n}": typeof types.CreateRoleDocument,
    "mutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    id\n    login\n  }\n}": typeof types.CreateUserDocument,
    "query Permissions {\n  permissions {\n    key\n    description\n    audience\n  }\n}": typeof types.PermissionsDocument,
    "mutation ResetUserPassword($id: ID!, $password: String!) {\n  resetUserPassword(id: $id, password: $password) {\n    id\n    mustChangePassword\n  }\n}": typeof types.ResetUserPasswordDocument,
    "query Roles {\n  roles {\n    id\n    key\n    name\n    nameEn\n    audience\n    builtin\n    permissions\n  }\n}": typeof types.RolesDocument,
    "mutation SetUserStatus($id: ID!, $status: UserStatus!) {\n  updateUser(id: $id, input: {status: $status}) {\n    id\n    status\n  }\n}": typeof types.SetUserStatusDocument,
    "query Users($filter: UserFilter, $first: Int, $after: String) {\n  users(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      login\n      displayName\n      kind\n      status\n      lastLoginAt\n      roles {\n        id\n        key\n        name\n        nameEn\n      }\n      tenant {\n        id\n        name\n      }\n    }\n  }\n}": typeof types.UsersDocument,
    "mutation AutoDispatchWorkOrder($id: ID!, $version: Int) {\n  transitionWorkOrder(\n    id: $id\n    input: {action: DISPATCH, expectedVersion: $version}\n  ) {\n    id\n    state\n    version\n    assignee {\n      id\n      displayName\n    }\n  }\n}": typeof types.AutoDispatchWorkOrderDocument,
    "query DispatchBoard($parkId: ID!) {\n  workOrders(\n    first: 100\n    filter: {parkId: $parkId, states: [SUBMITTED, DISPATCHED, ACCEPTED, IN_PROGRESS, ON_HOLD, COMPLETED]}\n  ) {\n    nodes {\n      id\n      number\n      title\n      priority\n      state\n      version\n      submittedAt\n      locationNote\n      unit {\n        code\n      }\n      tenant {\n        name\n      }\n      assignee {\n        displayName\n      }\n      sla {\n        respondBy\n        resolveBy\n        response\n        resolution\n      }\n    }\n  }\n}": typeof types.DispatchBoardDocument,
    "subscription WorkOrderChanged($parkId: ID!) {\n  workOrderChanged(parkId: $parkId) {\n    action\n    workOrder {\n      id\n      state\n    }\n  }\n}": typeof types.WorkOrderChangedDocument,
};
const documents: Documents = {
    "query AssetTree($parkId: ID!) {\n  park(id: $parkId) {\n    id\n    name\n    occupancy {\n      rate\n      units\n      leasedUnits\n      vacantUnits\n      leasableArea\n      leasedArea\n    }\n    buildings {\n      id\n      code\n      name\n      occupancy {\n        rate\n        units\n      }\n      floors {\n        id\n        level\n        name\n        occupancy {\n          rate\n        }\n        units {\n          id\n          code\n          status\n          type\n          grossArea\n          tenant {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}": types.AssetTreeDocument,
    "query UnitList($filter: UnitFilter, $first: Int, $after: String) {\n  units(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      code\n      type\n      status\n      grossArea\n      usableArea\n      building {\n        id\n        code\n        name\n      }\n      floor {\n        id\n        name\n      }\n      tenant {\n        id\n        name\n      }\n    }\n  }\n}": types.UnitListDocument,
    "query AuditLog($filter: AuditFilter, $first: Int, $before: ID) {\n  auditLog(filter: $filter, first: $first, before: $before) {\n    hasMore\n    entries {\n      seq\n      occurredAt\n      actorKind\n      actorLabel\n      operation\n      targetType\n      targetId\n      outcome\n      errorCode\n      ip\n      before\n      after\n      hash\n    }\n  }\n}": types.AuditLogDocument,
    "query VerifyAuditChain {\n  verifyAuditChain {\n    ok\n    checked\n    lastSeq\n    brokenSeq\n    problem\n  }\n}": types.VerifyAuditChainDocument,
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n  }\n}": types.LoginDocument,
    "mutation Logout($refreshToken: String) {\n  logout(refreshToken: $refreshToken)\n}": types.LogoutDocument,
    "query Viewer {\n  viewer {\n    kind\n    id\n    name\n    permissions\n    allParks\n    parks {\n      id\n      code\n      name\n      timeZone\n    }\n    user {\n      id\n      login\n      mustChangePassword\n    }\n  }\n}": types.ViewerDocument,
    "query EquipmentDetail($id: ID!) {\n  equipment(id: $id) {\n    id\n    code\n    name\n    category\n    status\n    manufacturer\n    model\n    serialNumber\n    installDate\n    warrantyEnd\n    inWarranty\n    locationNote\n    parameters\n    park {\n      id\n      name\n      timeZone\n    }\n    building {\n      id\n      name\n    }\n    floor {\n      id\n      name\n    }\n    unit {\n      id\n      code\n    }\n    history(first: 50) {\n      nodes {\n        id\n        kind\n        occurredAt\n        note\n      }\n    }\n  }\n}": types.EquipmentDetailDocument,
    "query EquipmentLedger($filter: EquipmentFilter, $first: Int, $after: String) {\n  equipmentLedger(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      code\n      name\n      category\n      status\n      inWarranty\n      warrantyEnd\n      building {\n        id\n        name\n      }\n      floor {\n        id\n        name\n      }\n      unit {\n        id\n        code\n      }\n      locationNote\n    }\n  }\n}": types.EquipmentLedgerDocument,
    "mutation CreateKioskDevice($input: CreateKioskDeviceInput!) {\n  createKioskDevice(input: $input) {\n    pairingCode\n    device {\n      id\n      name\n      pairingExpiresAt\n    }\n  }\n}": types.CreateKioskDeviceDocument,
    "query KioskDevices($parkId: ID!) {\n  kioskDevices(parkId: $parkId) {\n    id\n    name\n    location\n    state\n    pairingExpiresAt\n    pairedAt\n    lastSeenAt\n    building {\n      id\n      name\n    }\n  }\n  park(id: $parkId) {\n    id\n    buildings {\n      id\n      name\n    }\n  }\n}": types.KioskDevicesDocument,
    "mutation RenewKioskPairingCode($id: ID!) {\n  renewKioskPairingCode(id: $id) {\n    pairingCode\n    device {\n      id\n      name\n      pairingExpiresAt\n    }\n  }\n}": types.RenewKioskPairingCodeDocument,
    "mutation RevokeKioskDevice($id: ID!) {\n  revokeKioskDevice(id: $id) {\n    id\n    state\n  }\n}": types.RevokeKioskDeviceDocument,
    "query TenantList($filter: TenantCompanyFilter, $first: Int, $after: String) {\n  tenantCompanies(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      shortName\n      uscc\n      status\n      occupiedArea\n      industry {\n        code\n        name\n        nameEn\n      }\n      units {\n        id\n        code\n      }\n      contacts {\n        name\n        phone\n        isPrimary\n      }\n    }\n  }\n}": types.TenantListDocument,
    "query TenantUsers($tenantId: ID!) {\n  users(filter: {tenantId: $tenantId}, first: 50) {\n    nodes {\n      id\n      login\n      displayName\n      status\n      roles {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n}": types.TenantUsersDocument,
    "mutation CreateRole($input: CreateRoleInput!) {\n  createRole(input: $input) {\n    id\n    key\n  }\n}": types.CreateRoleDocument,
    "mutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    id\n    login\n  }\n}": types.CreateUserDocument,
    "query Permissions {\n  permissions {\n    key\n    description\n    audience\n  }\n}": types.PermissionsDocument,
    "mutation ResetUserPassword($id: ID!, $password: String!) {\n  resetUserPassword(id: $id, password: $password) {\n    id\n    mustChangePassword\n  }\n}": types.ResetUserPasswordDocument,
    "query Roles {\n  roles {\n    id\n    key\n    name\n    nameEn\n    audience\n    builtin\n    permissions\n  }\n}": types.RolesDocument,
    "mutation SetUserStatus($id: ID!, $status: UserStatus!) {\n  updateUser(id: $id, input: {status: $status}) {\n    id\n    status\n  }\n}": types.SetUserStatusDocument,
    "query Users($filter: UserFilter, $first: Int, $after: String) {\n  users(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      login\n      displayName\n      kind\n      status\n      lastLoginAt\n      roles {\n        id\n        key\n        name\n        nameEn\n      }\n      tenant {\n        id\n        name\n      }\n    }\n  }\n}": types.UsersDocument,
    "mutation AutoDispatchWorkOrder($id: ID!, $version: Int) {\n  transitionWorkOrder(\n    id: $id\n    input: {action: DISPATCH, expectedVersion: $version}\n  ) {\n    id\n    state\n    version\n    assignee {\n      id\n      displayName\n    }\n  }\n}": types.AutoDispatchWorkOrderDocument,
    "query DispatchBoard($parkId: ID!) {\n  workOrders(\n    first: 100\n    filter: {parkId: $parkId, states: [SUBMITTED, DISPATCHED, ACCEPTED, IN_PROGRESS, ON_HOLD, COMPLETED]}\n  ) {\n    nodes {\n      id\n      number\n      title\n      priority\n      state\n      version\n      submittedAt\n      locationNote\n      unit {\n        code\n      }\n      tenant {\n        name\n      }\n      assignee {\n        displayName\n      }\n      sla {\n        respondBy\n        resolveBy\n        response\n        resolution\n      }\n    }\n  }\n}": types.DispatchBoardDocument,
    "subscription WorkOrderChanged($parkId: ID!) {\n  workOrderChanged(parkId: $parkId) {\n    action\n    workOrder {\n      id\n      state\n    }\n  }\n}": types.WorkOrderChangedDocument,
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
export function graphql(source: "query AssetTree($parkId: ID!) {\n  park(id: $parkId) {\n    id\n    name\n    occupancy {\n      rate\n      units\n      leasedUnits\n      vacantUnits\n      leasableArea\n      leasedArea\n    }\n    buildings {\n      id\n      code\n      name\n      occupancy {\n        rate\n        units\n      }\n      floors {\n        id\n        level\n        name\n        occupancy {\n          rate\n        }\n        units {\n          id\n          code\n          status\n          type\n          grossArea\n          tenant {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query AssetTree($parkId: ID!) {\n  park(id: $parkId) {\n    id\n    name\n    occupancy {\n      rate\n      units\n      leasedUnits\n      vacantUnits\n      leasableArea\n      leasedArea\n    }\n    buildings {\n      id\n      code\n      name\n      occupancy {\n        rate\n        units\n      }\n      floors {\n        id\n        level\n        name\n        occupancy {\n          rate\n        }\n        units {\n          id\n          code\n          status\n          type\n          grossArea\n          tenant {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnitList($filter: UnitFilter, $first: Int, $after: String) {\n  units(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      code\n      type\n      status\n      grossArea\n      usableArea\n      building {\n        id\n        code\n        name\n      }\n      floor {\n        id\n        name\n      }\n      tenant {\n        id\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query UnitList($filter: UnitFilter, $first: Int, $after: String) {\n  units(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      code\n      type\n      status\n      grossArea\n      usableArea\n      building {\n        id\n        code\n        name\n      }\n      floor {\n        id\n        name\n      }\n      tenant {\n        id\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditLog($filter: AuditFilter, $first: Int, $before: ID) {\n  auditLog(filter: $filter, first: $first, before: $before) {\n    hasMore\n    entries {\n      seq\n      occurredAt\n      actorKind\n      actorLabel\n      operation\n      targetType\n      targetId\n      outcome\n      errorCode\n      ip\n      before\n      after\n      hash\n    }\n  }\n}"): (typeof documents)["query AuditLog($filter: AuditFilter, $first: Int, $before: ID) {\n  auditLog(filter: $filter, first: $first, before: $before) {\n    hasMore\n    entries {\n      seq\n      occurredAt\n      actorKind\n      actorLabel\n      operation\n      targetType\n      targetId\n      outcome\n      errorCode\n      ip\n      before\n      after\n      hash\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VerifyAuditChain {\n  verifyAuditChain {\n    ok\n    checked\n    lastSeq\n    brokenSeq\n    problem\n  }\n}"): (typeof documents)["query VerifyAuditChain {\n  verifyAuditChain {\n    ok\n    checked\n    lastSeq\n    brokenSeq\n    problem\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n  }\n}"): (typeof documents)["mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout($refreshToken: String) {\n  logout(refreshToken: $refreshToken)\n}"): (typeof documents)["mutation Logout($refreshToken: String) {\n  logout(refreshToken: $refreshToken)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Viewer {\n  viewer {\n    kind\n    id\n    name\n    permissions\n    allParks\n    parks {\n      id\n      code\n      name\n      timeZone\n    }\n    user {\n      id\n      login\n      mustChangePassword\n    }\n  }\n}"): (typeof documents)["query Viewer {\n  viewer {\n    kind\n    id\n    name\n    permissions\n    allParks\n    parks {\n      id\n      code\n      name\n      timeZone\n    }\n    user {\n      id\n      login\n      mustChangePassword\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EquipmentDetail($id: ID!) {\n  equipment(id: $id) {\n    id\n    code\n    name\n    category\n    status\n    manufacturer\n    model\n    serialNumber\n    installDate\n    warrantyEnd\n    inWarranty\n    locationNote\n    parameters\n    park {\n      id\n      name\n      timeZone\n    }\n    building {\n      id\n      name\n    }\n    floor {\n      id\n      name\n    }\n    unit {\n      id\n      code\n    }\n    history(first: 50) {\n      nodes {\n        id\n        kind\n        occurredAt\n        note\n      }\n    }\n  }\n}"): (typeof documents)["query EquipmentDetail($id: ID!) {\n  equipment(id: $id) {\n    id\n    code\n    name\n    category\n    status\n    manufacturer\n    model\n    serialNumber\n    installDate\n    warrantyEnd\n    inWarranty\n    locationNote\n    parameters\n    park {\n      id\n      name\n      timeZone\n    }\n    building {\n      id\n      name\n    }\n    floor {\n      id\n      name\n    }\n    unit {\n      id\n      code\n    }\n    history(first: 50) {\n      nodes {\n        id\n        kind\n        occurredAt\n        note\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EquipmentLedger($filter: EquipmentFilter, $first: Int, $after: String) {\n  equipmentLedger(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      code\n      name\n      category\n      status\n      inWarranty\n      warrantyEnd\n      building {\n        id\n        name\n      }\n      floor {\n        id\n        name\n      }\n      unit {\n        id\n        code\n      }\n      locationNote\n    }\n  }\n}"): (typeof documents)["query EquipmentLedger($filter: EquipmentFilter, $first: Int, $after: String) {\n  equipmentLedger(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      code\n      name\n      category\n      status\n      inWarranty\n      warrantyEnd\n      building {\n        id\n        name\n      }\n      floor {\n        id\n        name\n      }\n      unit {\n        id\n        code\n      }\n      locationNote\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateKioskDevice($input: CreateKioskDeviceInput!) {\n  createKioskDevice(input: $input) {\n    pairingCode\n    device {\n      id\n      name\n      pairingExpiresAt\n    }\n  }\n}"): (typeof documents)["mutation CreateKioskDevice($input: CreateKioskDeviceInput!) {\n  createKioskDevice(input: $input) {\n    pairingCode\n    device {\n      id\n      name\n      pairingExpiresAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KioskDevices($parkId: ID!) {\n  kioskDevices(parkId: $parkId) {\n    id\n    name\n    location\n    state\n    pairingExpiresAt\n    pairedAt\n    lastSeenAt\n    building {\n      id\n      name\n    }\n  }\n  park(id: $parkId) {\n    id\n    buildings {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["query KioskDevices($parkId: ID!) {\n  kioskDevices(parkId: $parkId) {\n    id\n    name\n    location\n    state\n    pairingExpiresAt\n    pairedAt\n    lastSeenAt\n    building {\n      id\n      name\n    }\n  }\n  park(id: $parkId) {\n    id\n    buildings {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RenewKioskPairingCode($id: ID!) {\n  renewKioskPairingCode(id: $id) {\n    pairingCode\n    device {\n      id\n      name\n      pairingExpiresAt\n    }\n  }\n}"): (typeof documents)["mutation RenewKioskPairingCode($id: ID!) {\n  renewKioskPairingCode(id: $id) {\n    pairingCode\n    device {\n      id\n      name\n      pairingExpiresAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeKioskDevice($id: ID!) {\n  revokeKioskDevice(id: $id) {\n    id\n    state\n  }\n}"): (typeof documents)["mutation RevokeKioskDevice($id: ID!) {\n  revokeKioskDevice(id: $id) {\n    id\n    state\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenantList($filter: TenantCompanyFilter, $first: Int, $after: String) {\n  tenantCompanies(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      shortName\n      uscc\n      status\n      occupiedArea\n      industry {\n        code\n        name\n        nameEn\n      }\n      units {\n        id\n        code\n      }\n      contacts {\n        name\n        phone\n        isPrimary\n      }\n    }\n  }\n}"): (typeof documents)["query TenantList($filter: TenantCompanyFilter, $first: Int, $after: String) {\n  tenantCompanies(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      shortName\n      uscc\n      status\n      occupiedArea\n      industry {\n        code\n        name\n        nameEn\n      }\n      units {\n        id\n        code\n      }\n      contacts {\n        name\n        phone\n        isPrimary\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenantUsers($tenantId: ID!) {\n  users(filter: {tenantId: $tenantId}, first: 50) {\n    nodes {\n      id\n      login\n      displayName\n      status\n      roles {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n}"): (typeof documents)["query TenantUsers($tenantId: ID!) {\n  users(filter: {tenantId: $tenantId}, first: 50) {\n    nodes {\n      id\n      login\n      displayName\n      status\n      roles {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateRole($input: CreateRoleInput!) {\n  createRole(input: $input) {\n    id\n    key\n  }\n}"): (typeof documents)["mutation CreateRole($input: CreateRoleInput!) {\n  createRole(input: $input) {\n    id\n    key\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    id\n    login\n  }\n}"): (typeof documents)["mutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    id\n    login\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Permissions {\n  permissions {\n    key\n    description\n    audience\n  }\n}"): (typeof documents)["query Permissions {\n  permissions {\n    key\n    description\n    audience\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetUserPassword($id: ID!, $password: String!) {\n  resetUserPassword(id: $id, password: $password) {\n    id\n    mustChangePassword\n  }\n}"): (typeof documents)["mutation ResetUserPassword($id: ID!, $password: String!) {\n  resetUserPassword(id: $id, password: $password) {\n    id\n    mustChangePassword\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Roles {\n  roles {\n    id\n    key\n    name\n    nameEn\n    audience\n    builtin\n    permissions\n  }\n}"): (typeof documents)["query Roles {\n  roles {\n    id\n    key\n    name\n    nameEn\n    audience\n    builtin\n    permissions\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetUserStatus($id: ID!, $status: UserStatus!) {\n  updateUser(id: $id, input: {status: $status}) {\n    id\n    status\n  }\n}"): (typeof documents)["mutation SetUserStatus($id: ID!, $status: UserStatus!) {\n  updateUser(id: $id, input: {status: $status}) {\n    id\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Users($filter: UserFilter, $first: Int, $after: String) {\n  users(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      login\n      displayName\n      kind\n      status\n      lastLoginAt\n      roles {\n        id\n        key\n        name\n        nameEn\n      }\n      tenant {\n        id\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query Users($filter: UserFilter, $first: Int, $after: String) {\n  users(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      login\n      displayName\n      kind\n      status\n      lastLoginAt\n      roles {\n        id\n        key\n        name\n        nameEn\n      }\n      tenant {\n        id\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AutoDispatchWorkOrder($id: ID!, $version: Int) {\n  transitionWorkOrder(\n    id: $id\n    input: {action: DISPATCH, expectedVersion: $version}\n  ) {\n    id\n    state\n    version\n    assignee {\n      id\n      displayName\n    }\n  }\n}"): (typeof documents)["mutation AutoDispatchWorkOrder($id: ID!, $version: Int) {\n  transitionWorkOrder(\n    id: $id\n    input: {action: DISPATCH, expectedVersion: $version}\n  ) {\n    id\n    state\n    version\n    assignee {\n      id\n      displayName\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DispatchBoard($parkId: ID!) {\n  workOrders(\n    first: 100\n    filter: {parkId: $parkId, states: [SUBMITTED, DISPATCHED, ACCEPTED, IN_PROGRESS, ON_HOLD, COMPLETED]}\n  ) {\n    nodes {\n      id\n      number\n      title\n      priority\n      state\n      version\n      submittedAt\n      locationNote\n      unit {\n        code\n      }\n      tenant {\n        name\n      }\n      assignee {\n        displayName\n      }\n      sla {\n        respondBy\n        resolveBy\n        response\n        resolution\n      }\n    }\n  }\n}"): (typeof documents)["query DispatchBoard($parkId: ID!) {\n  workOrders(\n    first: 100\n    filter: {parkId: $parkId, states: [SUBMITTED, DISPATCHED, ACCEPTED, IN_PROGRESS, ON_HOLD, COMPLETED]}\n  ) {\n    nodes {\n      id\n      number\n      title\n      priority\n      state\n      version\n      submittedAt\n      locationNote\n      unit {\n        code\n      }\n      tenant {\n        name\n      }\n      assignee {\n        displayName\n      }\n      sla {\n        respondBy\n        resolveBy\n        response\n        resolution\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription WorkOrderChanged($parkId: ID!) {\n  workOrderChanged(parkId: $parkId) {\n    action\n    workOrder {\n      id\n      state\n    }\n  }\n}"): (typeof documents)["subscription WorkOrderChanged($parkId: ID!) {\n  workOrderChanged(parkId: $parkId) {\n    action\n    workOrder {\n      id\n      state\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;