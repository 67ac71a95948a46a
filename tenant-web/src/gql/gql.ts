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
    "query CompanyAccessGroups($first: Int, $after: String) {\n  accessGroups(first: $first, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      schedule {\n        days\n        start\n        end\n      }\n      points {\n        id\n        name\n        kind\n      }\n      members {\n        userId\n        name\n      }\n    }\n  }\n}": typeof types.CompanyAccessGroupsDocument,
    "mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n}": typeof types.ChangePasswordDocument,
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    user {\n      id\n      kind\n      mustChangePassword\n    }\n  }\n}": typeof types.LoginDocument,
    "mutation Logout {\n  logout\n}": typeof types.LogoutDocument,
    "query Viewer {\n  viewer {\n    kind\n    id\n    name\n    permissions\n    user {\n      id\n      login\n      displayName\n      mustChangePassword\n    }\n    tenant {\n      id\n      name\n      shortName\n    }\n    parks {\n      id\n      timeZone\n    }\n  }\n}": typeof types.ViewerDocument,
    "fragment BillFields on Bill {\n  id\n  number\n  period\n  kind\n  status\n  issuedOn\n  dueOn\n  totalFen\n  paidFen\n  outstandingFen\n}": typeof types.BillFieldsFragmentDoc,
    "fragment BillLedgerFields on Bill {\n  ledger {\n    id\n    kind\n    amountFen\n    bookedAt\n    receiptNo\n    provider\n  }\n  payments {\n    id\n    status\n    amountFen\n    expiresAt\n    createdAt\n  }\n}": typeof types.BillLedgerFieldsFragmentDoc,
    "subscription MyBillChanged {\n  myBillChanged {\n    ...BillFields\n    ...BillLedgerFields\n    invoiceRequest {\n      ...InvoiceRequestFields\n    }\n  }\n}": typeof types.MyBillChangedDocument,
    "query MyBill($id: ID!) {\n  bill(id: $id) {\n    ...BillFields\n    ...BillLedgerFields\n    checkCode\n    voidReason\n    tenantName\n    invoiceRequest {\n      ...InvoiceRequestFields\n    }\n    lines {\n      id\n      source\n      sourceId\n      description\n      periodFrom\n      periodTo\n      quantity\n      unit\n      unitPrice\n      amountFen\n      evidence\n    }\n  }\n}": typeof types.MyBillDocument,
    "query MyBillsOwed($first: Int, $after: String) {\n  bills(\n    first: $first\n    after: $after\n    filter: {statuses: [ISSUED, PARTLY_PAID, OVERDUE]}\n  ) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      status\n      dueOn\n      outstandingFen\n    }\n  }\n}": typeof types.MyBillsOwedDocument,
    "query MyBills($first: Int, $after: String, $filter: BillFilter) {\n  bills(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...BillFields\n    }\n  }\n}": typeof types.MyBillsDocument,
    "mutation PayBill($input: PayBillInput!) {\n  payBill(input: $input) {\n    ...PaymentFields\n  }\n}": typeof types.PayBillDocument,
    "subscription PaymentChanged($id: ID!) {\n  paymentIntentChanged(id: $id) {\n    ...PaymentFields\n  }\n}": typeof types.PaymentChangedDocument,
    "fragment PaymentFields on PaymentIntent {\n  id\n  billId\n  status\n  amountFen\n  payUrl\n  expiresAt\n  paidAt\n  outTradeNo\n  providerTradeNo\n  receiptNo\n  provider\n  refundedFen\n  createdAt\n  refunds {\n    id\n    amountFen\n    status\n    createdAt\n  }\n}": typeof types.PaymentFieldsFragmentDoc,
    "query Payment($id: ID!) {\n  paymentIntent(id: $id) {\n    ...PaymentFields\n  }\n}": typeof types.PaymentDocument,
    "query CompanyProfile($id: ID!) {\n  tenantCompany(id: $id) {\n    id\n    name\n    shortName\n    uscc\n    status\n    moveInDate\n    employeeCount\n    occupiedArea\n    legalRepresentative\n    website\n    industry {\n      code\n      name\n      nameEn\n      sectionName\n      sectionNameEn\n    }\n    contacts {\n      id\n      name\n      title\n      phone\n      email\n      isPrimary\n    }\n    units {\n      id\n    }\n  }\n}": typeof types.CompanyProfileDocument,
    "mutation CreateEmployee($input: CreateUserInput!) {\n  createUser(input: $input) {\n    id\n    login\n    displayName\n    status\n  }\n}": typeof types.CreateEmployeeDocument,
    "query Employees($filter: UserFilter, $first: Int, $after: String) {\n  users(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      login\n      displayName\n      phone\n      status\n      mustChangePassword\n      lastLoginAt\n      roles {\n        id\n        key\n        name\n        nameEn\n      }\n    }\n  }\n}": typeof types.EmployeesDocument,
    "mutation ResetEmployeePassword($id: ID!, $password: String!) {\n  resetUserPassword(id: $id, password: $password) {\n    id\n    mustChangePassword\n  }\n}": typeof types.ResetEmployeePasswordDocument,
    "mutation SetEmployeeStatus($id: ID!, $status: UserStatus!) {\n  updateUser(id: $id, input: {status: $status}) {\n    id\n    status\n  }\n}": typeof types.SetEmployeeStatusDocument,
    "query TenantRoles {\n  roles(audience: TENANT) {\n    id\n    key\n    name\n    nameEn\n  }\n}": typeof types.TenantRolesDocument,
    "query MyConsumption($input: ConsumptionQueryInput!) {\n  energyConsumption(input: $input) {\n    key\n    unit\n    total\n    estimated\n    points {\n      at\n      amount\n      estimated\n    }\n  }\n}": typeof types.MyConsumptionDocument,
    "query MyMeterUsage($parkId: ID!, $from: String!, $to: String!) {\n  tenantMeterUsage(parkId: $parkId, from: $from, to: $to) {\n    meterId\n    meterCode\n    meterName\n    kind\n    unit\n    consumption\n    estimated\n    flaggedReadings\n    multiplier\n    opening {\n      at\n      value\n    }\n    closing {\n      at\n      value\n    }\n  }\n}": typeof types.MyMeterUsageDocument,
    "query MyMeters {\n  meters(first: 100) {\n    nodes {\n      id\n      code\n      name\n      kind\n      unit\n      lastReadingAt\n    }\n  }\n}": typeof types.MyMetersDocument,
    "mutation CancelInvoiceRequest($id: ID!) {\n  cancelInvoiceRequest(id: $id) {\n    ...InvoiceRequestFields\n  }\n}": typeof types.CancelInvoiceRequestDocument,
    "query InvoiceBuyer($tenantId: ID!) {\n  tenantCompany(id: $tenantId) {\n    id\n    name\n    uscc\n  }\n  invoiceRequests(first: 1) {\n    nodes {\n      id\n      kind\n      address\n      phone\n      bankName\n      bankAccount\n      email\n    }\n  }\n}": typeof types.InvoiceBuyerDocument,
    "fragment InvoiceRequestFields on InvoiceRequest {\n  id\n  billId\n  billNumber\n  billPeriod\n  kind\n  status\n  amountFen\n  title\n  taxNumber\n  address\n  phone\n  bankName\n  bankAccount\n  email\n  note\n  createdAt\n  handledAt\n  rejectReason\n  invoiceNumber\n  issuedOn\n  reversedFen\n  reversalNumber\n  reversedOn\n  file {\n    id\n    fileName\n    url\n  }\n}": typeof types.InvoiceRequestFieldsFragmentDoc,
    "query MyInvoiceRequests($first: Int, $after: String) {\n  invoiceRequests(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...InvoiceRequestFields\n    }\n  }\n}": typeof types.MyInvoiceRequestsDocument,
    "mutation RequestInvoice($input: CreateInvoiceRequestInput!) {\n  requestInvoice(input: $input) {\n    ...InvoiceRequestFields\n  }\n}": typeof types.RequestInvoiceDocument,
    "fragment LeaseFields on Lease {\n  id\n  number\n  status\n  startOn\n  endOn\n  terminatedOn\n  paymentCycle\n  rentPrice\n  escalation\n  escalationPercent\n  rentSteps {\n    from\n    price\n  }\n  freePeriods {\n    from\n    to\n  }\n  depositFen\n  lateFeePermille\n  dueDays\n  tenantName\n  area\n  units {\n    unitId\n    unitCode\n    area\n  }\n}": typeof types.LeaseFieldsFragmentDoc,
    "query MyLease($id: ID!) {\n  lease(id: $id) {\n    ...LeaseFields\n    schedule {\n      from\n      to\n      totalFen\n      lines {\n        kind\n        from\n        to\n        days\n        monthDays\n        freeDays\n        price\n        amountFen\n      }\n    }\n  }\n}": typeof types.MyLeaseDocument,
    "query MyLeases($first: Int, $after: String, $filter: LeaseFilter) {\n  leases(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...LeaseFields\n    }\n  }\n}": typeof types.MyLeasesDocument,
    "query BillByNumber($number: String!) {\n  bills(first: 10, filter: {number: $number}) {\n    nodes {\n      id\n      number\n    }\n  }\n}": typeof types.BillByNumberDocument,
    "mutation MarkNotificationsRead($ids: [ID!]) {\n  markNotificationsRead(ids: $ids)\n}": typeof types.MarkNotificationsReadDocument,
    "fragment NotificationFields on Notification {\n  id\n  kind\n  title\n  body\n  facts {\n    billNumber\n    billPeriod\n    owedFen\n    daysOverdue\n    dueOn\n    invoiceNumber\n    reason\n    workOrderNumber\n    workOrderTitle\n  }\n  createdAt\n  readAt\n  workOrderId\n}": typeof types.NotificationFieldsFragmentDoc,
    "subscription NotificationReceived {\n  notificationReceived {\n    ...NotificationFields\n  }\n}": typeof types.NotificationReceivedDocument,
    "query Notifications($first: Int, $after: String) {\n  notifications(first: $first, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...NotificationFields\n    }\n  }\n}": typeof types.NotificationsDocument,
    "query UnreadNotificationCount {\n  unreadNotificationCount\n}": typeof types.UnreadNotificationCountDocument,
    "mutation AddRepairComment($workOrderId: ID!, $body: String!) {\n  addWorkOrderComment(workOrderId: $workOrderId, body: $body) {\n    id\n    author\n    body\n    createdAt\n  }\n}": typeof types.AddRepairCommentDocument,
    "mutation CreatePhotoUpload($input: CreateAttachmentUploadInput!) {\n  createAttachmentUpload(input: $input) {\n    attachmentId\n    uploadUrl\n    expiresAt\n  }\n}": typeof types.CreatePhotoUploadDocument,
    "mutation DecideRepairQuote($id: ID!, $accept: Boolean!, $note: String) {\n  decideWorkOrderQuote(id: $id, accept: $accept, note: $note) {\n    ...RepairFields\n  }\n}": typeof types.DecideRepairQuoteDocument,
    "query MyRepairs($filter: WorkOrderFilter, $first: Int, $after: String) {\n  workOrders(filter: $filter, first: $first, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      number\n      title\n      category\n      priority\n      state\n      submittedAt\n      unit {\n        id\n        code\n      }\n      quote {\n        state\n      }\n    }\n  }\n}": typeof types.MyRepairsDocument,
    "subscription QuoteWaiting {\n  notificationReceived {\n    id\n    kind\n    workOrderId\n  }\n}": typeof types.QuoteWaitingDocument,
    "subscription RepairChanged($parkId: ID!) {\n  workOrderChanged(parkId: $parkId) {\n    action\n    workOrder {\n      ...RepairFields\n    }\n  }\n}": typeof types.RepairChangedDocument,
    "fragment RepairFields on WorkOrder {\n  id\n  number\n  title\n  description\n  category\n  priority\n  state\n  version\n  submittedAt\n  locationNote\n  availableActions\n  rating\n  ratingComment\n  billableFen\n  requester {\n    id\n    displayName\n  }\n  unit {\n    id\n    code\n  }\n  sla {\n    resolveBy\n  }\n  events {\n    id\n    action\n    actorLabel\n    automatic\n    systemActor\n    at\n    toState\n    note\n  }\n  attachments {\n    id\n    fileName\n    contentType\n    url\n  }\n  comments {\n    id\n    author\n    body\n    createdAt\n  }\n  quote {\n    labourFen\n    materialsFen\n    totalFen\n    note\n    state\n    quotedAt\n  }\n}": typeof types.RepairFieldsFragmentDoc,
    "query Repair($id: ID!) {\n  workOrder(id: $id) {\n    ...RepairFields\n  }\n}": typeof types.RepairDocument,
    "mutation SubmitRepair($input: SubmitWorkOrderInput!) {\n  submitWorkOrder(input: $input) {\n    id\n    number\n    state\n  }\n}": typeof types.SubmitRepairDocument,
    "mutation TransitionRepair($id: ID!, $input: TransitionWorkOrderInput!) {\n  transitionWorkOrder(id: $id, input: $input) {\n    ...RepairFields\n  }\n}": typeof types.TransitionRepairDocument,
    "query PublicEquipment($token: String!) {\n  publicEquipment(token: $token) {\n    name\n    buildingName\n    floorName\n  }\n}": typeof types.PublicEquipmentDocument,
    "mutation ReportEquipmentFault($input: ReportEquipmentFaultInput!) {\n  reportEquipmentFault(input: $input) {\n    received\n    photoUploadUrl\n  }\n}": typeof types.ReportEquipmentFaultDocument,
    "query MyUnits($tenantId: ID!) {\n  tenantCompany(id: $tenantId) {\n    id\n    occupiedArea\n    units {\n      id\n      code\n      type\n      status\n      grossArea\n      usableArea\n      floor {\n        id\n        name\n        level\n      }\n      building {\n        id\n        code\n        name\n      }\n    }\n  }\n}": typeof types.MyUnitsDocument,
    "mutation AddCompanyVehicle($input: AddVehicleInput!) {\n  addVehicle(input: $input) {\n    ...CompanyVehicleFields\n  }\n}": typeof types.AddCompanyVehicleDocument,
    "fragment CompanyVehicleFields on VehicleListEntry {\n  id\n  plate\n  ownerName\n  validFrom\n  validUntil\n  note\n}": typeof types.CompanyVehicleFieldsFragmentDoc,
    "query CompanyVehicles($first: Int, $after: String, $search: String) {\n  vehicleList(first: $first, after: $after, search: $search, kind: ALLOW) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...CompanyVehicleFields\n    }\n  }\n}": typeof types.CompanyVehiclesDocument,
    "mutation RemoveCompanyVehicle($id: ID!) {\n  removeVehicle(id: $id) {\n    id\n  }\n}": typeof types.RemoveCompanyVehicleDocument,
    "query CompanyAreas($tenantId: ID!) {\n  tenantCompany(id: $tenantId) {\n    id\n    units {\n      id\n      floor {\n        id\n        name\n        level\n      }\n      building {\n        id\n        code\n        name\n      }\n    }\n  }\n}": typeof types.CompanyAreasDocument,
    "query CompanyVisitors($search: String, $first: Int! = 20) {\n  companyVisitors(search: $search, first: $first) {\n    id\n    name\n    phone\n    company\n  }\n}": typeof types.CompanyVisitorsDocument,
    "mutation DecideVisit($id: ID!, $approve: Boolean!, $note: String) {\n  decideVisit(id: $id, approve: $approve, note: $note) {\n    ...VisitFields\n  }\n}": typeof types.DecideVisitDocument,
    "mutation ExtendVisit($id: ID!, $endsAt: DateTimeISO!) {\n  extendVisit(id: $id, endsAt: $endsAt) {\n    ...VisitFields\n    pass {\n      token\n      validFrom\n      validUntil\n    }\n  }\n}": typeof types.ExtendVisitDocument,
    "mutation InviteVisitors($input: InviteVisitorsInput!) {\n  inviteVisitors(input: $input) {\n    ...VisitFields\n  }\n}": typeof types.InviteVisitorsDocument,
    "query MyCompanyVisits($filter: MyVisitFilter, $first: Int, $after: String) {\n  myCompanyVisits(filter: $filter, first: $first, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...VisitFields\n    }\n  }\n}": typeof types.MyCompanyVisitsDocument,
    "query PendingVisitApprovals {\n  pendingVisitApprovals {\n    ...VisitFields\n  }\n}": typeof types.PendingVisitApprovalsDocument,
    "query PreviousVisits($visitorId: ID!, $first: Int! = 1) {\n  previousVisits(visitorId: $visitorId, first: $first) {\n    ...VisitFields\n  }\n}": typeof types.PreviousVisitsDocument,
    "mutation RevokeVisit($id: ID!, $reason: String) {\n  revokeVisit(id: $id, reason: $reason) {\n    ...VisitFields\n    pass {\n      token\n      validFrom\n      validUntil\n    }\n  }\n}": typeof types.RevokeVisitDocument,
    "subscription VisitApprovalRequested {\n  visitApprovalRequested {\n    ...VisitFields\n  }\n}": typeof types.VisitApprovalRequestedDocument,
    "fragment VisitFields on Visit {\n  id\n  state\n  phase\n  source\n  purpose\n  companions\n  plate\n  startsAt\n  endsAt\n  hostName\n  hostUserId\n  hostDeadline\n  checkedInAt\n  checkedOutAt\n  decidedBy\n  decidedAt\n  decisionNote\n  buildingIds\n  floorIds\n  registeredAtKiosk\n  visitor {\n    id\n    name\n    phone\n    company\n  }\n}": typeof types.VisitFieldsFragmentDoc,
    "query Visit($id: ID!) {\n  visit(id: $id) {\n    ...VisitFields\n    createdAt\n    tenantName\n    pass {\n      token\n      validFrom\n      validUntil\n    }\n  }\n}": typeof types.VisitDocument,
};
const documents: Documents = {
    "query CompanyAccessGroups($first: Int, $after: String) {\n  accessGroups(first: $first, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      schedule {\n        days\n        start\n        end\n      }\n      points {\n        id\n        name\n        kind\n      }\n      members {\n        userId\n        name\n      }\n    }\n  }\n}": types.CompanyAccessGroupsDocument,
    "mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n}": types.ChangePasswordDocument,
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    user {\n      id\n      kind\n      mustChangePassword\n    }\n  }\n}": types.LoginDocument,
    "mutation Logout {\n  logout\n}": types.LogoutDocument,
    "query Viewer {\n  viewer {\n    kind\n    id\n    name\n    permissions\n    user {\n      id\n      login\n      displayName\n      mustChangePassword\n    }\n    tenant {\n      id\n      name\n      shortName\n    }\n    parks {\n      id\n      timeZone\n    }\n  }\n}": types.ViewerDocument,
    "fragment BillFields on Bill {\n  id\n  number\n  period\n  kind\n  status\n  issuedOn\n  dueOn\n  totalFen\n  paidFen\n  outstandingFen\n}": types.BillFieldsFragmentDoc,
    "fragment BillLedgerFields on Bill {\n  ledger {\n    id\n    kind\n    amountFen\n    bookedAt\n    receiptNo\n    provider\n  }\n  payments {\n    id\n    status\n    amountFen\n    expiresAt\n    createdAt\n  }\n}": types.BillLedgerFieldsFragmentDoc,
    "subscription MyBillChanged {\n  myBillChanged {\n    ...BillFields\n    ...BillLedgerFields\n    invoiceRequest {\n      ...InvoiceRequestFields\n    }\n  }\n}": types.MyBillChangedDocument,
    "query MyBill($id: ID!) {\n  bill(id: $id) {\n    ...BillFields\n    ...BillLedgerFields\n    checkCode\n    voidReason\n    tenantName\n    invoiceRequest {\n      ...InvoiceRequestFields\n    }\n    lines {\n      id\n      source\n      sourceId\n      description\n      periodFrom\n      periodTo\n      quantity\n      unit\n      unitPrice\n      amountFen\n      evidence\n    }\n  }\n}": types.MyBillDocument,
    "query MyBillsOwed($first: Int, $after: String) {\n  bills(\n    first: $first\n    after: $after\n    filter: {statuses: [ISSUED, PARTLY_PAID, OVERDUE]}\n  ) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      status\n      dueOn\n      outstandingFen\n    }\n  }\n}": types.MyBillsOwedDocument,
    "query MyBills($first: Int, $after: String, $filter: BillFilter) {\n  bills(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...BillFields\n    }\n  }\n}": types.MyBillsDocument,
    "mutation PayBill($input: PayBillInput!) {\n  payBill(input: $input) {\n    ...PaymentFields\n  }\n}": types.PayBillDocument,
    "subscription PaymentChanged($id: ID!) {\n  paymentIntentChanged(id: $id) {\n    ...PaymentFields\n  }\n}": types.PaymentChangedDocument,
    "fragment PaymentFields on PaymentIntent {\n  id\n  billId\n  status\n  amountFen\n  payUrl\n  expiresAt\n  paidAt\n  outTradeNo\n  providerTradeNo\n  receiptNo\n  provider\n  refundedFen\n  createdAt\n  refunds {\n    id\n    amountFen\n    status\n    createdAt\n  }\n}": types.PaymentFieldsFragmentDoc,
    "query Payment($id: ID!) {\n  paymentIntent(id: $id) {\n    ...PaymentFields\n  }\n}": types.PaymentDocument,
    "query CompanyProfile($id: ID!) {\n  tenantCompany(id: $id) {\n    id\n    name\n    shortName\n    uscc\n    status\n    moveInDate\n    employeeCount\n    occupiedArea\n    legalRepresentative\n    website\n    industry {\n      code\n      name\n      nameEn\n      sectionName\n      sectionNameEn\n    }\n    contacts {\n      id\n      name\n      title\n      phone\n      email\n      isPrimary\n    }\n    units {\n      id\n    }\n  }\n}": types.CompanyProfileDocument,
    "mutation CreateEmployee($input: CreateUserInput!) {\n  createUser(input: $input) {\n    id\n    login\n    displayName\n    status\n  }\n}": types.CreateEmployeeDocument,
    "query Employees($filter: UserFilter, $first: Int, $after: String) {\n  users(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      login\n      displayName\n      phone\n      status\n      mustChangePassword\n      lastLoginAt\n      roles {\n        id\n        key\n        name\n        nameEn\n      }\n    }\n  }\n}": types.EmployeesDocument,
    "mutation ResetEmployeePassword($id: ID!, $password: String!) {\n  resetUserPassword(id: $id, password: $password) {\n    id\n    mustChangePassword\n  }\n}": types.ResetEmployeePasswordDocument,
    "mutation SetEmployeeStatus($id: ID!, $status: UserStatus!) {\n  updateUser(id: $id, input: {status: $status}) {\n    id\n    status\n  }\n}": types.SetEmployeeStatusDocument,
    "query TenantRoles {\n  roles(audience: TENANT) {\n    id\n    key\n    name\n    nameEn\n  }\n}": types.TenantRolesDocument,
    "query MyConsumption($input: ConsumptionQueryInput!) {\n  energyConsumption(input: $input) {\n    key\n    unit\n    total\n    estimated\n    points {\n      at\n      amount\n      estimated\n    }\n  }\n}": types.MyConsumptionDocument,
    "query MyMeterUsage($parkId: ID!, $from: String!, $to: String!) {\n  tenantMeterUsage(parkId: $parkId, from: $from, to: $to) {\n    meterId\n    meterCode\n    meterName\n    kind\n    unit\n    consumption\n    estimated\n    flaggedReadings\n    multiplier\n    opening {\n      at\n      value\n    }\n    closing {\n      at\n      value\n    }\n  }\n}": types.MyMeterUsageDocument,
    "query MyMeters {\n  meters(first: 100) {\n    nodes {\n      id\n      code\n      name\n      kind\n      unit\n      lastReadingAt\n    }\n  }\n}": types.MyMetersDocument,
    "mutation CancelInvoiceRequest($id: ID!) {\n  cancelInvoiceRequest(id: $id) {\n    ...InvoiceRequestFields\n  }\n}": types.CancelInvoiceRequestDocument,
    "query InvoiceBuyer($tenantId: ID!) {\n  tenantCompany(id: $tenantId) {\n    id\n    name\n    uscc\n  }\n  invoiceRequests(first: 1) {\n    nodes {\n      id\n      kind\n      address\n      phone\n      bankName\n      bankAccount\n      email\n    }\n  }\n}": types.InvoiceBuyerDocument,
    "fragment InvoiceRequestFields on InvoiceRequest {\n  id\n  billId\n  billNumber\n  billPeriod\n  kind\n  status\n  amountFen\n  title\n  taxNumber\n  address\n  phone\n  bankName\n  bankAccount\n  email\n  note\n  createdAt\n  handledAt\n  rejectReason\n  invoiceNumber\n  issuedOn\n  reversedFen\n  reversalNumber\n  reversedOn\n  file {\n    id\n    fileName\n    url\n  }\n}": types.InvoiceRequestFieldsFragmentDoc,
    "query MyInvoiceRequests($first: Int, $after: String) {\n  invoiceRequests(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...InvoiceRequestFields\n    }\n  }\n}": types.MyInvoiceRequestsDocument,
    "mutation RequestInvoice($input: CreateInvoiceRequestInput!) {\n  requestInvoice(input: $input) {\n    ...InvoiceRequestFields\n  }\n}": types.RequestInvoiceDocument,
    "fragment LeaseFields on Lease {\n  id\n  number\n  status\n  startOn\n  endOn\n  terminatedOn\n  paymentCycle\n  rentPrice\n  escalation\n  escalationPercent\n  rentSteps {\n    from\n    price\n  }\n  freePeriods {\n    from\n    to\n  }\n  depositFen\n  lateFeePermille\n  dueDays\n  tenantName\n  area\n  units {\n    unitId\n    unitCode\n    area\n  }\n}": types.LeaseFieldsFragmentDoc,
    "query MyLease($id: ID!) {\n  lease(id: $id) {\n    ...LeaseFields\n    schedule {\n      from\n      to\n      totalFen\n      lines {\n        kind\n        from\n        to\n        days\n        monthDays\n        freeDays\n        price\n        amountFen\n      }\n    }\n  }\n}": types.MyLeaseDocument,
    "query MyLeases($first: Int, $after: String, $filter: LeaseFilter) {\n  leases(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...LeaseFields\n    }\n  }\n}": types.MyLeasesDocument,
    "query BillByNumber($number: String!) {\n  bills(first: 10, filter: {number: $number}) {\n    nodes {\n      id\n      number\n    }\n  }\n}": types.BillByNumberDocument,
    "mutation MarkNotificationsRead($ids: [ID!]) {\n  markNotificationsRead(ids: $ids)\n}": types.MarkNotificationsReadDocument,
    "fragment NotificationFields on Notification {\n  id\n  kind\n  title\n  body\n  facts {\n    billNumber\n    billPeriod\n    owedFen\n    daysOverdue\n    dueOn\n    invoiceNumber\n    reason\n    workOrderNumber\n    workOrderTitle\n  }\n  createdAt\n  readAt\n  workOrderId\n}": types.NotificationFieldsFragmentDoc,
    "subscription NotificationReceived {\n  notificationReceived {\n    ...NotificationFields\n  }\n}": types.NotificationReceivedDocument,
    "query Notifications($first: Int, $after: String) {\n  notifications(first: $first, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...NotificationFields\n    }\n  }\n}": types.NotificationsDocument,
    "query UnreadNotificationCount {\n  unreadNotificationCount\n}": types.UnreadNotificationCountDocument,
    "mutation AddRepairComment($workOrderId: ID!, $body: String!) {\n  addWorkOrderComment(workOrderId: $workOrderId, body: $body) {\n    id\n    author\n    body\n    createdAt\n  }\n}": types.AddRepairCommentDocument,
    "mutation CreatePhotoUpload($input: CreateAttachmentUploadInput!) {\n  createAttachmentUpload(input: $input) {\n    attachmentId\n    uploadUrl\n    expiresAt\n  }\n}": types.CreatePhotoUploadDocument,
    "mutation DecideRepairQuote($id: ID!, $accept: Boolean!, $note: String) {\n  decideWorkOrderQuote(id: $id, accept: $accept, note: $note) {\n    ...RepairFields\n  }\n}": types.DecideRepairQuoteDocument,
    "query MyRepairs($filter: WorkOrderFilter, $first: Int, $after: String) {\n  workOrders(filter: $filter, first: $first, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      number\n      title\n      category\n      priority\n      state\n      submittedAt\n      unit {\n        id\n        code\n      }\n      quote {\n        state\n      }\n    }\n  }\n}": types.MyRepairsDocument,
    "subscription QuoteWaiting {\n  notificationReceived {\n    id\n    kind\n    workOrderId\n  }\n}": types.QuoteWaitingDocument,
    "subscription RepairChanged($parkId: ID!) {\n  workOrderChanged(parkId: $parkId) {\n    action\n    workOrder {\n      ...RepairFields\n    }\n  }\n}": types.RepairChangedDocument,
    "fragment RepairFields on WorkOrder {\n  id\n  number\n  title\n  description\n  category\n  priority\n  state\n  version\n  submittedAt\n  locationNote\n  availableActions\n  rating\n  ratingComment\n  billableFen\n  requester {\n    id\n    displayName\n  }\n  unit {\n    id\n    code\n  }\n  sla {\n    resolveBy\n  }\n  events {\n    id\n    action\n    actorLabel\n    automatic\n    systemActor\n    at\n    toState\n    note\n  }\n  attachments {\n    id\n    fileName\n    contentType\n    url\n  }\n  comments {\n    id\n    author\n    body\n    createdAt\n  }\n  quote {\n    labourFen\n    materialsFen\n    totalFen\n    note\n    state\n    quotedAt\n  }\n}": types.RepairFieldsFragmentDoc,
    "query Repair($id: ID!) {\n  workOrder(id: $id) {\n    ...RepairFields\n  }\n}": types.RepairDocument,
    "mutation SubmitRepair($input: SubmitWorkOrderInput!) {\n  submitWorkOrder(input: $input) {\n    id\n    number\n    state\n  }\n}": types.SubmitRepairDocument,
    "mutation TransitionRepair($id: ID!, $input: TransitionWorkOrderInput!) {\n  transitionWorkOrder(id: $id, input: $input) {\n    ...RepairFields\n  }\n}": types.TransitionRepairDocument,
    "query PublicEquipment($token: String!) {\n  publicEquipment(token: $token) {\n    name\n    buildingName\n    floorName\n  }\n}": types.PublicEquipmentDocument,
    "mutation ReportEquipmentFault($input: ReportEquipmentFaultInput!) {\n  reportEquipmentFault(input: $input) {\n    received\n    photoUploadUrl\n  }\n}": types.ReportEquipmentFaultDocument,
    "query MyUnits($tenantId: ID!) {\n  tenantCompany(id: $tenantId) {\n    id\n    occupiedArea\n    units {\n      id\n      code\n      type\n      status\n      grossArea\n      usableArea\n      floor {\n        id\n        name\n        level\n      }\n      building {\n        id\n        code\n        name\n      }\n    }\n  }\n}": types.MyUnitsDocument,
    "mutation AddCompanyVehicle($input: AddVehicleInput!) {\n  addVehicle(input: $input) {\n    ...CompanyVehicleFields\n  }\n}": types.AddCompanyVehicleDocument,
    "fragment CompanyVehicleFields on VehicleListEntry {\n  id\n  plate\n  ownerName\n  validFrom\n  validUntil\n  note\n}": types.CompanyVehicleFieldsFragmentDoc,
    "query CompanyVehicles($first: Int, $after: String, $search: String) {\n  vehicleList(first: $first, after: $after, search: $search, kind: ALLOW) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...CompanyVehicleFields\n    }\n  }\n}": types.CompanyVehiclesDocument,
    "mutation RemoveCompanyVehicle($id: ID!) {\n  removeVehicle(id: $id) {\n    id\n  }\n}": types.RemoveCompanyVehicleDocument,
    "query CompanyAreas($tenantId: ID!) {\n  tenantCompany(id: $tenantId) {\n    id\n    units {\n      id\n      floor {\n        id\n        name\n        level\n      }\n      building {\n        id\n        code\n        name\n      }\n    }\n  }\n}": types.CompanyAreasDocument,
    "query CompanyVisitors($search: String, $first: Int! = 20) {\n  companyVisitors(search: $search, first: $first) {\n    id\n    name\n    phone\n    company\n  }\n}": types.CompanyVisitorsDocument,
    "mutation DecideVisit($id: ID!, $approve: Boolean!, $note: String) {\n  decideVisit(id: $id, approve: $approve, note: $note) {\n    ...VisitFields\n  }\n}": types.DecideVisitDocument,
    "mutation ExtendVisit($id: ID!, $endsAt: DateTimeISO!) {\n  extendVisit(id: $id, endsAt: $endsAt) {\n    ...VisitFields\n    pass {\n      token\n      validFrom\n      validUntil\n    }\n  }\n}": types.ExtendVisitDocument,
    "mutation InviteVisitors($input: InviteVisitorsInput!) {\n  inviteVisitors(input: $input) {\n    ...VisitFields\n  }\n}": types.InviteVisitorsDocument,
    "query MyCompanyVisits($filter: MyVisitFilter, $first: Int, $after: String) {\n  myCompanyVisits(filter: $filter, first: $first, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...VisitFields\n    }\n  }\n}": types.MyCompanyVisitsDocument,
    "query PendingVisitApprovals {\n  pendingVisitApprovals {\n    ...VisitFields\n  }\n}": types.PendingVisitApprovalsDocument,
    "query PreviousVisits($visitorId: ID!, $first: Int! = 1) {\n  previousVisits(visitorId: $visitorId, first: $first) {\n    ...VisitFields\n  }\n}": types.PreviousVisitsDocument,
    "mutation RevokeVisit($id: ID!, $reason: String) {\n  revokeVisit(id: $id, reason: $reason) {\n    ...VisitFields\n    pass {\n      token\n      validFrom\n      validUntil\n    }\n  }\n}": types.RevokeVisitDocument,
    "subscription VisitApprovalRequested {\n  visitApprovalRequested {\n    ...VisitFields\n  }\n}": types.VisitApprovalRequestedDocument,
    "fragment VisitFields on Visit {\n  id\n  state\n  phase\n  source\n  purpose\n  companions\n  plate\n  startsAt\n  endsAt\n  hostName\n  hostUserId\n  hostDeadline\n  checkedInAt\n  checkedOutAt\n  decidedBy\n  decidedAt\n  decisionNote\n  buildingIds\n  floorIds\n  registeredAtKiosk\n  visitor {\n    id\n    name\n    phone\n    company\n  }\n}": types.VisitFieldsFragmentDoc,
    "query Visit($id: ID!) {\n  visit(id: $id) {\n    ...VisitFields\n    createdAt\n    tenantName\n    pass {\n      token\n      validFrom\n      validUntil\n    }\n  }\n}": types.VisitDocument,
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
export function graphql(source: "query CompanyAccessGroups($first: Int, $after: String) {\n  accessGroups(first: $first, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      schedule {\n        days\n        start\n        end\n      }\n      points {\n        id\n        name\n        kind\n      }\n      members {\n        userId\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query CompanyAccessGroups($first: Int, $after: String) {\n  accessGroups(first: $first, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      schedule {\n        days\n        start\n        end\n      }\n      points {\n        id\n        name\n        kind\n      }\n      members {\n        userId\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n}"): (typeof documents)["mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    user {\n      id\n      kind\n      mustChangePassword\n    }\n  }\n}"): (typeof documents)["mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    user {\n      id\n      kind\n      mustChangePassword\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout {\n  logout\n}"): (typeof documents)["mutation Logout {\n  logout\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Viewer {\n  viewer {\n    kind\n    id\n    name\n    permissions\n    user {\n      id\n      login\n      displayName\n      mustChangePassword\n    }\n    tenant {\n      id\n      name\n      shortName\n    }\n    parks {\n      id\n      timeZone\n    }\n  }\n}"): (typeof documents)["query Viewer {\n  viewer {\n    kind\n    id\n    name\n    permissions\n    user {\n      id\n      login\n      displayName\n      mustChangePassword\n    }\n    tenant {\n      id\n      name\n      shortName\n    }\n    parks {\n      id\n      timeZone\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment BillFields on Bill {\n  id\n  number\n  period\n  kind\n  status\n  issuedOn\n  dueOn\n  totalFen\n  paidFen\n  outstandingFen\n}"): (typeof documents)["fragment BillFields on Bill {\n  id\n  number\n  period\n  kind\n  status\n  issuedOn\n  dueOn\n  totalFen\n  paidFen\n  outstandingFen\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment BillLedgerFields on Bill {\n  ledger {\n    id\n    kind\n    amountFen\n    bookedAt\n    receiptNo\n    provider\n  }\n  payments {\n    id\n    status\n    amountFen\n    expiresAt\n    createdAt\n  }\n}"): (typeof documents)["fragment BillLedgerFields on Bill {\n  ledger {\n    id\n    kind\n    amountFen\n    bookedAt\n    receiptNo\n    provider\n  }\n  payments {\n    id\n    status\n    amountFen\n    expiresAt\n    createdAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription MyBillChanged {\n  myBillChanged {\n    ...BillFields\n    ...BillLedgerFields\n    invoiceRequest {\n      ...InvoiceRequestFields\n    }\n  }\n}"): (typeof documents)["subscription MyBillChanged {\n  myBillChanged {\n    ...BillFields\n    ...BillLedgerFields\n    invoiceRequest {\n      ...InvoiceRequestFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyBill($id: ID!) {\n  bill(id: $id) {\n    ...BillFields\n    ...BillLedgerFields\n    checkCode\n    voidReason\n    tenantName\n    invoiceRequest {\n      ...InvoiceRequestFields\n    }\n    lines {\n      id\n      source\n      sourceId\n      description\n      periodFrom\n      periodTo\n      quantity\n      unit\n      unitPrice\n      amountFen\n      evidence\n    }\n  }\n}"): (typeof documents)["query MyBill($id: ID!) {\n  bill(id: $id) {\n    ...BillFields\n    ...BillLedgerFields\n    checkCode\n    voidReason\n    tenantName\n    invoiceRequest {\n      ...InvoiceRequestFields\n    }\n    lines {\n      id\n      source\n      sourceId\n      description\n      periodFrom\n      periodTo\n      quantity\n      unit\n      unitPrice\n      amountFen\n      evidence\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyBillsOwed($first: Int, $after: String) {\n  bills(\n    first: $first\n    after: $after\n    filter: {statuses: [ISSUED, PARTLY_PAID, OVERDUE]}\n  ) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      status\n      dueOn\n      outstandingFen\n    }\n  }\n}"): (typeof documents)["query MyBillsOwed($first: Int, $after: String) {\n  bills(\n    first: $first\n    after: $after\n    filter: {statuses: [ISSUED, PARTLY_PAID, OVERDUE]}\n  ) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      status\n      dueOn\n      outstandingFen\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyBills($first: Int, $after: String, $filter: BillFilter) {\n  bills(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...BillFields\n    }\n  }\n}"): (typeof documents)["query MyBills($first: Int, $after: String, $filter: BillFilter) {\n  bills(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...BillFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PayBill($input: PayBillInput!) {\n  payBill(input: $input) {\n    ...PaymentFields\n  }\n}"): (typeof documents)["mutation PayBill($input: PayBillInput!) {\n  payBill(input: $input) {\n    ...PaymentFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription PaymentChanged($id: ID!) {\n  paymentIntentChanged(id: $id) {\n    ...PaymentFields\n  }\n}"): (typeof documents)["subscription PaymentChanged($id: ID!) {\n  paymentIntentChanged(id: $id) {\n    ...PaymentFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PaymentFields on PaymentIntent {\n  id\n  billId\n  status\n  amountFen\n  payUrl\n  expiresAt\n  paidAt\n  outTradeNo\n  providerTradeNo\n  receiptNo\n  provider\n  refundedFen\n  createdAt\n  refunds {\n    id\n    amountFen\n    status\n    createdAt\n  }\n}"): (typeof documents)["fragment PaymentFields on PaymentIntent {\n  id\n  billId\n  status\n  amountFen\n  payUrl\n  expiresAt\n  paidAt\n  outTradeNo\n  providerTradeNo\n  receiptNo\n  provider\n  refundedFen\n  createdAt\n  refunds {\n    id\n    amountFen\n    status\n    createdAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Payment($id: ID!) {\n  paymentIntent(id: $id) {\n    ...PaymentFields\n  }\n}"): (typeof documents)["query Payment($id: ID!) {\n  paymentIntent(id: $id) {\n    ...PaymentFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompanyProfile($id: ID!) {\n  tenantCompany(id: $id) {\n    id\n    name\n    shortName\n    uscc\n    status\n    moveInDate\n    employeeCount\n    occupiedArea\n    legalRepresentative\n    website\n    industry {\n      code\n      name\n      nameEn\n      sectionName\n      sectionNameEn\n    }\n    contacts {\n      id\n      name\n      title\n      phone\n      email\n      isPrimary\n    }\n    units {\n      id\n    }\n  }\n}"): (typeof documents)["query CompanyProfile($id: ID!) {\n  tenantCompany(id: $id) {\n    id\n    name\n    shortName\n    uscc\n    status\n    moveInDate\n    employeeCount\n    occupiedArea\n    legalRepresentative\n    website\n    industry {\n      code\n      name\n      nameEn\n      sectionName\n      sectionNameEn\n    }\n    contacts {\n      id\n      name\n      title\n      phone\n      email\n      isPrimary\n    }\n    units {\n      id\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateEmployee($input: CreateUserInput!) {\n  createUser(input: $input) {\n    id\n    login\n    displayName\n    status\n  }\n}"): (typeof documents)["mutation CreateEmployee($input: CreateUserInput!) {\n  createUser(input: $input) {\n    id\n    login\n    displayName\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Employees($filter: UserFilter, $first: Int, $after: String) {\n  users(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      login\n      displayName\n      phone\n      status\n      mustChangePassword\n      lastLoginAt\n      roles {\n        id\n        key\n        name\n        nameEn\n      }\n    }\n  }\n}"): (typeof documents)["query Employees($filter: UserFilter, $first: Int, $after: String) {\n  users(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      login\n      displayName\n      phone\n      status\n      mustChangePassword\n      lastLoginAt\n      roles {\n        id\n        key\n        name\n        nameEn\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetEmployeePassword($id: ID!, $password: String!) {\n  resetUserPassword(id: $id, password: $password) {\n    id\n    mustChangePassword\n  }\n}"): (typeof documents)["mutation ResetEmployeePassword($id: ID!, $password: String!) {\n  resetUserPassword(id: $id, password: $password) {\n    id\n    mustChangePassword\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetEmployeeStatus($id: ID!, $status: UserStatus!) {\n  updateUser(id: $id, input: {status: $status}) {\n    id\n    status\n  }\n}"): (typeof documents)["mutation SetEmployeeStatus($id: ID!, $status: UserStatus!) {\n  updateUser(id: $id, input: {status: $status}) {\n    id\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenantRoles {\n  roles(audience: TENANT) {\n    id\n    key\n    name\n    nameEn\n  }\n}"): (typeof documents)["query TenantRoles {\n  roles(audience: TENANT) {\n    id\n    key\n    name\n    nameEn\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyConsumption($input: ConsumptionQueryInput!) {\n  energyConsumption(input: $input) {\n    key\n    unit\n    total\n    estimated\n    points {\n      at\n      amount\n      estimated\n    }\n  }\n}"): (typeof documents)["query MyConsumption($input: ConsumptionQueryInput!) {\n  energyConsumption(input: $input) {\n    key\n    unit\n    total\n    estimated\n    points {\n      at\n      amount\n      estimated\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyMeterUsage($parkId: ID!, $from: String!, $to: String!) {\n  tenantMeterUsage(parkId: $parkId, from: $from, to: $to) {\n    meterId\n    meterCode\n    meterName\n    kind\n    unit\n    consumption\n    estimated\n    flaggedReadings\n    multiplier\n    opening {\n      at\n      value\n    }\n    closing {\n      at\n      value\n    }\n  }\n}"): (typeof documents)["query MyMeterUsage($parkId: ID!, $from: String!, $to: String!) {\n  tenantMeterUsage(parkId: $parkId, from: $from, to: $to) {\n    meterId\n    meterCode\n    meterName\n    kind\n    unit\n    consumption\n    estimated\n    flaggedReadings\n    multiplier\n    opening {\n      at\n      value\n    }\n    closing {\n      at\n      value\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyMeters {\n  meters(first: 100) {\n    nodes {\n      id\n      code\n      name\n      kind\n      unit\n      lastReadingAt\n    }\n  }\n}"): (typeof documents)["query MyMeters {\n  meters(first: 100) {\n    nodes {\n      id\n      code\n      name\n      kind\n      unit\n      lastReadingAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelInvoiceRequest($id: ID!) {\n  cancelInvoiceRequest(id: $id) {\n    ...InvoiceRequestFields\n  }\n}"): (typeof documents)["mutation CancelInvoiceRequest($id: ID!) {\n  cancelInvoiceRequest(id: $id) {\n    ...InvoiceRequestFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoiceBuyer($tenantId: ID!) {\n  tenantCompany(id: $tenantId) {\n    id\n    name\n    uscc\n  }\n  invoiceRequests(first: 1) {\n    nodes {\n      id\n      kind\n      address\n      phone\n      bankName\n      bankAccount\n      email\n    }\n  }\n}"): (typeof documents)["query InvoiceBuyer($tenantId: ID!) {\n  tenantCompany(id: $tenantId) {\n    id\n    name\n    uscc\n  }\n  invoiceRequests(first: 1) {\n    nodes {\n      id\n      kind\n      address\n      phone\n      bankName\n      bankAccount\n      email\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment InvoiceRequestFields on InvoiceRequest {\n  id\n  billId\n  billNumber\n  billPeriod\n  kind\n  status\n  amountFen\n  title\n  taxNumber\n  address\n  phone\n  bankName\n  bankAccount\n  email\n  note\n  createdAt\n  handledAt\n  rejectReason\n  invoiceNumber\n  issuedOn\n  reversedFen\n  reversalNumber\n  reversedOn\n  file {\n    id\n    fileName\n    url\n  }\n}"): (typeof documents)["fragment InvoiceRequestFields on InvoiceRequest {\n  id\n  billId\n  billNumber\n  billPeriod\n  kind\n  status\n  amountFen\n  title\n  taxNumber\n  address\n  phone\n  bankName\n  bankAccount\n  email\n  note\n  createdAt\n  handledAt\n  rejectReason\n  invoiceNumber\n  issuedOn\n  reversedFen\n  reversalNumber\n  reversedOn\n  file {\n    id\n    fileName\n    url\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyInvoiceRequests($first: Int, $after: String) {\n  invoiceRequests(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...InvoiceRequestFields\n    }\n  }\n}"): (typeof documents)["query MyInvoiceRequests($first: Int, $after: String) {\n  invoiceRequests(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...InvoiceRequestFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestInvoice($input: CreateInvoiceRequestInput!) {\n  requestInvoice(input: $input) {\n    ...InvoiceRequestFields\n  }\n}"): (typeof documents)["mutation RequestInvoice($input: CreateInvoiceRequestInput!) {\n  requestInvoice(input: $input) {\n    ...InvoiceRequestFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment LeaseFields on Lease {\n  id\n  number\n  status\n  startOn\n  endOn\n  terminatedOn\n  paymentCycle\n  rentPrice\n  escalation\n  escalationPercent\n  rentSteps {\n    from\n    price\n  }\n  freePeriods {\n    from\n    to\n  }\n  depositFen\n  lateFeePermille\n  dueDays\n  tenantName\n  area\n  units {\n    unitId\n    unitCode\n    area\n  }\n}"): (typeof documents)["fragment LeaseFields on Lease {\n  id\n  number\n  status\n  startOn\n  endOn\n  terminatedOn\n  paymentCycle\n  rentPrice\n  escalation\n  escalationPercent\n  rentSteps {\n    from\n    price\n  }\n  freePeriods {\n    from\n    to\n  }\n  depositFen\n  lateFeePermille\n  dueDays\n  tenantName\n  area\n  units {\n    unitId\n    unitCode\n    area\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyLease($id: ID!) {\n  lease(id: $id) {\n    ...LeaseFields\n    schedule {\n      from\n      to\n      totalFen\n      lines {\n        kind\n        from\n        to\n        days\n        monthDays\n        freeDays\n        price\n        amountFen\n      }\n    }\n  }\n}"): (typeof documents)["query MyLease($id: ID!) {\n  lease(id: $id) {\n    ...LeaseFields\n    schedule {\n      from\n      to\n      totalFen\n      lines {\n        kind\n        from\n        to\n        days\n        monthDays\n        freeDays\n        price\n        amountFen\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyLeases($first: Int, $after: String, $filter: LeaseFilter) {\n  leases(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...LeaseFields\n    }\n  }\n}"): (typeof documents)["query MyLeases($first: Int, $after: String, $filter: LeaseFilter) {\n  leases(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...LeaseFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BillByNumber($number: String!) {\n  bills(first: 10, filter: {number: $number}) {\n    nodes {\n      id\n      number\n    }\n  }\n}"): (typeof documents)["query BillByNumber($number: String!) {\n  bills(first: 10, filter: {number: $number}) {\n    nodes {\n      id\n      number\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkNotificationsRead($ids: [ID!]) {\n  markNotificationsRead(ids: $ids)\n}"): (typeof documents)["mutation MarkNotificationsRead($ids: [ID!]) {\n  markNotificationsRead(ids: $ids)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment NotificationFields on Notification {\n  id\n  kind\n  title\n  body\n  facts {\n    billNumber\n    billPeriod\n    owedFen\n    daysOverdue\n    dueOn\n    invoiceNumber\n    reason\n    workOrderNumber\n    workOrderTitle\n  }\n  createdAt\n  readAt\n  workOrderId\n}"): (typeof documents)["fragment NotificationFields on Notification {\n  id\n  kind\n  title\n  body\n  facts {\n    billNumber\n    billPeriod\n    owedFen\n    daysOverdue\n    dueOn\n    invoiceNumber\n    reason\n    workOrderNumber\n    workOrderTitle\n  }\n  createdAt\n  readAt\n  workOrderId\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription NotificationReceived {\n  notificationReceived {\n    ...NotificationFields\n  }\n}"): (typeof documents)["subscription NotificationReceived {\n  notificationReceived {\n    ...NotificationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Notifications($first: Int, $after: String) {\n  notifications(first: $first, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...NotificationFields\n    }\n  }\n}"): (typeof documents)["query Notifications($first: Int, $after: String) {\n  notifications(first: $first, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...NotificationFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnreadNotificationCount {\n  unreadNotificationCount\n}"): (typeof documents)["query UnreadNotificationCount {\n  unreadNotificationCount\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddRepairComment($workOrderId: ID!, $body: String!) {\n  addWorkOrderComment(workOrderId: $workOrderId, body: $body) {\n    id\n    author\n    body\n    createdAt\n  }\n}"): (typeof documents)["mutation AddRepairComment($workOrderId: ID!, $body: String!) {\n  addWorkOrderComment(workOrderId: $workOrderId, body: $body) {\n    id\n    author\n    body\n    createdAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreatePhotoUpload($input: CreateAttachmentUploadInput!) {\n  createAttachmentUpload(input: $input) {\n    attachmentId\n    uploadUrl\n    expiresAt\n  }\n}"): (typeof documents)["mutation CreatePhotoUpload($input: CreateAttachmentUploadInput!) {\n  createAttachmentUpload(input: $input) {\n    attachmentId\n    uploadUrl\n    expiresAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DecideRepairQuote($id: ID!, $accept: Boolean!, $note: String) {\n  decideWorkOrderQuote(id: $id, accept: $accept, note: $note) {\n    ...RepairFields\n  }\n}"): (typeof documents)["mutation DecideRepairQuote($id: ID!, $accept: Boolean!, $note: String) {\n  decideWorkOrderQuote(id: $id, accept: $accept, note: $note) {\n    ...RepairFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyRepairs($filter: WorkOrderFilter, $first: Int, $after: String) {\n  workOrders(filter: $filter, first: $first, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      number\n      title\n      category\n      priority\n      state\n      submittedAt\n      unit {\n        id\n        code\n      }\n      quote {\n        state\n      }\n    }\n  }\n}"): (typeof documents)["query MyRepairs($filter: WorkOrderFilter, $first: Int, $after: String) {\n  workOrders(filter: $filter, first: $first, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      number\n      title\n      category\n      priority\n      state\n      submittedAt\n      unit {\n        id\n        code\n      }\n      quote {\n        state\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription QuoteWaiting {\n  notificationReceived {\n    id\n    kind\n    workOrderId\n  }\n}"): (typeof documents)["subscription QuoteWaiting {\n  notificationReceived {\n    id\n    kind\n    workOrderId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription RepairChanged($parkId: ID!) {\n  workOrderChanged(parkId: $parkId) {\n    action\n    workOrder {\n      ...RepairFields\n    }\n  }\n}"): (typeof documents)["subscription RepairChanged($parkId: ID!) {\n  workOrderChanged(parkId: $parkId) {\n    action\n    workOrder {\n      ...RepairFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RepairFields on WorkOrder {\n  id\n  number\n  title\n  description\n  category\n  priority\n  state\n  version\n  submittedAt\n  locationNote\n  availableActions\n  rating\n  ratingComment\n  billableFen\n  requester {\n    id\n    displayName\n  }\n  unit {\n    id\n    code\n  }\n  sla {\n    resolveBy\n  }\n  events {\n    id\n    action\n    actorLabel\n    automatic\n    systemActor\n    at\n    toState\n    note\n  }\n  attachments {\n    id\n    fileName\n    contentType\n    url\n  }\n  comments {\n    id\n    author\n    body\n    createdAt\n  }\n  quote {\n    labourFen\n    materialsFen\n    totalFen\n    note\n    state\n    quotedAt\n  }\n}"): (typeof documents)["fragment RepairFields on WorkOrder {\n  id\n  number\n  title\n  description\n  category\n  priority\n  state\n  version\n  submittedAt\n  locationNote\n  availableActions\n  rating\n  ratingComment\n  billableFen\n  requester {\n    id\n    displayName\n  }\n  unit {\n    id\n    code\n  }\n  sla {\n    resolveBy\n  }\n  events {\n    id\n    action\n    actorLabel\n    automatic\n    systemActor\n    at\n    toState\n    note\n  }\n  attachments {\n    id\n    fileName\n    contentType\n    url\n  }\n  comments {\n    id\n    author\n    body\n    createdAt\n  }\n  quote {\n    labourFen\n    materialsFen\n    totalFen\n    note\n    state\n    quotedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Repair($id: ID!) {\n  workOrder(id: $id) {\n    ...RepairFields\n  }\n}"): (typeof documents)["query Repair($id: ID!) {\n  workOrder(id: $id) {\n    ...RepairFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitRepair($input: SubmitWorkOrderInput!) {\n  submitWorkOrder(input: $input) {\n    id\n    number\n    state\n  }\n}"): (typeof documents)["mutation SubmitRepair($input: SubmitWorkOrderInput!) {\n  submitWorkOrder(input: $input) {\n    id\n    number\n    state\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransitionRepair($id: ID!, $input: TransitionWorkOrderInput!) {\n  transitionWorkOrder(id: $id, input: $input) {\n    ...RepairFields\n  }\n}"): (typeof documents)["mutation TransitionRepair($id: ID!, $input: TransitionWorkOrderInput!) {\n  transitionWorkOrder(id: $id, input: $input) {\n    ...RepairFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PublicEquipment($token: String!) {\n  publicEquipment(token: $token) {\n    name\n    buildingName\n    floorName\n  }\n}"): (typeof documents)["query PublicEquipment($token: String!) {\n  publicEquipment(token: $token) {\n    name\n    buildingName\n    floorName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportEquipmentFault($input: ReportEquipmentFaultInput!) {\n  reportEquipmentFault(input: $input) {\n    received\n    photoUploadUrl\n  }\n}"): (typeof documents)["mutation ReportEquipmentFault($input: ReportEquipmentFaultInput!) {\n  reportEquipmentFault(input: $input) {\n    received\n    photoUploadUrl\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyUnits($tenantId: ID!) {\n  tenantCompany(id: $tenantId) {\n    id\n    occupiedArea\n    units {\n      id\n      code\n      type\n      status\n      grossArea\n      usableArea\n      floor {\n        id\n        name\n        level\n      }\n      building {\n        id\n        code\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query MyUnits($tenantId: ID!) {\n  tenantCompany(id: $tenantId) {\n    id\n    occupiedArea\n    units {\n      id\n      code\n      type\n      status\n      grossArea\n      usableArea\n      floor {\n        id\n        name\n        level\n      }\n      building {\n        id\n        code\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddCompanyVehicle($input: AddVehicleInput!) {\n  addVehicle(input: $input) {\n    ...CompanyVehicleFields\n  }\n}"): (typeof documents)["mutation AddCompanyVehicle($input: AddVehicleInput!) {\n  addVehicle(input: $input) {\n    ...CompanyVehicleFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CompanyVehicleFields on VehicleListEntry {\n  id\n  plate\n  ownerName\n  validFrom\n  validUntil\n  note\n}"): (typeof documents)["fragment CompanyVehicleFields on VehicleListEntry {\n  id\n  plate\n  ownerName\n  validFrom\n  validUntil\n  note\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompanyVehicles($first: Int, $after: String, $search: String) {\n  vehicleList(first: $first, after: $after, search: $search, kind: ALLOW) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...CompanyVehicleFields\n    }\n  }\n}"): (typeof documents)["query CompanyVehicles($first: Int, $after: String, $search: String) {\n  vehicleList(first: $first, after: $after, search: $search, kind: ALLOW) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...CompanyVehicleFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveCompanyVehicle($id: ID!) {\n  removeVehicle(id: $id) {\n    id\n  }\n}"): (typeof documents)["mutation RemoveCompanyVehicle($id: ID!) {\n  removeVehicle(id: $id) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompanyAreas($tenantId: ID!) {\n  tenantCompany(id: $tenantId) {\n    id\n    units {\n      id\n      floor {\n        id\n        name\n        level\n      }\n      building {\n        id\n        code\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query CompanyAreas($tenantId: ID!) {\n  tenantCompany(id: $tenantId) {\n    id\n    units {\n      id\n      floor {\n        id\n        name\n        level\n      }\n      building {\n        id\n        code\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompanyVisitors($search: String, $first: Int! = 20) {\n  companyVisitors(search: $search, first: $first) {\n    id\n    name\n    phone\n    company\n  }\n}"): (typeof documents)["query CompanyVisitors($search: String, $first: Int! = 20) {\n  companyVisitors(search: $search, first: $first) {\n    id\n    name\n    phone\n    company\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DecideVisit($id: ID!, $approve: Boolean!, $note: String) {\n  decideVisit(id: $id, approve: $approve, note: $note) {\n    ...VisitFields\n  }\n}"): (typeof documents)["mutation DecideVisit($id: ID!, $approve: Boolean!, $note: String) {\n  decideVisit(id: $id, approve: $approve, note: $note) {\n    ...VisitFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExtendVisit($id: ID!, $endsAt: DateTimeISO!) {\n  extendVisit(id: $id, endsAt: $endsAt) {\n    ...VisitFields\n    pass {\n      token\n      validFrom\n      validUntil\n    }\n  }\n}"): (typeof documents)["mutation ExtendVisit($id: ID!, $endsAt: DateTimeISO!) {\n  extendVisit(id: $id, endsAt: $endsAt) {\n    ...VisitFields\n    pass {\n      token\n      validFrom\n      validUntil\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InviteVisitors($input: InviteVisitorsInput!) {\n  inviteVisitors(input: $input) {\n    ...VisitFields\n  }\n}"): (typeof documents)["mutation InviteVisitors($input: InviteVisitorsInput!) {\n  inviteVisitors(input: $input) {\n    ...VisitFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyCompanyVisits($filter: MyVisitFilter, $first: Int, $after: String) {\n  myCompanyVisits(filter: $filter, first: $first, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...VisitFields\n    }\n  }\n}"): (typeof documents)["query MyCompanyVisits($filter: MyVisitFilter, $first: Int, $after: String) {\n  myCompanyVisits(filter: $filter, first: $first, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...VisitFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PendingVisitApprovals {\n  pendingVisitApprovals {\n    ...VisitFields\n  }\n}"): (typeof documents)["query PendingVisitApprovals {\n  pendingVisitApprovals {\n    ...VisitFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PreviousVisits($visitorId: ID!, $first: Int! = 1) {\n  previousVisits(visitorId: $visitorId, first: $first) {\n    ...VisitFields\n  }\n}"): (typeof documents)["query PreviousVisits($visitorId: ID!, $first: Int! = 1) {\n  previousVisits(visitorId: $visitorId, first: $first) {\n    ...VisitFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeVisit($id: ID!, $reason: String) {\n  revokeVisit(id: $id, reason: $reason) {\n    ...VisitFields\n    pass {\n      token\n      validFrom\n      validUntil\n    }\n  }\n}"): (typeof documents)["mutation RevokeVisit($id: ID!, $reason: String) {\n  revokeVisit(id: $id, reason: $reason) {\n    ...VisitFields\n    pass {\n      token\n      validFrom\n      validUntil\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription VisitApprovalRequested {\n  visitApprovalRequested {\n    ...VisitFields\n  }\n}"): (typeof documents)["subscription VisitApprovalRequested {\n  visitApprovalRequested {\n    ...VisitFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment VisitFields on Visit {\n  id\n  state\n  phase\n  source\n  purpose\n  companions\n  plate\n  startsAt\n  endsAt\n  hostName\n  hostUserId\n  hostDeadline\n  checkedInAt\n  checkedOutAt\n  decidedBy\n  decidedAt\n  decisionNote\n  buildingIds\n  floorIds\n  registeredAtKiosk\n  visitor {\n    id\n    name\n    phone\n    company\n  }\n}"): (typeof documents)["fragment VisitFields on Visit {\n  id\n  state\n  phase\n  source\n  purpose\n  companions\n  plate\n  startsAt\n  endsAt\n  hostName\n  hostUserId\n  hostDeadline\n  checkedInAt\n  checkedOutAt\n  decidedBy\n  decidedAt\n  decisionNote\n  buildingIds\n  floorIds\n  registeredAtKiosk\n  visitor {\n    id\n    name\n    phone\n    company\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Visit($id: ID!) {\n  visit(id: $id) {\n    ...VisitFields\n    createdAt\n    tenantName\n    pass {\n      token\n      validFrom\n      validUntil\n    }\n  }\n}"): (typeof documents)["query Visit($id: ID!) {\n  visit(id: $id) {\n    ...VisitFields\n    createdAt\n    tenantName\n    pass {\n      token\n      validFrom\n      validUntil\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;