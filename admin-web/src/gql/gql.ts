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
    "query AccessCredentials($filter: AccessCredentialFilter, $first: Int, $after: String) {\n  accessCredentials(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      kind\n      identifier\n      status\n      holderId\n      holderName\n      tenantId\n      validFrom\n      validUntil\n    }\n  }\n}": typeof types.AccessCredentialsDocument,
    "query AccessEvents($filter: AccessEventFilter, $first: Int, $after: String) {\n  accessEvents(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      occurredAt\n      type\n      decision\n      reason\n      direction\n      credentialKind\n      credentialRef\n      holderName\n      tenantName\n      point {\n        id\n        code\n        name\n      }\n    }\n  }\n}": typeof types.AccessEventsDocument,
    "mutation AddAccessGroupMember($groupId: ID!, $userId: ID!) {\n  addAccessGroupMember(groupId: $groupId, userId: $userId) {\n    id\n    members {\n      userId\n      name\n    }\n  }\n}\n\nmutation RemoveAccessGroupMember($groupId: ID!, $userId: ID!) {\n  removeAccessGroupMember(groupId: $groupId, userId: $userId) {\n    id\n    members {\n      userId\n      name\n    }\n  }\n}": typeof types.AddAccessGroupMemberDocument,
    "query AccessGroupPointOptions($parkId: ID!) {\n  accessPoints(filter: {parkId: $parkId}, first: 100) {\n    nodes {\n      id\n      code\n      name\n      active\n    }\n  }\n}": typeof types.AccessGroupPointOptionsDocument,
    "query AccessGroups($filter: AccessGroupFilter, $first: Int, $after: String) {\n  accessGroups(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      tenantId\n      schedule {\n        days\n        start\n        end\n      }\n      points {\n        id\n        code\n        name\n      }\n      members {\n        userId\n        name\n      }\n    }\n  }\n}": typeof types.AccessGroupsDocument,
    "query AccessLogOptions($parkId: ID!) {\n  accessPoints(filter: {parkId: $parkId}, first: 100) {\n    nodes {\n      id\n      code\n      name\n    }\n  }\n  accessCredentials(filter: {parkId: $parkId}, first: 100) {\n    nodes {\n      id\n      holderId\n      holderName\n    }\n  }\n}": typeof types.AccessLogOptionsDocument,
    "query AccessPoints($filter: AccessPointFilter, $first: Int, $after: String) {\n  accessPoints(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      code\n      name\n      kind\n      vendorDeviceId\n      active\n      buildingId\n    }\n  }\n}": typeof types.AccessPointsDocument,
    "query AccessTenantOptions($parkId: ID!) {\n  tenantCompanies(filter: {parkId: $parkId}, first: 100) {\n    nodes {\n      id\n      name\n    }\n  }\n}": typeof types.AccessTenantOptionsDocument,
    "mutation AcknowledgeSecurityEvent($id: ID!, $input: UpdateSecurityEventInput) {\n  acknowledgeSecurityEvent(id: $id, input: $input) {\n    id\n    status\n    acknowledgedAt\n    note\n  }\n}": typeof types.AcknowledgeSecurityEventDocument,
    "mutation CloseSecurityEvent($id: ID!, $input: UpdateSecurityEventInput) {\n  closeSecurityEvent(id: $id, input: $input) {\n    id\n    status\n    closedAt\n    note\n  }\n}": typeof types.CloseSecurityEventDocument,
    "mutation CreateAccessCredential($input: CreateAccessCredentialInput!) {\n  createAccessCredential(input: $input) {\n    id\n    identifier\n  }\n}": typeof types.CreateAccessCredentialDocument,
    "mutation CreateAccessGroup($input: CreateAccessGroupInput!) {\n  createAccessGroup(input: $input) {\n    id\n    name\n  }\n}": typeof types.CreateAccessGroupDocument,
    "mutation CreateAccessPoint($input: CreateAccessPointInput!) {\n  createAccessPoint(input: $input) {\n    id\n    code\n  }\n}": typeof types.CreateAccessPointDocument,
    "query HolderOptions($filter: AccessHolderFilter!) {\n  accessHolderOptions(filter: $filter) {\n    id\n    name\n    tenantId\n    tenantName\n  }\n}": typeof types.HolderOptionsDocument,
    "subscription SecurityEventChanged($parkId: ID!) {\n  securityEventChanged(parkId: $parkId) {\n    action\n    securityEvent {\n      id\n      status\n    }\n  }\n}": typeof types.SecurityEventChangedDocument,
    "query SecurityEvents($filter: SecurityEventFilter, $first: Int, $after: String) {\n  securityEvents(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      kind\n      status\n      occurredAt\n      acknowledgedAt\n      closedAt\n      note\n      point {\n        id\n        code\n        name\n      }\n      accessEvent {\n        id\n        reason\n        credentialRef\n        holderName\n        tenantName\n      }\n    }\n  }\n}": typeof types.SecurityEventsDocument,
    "mutation SetAccessCredentialStatus($id: ID!, $status: CredentialStatus!) {\n  setAccessCredentialStatus(id: $id, status: $status) {\n    id\n    status\n  }\n}": typeof types.SetAccessCredentialStatusDocument,
    "mutation UpdateAccessGroup($id: ID!, $input: UpdateAccessGroupInput!) {\n  updateAccessGroup(id: $id, input: $input) {\n    id\n    name\n  }\n}": typeof types.UpdateAccessGroupDocument,
    "mutation UpdateAccessPoint($id: ID!, $input: UpdateAccessPointInput!) {\n  updateAccessPoint(id: $id, input: $input) {\n    id\n    name\n    kind\n    vendorDeviceId\n    active\n  }\n}": typeof types.UpdateAccessPointDocument,
    "query AssetTree($parkId: ID!) {\n  park(id: $parkId) {\n    id\n    code\n    name\n    retiredAt\n    occupancy {\n      rate\n      units\n      leasedUnits\n      vacantUnits\n      leasableArea\n      leasedArea\n    }\n    buildings {\n      id\n      code\n      name\n      grossArea\n      completedYear\n      retiredAt\n      occupancy {\n        rate\n        units\n      }\n      floors {\n        id\n        level\n        name\n        grossArea\n        retiredAt\n        occupancy {\n          rate\n        }\n        units {\n          id\n          code\n          status\n          type\n          grossArea\n          retiredAt\n          tenant {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}": typeof types.AssetTreeDocument,
    "mutation CreateBuilding($input: CreateBuildingInput!) {\n  createBuilding(input: $input) {\n    id\n    code\n    name\n  }\n}": typeof types.CreateBuildingDocument,
    "mutation CreateFloor($input: CreateFloorInput!) {\n  createFloor(input: $input) {\n    id\n    level\n    name\n  }\n}": typeof types.CreateFloorDocument,
    "mutation CreatePark($input: CreateParkInput!) {\n  createPark(input: $input) {\n    id\n    code\n    name\n  }\n}": typeof types.CreateParkDocument,
    "mutation CreateUnit($input: CreateUnitInput!) {\n  createUnit(input: $input) {\n    id\n    code\n  }\n}": typeof types.CreateUnitDocument,
    "query ParkForm($id: ID!) {\n  park(id: $id) {\n    id\n    code\n    name\n    city\n    address\n    timeZone\n    landArea\n    retiredAt\n  }\n}": typeof types.ParkFormDocument,
    "mutation RetireBuilding($id: ID!) {\n  retireBuilding(id: $id) {\n    id\n    retiredAt\n  }\n}": typeof types.RetireBuildingDocument,
    "mutation RetireFloor($id: ID!) {\n  retireFloor(id: $id) {\n    id\n    retiredAt\n  }\n}": typeof types.RetireFloorDocument,
    "mutation RetirePark($id: ID!) {\n  retirePark(id: $id) {\n    id\n    retiredAt\n  }\n}": typeof types.RetireParkDocument,
    "mutation RetireUnit($id: ID!) {\n  retireUnit(id: $id) {\n    id\n    retiredAt\n  }\n}": typeof types.RetireUnitDocument,
    "query SiteOptions($parkId: ID!) {\n  park(id: $parkId) {\n    id\n    buildings {\n      id\n      code\n      name\n      retiredAt\n      floors {\n        id\n        level\n        name\n        retiredAt\n        units {\n          id\n          code\n          retiredAt\n        }\n      }\n    }\n  }\n}": typeof types.SiteOptionsDocument,
    "query UnitList($filter: UnitFilter, $first: Int, $after: String) {\n  units(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      code\n      type\n      status\n      grossArea\n      usableArea\n      retiredAt\n      building {\n        id\n        code\n        name\n      }\n      floor {\n        id\n        name\n      }\n      tenant {\n        id\n        name\n      }\n    }\n  }\n}": typeof types.UnitListDocument,
    "mutation UpdateBuilding($id: ID!, $input: UpdateBuildingInput!) {\n  updateBuilding(id: $id, input: $input) {\n    id\n    code\n    name\n    grossArea\n    completedYear\n  }\n}": typeof types.UpdateBuildingDocument,
    "mutation UpdateFloor($id: ID!, $input: UpdateFloorInput!) {\n  updateFloor(id: $id, input: $input) {\n    id\n    name\n    grossArea\n  }\n}": typeof types.UpdateFloorDocument,
    "mutation UpdatePark($id: ID!, $input: UpdateParkInput!) {\n  updatePark(id: $id, input: $input) {\n    id\n    code\n    name\n    city\n    address\n    landArea\n  }\n}": typeof types.UpdateParkDocument,
    "mutation UpdateUnit($id: ID!, $input: UpdateUnitInput!) {\n  updateUnit(id: $id, input: $input) {\n    id\n    code\n    type\n    status\n    grossArea\n    usableArea\n    retiredAt\n  }\n}": typeof types.UpdateUnitDocument,
    "query AuditLog($filter: AuditFilter, $first: Int, $before: ID) {\n  auditLog(filter: $filter, first: $first, before: $before) {\n    hasMore\n    entries {\n      seq\n      occurredAt\n      actorKind\n      actorId\n      actorLabel\n      operation\n      module\n      moduleName\n      moduleNameEn\n      action\n      actionEn\n      targetType\n      targetId\n      targetName\n      outcome\n      errorCode\n      ip\n      before\n      after\n      hash\n    }\n  }\n}": typeof types.AuditLogDocument,
    "query AuditPeople($filter: UserFilter) {\n  users(filter: $filter, first: 20) {\n    nodes {\n      id\n      login\n      displayName\n    }\n  }\n}": typeof types.AuditPeopleDocument,
    "query AuditVocabulary {\n  auditVocabulary {\n    module\n    name\n    nameEn\n    actions {\n      operation\n      name\n      nameEn\n    }\n  }\n}": typeof types.AuditVocabularyDocument,
    "query VerifyAuditChain {\n  verifyAuditChain {\n    ok\n    checked\n    lastSeq\n    brokenSeq\n    problem\n  }\n}": typeof types.VerifyAuditChainDocument,
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n  }\n}": typeof types.LoginDocument,
    "mutation Logout {\n  logout\n}": typeof types.LogoutDocument,
    "query Viewer {\n  viewer {\n    kind\n    id\n    name\n    permissions\n    allParks\n    busiestParkId\n    parks {\n      id\n      code\n      name\n      timeZone\n    }\n    user {\n      id\n      login\n      mustChangePassword\n    }\n  }\n}": typeof types.ViewerDocument,
    "query BillOverview($parkId: ID!) {\n  billAging(parkId: $parkId) {\n    notDueFen\n    days0to30Fen\n    days31to60Fen\n    days61to90Fen\n    days90plusFen\n    billsNotDue\n    billsOverdue\n  }\n  billRuns(parkId: $parkId) {\n    id\n    period\n    status\n    tenantsTotal\n    tenantsDone\n    billsIssued\n    adjustments\n    startedAt\n    finishedAt\n  }\n}": typeof types.BillOverviewDocument,
    "query BillDetail($id: ID!) {\n  bill(id: $id) {\n    id\n    number\n    period\n    kind\n    status\n    tenantName\n    issuedOn\n    dueOn\n    totalFen\n    paidFen\n    outstandingFen\n    checkCode\n    voidReason\n    lines {\n      id\n      source\n      description\n      periodFrom\n      periodTo\n      quantity\n      unit\n      unitPrice\n      amountFen\n      evidence\n    }\n    ledger {\n      id\n      intentId\n      kind\n      amountFen\n      provider\n      providerRef\n      bookedAt\n      receiptNo\n    }\n  }\n}": typeof types.BillDetailDocument,
    "subscription BillRunProgress($parkId: ID!) {\n  billRunProgress(parkId: $parkId) {\n    id\n    period\n    status\n    tenantsTotal\n    tenantsDone\n    billsIssued\n    adjustments\n    startedAt\n    finishedAt\n  }\n}": typeof types.BillRunProgressDocument,
    "query Bills($filter: BillFilter, $first: Int, $after: String) {\n  bills(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      number\n      period\n      kind\n      status\n      tenantName\n      issuedOn\n      dueOn\n      totalFen\n      paidFen\n      outstandingFen\n    }\n  }\n}": typeof types.BillsDocument,
    "subscription ParkBillChanged($parkId: ID!) {\n  parkBillChanged(parkId: $parkId) {\n    id\n    status\n    paidFen\n    outstandingFen\n  }\n}": typeof types.ParkBillChangedDocument,
    "mutation StartBillRun($input: StartBillRunInput!) {\n  startBillRun(input: $input) {\n    id\n    period\n    status\n    tenantsTotal\n    tenantsDone\n  }\n}": typeof types.StartBillRunDocument,
    "mutation VoidBill($id: ID!, $input: VoidBillInput!) {\n  voidBill(id: $id, input: $input) {\n    id\n    status\n  }\n}": typeof types.VoidBillDocument,
    "mutation AddBillCharge($input: AddBillChargeInput!) {\n  addBillCharge(input: $input) {\n    id\n    tenantName\n    amountFen\n  }\n}": typeof types.AddBillChargeDocument,
    "query BillCharges($filter: BillChargeFilter, $first: Int, $after: String) {\n  billCharges(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      tenantId\n      tenantName\n      standardId\n      standard {\n        code\n        name\n        item\n      }\n      chargedOn\n      quantity\n      unitPrice\n      amountFen\n      description\n      createdAt\n      cancelledAt\n      cancelReason\n      billNumbers\n    }\n  }\n}": typeof types.BillChargesDocument,
    "mutation CancelBillCharge($id: ID!, $input: CancelBillChargeInput!) {\n  cancelBillCharge(id: $id, input: $input) {\n    id\n    cancelledAt\n    cancelReason\n    billNumbers\n  }\n}": typeof types.CancelBillChargeDocument,
    "mutation ExportList($input: ExportListInput!) {\n  exportList(input: $input) {\n    url\n    rowCount\n    expiresAt\n  }\n}": typeof types.ExportListDocument,
    "mutation AcknowledgeEnergyAlert($id: ID!) {\n  acknowledgeEnergyAlert(id: $id) {\n    id\n    status\n    acknowledgedAt\n  }\n}": typeof types.AcknowledgeEnergyAlertDocument,
    "query AlertMeterOptions($parkId: ID!, $search: String) {\n  meters(parkId: $parkId, search: $search, first: 50) {\n    nodes {\n      id\n      code\n      name\n      kind\n      terms {\n        meterId\n      }\n    }\n  }\n}": typeof types.AlertMeterOptionsDocument,
    "mutation CloseEnergyAlert($id: ID!) {\n  closeEnergyAlert(id: $id) {\n    id\n    status\n    closedAt\n  }\n}": typeof types.CloseEnergyAlertDocument,
    "mutation CreateEnergyAlertRule($input: CreateEnergyAlertRuleInput!) {\n  createEnergyAlertRule(input: $input) {\n    id\n    name\n  }\n}": typeof types.CreateEnergyAlertRuleDocument,
    "subscription EnergyAlertChanged($parkId: ID!) {\n  energyAlertChanged(parkId: $parkId) {\n    action\n    alert {\n      id\n      status\n      meterCode\n    }\n  }\n}": typeof types.EnergyAlertChangedDocument,
    "query EnergyAlertRules($parkId: ID!) {\n  energyAlertRules(parkId: $parkId) {\n    id\n    name\n    kind\n    meterId\n    meterCode\n    meterName\n    meterKind\n    meterLevel\n    grain\n    threshold\n    factor\n    weeks\n    nightStart\n    nightEnd\n    weekends\n    holidays\n    intervals\n    openWorkOrder\n    workOrderCategory\n    workOrderPriority\n    enabled\n  }\n}": typeof types.EnergyAlertRulesDocument,
    "query EnergyAlerts($filter: EnergyAlertFilter, $first: Int, $after: String) {\n  energyAlerts(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      kind\n      status\n      ruleName\n      meterId\n      meterCode\n      meterName\n      meterKind\n      unit\n      openedAt\n      observedAt\n      value\n      peakValue\n      limitValue\n      acknowledgedAt\n      clearedAt\n      closedAt\n      workOrderId\n      workOrderNumber\n    }\n  }\n}": typeof types.EnergyAlertsDocument,
    "mutation EvaluateEnergyAlerts($parkId: ID!) {\n  evaluateEnergyAlerts(parkId: $parkId) {\n    opened\n    cleared\n  }\n}": typeof types.EvaluateEnergyAlertsDocument,
    "mutation SetEnergyAlertRuleEnabled($id: ID!, $enabled: Boolean!) {\n  setEnergyAlertRuleEnabled(id: $id, enabled: $enabled) {\n    id\n    enabled\n  }\n}": typeof types.SetEnergyAlertRuleEnabledDocument,
    "mutation UpdateEnergyAlertRule($id: ID!, $input: EnergyAlertRuleSettingsInput!) {\n  updateEnergyAlertRule(id: $id, input: $input) {\n    id\n    name\n  }\n}": typeof types.UpdateEnergyAlertRuleDocument,
    "mutation CreateEnergyTariff($input: CreateTariffInput!) {\n  createEnergyTariff(input: $input) {\n    id\n    effectiveFrom\n  }\n}": typeof types.CreateEnergyTariffDocument,
    "query EmissionFactors($parkId: ID!) {\n  emissionFactors(parkId: $parkId) {\n    id\n    kind\n    effectiveFrom\n    kgPerUnit\n    source\n  }\n}\n\nmutation CreateEmissionFactor($input: CreateEmissionFactorInput!) {\n  createEmissionFactor(input: $input) {\n    id\n  }\n}": typeof types.EmissionFactorsDocument,
    "query EnergyFlow($parkId: ID!, $kind: MeterKind!, $from: String!, $to: String!, $withTenants: Boolean!) {\n  energyFlow(\n    parkId: $parkId\n    kind: $kind\n    from: $from\n    to: $to\n    withTenants: $withTenants\n  ) {\n    unit\n    nodes {\n      id\n      name\n      level\n      value\n      loss\n    }\n    links {\n      source\n      target\n      value\n    }\n  }\n}": typeof types.EnergyFlowDocument,
    "query EnergyOverview($input: EnergyScopeInput!) {\n  energyOverview(input: $input) {\n    kind\n    unit\n    today\n    hours {\n      hour\n      today\n      baseline\n    }\n    buildings {\n      buildingId\n      name\n      amount\n      area\n      intensity\n    }\n    months {\n      month\n      amount\n      lastYear\n      mom\n      yoy\n      carbonKg\n      partial\n    }\n    comparison {\n      current\n      previous\n      lastYear\n      mom\n      yoy\n      previousFrom\n      previousTo\n      area\n      intensity\n      carbonKg\n    }\n    cost {\n      totalFen\n      unpriced\n      bands {\n        kind\n        band\n        amount\n        costFen\n        share\n      }\n    }\n  }\n}": typeof types.EnergyOverviewDocument,
    "query EnergyTariffs($parkId: ID!, $kind: MeterKind) {\n  energyTariffs(parkId: $parkId, kind: $kind) {\n    id\n    kind\n    unit\n    effectiveFrom\n    effectiveTo\n    name\n    periods {\n      band\n      startHour\n      endHour\n      price\n    }\n  }\n}": typeof types.EnergyTariffsDocument,
    "mutation CreateMeterReadingPhotoUpload($input: MeterReadingPhotoUploadInput!) {\n  createMeterReadingPhotoUpload(input: $input) {\n    attachmentId\n    uploadUrl\n  }\n}": typeof types.CreateMeterReadingPhotoUploadDocument,
    "mutation CreateMeter($input: CreateMeterInput!) {\n  createMeter(input: $input) {\n    ...MeterFields\n  }\n}": typeof types.CreateMeterDocument,
    "query EnergyCompanies($parkId: ID!) {\n  tenantCompanies(filter: {parkId: $parkId}, first: 100) {\n    nodes {\n      id\n      name\n    }\n  }\n}": typeof types.EnergyCompaniesDocument,
    "query EnergyMeter($id: ID!) {\n  meter(id: $id) {\n    ...MeterFields\n  }\n}": typeof types.EnergyMeterDocument,
    "query EnergyMeters($parkId: ID!, $kind: MeterKind, $level: MeterLevel, $buildingId: ID, $tenantId: ID, $search: String, $first: Int, $after: String) {\n  meters(\n    parkId: $parkId\n    kind: $kind\n    level: $level\n    buildingId: $buildingId\n    tenantId: $tenantId\n    search: $search\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...MeterFields\n    }\n  }\n}": typeof types.EnergyMetersDocument,
    "fragment IotDeviceFields on IotDevice {\n  id\n  code\n  name\n  kind\n  status\n  location\n  lastSeenAt\n  secretIssuedAt\n  createdAt\n  topics {\n    telemetry\n    command\n  }\n  rejections {\n    reason\n    count\n    lastAt\n  }\n}": typeof types.IotDeviceFieldsFragmentDoc,
    "query IotDevices($parkId: ID!, $kind: DeviceKind) {\n  iotDevices(parkId: $parkId, kind: $kind) {\n    ...IotDeviceFields\n  }\n  iotRejections(parkId: $parkId) {\n    deviceCode\n    deviceId\n    reason\n    count\n    lastAt\n  }\n}": typeof types.IotDevicesDocument,
    "query MeterConsumption($input: ConsumptionQueryInput!) {\n  energyConsumption(input: $input) {\n    key\n    label\n    unit\n    total\n    estimated\n    points {\n      at\n      amount\n      estimated\n    }\n  }\n}": typeof types.MeterConsumptionDocument,
    "fragment MeterFields on Meter {\n  id\n  code\n  name\n  kind\n  level\n  unit\n  active\n  virtual\n  parentId\n  tenantId\n  buildingId\n  floorId\n  unitId\n  deviceId\n  deviceRegister\n  multiplier\n  registerDigits\n  spikeLimit\n  intervalMinutes\n  baselineValue\n  lastReadingAt\n  terms {\n    meterId\n    sign\n  }\n}": typeof types.MeterFieldsFragmentDoc,
    "query MeterOptions($parkId: ID!, $kind: MeterKind, $search: String) {\n  meters(parkId: $parkId, kind: $kind, search: $search, first: 30) {\n    nodes {\n      id\n      code\n      name\n      level\n      virtual\n    }\n  }\n}": typeof types.MeterOptionsDocument,
    "query MeterReadings($meterId: ID!, $from: DateTimeISO!, $to: DateTimeISO!, $limit: Int!) {\n  meterReadings(meterId: $meterId, from: $from, to: $to, limit: $limit) {\n    at\n    value\n    consumption\n    flag\n    estimated\n    source\n    photo {\n      id\n      fileName\n      url\n    }\n  }\n}": typeof types.MeterReadingsDocument,
    "mutation RecordMeterReading($input: ManualReadingInput!) {\n  recordMeterReading(input: $input) {\n    stored\n    flag\n  }\n}": typeof types.RecordMeterReadingDocument,
    "mutation RegisterIotDevice($input: RegisterIotDeviceInput!) {\n  registerIotDevice(input: $input) {\n    username\n    secret\n    device {\n      ...IotDeviceFields\n    }\n  }\n}": typeof types.RegisterIotDeviceDocument,
    "mutation RotateIotDeviceSecret($id: ID!) {\n  rotateIotDeviceSecret(id: $id) {\n    username\n    secret\n    device {\n      ...IotDeviceFields\n    }\n  }\n}": typeof types.RotateIotDeviceSecretDocument,
    "mutation UpdateIotDevice($id: ID!, $input: UpdateIotDeviceInput!) {\n  updateIotDevice(id: $id, input: $input) {\n    ...IotDeviceFields\n  }\n}": typeof types.UpdateIotDeviceDocument,
    "mutation UpdateMeter($id: ID!, $input: UpdateMeterInput!) {\n  updateMeter(id: $id, input: $input) {\n    ...MeterFields\n  }\n}": typeof types.UpdateMeterDocument,
    "mutation ChangeEquipmentStatus($id: ID!, $status: EquipmentStatus!, $note: String) {\n  changeEquipmentStatus(id: $id, status: $status, note: $note) {\n    id\n    status\n  }\n}": typeof types.ChangeEquipmentStatusDocument,
    "mutation CreateEquipment($input: CreateEquipmentInput!) {\n  createEquipment(input: $input) {\n    id\n    code\n  }\n}": typeof types.CreateEquipmentDocument,
    "query EquipmentDetail($id: ID!) {\n  equipment(id: $id) {\n    id\n    code\n    publicToken\n    name\n    category\n    status\n    manufacturer\n    model\n    serialNumber\n    installDate\n    warrantyEnd\n    inWarranty\n    locationNote\n    parameters\n    park {\n      id\n      name\n      timeZone\n    }\n    building {\n      id\n      name\n    }\n    floor {\n      id\n      name\n    }\n    unit {\n      id\n      code\n    }\n    history(first: 50) {\n      nodes {\n        id\n        kind\n        occurredAt\n        note\n      }\n    }\n  }\n}": typeof types.EquipmentDetailDocument,
    "query EquipmentForm($id: ID!) {\n  equipment(id: $id) {\n    id\n    code\n    name\n    category\n    status\n    manufacturer\n    model\n    serialNumber\n    installDate\n    warrantyEnd\n    locationNote\n    building {\n      id\n    }\n    floor {\n      id\n    }\n    unit {\n      id\n    }\n  }\n}": typeof types.EquipmentFormDocument,
    "query EquipmentLabels($ids: [ID!]!) {\n  equipmentLedger(filter: {ids: $ids}, first: 100) {\n    nodes {\n      id\n      code\n      name\n      publicToken\n      park {\n        id\n        name\n      }\n      building {\n        id\n        name\n      }\n      floor {\n        id\n        name\n      }\n    }\n  }\n}": typeof types.EquipmentLabelsDocument,
    "query EquipmentLedger($filter: EquipmentFilter, $first: Int, $after: String) {\n  equipmentLedger(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      code\n      name\n      category\n      status\n      inWarranty\n      warrantyEnd\n      building {\n        id\n        name\n      }\n      floor {\n        id\n        name\n      }\n      unit {\n        id\n        code\n      }\n      locationNote\n    }\n  }\n}": typeof types.EquipmentLedgerDocument,
    "mutation UpdateEquipment($id: ID!, $input: UpdateEquipmentInput!) {\n  updateEquipment(id: $id, input: $input) {\n    id\n    name\n    locationNote\n  }\n}": typeof types.UpdateEquipmentDocument,
    "mutation AddFeeRate($input: AddFeeRateInput!) {\n  addFeeRate(input: $input) {\n    id\n    currentPrice\n    rates {\n      id\n      effectiveFrom\n      price\n    }\n  }\n}": typeof types.AddFeeRateDocument,
    "mutation CreateFeeStandard($input: CreateFeeStandardInput!) {\n  createFeeStandard(input: $input) {\n    id\n    code\n  }\n}": typeof types.CreateFeeStandardDocument,
    "query FeeStandards($parkId: ID!, $item: FeeItem) {\n  feeStandards(parkId: $parkId, item: $item) {\n    id\n    code\n    name\n    item\n    basis\n    meterKind\n    rounding\n    description\n    active\n    currentPrice\n    rates {\n      id\n      effectiveFrom\n      price\n      createdAt\n    }\n  }\n}": typeof types.FeeStandardsDocument,
    "mutation UpdateFeeStandard($id: ID!, $input: UpdateFeeStandardInput!) {\n  updateFeeStandard(id: $id, input: $input) {\n    id\n    active\n  }\n}": typeof types.UpdateFeeStandardDocument,
    "mutation WithdrawFeeRate($id: ID!) {\n  withdrawFeeRate(id: $id) {\n    id\n    rates {\n      id\n    }\n  }\n}": typeof types.WithdrawFeeRateDocument,
    "mutation CreateInvoiceFileUpload($input: CreateInvoiceFileUploadInput!) {\n  createInvoiceFileUpload(input: $input) {\n    attachmentId\n    uploadUrl\n    expiresAt\n  }\n}": typeof types.CreateInvoiceFileUploadDocument,
    "query InvoiceRequestDetail($id: ID!) {\n  invoiceRequest(id: $id) {\n    ...InvoiceRequestFields\n  }\n}": typeof types.InvoiceRequestDetailDocument,
    "fragment InvoiceRequestFields on InvoiceRequest {\n  id\n  parkId\n  billId\n  billNumber\n  billPeriod\n  tenantId\n  tenantName\n  kind\n  status\n  amountFen\n  title\n  taxNumber\n  address\n  phone\n  bankName\n  bankAccount\n  email\n  note\n  requestedBy\n  createdAt\n  invoiceNumber\n  issuedOn\n  handledBy\n  handledAt\n  rejectReason\n  reversalDueFen\n  reversedFen\n  reversalNumber\n  reversedOn\n  file {\n    id\n    fileName\n    url\n    contentType\n    size\n  }\n}": typeof types.InvoiceRequestFieldsFragmentDoc,
    "query InvoiceRequests($filter: InvoiceRequestFilter, $first: Int, $after: String) {\n  invoiceRequests(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      billId\n      billNumber\n      tenantName\n      kind\n      status\n      amountFen\n      title\n      taxNumber\n      createdAt\n      invoiceNumber\n      reversalDueFen\n    }\n  }\n}": typeof types.InvoiceRequestsDocument,
    "mutation IssueInvoice($id: ID!, $input: IssueInvoiceInput!) {\n  issueInvoice(id: $id, input: $input) {\n    ...InvoiceRequestFields\n  }\n}": typeof types.IssueInvoiceDocument,
    "mutation RecordInvoiceReversal($id: ID!, $input: RecordInvoiceReversalInput!) {\n  recordInvoiceReversal(id: $id, input: $input) {\n    ...InvoiceRequestFields\n  }\n}": typeof types.RecordInvoiceReversalDocument,
    "mutation RejectInvoiceRequest($id: ID!, $input: RejectInvoiceRequestInput!) {\n  rejectInvoiceRequest(id: $id, input: $input) {\n    ...InvoiceRequestFields\n  }\n}": typeof types.RejectInvoiceRequestDocument,
    "query ReversalDueCount($parkId: ID!) {\n  invoiceRequests(first: 1, filter: {parkId: $parkId, reversalDue: true}) {\n    totalCount\n  }\n}": typeof types.ReversalDueCountDocument,
    "query WaitingInvoiceCount($parkId: ID!) {\n  invoiceRequests(first: 1, filter: {parkId: $parkId, statuses: [REQUESTED]}) {\n    totalCount\n  }\n}": typeof types.WaitingInvoiceCountDocument,
    "mutation CreateKioskDevice($input: CreateKioskDeviceInput!) {\n  createKioskDevice(input: $input) {\n    pairingCode\n    device {\n      id\n      name\n      pairingExpiresAt\n    }\n  }\n}": typeof types.CreateKioskDeviceDocument,
    "query KioskDevices($parkId: ID!) {\n  kioskDevices(parkId: $parkId) {\n    id\n    name\n    location\n    state\n    pairingExpiresAt\n    pairedAt\n    lastSeenAt\n    building {\n      id\n      name\n    }\n  }\n  park(id: $parkId) {\n    id\n    buildings {\n      id\n      name\n    }\n  }\n}": typeof types.KioskDevicesDocument,
    "mutation RenewKioskPairingCode($id: ID!) {\n  renewKioskPairingCode(id: $id) {\n    pairingCode\n    device {\n      id\n      name\n      pairingExpiresAt\n    }\n  }\n}": typeof types.RenewKioskPairingCodeDocument,
    "mutation RevokeKioskDevice($id: ID!) {\n  revokeKioskDevice(id: $id) {\n    id\n    state\n  }\n}": typeof types.RevokeKioskDeviceDocument,
    "mutation CreateLease($input: CreateLeaseInput!) {\n  createLease(input: $input) {\n    id\n    number\n    status\n  }\n}": typeof types.CreateLeaseDocument,
    "mutation DeleteLease($id: ID!) {\n  deleteLease(id: $id) {\n    id\n  }\n}": typeof types.DeleteLeaseDocument,
    "query LeaseDetail($id: ID!) {\n  lease(id: $id) {\n    id\n    number\n    status\n    tenantId\n    tenantName\n    startOn\n    endOn\n    paymentCycle\n    rentPrice\n    rentRounding\n    escalation\n    escalationPercent\n    rentSteps {\n      from\n      price\n    }\n    freePeriods {\n      from\n      to\n    }\n    propertyFeeStandardId\n    depositFen\n    lateFeePermille\n    dueDays\n    notes\n    signedAt\n    terminatedOn\n    terminationReason\n    renewalOfId\n    area\n    units {\n      unitId\n      unitCode\n      area\n    }\n    schedule {\n      from\n      to\n      totalFen\n      lines {\n        kind\n        from\n        to\n        days\n        monthDays\n        freeDays\n        price\n        amountFen\n      }\n    }\n  }\n}": typeof types.LeaseDetailDocument,
    "query LeaseTenantOptions($parkId: ID!, $search: String) {\n  tenantCompanies(\n    filter: {parkId: $parkId, statuses: [ACTIVE, ONBOARDING], search: $search}\n    first: 50\n  ) {\n    nodes {\n      id\n      name\n    }\n  }\n}": typeof types.LeaseTenantOptionsDocument,
    "query LeaseUnitOptions($parkId: ID!, $search: String) {\n  units(\n    filter: {parkId: $parkId, statuses: [VACANT, RESERVED], search: $search}\n    first: 30\n  ) {\n    nodes {\n      id\n      code\n      type\n      grossArea\n      building {\n        id\n        name\n      }\n    }\n  }\n}": typeof types.LeaseUnitOptionsDocument,
    "query Leases($filter: LeaseFilter, $first: Int, $after: String) {\n  leases(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      number\n      status\n      tenantId\n      tenantName\n      startOn\n      endOn\n      paymentCycle\n      rentPrice\n      area\n      units {\n        unitCode\n      }\n    }\n  }\n}": typeof types.LeasesDocument,
    "mutation RenewLease($id: ID!, $input: RenewLeaseInput!) {\n  renewLease(id: $id, input: $input) {\n    id\n    number\n    status\n  }\n}": typeof types.RenewLeaseDocument,
    "mutation SignLease($id: ID!) {\n  signLease(id: $id) {\n    id\n    status\n  }\n}": typeof types.SignLeaseDocument,
    "mutation TerminateLease($id: ID!, $input: TerminateLeaseInput!) {\n  terminateLease(id: $id, input: $input) {\n    id\n    status\n    endOn\n    terminatedOn\n  }\n}": typeof types.TerminateLeaseDocument,
    "mutation CreateMaintenancePlan($input: CreateMaintenancePlanInput!) {\n  createMaintenancePlan(input: $input) {\n    ...MaintenancePlanFields\n  }\n}": typeof types.CreateMaintenancePlanDocument,
    "query EquipmentOptions($parkId: ID!, $search: String) {\n  equipmentLedger(first: 20, filter: {parkId: $parkId, search: $search}) {\n    nodes {\n      id\n      code\n      name\n      category\n    }\n  }\n}": typeof types.EquipmentOptionsDocument,
    "query MaintenanceCompliance($parkId: ID!, $from: String!, $to: String!) {\n  maintenanceCompliance(parkId: $parkId, from: $from, to: $to) {\n    onTime\n    late\n    missed\n    due\n    upcoming\n    onTimeRate\n    items {\n      planId\n      planName\n      dueOn\n      status\n      statutory\n      workOrderId\n      workOrderNumber\n      workOrderState\n    }\n  }\n}": typeof types.MaintenanceComplianceDocument,
    "query MaintenancePlanAssignees($parkId: ID!) {\n  maintenancePlanAssignees(parkId: $parkId) {\n    id\n    displayName\n  }\n}": typeof types.MaintenancePlanAssigneesDocument,
    "fragment MaintenancePlanFields on MaintenancePlan {\n  id\n  name\n  active\n  statutory\n  basis\n  equipmentId\n  equipmentCategory\n  workCategory\n  recurrenceUnit\n  recurrenceInterval\n  graceDays\n  nextDueOn\n  checklist\n  assignee {\n    id\n    displayName\n  }\n}": typeof types.MaintenancePlanFieldsFragmentDoc,
    "query MaintenancePlans($parkId: ID!) {\n  maintenancePlans(parkId: $parkId) {\n    ...MaintenancePlanFields\n  }\n}": typeof types.MaintenancePlansDocument,
    "query PlanEquipment($id: ID!) {\n  equipment(id: $id) {\n    id\n    code\n    name\n  }\n}": typeof types.PlanEquipmentDocument,
    "mutation SetMaintenancePlanActive($id: ID!, $active: Boolean!) {\n  setMaintenancePlanActive(id: $id, active: $active) {\n    ...MaintenancePlanFields\n  }\n}": typeof types.SetMaintenancePlanActiveDocument,
    "mutation UpdateMaintenancePlan($id: ID!, $input: UpdateMaintenancePlanInput!) {\n  updateMaintenancePlan(id: $id, input: $input) {\n    ...MaintenancePlanFields\n  }\n}": typeof types.UpdateMaintenancePlanDocument,
    "mutation MarkNotificationsRead($ids: [ID!]) {\n  markNotificationsRead(ids: $ids)\n}": typeof types.MarkNotificationsReadDocument,
    "fragment NotificationFields on Notification {\n  id\n  kind\n  title\n  body\n  facts {\n    workOrderNumber\n    workOrderTitle\n    slaKind\n    deadline\n    prefix\n    meterName\n    meterCode\n    alertKind\n    ruleName\n    value\n    limit\n    billNumber\n    companyName\n    invoiceNumber\n    reason\n    reverseFen\n  }\n  createdAt\n  readAt\n  workOrderId\n}": typeof types.NotificationFieldsFragmentDoc,
    "subscription NotificationReceived {\n  notificationReceived {\n    ...NotificationFields\n  }\n}": typeof types.NotificationReceivedDocument,
    "query Notifications {\n  notifications(first: 20) {\n    nodes {\n      ...NotificationFields\n    }\n  }\n}": typeof types.NotificationsDocument,
    "query UnreadNotificationCount {\n  unreadNotificationCount\n}": typeof types.UnreadNotificationCountDocument,
    "mutation AddVehicle($input: AddVehicleInput!) {\n  addVehicle(input: $input) {\n    id\n    plate\n  }\n}": typeof types.AddVehicleDocument,
    "mutation CreateParkingLot($input: CreateParkingLotInput!) {\n  createParkingLot(input: $input) {\n    id\n    code\n    name\n  }\n}": typeof types.CreateParkingLotDocument,
    "mutation CreateParkingRate($input: CreateParkingRateInput!) {\n  createParkingRate(input: $input) {\n    id\n  }\n}": typeof types.CreateParkingRateDocument,
    "subscription ParkingChanged($parkId: ID!) {\n  parkingChanged(parkId: $parkId) {\n    event {\n      id\n      lotId\n      direction\n      plate\n      occurredAt\n      decision\n      admitted\n      spaceType\n      feeFen\n    }\n    occupancy {\n      occupied\n    }\n  }\n}": typeof types.ParkingChangedDocument,
    "query ParkingCharges($parkId: ID!, $filter: ParkingChargeFilter!, $after: String) {\n  parkingCharges(filter: $filter, first: 20, after: $after) {\n    totalCount\n    totalAmountFen\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      lotId\n      plate\n      amountFen\n      chargedHours\n      status\n      enteredAt\n      exitedAt\n    }\n  }\n  parkingLots(parkId: $parkId) {\n    id\n    code\n    name\n  }\n}": typeof types.ParkingChargesDocument,
    "query ParkingEvents($parkId: ID!, $filter: ParkingEventFilter!, $after: String) {\n  parkingLots(parkId: $parkId) {\n    id\n    name\n  }\n  parkingEvents(filter: $filter, first: 20, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      lotId\n      direction\n      plate\n      occurredAt\n      decision\n      admitted\n      spaceType\n      source\n      feeFen\n    }\n  }\n}": typeof types.ParkingEventsDocument,
    "query ParkingLots($parkId: ID!) {\n  parkingLots(parkId: $parkId) {\n    id\n    code\n    name\n    buildingId\n    regularSpaces\n    evSpaces\n    reservedSpaces\n    accessibleSpaces\n    active\n  }\n}": typeof types.ParkingLotsDocument,
    "query ParkingOccupancy($parkId: ID!, $from: String!, $to: String!) {\n  parkingOccupancy(parkId: $parkId) {\n    capacity\n    occupied\n    byType {\n      spaceType\n      capacity\n      occupied\n      free\n    }\n    lots {\n      capacity\n      occupied\n      lot {\n        id\n        code\n        name\n      }\n      byType {\n        spaceType\n        capacity\n        occupied\n        free\n      }\n    }\n  }\n  parkingFlow(parkId: $parkId, from: $from, to: $to, granularity: HOUR) {\n    bucket\n    entries\n    exits\n    denied\n  }\n}": typeof types.ParkingOccupancyDocument,
    "query ParkingRates($parkId: ID!) {\n  parkingRates(parkId: $parkId) {\n    id\n    effectiveFrom\n    freeMinutes\n    perHourFen\n    dailyCapFen\n  }\n}": typeof types.ParkingRatesDocument,
    "mutation RemoveVehicle($id: ID!) {\n  removeVehicle(id: $id) {\n    id\n  }\n}": typeof types.RemoveVehicleDocument,
    "mutation UpdateParkingLot($id: ID!, $input: UpdateParkingLotInput!) {\n  updateParkingLot(id: $id, input: $input) {\n    id\n    name\n    regularSpaces\n    evSpaces\n    reservedSpaces\n    accessibleSpaces\n    active\n  }\n}": typeof types.UpdateParkingLotDocument,
    "query VehicleList($parkId: ID!, $kind: VehicleListKind, $search: String, $after: String) {\n  vehicleList(\n    parkId: $parkId\n    kind: $kind\n    search: $search\n    first: 20\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      tenantId\n      kind\n      plate\n      ownerName\n      spaceType\n      validFrom\n      validUntil\n      note\n    }\n  }\n  tenantCompanies(first: 100, filter: {parkId: $parkId}) {\n    nodes {\n      id\n      name\n    }\n  }\n}": typeof types.VehicleListDocument,
    "query PaymentBill($id: ID!) {\n  bill(id: $id) {\n    id\n    number\n    tenantName\n    status\n    ledger {\n      id\n      intentId\n      kind\n      receiptNo\n    }\n  }\n}": typeof types.PaymentBillDocument,
    "query PaymentDetail($id: ID!) {\n  paymentIntent(id: $id) {\n    id\n    billId\n    tenantId\n    provider\n    channel\n    amountFen\n    status\n    outTradeNo\n    providerTradeNo\n    paidAt\n    refundedFen\n    receiptNo\n    createdAt\n    expiresAt\n    refunds {\n      id\n      amountFen\n      status\n      reason\n      note\n      outRefundNo\n      createdAt\n      finishedAt\n    }\n  }\n}": typeof types.PaymentDetailDocument,
    "query PaymentReconciliations($first: Int!) {\n  paymentReconciliations(first: $first) {\n    id\n    provider\n    billDate\n    status\n    statementRows\n    matched\n    differences\n    error\n    createdAt\n    finishedAt\n    differenceList {\n      id\n      kind\n      entry\n      outTradeNo\n      providerRef\n      providerFen\n      localFen\n      providerStatus\n      localStatus\n      resolution\n      note\n      resolvedAt\n    }\n  }\n}": typeof types.PaymentReconciliationsDocument,
    "query Payments($filter: PaymentFilter, $first: Int, $after: String) {\n  payments(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      billId\n      billNumber\n      tenantId\n      tenantName\n      receiptNo\n      provider\n      channel\n      amountFen\n      status\n      outTradeNo\n      paidAt\n      refundedFen\n      createdAt\n    }\n  }\n}": typeof types.PaymentsDocument,
    "mutation ReconcilePayments($input: ReconcilePaymentsInput!) {\n  reconcilePayments(input: $input) {\n    id\n    provider\n    billDate\n    status\n  }\n}": typeof types.ReconcilePaymentsDocument,
    "mutation RefundPayment($input: RefundPaymentInput!) {\n  refundPayment(input: $input) {\n    id\n    amountFen\n    status\n  }\n}": typeof types.RefundPaymentDocument,
    "mutation ResolvePaymentDifference($id: ID!, $input: ResolvePaymentDifferenceInput!) {\n  resolvePaymentDifference(id: $id, input: $input) {\n    id\n    resolution\n    note\n    resolvedAt\n  }\n}": typeof types.ResolvePaymentDifferenceDocument,
    "mutation CreateTenantCompany($input: CreateTenantCompanyInput!) {\n  createTenantCompany(input: $input) {\n    id\n    name\n  }\n}": typeof types.CreateTenantCompanyDocument,
    "query Industries {\n  industries {\n    code\n    name\n    nameEn\n  }\n}": typeof types.IndustriesDocument,
    "query TenantForm($id: ID!) {\n  tenantCompany(id: $id) {\n    id\n    name\n    shortName\n    uscc\n    status\n    legalRepresentative\n    employeeCount\n    moveInDate\n    website\n    industry {\n      code\n    }\n    contacts {\n      id\n      name\n      title\n      phone\n      email\n      isPrimary\n    }\n  }\n}": typeof types.TenantFormDocument,
    "query TenantList($filter: TenantCompanyFilter, $first: Int, $after: String) {\n  tenantCompanies(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      shortName\n      uscc\n      status\n      occupiedArea\n      industry {\n        code\n        name\n        nameEn\n      }\n      units {\n        id\n        code\n      }\n      contacts {\n        name\n        phone\n        isPrimary\n      }\n    }\n  }\n}": typeof types.TenantListDocument,
    "query TenantOptions($filter: TenantCompanyFilter) {\n  tenantCompanies(filter: $filter, first: 20) {\n    nodes {\n      id\n      name\n    }\n  }\n}": typeof types.TenantOptionsDocument,
    "query TenantUsers($tenantId: ID!) {\n  users(filter: {tenantId: $tenantId}, first: 50) {\n    nodes {\n      id\n      login\n      displayName\n      status\n      roles {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n}": typeof types.TenantUsersDocument,
    "mutation UpdateTenantCompany($id: ID!, $input: UpdateTenantCompanyInput!) {\n  updateTenantCompany(id: $id, input: $input) {\n    id\n    name\n    status\n  }\n}": typeof types.UpdateTenantCompanyDocument,
    "mutation CreateRole($input: CreateRoleInput!) {\n  createRole(input: $input) {\n    id\n    key\n  }\n}": typeof types.CreateRoleDocument,
    "mutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    id\n    login\n  }\n}": typeof types.CreateUserDocument,
    "query PermissionCatalogue {\n  permissionCatalogue {\n    module\n    name\n    nameEn\n    permissions {\n      key\n      name\n      nameEn\n      description\n      descriptionEn\n      audience\n    }\n  }\n}": typeof types.PermissionCatalogueDocument,
    "mutation ResetUserPassword($id: ID!, $password: String!) {\n  resetUserPassword(id: $id, password: $password) {\n    id\n    mustChangePassword\n  }\n}": typeof types.ResetUserPasswordDocument,
    "query Roles {\n  roles {\n    id\n    key\n    name\n    nameEn\n    audience\n    builtin\n    permissions\n  }\n}": typeof types.RolesDocument,
    "mutation SetUserStatus($id: ID!, $status: UserStatus!) {\n  updateUser(id: $id, input: {status: $status}) {\n    id\n    status\n  }\n}": typeof types.SetUserStatusDocument,
    "mutation UpdateRole($id: ID!, $input: UpdateRoleInput!) {\n  updateRole(id: $id, input: $input) {\n    id\n    name\n    nameEn\n    permissions\n  }\n}": typeof types.UpdateRoleDocument,
    "mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n  updateUser(id: $id, input: $input) {\n    id\n    displayName\n  }\n}": typeof types.UpdateUserDocument,
    "query UserForm($id: ID!) {\n  user(id: $id) {\n    id\n    login\n    displayName\n    phone\n    email\n    roles {\n      id\n    }\n    parks {\n      id\n    }\n  }\n}": typeof types.UserFormDocument,
    "query Users($filter: UserFilter, $first: Int, $after: String) {\n  users(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      login\n      displayName\n      kind\n      status\n      lastLoginAt\n      roles {\n        id\n        key\n        name\n        nameEn\n      }\n      tenant {\n        id\n        name\n      }\n    }\n  }\n}": typeof types.UsersDocument,
    "mutation AddWatchlistEntry($input: WatchlistEntryInput!) {\n  addWatchlistEntry(input: $input) {\n    ...WatchlistEntryFields\n  }\n}": typeof types.AddWatchlistEntryDocument,
    "mutation DecideFrontDeskVisit($id: ID!, $approve: Boolean!, $note: String) {\n  decideFrontDeskVisit(id: $id, approve: $approve, note: $note) {\n    ...VisitFields\n  }\n}": typeof types.DecideFrontDeskVisitDocument,
    "mutation DecideSecurityReview($id: ID!, $approve: Boolean!, $note: String) {\n  decideSecurityReview(id: $id, approve: $approve, note: $note) {\n    ...VisitFields\n  }\n}": typeof types.DecideSecurityReviewDocument,
    "query FrontDeskQueue($parkId: ID!) {\n  frontDeskQueue(parkId: $parkId) {\n    ...VisitFields\n  }\n}": typeof types.FrontDeskQueueDocument,
    "query SecurityReviewQueue($parkId: ID!) {\n  securityReviewQueue(parkId: $parkId) {\n    ...VisitFields\n  }\n}": typeof types.SecurityReviewQueueDocument,
    "mutation SetWatchlistEntryActive($id: ID!, $active: Boolean!) {\n  setWatchlistEntryActive(id: $id, active: $active) {\n    ...WatchlistEntryFields\n  }\n}": typeof types.SetWatchlistEntryActiveDocument,
    "subscription VisitChanged($parkId: ID!) {\n  visitChanged(parkId: $parkId) {\n    id\n    state\n    phase\n  }\n}": typeof types.VisitChangedDocument,
    "fragment VisitFields on Visit {\n  id\n  state\n  phase\n  source\n  purpose\n  startsAt\n  endsAt\n  createdAt\n  hostName\n  hostDeadline\n  tenantId\n  tenantName\n  plate\n  companions\n  checkedInAt\n  checkedInVia\n  checkedOutAt\n  decidedAt\n  decidedBy\n  decisionNote\n  watchlistHit\n  visitor {\n    id\n    name\n    company\n    phone\n    idNumber\n    hasIdNumber\n    anonymized\n  }\n}": typeof types.VisitFieldsFragmentDoc,
    "query VisitLog($filter: VisitFilter!, $first: Int, $after: String) {\n  visits(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...VisitFields\n    }\n  }\n}": typeof types.VisitLogDocument,
    "query VisitorsOnSite($parkId: ID!) {\n  visitorsOnSite(parkId: $parkId) {\n    ...VisitFields\n  }\n}": typeof types.VisitorsOnSiteDocument,
    "fragment WatchlistEntryFields on VisitorWatchlistEntry {\n  id\n  name\n  phone\n  idNumber\n  hasIdNumber\n  reason\n  active\n  createdAt\n}\n\nquery VisitorWatchlist($parkId: ID!, $includeInactive: Boolean!) {\n  visitorWatchlist(parkId: $parkId, includeInactive: $includeInactive) {\n    ...WatchlistEntryFields\n  }\n}": typeof types.WatchlistEntryFieldsFragmentDoc,
    "mutation AddWorkOrderComment($workOrderId: ID!, $body: String!, $internal: Boolean!) {\n  addWorkOrderComment(workOrderId: $workOrderId, body: $body, internal: $internal) {\n    id\n  }\n}": typeof types.AddWorkOrderCommentDocument,
    "mutation AutoDispatchWorkOrder($id: ID!, $version: Int) {\n  transitionWorkOrder(\n    id: $id\n    input: {action: DISPATCH, expectedVersion: $version}\n  ) {\n    id\n    state\n    version\n    assignee {\n      id\n      displayName\n    }\n  }\n}": typeof types.AutoDispatchWorkOrderDocument,
    "query BoardBuildings($parkId: ID!) {\n  park(id: $parkId) {\n    id\n    buildings {\n      id\n      name\n    }\n  }\n}": typeof types.BoardBuildingsDocument,
    "mutation CreateAttachmentUpload($input: CreateAttachmentUploadInput!) {\n  createAttachmentUpload(input: $input) {\n    attachmentId\n    uploadUrl\n    expiresAt\n  }\n}": typeof types.CreateAttachmentUploadDocument,
    "query DispatchBoard($filter: WorkOrderFilter!) {\n  workOrders(first: 100, filter: $filter) {\n    nodes {\n      id\n      number\n      title\n      priority\n      state\n      version\n      viewerActions\n      submittedAt\n      locationNote\n      equipmentCategory\n      unit {\n        code\n      }\n      tenant {\n        name\n      }\n      assignee {\n        displayName\n      }\n      sla {\n        respondBy\n        resolveBy\n        response\n        resolution\n      }\n    }\n  }\n}": typeof types.DispatchBoardDocument,
    "query MyTasks($parkId: ID!) {\n  workOrders(\n    first: 50\n    filter: {parkId: $parkId, mine: true, states: [DISPATCHED, ACCEPTED, IN_PROGRESS, ON_HOLD]}\n  ) {\n    nodes {\n      id\n      number\n      title\n      priority\n      state\n      version\n      availableActions\n      viewerActions\n      holdReason\n      locationNote\n      equipmentCategory\n      assignee {\n        id\n      }\n      building {\n        name\n      }\n      unit {\n        code\n      }\n      equipment {\n        code\n        name\n      }\n      sla {\n        respondBy\n        resolveBy\n        response\n        resolution\n      }\n    }\n  }\n}": typeof types.MyTasksDocument,
    "mutation QuoteWorkOrder($id: ID!, $input: QuoteWorkOrderInput!) {\n  quoteWorkOrder(id: $id, input: $input) {\n    id\n    version\n  }\n}": typeof types.QuoteWorkOrderDocument,
    "mutation RecordReturnVisit($id: ID!, $input: ReturnVisitInput!) {\n  recordReturnVisit(id: $id, input: $input) {\n    id\n    visitedAt\n    visitScore\n    visitComment\n  }\n}": typeof types.RecordReturnVisitDocument,
    "query Technicians($parkId: ID!) {\n  users(first: 100, filter: {parkId: $parkId, kind: STAFF, status: ACTIVE}) {\n    nodes {\n      id\n      displayName\n      roles {\n        name\n        nameEn\n        permissions\n      }\n    }\n  }\n}": typeof types.TechniciansDocument,
    "mutation TransitionWorkOrder($id: ID!, $input: TransitionWorkOrderInput!) {\n  transitionWorkOrder(id: $id, input: $input) {\n    id\n    state\n    version\n    availableActions\n    viewerActions\n    holdReason\n    assignee {\n      id\n      displayName\n    }\n  }\n}": typeof types.TransitionWorkOrderDocument,
    "subscription WorkOrderChanged($parkId: ID!) {\n  workOrderChanged(parkId: $parkId) {\n    action\n    workOrder {\n      id\n      state\n    }\n  }\n}": typeof types.WorkOrderChangedDocument,
    "query WorkOrderDetail($id: ID!) {\n  workOrder(id: $id) {\n    id\n    number\n    title\n    description\n    state\n    priority\n    category\n    source\n    version\n    availableActions\n    viewerActions\n    viewerExtraActions\n    holdReason\n    submittedAt\n    dispatchedAt\n    completedAt\n    closedAt\n    locationNote\n    equipmentCategory\n    building {\n      name\n    }\n    unit {\n      code\n    }\n    equipment {\n      code\n      name\n    }\n    requester {\n      displayName\n      phone\n    }\n    tenant {\n      id\n      name\n    }\n    assignee {\n      id\n      displayName\n      phone\n    }\n    sla {\n      respondBy\n      resolveBy\n      response\n      resolution\n    }\n    events {\n      id\n      action\n      actorLabel\n      automatic\n      systemActor\n      at\n      fromState\n      toState\n      note\n    }\n    visitedAt\n    visitScore\n    visitComment\n    rating\n    ratingComment\n    billableFen\n    followUpOf {\n      id\n      number\n      title\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      url\n      uploadedAt\n      uploadedBy\n    }\n    comments {\n      id\n      body\n      author\n      internal\n      createdAt\n    }\n    quote {\n      labourFen\n      materialsFen\n      totalFen\n      note\n      state\n      quotedAt\n      quotedBy\n      decidedAt\n      decidedBy\n    }\n  }\n}": typeof types.WorkOrderDetailDocument,
    "query WorkOrderFaultReports($id: ID!) {\n  workOrder(id: $id) {\n    id\n    faultReports {\n      id\n      description\n      reporterName\n      reporterPhone\n      filedOrder\n      reportedAt\n    }\n  }\n}": typeof types.WorkOrderFaultReportsDocument,
    "query WorkOrderKpiTrend($m0: WorkOrderKpiFilter!, $m1: WorkOrderKpiFilter!, $m2: WorkOrderKpiFilter!, $m3: WorkOrderKpiFilter!, $m4: WorkOrderKpiFilter!, $m5: WorkOrderKpiFilter!, $m6: WorkOrderKpiFilter!, $m7: WorkOrderKpiFilter!, $m8: WorkOrderKpiFilter!, $m9: WorkOrderKpiFilter!, $m10: WorkOrderKpiFilter!, $m11: WorkOrderKpiFilter!) {\n  m0: workOrderKpis(filter: $m0) {\n    ...TrendPoint\n  }\n  m1: workOrderKpis(filter: $m1) {\n    ...TrendPoint\n  }\n  m2: workOrderKpis(filter: $m2) {\n    ...TrendPoint\n  }\n  m3: workOrderKpis(filter: $m3) {\n    ...TrendPoint\n  }\n  m4: workOrderKpis(filter: $m4) {\n    ...TrendPoint\n  }\n  m5: workOrderKpis(filter: $m5) {\n    ...TrendPoint\n  }\n  m6: workOrderKpis(filter: $m6) {\n    ...TrendPoint\n  }\n  m7: workOrderKpis(filter: $m7) {\n    ...TrendPoint\n  }\n  m8: workOrderKpis(filter: $m8) {\n    ...TrendPoint\n  }\n  m9: workOrderKpis(filter: $m9) {\n    ...TrendPoint\n  }\n  m10: workOrderKpis(filter: $m10) {\n    ...TrendPoint\n  }\n  m11: workOrderKpis(filter: $m11) {\n    ...TrendPoint\n  }\n}\n\nfragment TrendPoint on WorkOrderKpis {\n  filed\n  timeliness\n  satisfaction\n}": typeof types.WorkOrderKpiTrendDocument,
    "query WorkOrderKpis($filter: WorkOrderKpiFilter!) {\n  workOrderKpis(filter: $filter) {\n    filed\n    completed\n    timeliness\n    returnVisitRate\n    satisfaction\n    firstTimePass\n    meanResponseMinutes\n    meanResolutionMinutes\n    slaBreaches\n  }\n}": typeof types.WorkOrderKpisDocument,
};
const documents: Documents = {
    "query AccessCredentials($filter: AccessCredentialFilter, $first: Int, $after: String) {\n  accessCredentials(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      kind\n      identifier\n      status\n      holderId\n      holderName\n      tenantId\n      validFrom\n      validUntil\n    }\n  }\n}": types.AccessCredentialsDocument,
    "query AccessEvents($filter: AccessEventFilter, $first: Int, $after: String) {\n  accessEvents(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      occurredAt\n      type\n      decision\n      reason\n      direction\n      credentialKind\n      credentialRef\n      holderName\n      tenantName\n      point {\n        id\n        code\n        name\n      }\n    }\n  }\n}": types.AccessEventsDocument,
    "mutation AddAccessGroupMember($groupId: ID!, $userId: ID!) {\n  addAccessGroupMember(groupId: $groupId, userId: $userId) {\n    id\n    members {\n      userId\n      name\n    }\n  }\n}\n\nmutation RemoveAccessGroupMember($groupId: ID!, $userId: ID!) {\n  removeAccessGroupMember(groupId: $groupId, userId: $userId) {\n    id\n    members {\n      userId\n      name\n    }\n  }\n}": types.AddAccessGroupMemberDocument,
    "query AccessGroupPointOptions($parkId: ID!) {\n  accessPoints(filter: {parkId: $parkId}, first: 100) {\n    nodes {\n      id\n      code\n      name\n      active\n    }\n  }\n}": types.AccessGroupPointOptionsDocument,
    "query AccessGroups($filter: AccessGroupFilter, $first: Int, $after: String) {\n  accessGroups(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      tenantId\n      schedule {\n        days\n        start\n        end\n      }\n      points {\n        id\n        code\n        name\n      }\n      members {\n        userId\n        name\n      }\n    }\n  }\n}": types.AccessGroupsDocument,
    "query AccessLogOptions($parkId: ID!) {\n  accessPoints(filter: {parkId: $parkId}, first: 100) {\n    nodes {\n      id\n      code\n      name\n    }\n  }\n  accessCredentials(filter: {parkId: $parkId}, first: 100) {\n    nodes {\n      id\n      holderId\n      holderName\n    }\n  }\n}": types.AccessLogOptionsDocument,
    "query AccessPoints($filter: AccessPointFilter, $first: Int, $after: String) {\n  accessPoints(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      code\n      name\n      kind\n      vendorDeviceId\n      active\n      buildingId\n    }\n  }\n}": types.AccessPointsDocument,
    "query AccessTenantOptions($parkId: ID!) {\n  tenantCompanies(filter: {parkId: $parkId}, first: 100) {\n    nodes {\n      id\n      name\n    }\n  }\n}": types.AccessTenantOptionsDocument,
    "mutation AcknowledgeSecurityEvent($id: ID!, $input: UpdateSecurityEventInput) {\n  acknowledgeSecurityEvent(id: $id, input: $input) {\n    id\n    status\n    acknowledgedAt\n    note\n  }\n}": types.AcknowledgeSecurityEventDocument,
    "mutation CloseSecurityEvent($id: ID!, $input: UpdateSecurityEventInput) {\n  closeSecurityEvent(id: $id, input: $input) {\n    id\n    status\n    closedAt\n    note\n  }\n}": types.CloseSecurityEventDocument,
    "mutation CreateAccessCredential($input: CreateAccessCredentialInput!) {\n  createAccessCredential(input: $input) {\n    id\n    identifier\n  }\n}": types.CreateAccessCredentialDocument,
    "mutation CreateAccessGroup($input: CreateAccessGroupInput!) {\n  createAccessGroup(input: $input) {\n    id\n    name\n  }\n}": types.CreateAccessGroupDocument,
    "mutation CreateAccessPoint($input: CreateAccessPointInput!) {\n  createAccessPoint(input: $input) {\n    id\n    code\n  }\n}": types.CreateAccessPointDocument,
    "query HolderOptions($filter: AccessHolderFilter!) {\n  accessHolderOptions(filter: $filter) {\n    id\n    name\n    tenantId\n    tenantName\n  }\n}": types.HolderOptionsDocument,
    "subscription SecurityEventChanged($parkId: ID!) {\n  securityEventChanged(parkId: $parkId) {\n    action\n    securityEvent {\n      id\n      status\n    }\n  }\n}": types.SecurityEventChangedDocument,
    "query SecurityEvents($filter: SecurityEventFilter, $first: Int, $after: String) {\n  securityEvents(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      kind\n      status\n      occurredAt\n      acknowledgedAt\n      closedAt\n      note\n      point {\n        id\n        code\n        name\n      }\n      accessEvent {\n        id\n        reason\n        credentialRef\n        holderName\n        tenantName\n      }\n    }\n  }\n}": types.SecurityEventsDocument,
    "mutation SetAccessCredentialStatus($id: ID!, $status: CredentialStatus!) {\n  setAccessCredentialStatus(id: $id, status: $status) {\n    id\n    status\n  }\n}": types.SetAccessCredentialStatusDocument,
    "mutation UpdateAccessGroup($id: ID!, $input: UpdateAccessGroupInput!) {\n  updateAccessGroup(id: $id, input: $input) {\n    id\n    name\n  }\n}": types.UpdateAccessGroupDocument,
    "mutation UpdateAccessPoint($id: ID!, $input: UpdateAccessPointInput!) {\n  updateAccessPoint(id: $id, input: $input) {\n    id\n    name\n    kind\n    vendorDeviceId\n    active\n  }\n}": types.UpdateAccessPointDocument,
    "query AssetTree($parkId: ID!) {\n  park(id: $parkId) {\n    id\n    code\n    name\n    retiredAt\n    occupancy {\n      rate\n      units\n      leasedUnits\n      vacantUnits\n      leasableArea\n      leasedArea\n    }\n    buildings {\n      id\n      code\n      name\n      grossArea\n      completedYear\n      retiredAt\n      occupancy {\n        rate\n        units\n      }\n      floors {\n        id\n        level\n        name\n        grossArea\n        retiredAt\n        occupancy {\n          rate\n        }\n        units {\n          id\n          code\n          status\n          type\n          grossArea\n          retiredAt\n          tenant {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}": types.AssetTreeDocument,
    "mutation CreateBuilding($input: CreateBuildingInput!) {\n  createBuilding(input: $input) {\n    id\n    code\n    name\n  }\n}": types.CreateBuildingDocument,
    "mutation CreateFloor($input: CreateFloorInput!) {\n  createFloor(input: $input) {\n    id\n    level\n    name\n  }\n}": types.CreateFloorDocument,
    "mutation CreatePark($input: CreateParkInput!) {\n  createPark(input: $input) {\n    id\n    code\n    name\n  }\n}": types.CreateParkDocument,
    "mutation CreateUnit($input: CreateUnitInput!) {\n  createUnit(input: $input) {\n    id\n    code\n  }\n}": types.CreateUnitDocument,
    "query ParkForm($id: ID!) {\n  park(id: $id) {\n    id\n    code\n    name\n    city\n    address\n    timeZone\n    landArea\n    retiredAt\n  }\n}": types.ParkFormDocument,
    "mutation RetireBuilding($id: ID!) {\n  retireBuilding(id: $id) {\n    id\n    retiredAt\n  }\n}": types.RetireBuildingDocument,
    "mutation RetireFloor($id: ID!) {\n  retireFloor(id: $id) {\n    id\n    retiredAt\n  }\n}": types.RetireFloorDocument,
    "mutation RetirePark($id: ID!) {\n  retirePark(id: $id) {\n    id\n    retiredAt\n  }\n}": types.RetireParkDocument,
    "mutation RetireUnit($id: ID!) {\n  retireUnit(id: $id) {\n    id\n    retiredAt\n  }\n}": types.RetireUnitDocument,
    "query SiteOptions($parkId: ID!) {\n  park(id: $parkId) {\n    id\n    buildings {\n      id\n      code\n      name\n      retiredAt\n      floors {\n        id\n        level\n        name\n        retiredAt\n        units {\n          id\n          code\n          retiredAt\n        }\n      }\n    }\n  }\n}": types.SiteOptionsDocument,
    "query UnitList($filter: UnitFilter, $first: Int, $after: String) {\n  units(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      code\n      type\n      status\n      grossArea\n      usableArea\n      retiredAt\n      building {\n        id\n        code\n        name\n      }\n      floor {\n        id\n        name\n      }\n      tenant {\n        id\n        name\n      }\n    }\n  }\n}": types.UnitListDocument,
    "mutation UpdateBuilding($id: ID!, $input: UpdateBuildingInput!) {\n  updateBuilding(id: $id, input: $input) {\n    id\n    code\n    name\n    grossArea\n    completedYear\n  }\n}": types.UpdateBuildingDocument,
    "mutation UpdateFloor($id: ID!, $input: UpdateFloorInput!) {\n  updateFloor(id: $id, input: $input) {\n    id\n    name\n    grossArea\n  }\n}": types.UpdateFloorDocument,
    "mutation UpdatePark($id: ID!, $input: UpdateParkInput!) {\n  updatePark(id: $id, input: $input) {\n    id\n    code\n    name\n    city\n    address\n    landArea\n  }\n}": types.UpdateParkDocument,
    "mutation UpdateUnit($id: ID!, $input: UpdateUnitInput!) {\n  updateUnit(id: $id, input: $input) {\n    id\n    code\n    type\n    status\n    grossArea\n    usableArea\n    retiredAt\n  }\n}": types.UpdateUnitDocument,
    "query AuditLog($filter: AuditFilter, $first: Int, $before: ID) {\n  auditLog(filter: $filter, first: $first, before: $before) {\n    hasMore\n    entries {\n      seq\n      occurredAt\n      actorKind\n      actorId\n      actorLabel\n      operation\n      module\n      moduleName\n      moduleNameEn\n      action\n      actionEn\n      targetType\n      targetId\n      targetName\n      outcome\n      errorCode\n      ip\n      before\n      after\n      hash\n    }\n  }\n}": types.AuditLogDocument,
    "query AuditPeople($filter: UserFilter) {\n  users(filter: $filter, first: 20) {\n    nodes {\n      id\n      login\n      displayName\n    }\n  }\n}": types.AuditPeopleDocument,
    "query AuditVocabulary {\n  auditVocabulary {\n    module\n    name\n    nameEn\n    actions {\n      operation\n      name\n      nameEn\n    }\n  }\n}": types.AuditVocabularyDocument,
    "query VerifyAuditChain {\n  verifyAuditChain {\n    ok\n    checked\n    lastSeq\n    brokenSeq\n    problem\n  }\n}": types.VerifyAuditChainDocument,
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n  }\n}": types.LoginDocument,
    "mutation Logout {\n  logout\n}": types.LogoutDocument,
    "query Viewer {\n  viewer {\n    kind\n    id\n    name\n    permissions\n    allParks\n    busiestParkId\n    parks {\n      id\n      code\n      name\n      timeZone\n    }\n    user {\n      id\n      login\n      mustChangePassword\n    }\n  }\n}": types.ViewerDocument,
    "query BillOverview($parkId: ID!) {\n  billAging(parkId: $parkId) {\n    notDueFen\n    days0to30Fen\n    days31to60Fen\n    days61to90Fen\n    days90plusFen\n    billsNotDue\n    billsOverdue\n  }\n  billRuns(parkId: $parkId) {\n    id\n    period\n    status\n    tenantsTotal\n    tenantsDone\n    billsIssued\n    adjustments\n    startedAt\n    finishedAt\n  }\n}": types.BillOverviewDocument,
    "query BillDetail($id: ID!) {\n  bill(id: $id) {\n    id\n    number\n    period\n    kind\n    status\n    tenantName\n    issuedOn\n    dueOn\n    totalFen\n    paidFen\n    outstandingFen\n    checkCode\n    voidReason\n    lines {\n      id\n      source\n      description\n      periodFrom\n      periodTo\n      quantity\n      unit\n      unitPrice\n      amountFen\n      evidence\n    }\n    ledger {\n      id\n      intentId\n      kind\n      amountFen\n      provider\n      providerRef\n      bookedAt\n      receiptNo\n    }\n  }\n}": types.BillDetailDocument,
    "subscription BillRunProgress($parkId: ID!) {\n  billRunProgress(parkId: $parkId) {\n    id\n    period\n    status\n    tenantsTotal\n    tenantsDone\n    billsIssued\n    adjustments\n    startedAt\n    finishedAt\n  }\n}": types.BillRunProgressDocument,
    "query Bills($filter: BillFilter, $first: Int, $after: String) {\n  bills(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      number\n      period\n      kind\n      status\n      tenantName\n      issuedOn\n      dueOn\n      totalFen\n      paidFen\n      outstandingFen\n    }\n  }\n}": types.BillsDocument,
    "subscription ParkBillChanged($parkId: ID!) {\n  parkBillChanged(parkId: $parkId) {\n    id\n    status\n    paidFen\n    outstandingFen\n  }\n}": types.ParkBillChangedDocument,
    "mutation StartBillRun($input: StartBillRunInput!) {\n  startBillRun(input: $input) {\n    id\n    period\n    status\n    tenantsTotal\n    tenantsDone\n  }\n}": types.StartBillRunDocument,
    "mutation VoidBill($id: ID!, $input: VoidBillInput!) {\n  voidBill(id: $id, input: $input) {\n    id\n    status\n  }\n}": types.VoidBillDocument,
    "mutation AddBillCharge($input: AddBillChargeInput!) {\n  addBillCharge(input: $input) {\n    id\n    tenantName\n    amountFen\n  }\n}": types.AddBillChargeDocument,
    "query BillCharges($filter: BillChargeFilter, $first: Int, $after: String) {\n  billCharges(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      tenantId\n      tenantName\n      standardId\n      standard {\n        code\n        name\n        item\n      }\n      chargedOn\n      quantity\n      unitPrice\n      amountFen\n      description\n      createdAt\n      cancelledAt\n      cancelReason\n      billNumbers\n    }\n  }\n}": types.BillChargesDocument,
    "mutation CancelBillCharge($id: ID!, $input: CancelBillChargeInput!) {\n  cancelBillCharge(id: $id, input: $input) {\n    id\n    cancelledAt\n    cancelReason\n    billNumbers\n  }\n}": types.CancelBillChargeDocument,
    "mutation ExportList($input: ExportListInput!) {\n  exportList(input: $input) {\n    url\n    rowCount\n    expiresAt\n  }\n}": types.ExportListDocument,
    "mutation AcknowledgeEnergyAlert($id: ID!) {\n  acknowledgeEnergyAlert(id: $id) {\n    id\n    status\n    acknowledgedAt\n  }\n}": types.AcknowledgeEnergyAlertDocument,
    "query AlertMeterOptions($parkId: ID!, $search: String) {\n  meters(parkId: $parkId, search: $search, first: 50) {\n    nodes {\n      id\n      code\n      name\n      kind\n      terms {\n        meterId\n      }\n    }\n  }\n}": types.AlertMeterOptionsDocument,
    "mutation CloseEnergyAlert($id: ID!) {\n  closeEnergyAlert(id: $id) {\n    id\n    status\n    closedAt\n  }\n}": types.CloseEnergyAlertDocument,
    "mutation CreateEnergyAlertRule($input: CreateEnergyAlertRuleInput!) {\n  createEnergyAlertRule(input: $input) {\n    id\n    name\n  }\n}": types.CreateEnergyAlertRuleDocument,
    "subscription EnergyAlertChanged($parkId: ID!) {\n  energyAlertChanged(parkId: $parkId) {\n    action\n    alert {\n      id\n      status\n      meterCode\n    }\n  }\n}": types.EnergyAlertChangedDocument,
    "query EnergyAlertRules($parkId: ID!) {\n  energyAlertRules(parkId: $parkId) {\n    id\n    name\n    kind\n    meterId\n    meterCode\n    meterName\n    meterKind\n    meterLevel\n    grain\n    threshold\n    factor\n    weeks\n    nightStart\n    nightEnd\n    weekends\n    holidays\n    intervals\n    openWorkOrder\n    workOrderCategory\n    workOrderPriority\n    enabled\n  }\n}": types.EnergyAlertRulesDocument,
    "query EnergyAlerts($filter: EnergyAlertFilter, $first: Int, $after: String) {\n  energyAlerts(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      kind\n      status\n      ruleName\n      meterId\n      meterCode\n      meterName\n      meterKind\n      unit\n      openedAt\n      observedAt\n      value\n      peakValue\n      limitValue\n      acknowledgedAt\n      clearedAt\n      closedAt\n      workOrderId\n      workOrderNumber\n    }\n  }\n}": types.EnergyAlertsDocument,
    "mutation EvaluateEnergyAlerts($parkId: ID!) {\n  evaluateEnergyAlerts(parkId: $parkId) {\n    opened\n    cleared\n  }\n}": types.EvaluateEnergyAlertsDocument,
    "mutation SetEnergyAlertRuleEnabled($id: ID!, $enabled: Boolean!) {\n  setEnergyAlertRuleEnabled(id: $id, enabled: $enabled) {\n    id\n    enabled\n  }\n}": types.SetEnergyAlertRuleEnabledDocument,
    "mutation UpdateEnergyAlertRule($id: ID!, $input: EnergyAlertRuleSettingsInput!) {\n  updateEnergyAlertRule(id: $id, input: $input) {\n    id\n    name\n  }\n}": types.UpdateEnergyAlertRuleDocument,
    "mutation CreateEnergyTariff($input: CreateTariffInput!) {\n  createEnergyTariff(input: $input) {\n    id\n    effectiveFrom\n  }\n}": types.CreateEnergyTariffDocument,
    "query EmissionFactors($parkId: ID!) {\n  emissionFactors(parkId: $parkId) {\n    id\n    kind\n    effectiveFrom\n    kgPerUnit\n    source\n  }\n}\n\nmutation CreateEmissionFactor($input: CreateEmissionFactorInput!) {\n  createEmissionFactor(input: $input) {\n    id\n  }\n}": types.EmissionFactorsDocument,
    "query EnergyFlow($parkId: ID!, $kind: MeterKind!, $from: String!, $to: String!, $withTenants: Boolean!) {\n  energyFlow(\n    parkId: $parkId\n    kind: $kind\n    from: $from\n    to: $to\n    withTenants: $withTenants\n  ) {\n    unit\n    nodes {\n      id\n      name\n      level\n      value\n      loss\n    }\n    links {\n      source\n      target\n      value\n    }\n  }\n}": types.EnergyFlowDocument,
    "query EnergyOverview($input: EnergyScopeInput!) {\n  energyOverview(input: $input) {\n    kind\n    unit\n    today\n    hours {\n      hour\n      today\n      baseline\n    }\n    buildings {\n      buildingId\n      name\n      amount\n      area\n      intensity\n    }\n    months {\n      month\n      amount\n      lastYear\n      mom\n      yoy\n      carbonKg\n      partial\n    }\n    comparison {\n      current\n      previous\n      lastYear\n      mom\n      yoy\n      previousFrom\n      previousTo\n      area\n      intensity\n      carbonKg\n    }\n    cost {\n      totalFen\n      unpriced\n      bands {\n        kind\n        band\n        amount\n        costFen\n        share\n      }\n    }\n  }\n}": types.EnergyOverviewDocument,
    "query EnergyTariffs($parkId: ID!, $kind: MeterKind) {\n  energyTariffs(parkId: $parkId, kind: $kind) {\n    id\n    kind\n    unit\n    effectiveFrom\n    effectiveTo\n    name\n    periods {\n      band\n      startHour\n      endHour\n      price\n    }\n  }\n}": types.EnergyTariffsDocument,
    "mutation CreateMeterReadingPhotoUpload($input: MeterReadingPhotoUploadInput!) {\n  createMeterReadingPhotoUpload(input: $input) {\n    attachmentId\n    uploadUrl\n  }\n}": types.CreateMeterReadingPhotoUploadDocument,
    "mutation CreateMeter($input: CreateMeterInput!) {\n  createMeter(input: $input) {\n    ...MeterFields\n  }\n}": types.CreateMeterDocument,
    "query EnergyCompanies($parkId: ID!) {\n  tenantCompanies(filter: {parkId: $parkId}, first: 100) {\n    nodes {\n      id\n      name\n    }\n  }\n}": types.EnergyCompaniesDocument,
    "query EnergyMeter($id: ID!) {\n  meter(id: $id) {\n    ...MeterFields\n  }\n}": types.EnergyMeterDocument,
    "query EnergyMeters($parkId: ID!, $kind: MeterKind, $level: MeterLevel, $buildingId: ID, $tenantId: ID, $search: String, $first: Int, $after: String) {\n  meters(\n    parkId: $parkId\n    kind: $kind\n    level: $level\n    buildingId: $buildingId\n    tenantId: $tenantId\n    search: $search\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...MeterFields\n    }\n  }\n}": types.EnergyMetersDocument,
    "fragment IotDeviceFields on IotDevice {\n  id\n  code\n  name\n  kind\n  status\n  location\n  lastSeenAt\n  secretIssuedAt\n  createdAt\n  topics {\n    telemetry\n    command\n  }\n  rejections {\n    reason\n    count\n    lastAt\n  }\n}": types.IotDeviceFieldsFragmentDoc,
    "query IotDevices($parkId: ID!, $kind: DeviceKind) {\n  iotDevices(parkId: $parkId, kind: $kind) {\n    ...IotDeviceFields\n  }\n  iotRejections(parkId: $parkId) {\n    deviceCode\n    deviceId\n    reason\n    count\n    lastAt\n  }\n}": types.IotDevicesDocument,
    "query MeterConsumption($input: ConsumptionQueryInput!) {\n  energyConsumption(input: $input) {\n    key\n    label\n    unit\n    total\n    estimated\n    points {\n      at\n      amount\n      estimated\n    }\n  }\n}": types.MeterConsumptionDocument,
    "fragment MeterFields on Meter {\n  id\n  code\n  name\n  kind\n  level\n  unit\n  active\n  virtual\n  parentId\n  tenantId\n  buildingId\n  floorId\n  unitId\n  deviceId\n  deviceRegister\n  multiplier\n  registerDigits\n  spikeLimit\n  intervalMinutes\n  baselineValue\n  lastReadingAt\n  terms {\n    meterId\n    sign\n  }\n}": types.MeterFieldsFragmentDoc,
    "query MeterOptions($parkId: ID!, $kind: MeterKind, $search: String) {\n  meters(parkId: $parkId, kind: $kind, search: $search, first: 30) {\n    nodes {\n      id\n      code\n      name\n      level\n      virtual\n    }\n  }\n}": types.MeterOptionsDocument,
    "query MeterReadings($meterId: ID!, $from: DateTimeISO!, $to: DateTimeISO!, $limit: Int!) {\n  meterReadings(meterId: $meterId, from: $from, to: $to, limit: $limit) {\n    at\n    value\n    consumption\n    flag\n    estimated\n    source\n    photo {\n      id\n      fileName\n      url\n    }\n  }\n}": types.MeterReadingsDocument,
    "mutation RecordMeterReading($input: ManualReadingInput!) {\n  recordMeterReading(input: $input) {\n    stored\n    flag\n  }\n}": types.RecordMeterReadingDocument,
    "mutation RegisterIotDevice($input: RegisterIotDeviceInput!) {\n  registerIotDevice(input: $input) {\n    username\n    secret\n    device {\n      ...IotDeviceFields\n    }\n  }\n}": types.RegisterIotDeviceDocument,
    "mutation RotateIotDeviceSecret($id: ID!) {\n  rotateIotDeviceSecret(id: $id) {\n    username\n    secret\n    device {\n      ...IotDeviceFields\n    }\n  }\n}": types.RotateIotDeviceSecretDocument,
    "mutation UpdateIotDevice($id: ID!, $input: UpdateIotDeviceInput!) {\n  updateIotDevice(id: $id, input: $input) {\n    ...IotDeviceFields\n  }\n}": types.UpdateIotDeviceDocument,
    "mutation UpdateMeter($id: ID!, $input: UpdateMeterInput!) {\n  updateMeter(id: $id, input: $input) {\n    ...MeterFields\n  }\n}": types.UpdateMeterDocument,
    "mutation ChangeEquipmentStatus($id: ID!, $status: EquipmentStatus!, $note: String) {\n  changeEquipmentStatus(id: $id, status: $status, note: $note) {\n    id\n    status\n  }\n}": types.ChangeEquipmentStatusDocument,
    "mutation CreateEquipment($input: CreateEquipmentInput!) {\n  createEquipment(input: $input) {\n    id\n    code\n  }\n}": types.CreateEquipmentDocument,
    "query EquipmentDetail($id: ID!) {\n  equipment(id: $id) {\n    id\n    code\n    publicToken\n    name\n    category\n    status\n    manufacturer\n    model\n    serialNumber\n    installDate\n    warrantyEnd\n    inWarranty\n    locationNote\n    parameters\n    park {\n      id\n      name\n      timeZone\n    }\n    building {\n      id\n      name\n    }\n    floor {\n      id\n      name\n    }\n    unit {\n      id\n      code\n    }\n    history(first: 50) {\n      nodes {\n        id\n        kind\n        occurredAt\n        note\n      }\n    }\n  }\n}": types.EquipmentDetailDocument,
    "query EquipmentForm($id: ID!) {\n  equipment(id: $id) {\n    id\n    code\n    name\n    category\n    status\n    manufacturer\n    model\n    serialNumber\n    installDate\n    warrantyEnd\n    locationNote\n    building {\n      id\n    }\n    floor {\n      id\n    }\n    unit {\n      id\n    }\n  }\n}": types.EquipmentFormDocument,
    "query EquipmentLabels($ids: [ID!]!) {\n  equipmentLedger(filter: {ids: $ids}, first: 100) {\n    nodes {\n      id\n      code\n      name\n      publicToken\n      park {\n        id\n        name\n      }\n      building {\n        id\n        name\n      }\n      floor {\n        id\n        name\n      }\n    }\n  }\n}": types.EquipmentLabelsDocument,
    "query EquipmentLedger($filter: EquipmentFilter, $first: Int, $after: String) {\n  equipmentLedger(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      code\n      name\n      category\n      status\n      inWarranty\n      warrantyEnd\n      building {\n        id\n        name\n      }\n      floor {\n        id\n        name\n      }\n      unit {\n        id\n        code\n      }\n      locationNote\n    }\n  }\n}": types.EquipmentLedgerDocument,
    "mutation UpdateEquipment($id: ID!, $input: UpdateEquipmentInput!) {\n  updateEquipment(id: $id, input: $input) {\n    id\n    name\n    locationNote\n  }\n}": types.UpdateEquipmentDocument,
    "mutation AddFeeRate($input: AddFeeRateInput!) {\n  addFeeRate(input: $input) {\n    id\n    currentPrice\n    rates {\n      id\n      effectiveFrom\n      price\n    }\n  }\n}": types.AddFeeRateDocument,
    "mutation CreateFeeStandard($input: CreateFeeStandardInput!) {\n  createFeeStandard(input: $input) {\n    id\n    code\n  }\n}": types.CreateFeeStandardDocument,
    "query FeeStandards($parkId: ID!, $item: FeeItem) {\n  feeStandards(parkId: $parkId, item: $item) {\n    id\n    code\n    name\n    item\n    basis\n    meterKind\n    rounding\n    description\n    active\n    currentPrice\n    rates {\n      id\n      effectiveFrom\n      price\n      createdAt\n    }\n  }\n}": types.FeeStandardsDocument,
    "mutation UpdateFeeStandard($id: ID!, $input: UpdateFeeStandardInput!) {\n  updateFeeStandard(id: $id, input: $input) {\n    id\n    active\n  }\n}": types.UpdateFeeStandardDocument,
    "mutation WithdrawFeeRate($id: ID!) {\n  withdrawFeeRate(id: $id) {\n    id\n    rates {\n      id\n    }\n  }\n}": types.WithdrawFeeRateDocument,
    "mutation CreateInvoiceFileUpload($input: CreateInvoiceFileUploadInput!) {\n  createInvoiceFileUpload(input: $input) {\n    attachmentId\n    uploadUrl\n    expiresAt\n  }\n}": types.CreateInvoiceFileUploadDocument,
    "query InvoiceRequestDetail($id: ID!) {\n  invoiceRequest(id: $id) {\n    ...InvoiceRequestFields\n  }\n}": types.InvoiceRequestDetailDocument,
    "fragment InvoiceRequestFields on InvoiceRequest {\n  id\n  parkId\n  billId\n  billNumber\n  billPeriod\n  tenantId\n  tenantName\n  kind\n  status\n  amountFen\n  title\n  taxNumber\n  address\n  phone\n  bankName\n  bankAccount\n  email\n  note\n  requestedBy\n  createdAt\n  invoiceNumber\n  issuedOn\n  handledBy\n  handledAt\n  rejectReason\n  reversalDueFen\n  reversedFen\n  reversalNumber\n  reversedOn\n  file {\n    id\n    fileName\n    url\n    contentType\n    size\n  }\n}": types.InvoiceRequestFieldsFragmentDoc,
    "query InvoiceRequests($filter: InvoiceRequestFilter, $first: Int, $after: String) {\n  invoiceRequests(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      billId\n      billNumber\n      tenantName\n      kind\n      status\n      amountFen\n      title\n      taxNumber\n      createdAt\n      invoiceNumber\n      reversalDueFen\n    }\n  }\n}": types.InvoiceRequestsDocument,
    "mutation IssueInvoice($id: ID!, $input: IssueInvoiceInput!) {\n  issueInvoice(id: $id, input: $input) {\n    ...InvoiceRequestFields\n  }\n}": types.IssueInvoiceDocument,
    "mutation RecordInvoiceReversal($id: ID!, $input: RecordInvoiceReversalInput!) {\n  recordInvoiceReversal(id: $id, input: $input) {\n    ...InvoiceRequestFields\n  }\n}": types.RecordInvoiceReversalDocument,
    "mutation RejectInvoiceRequest($id: ID!, $input: RejectInvoiceRequestInput!) {\n  rejectInvoiceRequest(id: $id, input: $input) {\n    ...InvoiceRequestFields\n  }\n}": types.RejectInvoiceRequestDocument,
    "query ReversalDueCount($parkId: ID!) {\n  invoiceRequests(first: 1, filter: {parkId: $parkId, reversalDue: true}) {\n    totalCount\n  }\n}": types.ReversalDueCountDocument,
    "query WaitingInvoiceCount($parkId: ID!) {\n  invoiceRequests(first: 1, filter: {parkId: $parkId, statuses: [REQUESTED]}) {\n    totalCount\n  }\n}": types.WaitingInvoiceCountDocument,
    "mutation CreateKioskDevice($input: CreateKioskDeviceInput!) {\n  createKioskDevice(input: $input) {\n    pairingCode\n    device {\n      id\n      name\n      pairingExpiresAt\n    }\n  }\n}": types.CreateKioskDeviceDocument,
    "query KioskDevices($parkId: ID!) {\n  kioskDevices(parkId: $parkId) {\n    id\n    name\n    location\n    state\n    pairingExpiresAt\n    pairedAt\n    lastSeenAt\n    building {\n      id\n      name\n    }\n  }\n  park(id: $parkId) {\n    id\n    buildings {\n      id\n      name\n    }\n  }\n}": types.KioskDevicesDocument,
    "mutation RenewKioskPairingCode($id: ID!) {\n  renewKioskPairingCode(id: $id) {\n    pairingCode\n    device {\n      id\n      name\n      pairingExpiresAt\n    }\n  }\n}": types.RenewKioskPairingCodeDocument,
    "mutation RevokeKioskDevice($id: ID!) {\n  revokeKioskDevice(id: $id) {\n    id\n    state\n  }\n}": types.RevokeKioskDeviceDocument,
    "mutation CreateLease($input: CreateLeaseInput!) {\n  createLease(input: $input) {\n    id\n    number\n    status\n  }\n}": types.CreateLeaseDocument,
    "mutation DeleteLease($id: ID!) {\n  deleteLease(id: $id) {\n    id\n  }\n}": types.DeleteLeaseDocument,
    "query LeaseDetail($id: ID!) {\n  lease(id: $id) {\n    id\n    number\n    status\n    tenantId\n    tenantName\n    startOn\n    endOn\n    paymentCycle\n    rentPrice\n    rentRounding\n    escalation\n    escalationPercent\n    rentSteps {\n      from\n      price\n    }\n    freePeriods {\n      from\n      to\n    }\n    propertyFeeStandardId\n    depositFen\n    lateFeePermille\n    dueDays\n    notes\n    signedAt\n    terminatedOn\n    terminationReason\n    renewalOfId\n    area\n    units {\n      unitId\n      unitCode\n      area\n    }\n    schedule {\n      from\n      to\n      totalFen\n      lines {\n        kind\n        from\n        to\n        days\n        monthDays\n        freeDays\n        price\n        amountFen\n      }\n    }\n  }\n}": types.LeaseDetailDocument,
    "query LeaseTenantOptions($parkId: ID!, $search: String) {\n  tenantCompanies(\n    filter: {parkId: $parkId, statuses: [ACTIVE, ONBOARDING], search: $search}\n    first: 50\n  ) {\n    nodes {\n      id\n      name\n    }\n  }\n}": types.LeaseTenantOptionsDocument,
    "query LeaseUnitOptions($parkId: ID!, $search: String) {\n  units(\n    filter: {parkId: $parkId, statuses: [VACANT, RESERVED], search: $search}\n    first: 30\n  ) {\n    nodes {\n      id\n      code\n      type\n      grossArea\n      building {\n        id\n        name\n      }\n    }\n  }\n}": types.LeaseUnitOptionsDocument,
    "query Leases($filter: LeaseFilter, $first: Int, $after: String) {\n  leases(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      number\n      status\n      tenantId\n      tenantName\n      startOn\n      endOn\n      paymentCycle\n      rentPrice\n      area\n      units {\n        unitCode\n      }\n    }\n  }\n}": types.LeasesDocument,
    "mutation RenewLease($id: ID!, $input: RenewLeaseInput!) {\n  renewLease(id: $id, input: $input) {\n    id\n    number\n    status\n  }\n}": types.RenewLeaseDocument,
    "mutation SignLease($id: ID!) {\n  signLease(id: $id) {\n    id\n    status\n  }\n}": types.SignLeaseDocument,
    "mutation TerminateLease($id: ID!, $input: TerminateLeaseInput!) {\n  terminateLease(id: $id, input: $input) {\n    id\n    status\n    endOn\n    terminatedOn\n  }\n}": types.TerminateLeaseDocument,
    "mutation CreateMaintenancePlan($input: CreateMaintenancePlanInput!) {\n  createMaintenancePlan(input: $input) {\n    ...MaintenancePlanFields\n  }\n}": types.CreateMaintenancePlanDocument,
    "query EquipmentOptions($parkId: ID!, $search: String) {\n  equipmentLedger(first: 20, filter: {parkId: $parkId, search: $search}) {\n    nodes {\n      id\n      code\n      name\n      category\n    }\n  }\n}": types.EquipmentOptionsDocument,
    "query MaintenanceCompliance($parkId: ID!, $from: String!, $to: String!) {\n  maintenanceCompliance(parkId: $parkId, from: $from, to: $to) {\n    onTime\n    late\n    missed\n    due\n    upcoming\n    onTimeRate\n    items {\n      planId\n      planName\n      dueOn\n      status\n      statutory\n      workOrderId\n      workOrderNumber\n      workOrderState\n    }\n  }\n}": types.MaintenanceComplianceDocument,
    "query MaintenancePlanAssignees($parkId: ID!) {\n  maintenancePlanAssignees(parkId: $parkId) {\n    id\n    displayName\n  }\n}": types.MaintenancePlanAssigneesDocument,
    "fragment MaintenancePlanFields on MaintenancePlan {\n  id\n  name\n  active\n  statutory\n  basis\n  equipmentId\n  equipmentCategory\n  workCategory\n  recurrenceUnit\n  recurrenceInterval\n  graceDays\n  nextDueOn\n  checklist\n  assignee {\n    id\n    displayName\n  }\n}": types.MaintenancePlanFieldsFragmentDoc,
    "query MaintenancePlans($parkId: ID!) {\n  maintenancePlans(parkId: $parkId) {\n    ...MaintenancePlanFields\n  }\n}": types.MaintenancePlansDocument,
    "query PlanEquipment($id: ID!) {\n  equipment(id: $id) {\n    id\n    code\n    name\n  }\n}": types.PlanEquipmentDocument,
    "mutation SetMaintenancePlanActive($id: ID!, $active: Boolean!) {\n  setMaintenancePlanActive(id: $id, active: $active) {\n    ...MaintenancePlanFields\n  }\n}": types.SetMaintenancePlanActiveDocument,
    "mutation UpdateMaintenancePlan($id: ID!, $input: UpdateMaintenancePlanInput!) {\n  updateMaintenancePlan(id: $id, input: $input) {\n    ...MaintenancePlanFields\n  }\n}": types.UpdateMaintenancePlanDocument,
    "mutation MarkNotificationsRead($ids: [ID!]) {\n  markNotificationsRead(ids: $ids)\n}": types.MarkNotificationsReadDocument,
    "fragment NotificationFields on Notification {\n  id\n  kind\n  title\n  body\n  facts {\n    workOrderNumber\n    workOrderTitle\n    slaKind\n    deadline\n    prefix\n    meterName\n    meterCode\n    alertKind\n    ruleName\n    value\n    limit\n    billNumber\n    companyName\n    invoiceNumber\n    reason\n    reverseFen\n  }\n  createdAt\n  readAt\n  workOrderId\n}": types.NotificationFieldsFragmentDoc,
    "subscription NotificationReceived {\n  notificationReceived {\n    ...NotificationFields\n  }\n}": types.NotificationReceivedDocument,
    "query Notifications {\n  notifications(first: 20) {\n    nodes {\n      ...NotificationFields\n    }\n  }\n}": types.NotificationsDocument,
    "query UnreadNotificationCount {\n  unreadNotificationCount\n}": types.UnreadNotificationCountDocument,
    "mutation AddVehicle($input: AddVehicleInput!) {\n  addVehicle(input: $input) {\n    id\n    plate\n  }\n}": types.AddVehicleDocument,
    "mutation CreateParkingLot($input: CreateParkingLotInput!) {\n  createParkingLot(input: $input) {\n    id\n    code\n    name\n  }\n}": types.CreateParkingLotDocument,
    "mutation CreateParkingRate($input: CreateParkingRateInput!) {\n  createParkingRate(input: $input) {\n    id\n  }\n}": types.CreateParkingRateDocument,
    "subscription ParkingChanged($parkId: ID!) {\n  parkingChanged(parkId: $parkId) {\n    event {\n      id\n      lotId\n      direction\n      plate\n      occurredAt\n      decision\n      admitted\n      spaceType\n      feeFen\n    }\n    occupancy {\n      occupied\n    }\n  }\n}": types.ParkingChangedDocument,
    "query ParkingCharges($parkId: ID!, $filter: ParkingChargeFilter!, $after: String) {\n  parkingCharges(filter: $filter, first: 20, after: $after) {\n    totalCount\n    totalAmountFen\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      lotId\n      plate\n      amountFen\n      chargedHours\n      status\n      enteredAt\n      exitedAt\n    }\n  }\n  parkingLots(parkId: $parkId) {\n    id\n    code\n    name\n  }\n}": types.ParkingChargesDocument,
    "query ParkingEvents($parkId: ID!, $filter: ParkingEventFilter!, $after: String) {\n  parkingLots(parkId: $parkId) {\n    id\n    name\n  }\n  parkingEvents(filter: $filter, first: 20, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      lotId\n      direction\n      plate\n      occurredAt\n      decision\n      admitted\n      spaceType\n      source\n      feeFen\n    }\n  }\n}": types.ParkingEventsDocument,
    "query ParkingLots($parkId: ID!) {\n  parkingLots(parkId: $parkId) {\n    id\n    code\n    name\n    buildingId\n    regularSpaces\n    evSpaces\n    reservedSpaces\n    accessibleSpaces\n    active\n  }\n}": types.ParkingLotsDocument,
    "query ParkingOccupancy($parkId: ID!, $from: String!, $to: String!) {\n  parkingOccupancy(parkId: $parkId) {\n    capacity\n    occupied\n    byType {\n      spaceType\n      capacity\n      occupied\n      free\n    }\n    lots {\n      capacity\n      occupied\n      lot {\n        id\n        code\n        name\n      }\n      byType {\n        spaceType\n        capacity\n        occupied\n        free\n      }\n    }\n  }\n  parkingFlow(parkId: $parkId, from: $from, to: $to, granularity: HOUR) {\n    bucket\n    entries\n    exits\n    denied\n  }\n}": types.ParkingOccupancyDocument,
    "query ParkingRates($parkId: ID!) {\n  parkingRates(parkId: $parkId) {\n    id\n    effectiveFrom\n    freeMinutes\n    perHourFen\n    dailyCapFen\n  }\n}": types.ParkingRatesDocument,
    "mutation RemoveVehicle($id: ID!) {\n  removeVehicle(id: $id) {\n    id\n  }\n}": types.RemoveVehicleDocument,
    "mutation UpdateParkingLot($id: ID!, $input: UpdateParkingLotInput!) {\n  updateParkingLot(id: $id, input: $input) {\n    id\n    name\n    regularSpaces\n    evSpaces\n    reservedSpaces\n    accessibleSpaces\n    active\n  }\n}": types.UpdateParkingLotDocument,
    "query VehicleList($parkId: ID!, $kind: VehicleListKind, $search: String, $after: String) {\n  vehicleList(\n    parkId: $parkId\n    kind: $kind\n    search: $search\n    first: 20\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      tenantId\n      kind\n      plate\n      ownerName\n      spaceType\n      validFrom\n      validUntil\n      note\n    }\n  }\n  tenantCompanies(first: 100, filter: {parkId: $parkId}) {\n    nodes {\n      id\n      name\n    }\n  }\n}": types.VehicleListDocument,
    "query PaymentBill($id: ID!) {\n  bill(id: $id) {\n    id\n    number\n    tenantName\n    status\n    ledger {\n      id\n      intentId\n      kind\n      receiptNo\n    }\n  }\n}": types.PaymentBillDocument,
    "query PaymentDetail($id: ID!) {\n  paymentIntent(id: $id) {\n    id\n    billId\n    tenantId\n    provider\n    channel\n    amountFen\n    status\n    outTradeNo\n    providerTradeNo\n    paidAt\n    refundedFen\n    receiptNo\n    createdAt\n    expiresAt\n    refunds {\n      id\n      amountFen\n      status\n      reason\n      note\n      outRefundNo\n      createdAt\n      finishedAt\n    }\n  }\n}": types.PaymentDetailDocument,
    "query PaymentReconciliations($first: Int!) {\n  paymentReconciliations(first: $first) {\n    id\n    provider\n    billDate\n    status\n    statementRows\n    matched\n    differences\n    error\n    createdAt\n    finishedAt\n    differenceList {\n      id\n      kind\n      entry\n      outTradeNo\n      providerRef\n      providerFen\n      localFen\n      providerStatus\n      localStatus\n      resolution\n      note\n      resolvedAt\n    }\n  }\n}": types.PaymentReconciliationsDocument,
    "query Payments($filter: PaymentFilter, $first: Int, $after: String) {\n  payments(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      billId\n      billNumber\n      tenantId\n      tenantName\n      receiptNo\n      provider\n      channel\n      amountFen\n      status\n      outTradeNo\n      paidAt\n      refundedFen\n      createdAt\n    }\n  }\n}": types.PaymentsDocument,
    "mutation ReconcilePayments($input: ReconcilePaymentsInput!) {\n  reconcilePayments(input: $input) {\n    id\n    provider\n    billDate\n    status\n  }\n}": types.ReconcilePaymentsDocument,
    "mutation RefundPayment($input: RefundPaymentInput!) {\n  refundPayment(input: $input) {\n    id\n    amountFen\n    status\n  }\n}": types.RefundPaymentDocument,
    "mutation ResolvePaymentDifference($id: ID!, $input: ResolvePaymentDifferenceInput!) {\n  resolvePaymentDifference(id: $id, input: $input) {\n    id\n    resolution\n    note\n    resolvedAt\n  }\n}": types.ResolvePaymentDifferenceDocument,
    "mutation CreateTenantCompany($input: CreateTenantCompanyInput!) {\n  createTenantCompany(input: $input) {\n    id\n    name\n  }\n}": types.CreateTenantCompanyDocument,
    "query Industries {\n  industries {\n    code\n    name\n    nameEn\n  }\n}": types.IndustriesDocument,
    "query TenantForm($id: ID!) {\n  tenantCompany(id: $id) {\n    id\n    name\n    shortName\n    uscc\n    status\n    legalRepresentative\n    employeeCount\n    moveInDate\n    website\n    industry {\n      code\n    }\n    contacts {\n      id\n      name\n      title\n      phone\n      email\n      isPrimary\n    }\n  }\n}": types.TenantFormDocument,
    "query TenantList($filter: TenantCompanyFilter, $first: Int, $after: String) {\n  tenantCompanies(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      shortName\n      uscc\n      status\n      occupiedArea\n      industry {\n        code\n        name\n        nameEn\n      }\n      units {\n        id\n        code\n      }\n      contacts {\n        name\n        phone\n        isPrimary\n      }\n    }\n  }\n}": types.TenantListDocument,
    "query TenantOptions($filter: TenantCompanyFilter) {\n  tenantCompanies(filter: $filter, first: 20) {\n    nodes {\n      id\n      name\n    }\n  }\n}": types.TenantOptionsDocument,
    "query TenantUsers($tenantId: ID!) {\n  users(filter: {tenantId: $tenantId}, first: 50) {\n    nodes {\n      id\n      login\n      displayName\n      status\n      roles {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n}": types.TenantUsersDocument,
    "mutation UpdateTenantCompany($id: ID!, $input: UpdateTenantCompanyInput!) {\n  updateTenantCompany(id: $id, input: $input) {\n    id\n    name\n    status\n  }\n}": types.UpdateTenantCompanyDocument,
    "mutation CreateRole($input: CreateRoleInput!) {\n  createRole(input: $input) {\n    id\n    key\n  }\n}": types.CreateRoleDocument,
    "mutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    id\n    login\n  }\n}": types.CreateUserDocument,
    "query PermissionCatalogue {\n  permissionCatalogue {\n    module\n    name\n    nameEn\n    permissions {\n      key\n      name\n      nameEn\n      description\n      descriptionEn\n      audience\n    }\n  }\n}": types.PermissionCatalogueDocument,
    "mutation ResetUserPassword($id: ID!, $password: String!) {\n  resetUserPassword(id: $id, password: $password) {\n    id\n    mustChangePassword\n  }\n}": types.ResetUserPasswordDocument,
    "query Roles {\n  roles {\n    id\n    key\n    name\n    nameEn\n    audience\n    builtin\n    permissions\n  }\n}": types.RolesDocument,
    "mutation SetUserStatus($id: ID!, $status: UserStatus!) {\n  updateUser(id: $id, input: {status: $status}) {\n    id\n    status\n  }\n}": types.SetUserStatusDocument,
    "mutation UpdateRole($id: ID!, $input: UpdateRoleInput!) {\n  updateRole(id: $id, input: $input) {\n    id\n    name\n    nameEn\n    permissions\n  }\n}": types.UpdateRoleDocument,
    "mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n  updateUser(id: $id, input: $input) {\n    id\n    displayName\n  }\n}": types.UpdateUserDocument,
    "query UserForm($id: ID!) {\n  user(id: $id) {\n    id\n    login\n    displayName\n    phone\n    email\n    roles {\n      id\n    }\n    parks {\n      id\n    }\n  }\n}": types.UserFormDocument,
    "query Users($filter: UserFilter, $first: Int, $after: String) {\n  users(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      login\n      displayName\n      kind\n      status\n      lastLoginAt\n      roles {\n        id\n        key\n        name\n        nameEn\n      }\n      tenant {\n        id\n        name\n      }\n    }\n  }\n}": types.UsersDocument,
    "mutation AddWatchlistEntry($input: WatchlistEntryInput!) {\n  addWatchlistEntry(input: $input) {\n    ...WatchlistEntryFields\n  }\n}": types.AddWatchlistEntryDocument,
    "mutation DecideFrontDeskVisit($id: ID!, $approve: Boolean!, $note: String) {\n  decideFrontDeskVisit(id: $id, approve: $approve, note: $note) {\n    ...VisitFields\n  }\n}": types.DecideFrontDeskVisitDocument,
    "mutation DecideSecurityReview($id: ID!, $approve: Boolean!, $note: String) {\n  decideSecurityReview(id: $id, approve: $approve, note: $note) {\n    ...VisitFields\n  }\n}": types.DecideSecurityReviewDocument,
    "query FrontDeskQueue($parkId: ID!) {\n  frontDeskQueue(parkId: $parkId) {\n    ...VisitFields\n  }\n}": types.FrontDeskQueueDocument,
    "query SecurityReviewQueue($parkId: ID!) {\n  securityReviewQueue(parkId: $parkId) {\n    ...VisitFields\n  }\n}": types.SecurityReviewQueueDocument,
    "mutation SetWatchlistEntryActive($id: ID!, $active: Boolean!) {\n  setWatchlistEntryActive(id: $id, active: $active) {\n    ...WatchlistEntryFields\n  }\n}": types.SetWatchlistEntryActiveDocument,
    "subscription VisitChanged($parkId: ID!) {\n  visitChanged(parkId: $parkId) {\n    id\n    state\n    phase\n  }\n}": types.VisitChangedDocument,
    "fragment VisitFields on Visit {\n  id\n  state\n  phase\n  source\n  purpose\n  startsAt\n  endsAt\n  createdAt\n  hostName\n  hostDeadline\n  tenantId\n  tenantName\n  plate\n  companions\n  checkedInAt\n  checkedInVia\n  checkedOutAt\n  decidedAt\n  decidedBy\n  decisionNote\n  watchlistHit\n  visitor {\n    id\n    name\n    company\n    phone\n    idNumber\n    hasIdNumber\n    anonymized\n  }\n}": types.VisitFieldsFragmentDoc,
    "query VisitLog($filter: VisitFilter!, $first: Int, $after: String) {\n  visits(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...VisitFields\n    }\n  }\n}": types.VisitLogDocument,
    "query VisitorsOnSite($parkId: ID!) {\n  visitorsOnSite(parkId: $parkId) {\n    ...VisitFields\n  }\n}": types.VisitorsOnSiteDocument,
    "fragment WatchlistEntryFields on VisitorWatchlistEntry {\n  id\n  name\n  phone\n  idNumber\n  hasIdNumber\n  reason\n  active\n  createdAt\n}\n\nquery VisitorWatchlist($parkId: ID!, $includeInactive: Boolean!) {\n  visitorWatchlist(parkId: $parkId, includeInactive: $includeInactive) {\n    ...WatchlistEntryFields\n  }\n}": types.WatchlistEntryFieldsFragmentDoc,
    "mutation AddWorkOrderComment($workOrderId: ID!, $body: String!, $internal: Boolean!) {\n  addWorkOrderComment(workOrderId: $workOrderId, body: $body, internal: $internal) {\n    id\n  }\n}": types.AddWorkOrderCommentDocument,
    "mutation AutoDispatchWorkOrder($id: ID!, $version: Int) {\n  transitionWorkOrder(\n    id: $id\n    input: {action: DISPATCH, expectedVersion: $version}\n  ) {\n    id\n    state\n    version\n    assignee {\n      id\n      displayName\n    }\n  }\n}": types.AutoDispatchWorkOrderDocument,
    "query BoardBuildings($parkId: ID!) {\n  park(id: $parkId) {\n    id\n    buildings {\n      id\n      name\n    }\n  }\n}": types.BoardBuildingsDocument,
    "mutation CreateAttachmentUpload($input: CreateAttachmentUploadInput!) {\n  createAttachmentUpload(input: $input) {\n    attachmentId\n    uploadUrl\n    expiresAt\n  }\n}": types.CreateAttachmentUploadDocument,
    "query DispatchBoard($filter: WorkOrderFilter!) {\n  workOrders(first: 100, filter: $filter) {\n    nodes {\n      id\n      number\n      title\n      priority\n      state\n      version\n      viewerActions\n      submittedAt\n      locationNote\n      equipmentCategory\n      unit {\n        code\n      }\n      tenant {\n        name\n      }\n      assignee {\n        displayName\n      }\n      sla {\n        respondBy\n        resolveBy\n        response\n        resolution\n      }\n    }\n  }\n}": types.DispatchBoardDocument,
    "query MyTasks($parkId: ID!) {\n  workOrders(\n    first: 50\n    filter: {parkId: $parkId, mine: true, states: [DISPATCHED, ACCEPTED, IN_PROGRESS, ON_HOLD]}\n  ) {\n    nodes {\n      id\n      number\n      title\n      priority\n      state\n      version\n      availableActions\n      viewerActions\n      holdReason\n      locationNote\n      equipmentCategory\n      assignee {\n        id\n      }\n      building {\n        name\n      }\n      unit {\n        code\n      }\n      equipment {\n        code\n        name\n      }\n      sla {\n        respondBy\n        resolveBy\n        response\n        resolution\n      }\n    }\n  }\n}": types.MyTasksDocument,
    "mutation QuoteWorkOrder($id: ID!, $input: QuoteWorkOrderInput!) {\n  quoteWorkOrder(id: $id, input: $input) {\n    id\n    version\n  }\n}": types.QuoteWorkOrderDocument,
    "mutation RecordReturnVisit($id: ID!, $input: ReturnVisitInput!) {\n  recordReturnVisit(id: $id, input: $input) {\n    id\n    visitedAt\n    visitScore\n    visitComment\n  }\n}": types.RecordReturnVisitDocument,
    "query Technicians($parkId: ID!) {\n  users(first: 100, filter: {parkId: $parkId, kind: STAFF, status: ACTIVE}) {\n    nodes {\n      id\n      displayName\n      roles {\n        name\n        nameEn\n        permissions\n      }\n    }\n  }\n}": types.TechniciansDocument,
    "mutation TransitionWorkOrder($id: ID!, $input: TransitionWorkOrderInput!) {\n  transitionWorkOrder(id: $id, input: $input) {\n    id\n    state\n    version\n    availableActions\n    viewerActions\n    holdReason\n    assignee {\n      id\n      displayName\n    }\n  }\n}": types.TransitionWorkOrderDocument,
    "subscription WorkOrderChanged($parkId: ID!) {\n  workOrderChanged(parkId: $parkId) {\n    action\n    workOrder {\n      id\n      state\n    }\n  }\n}": types.WorkOrderChangedDocument,
    "query WorkOrderDetail($id: ID!) {\n  workOrder(id: $id) {\n    id\n    number\n    title\n    description\n    state\n    priority\n    category\n    source\n    version\n    availableActions\n    viewerActions\n    viewerExtraActions\n    holdReason\n    submittedAt\n    dispatchedAt\n    completedAt\n    closedAt\n    locationNote\n    equipmentCategory\n    building {\n      name\n    }\n    unit {\n      code\n    }\n    equipment {\n      code\n      name\n    }\n    requester {\n      displayName\n      phone\n    }\n    tenant {\n      id\n      name\n    }\n    assignee {\n      id\n      displayName\n      phone\n    }\n    sla {\n      respondBy\n      resolveBy\n      response\n      resolution\n    }\n    events {\n      id\n      action\n      actorLabel\n      automatic\n      systemActor\n      at\n      fromState\n      toState\n      note\n    }\n    visitedAt\n    visitScore\n    visitComment\n    rating\n    ratingComment\n    billableFen\n    followUpOf {\n      id\n      number\n      title\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      url\n      uploadedAt\n      uploadedBy\n    }\n    comments {\n      id\n      body\n      author\n      internal\n      createdAt\n    }\n    quote {\n      labourFen\n      materialsFen\n      totalFen\n      note\n      state\n      quotedAt\n      quotedBy\n      decidedAt\n      decidedBy\n    }\n  }\n}": types.WorkOrderDetailDocument,
    "query WorkOrderFaultReports($id: ID!) {\n  workOrder(id: $id) {\n    id\n    faultReports {\n      id\n      description\n      reporterName\n      reporterPhone\n      filedOrder\n      reportedAt\n    }\n  }\n}": types.WorkOrderFaultReportsDocument,
    "query WorkOrderKpiTrend($m0: WorkOrderKpiFilter!, $m1: WorkOrderKpiFilter!, $m2: WorkOrderKpiFilter!, $m3: WorkOrderKpiFilter!, $m4: WorkOrderKpiFilter!, $m5: WorkOrderKpiFilter!, $m6: WorkOrderKpiFilter!, $m7: WorkOrderKpiFilter!, $m8: WorkOrderKpiFilter!, $m9: WorkOrderKpiFilter!, $m10: WorkOrderKpiFilter!, $m11: WorkOrderKpiFilter!) {\n  m0: workOrderKpis(filter: $m0) {\n    ...TrendPoint\n  }\n  m1: workOrderKpis(filter: $m1) {\n    ...TrendPoint\n  }\n  m2: workOrderKpis(filter: $m2) {\n    ...TrendPoint\n  }\n  m3: workOrderKpis(filter: $m3) {\n    ...TrendPoint\n  }\n  m4: workOrderKpis(filter: $m4) {\n    ...TrendPoint\n  }\n  m5: workOrderKpis(filter: $m5) {\n    ...TrendPoint\n  }\n  m6: workOrderKpis(filter: $m6) {\n    ...TrendPoint\n  }\n  m7: workOrderKpis(filter: $m7) {\n    ...TrendPoint\n  }\n  m8: workOrderKpis(filter: $m8) {\n    ...TrendPoint\n  }\n  m9: workOrderKpis(filter: $m9) {\n    ...TrendPoint\n  }\n  m10: workOrderKpis(filter: $m10) {\n    ...TrendPoint\n  }\n  m11: workOrderKpis(filter: $m11) {\n    ...TrendPoint\n  }\n}\n\nfragment TrendPoint on WorkOrderKpis {\n  filed\n  timeliness\n  satisfaction\n}": types.WorkOrderKpiTrendDocument,
    "query WorkOrderKpis($filter: WorkOrderKpiFilter!) {\n  workOrderKpis(filter: $filter) {\n    filed\n    completed\n    timeliness\n    returnVisitRate\n    satisfaction\n    firstTimePass\n    meanResponseMinutes\n    meanResolutionMinutes\n    slaBreaches\n  }\n}": types.WorkOrderKpisDocument,
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
export function graphql(source: "query AccessCredentials($filter: AccessCredentialFilter, $first: Int, $after: String) {\n  accessCredentials(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      kind\n      identifier\n      status\n      holderId\n      holderName\n      tenantId\n      validFrom\n      validUntil\n    }\n  }\n}"): (typeof documents)["query AccessCredentials($filter: AccessCredentialFilter, $first: Int, $after: String) {\n  accessCredentials(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      kind\n      identifier\n      status\n      holderId\n      holderName\n      tenantId\n      validFrom\n      validUntil\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessEvents($filter: AccessEventFilter, $first: Int, $after: String) {\n  accessEvents(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      occurredAt\n      type\n      decision\n      reason\n      direction\n      credentialKind\n      credentialRef\n      holderName\n      tenantName\n      point {\n        id\n        code\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query AccessEvents($filter: AccessEventFilter, $first: Int, $after: String) {\n  accessEvents(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      occurredAt\n      type\n      decision\n      reason\n      direction\n      credentialKind\n      credentialRef\n      holderName\n      tenantName\n      point {\n        id\n        code\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddAccessGroupMember($groupId: ID!, $userId: ID!) {\n  addAccessGroupMember(groupId: $groupId, userId: $userId) {\n    id\n    members {\n      userId\n      name\n    }\n  }\n}\n\nmutation RemoveAccessGroupMember($groupId: ID!, $userId: ID!) {\n  removeAccessGroupMember(groupId: $groupId, userId: $userId) {\n    id\n    members {\n      userId\n      name\n    }\n  }\n}"): (typeof documents)["mutation AddAccessGroupMember($groupId: ID!, $userId: ID!) {\n  addAccessGroupMember(groupId: $groupId, userId: $userId) {\n    id\n    members {\n      userId\n      name\n    }\n  }\n}\n\nmutation RemoveAccessGroupMember($groupId: ID!, $userId: ID!) {\n  removeAccessGroupMember(groupId: $groupId, userId: $userId) {\n    id\n    members {\n      userId\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessGroupPointOptions($parkId: ID!) {\n  accessPoints(filter: {parkId: $parkId}, first: 100) {\n    nodes {\n      id\n      code\n      name\n      active\n    }\n  }\n}"): (typeof documents)["query AccessGroupPointOptions($parkId: ID!) {\n  accessPoints(filter: {parkId: $parkId}, first: 100) {\n    nodes {\n      id\n      code\n      name\n      active\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessGroups($filter: AccessGroupFilter, $first: Int, $after: String) {\n  accessGroups(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      tenantId\n      schedule {\n        days\n        start\n        end\n      }\n      points {\n        id\n        code\n        name\n      }\n      members {\n        userId\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query AccessGroups($filter: AccessGroupFilter, $first: Int, $after: String) {\n  accessGroups(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      tenantId\n      schedule {\n        days\n        start\n        end\n      }\n      points {\n        id\n        code\n        name\n      }\n      members {\n        userId\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessLogOptions($parkId: ID!) {\n  accessPoints(filter: {parkId: $parkId}, first: 100) {\n    nodes {\n      id\n      code\n      name\n    }\n  }\n  accessCredentials(filter: {parkId: $parkId}, first: 100) {\n    nodes {\n      id\n      holderId\n      holderName\n    }\n  }\n}"): (typeof documents)["query AccessLogOptions($parkId: ID!) {\n  accessPoints(filter: {parkId: $parkId}, first: 100) {\n    nodes {\n      id\n      code\n      name\n    }\n  }\n  accessCredentials(filter: {parkId: $parkId}, first: 100) {\n    nodes {\n      id\n      holderId\n      holderName\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessPoints($filter: AccessPointFilter, $first: Int, $after: String) {\n  accessPoints(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      code\n      name\n      kind\n      vendorDeviceId\n      active\n      buildingId\n    }\n  }\n}"): (typeof documents)["query AccessPoints($filter: AccessPointFilter, $first: Int, $after: String) {\n  accessPoints(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      code\n      name\n      kind\n      vendorDeviceId\n      active\n      buildingId\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessTenantOptions($parkId: ID!) {\n  tenantCompanies(filter: {parkId: $parkId}, first: 100) {\n    nodes {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["query AccessTenantOptions($parkId: ID!) {\n  tenantCompanies(filter: {parkId: $parkId}, first: 100) {\n    nodes {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcknowledgeSecurityEvent($id: ID!, $input: UpdateSecurityEventInput) {\n  acknowledgeSecurityEvent(id: $id, input: $input) {\n    id\n    status\n    acknowledgedAt\n    note\n  }\n}"): (typeof documents)["mutation AcknowledgeSecurityEvent($id: ID!, $input: UpdateSecurityEventInput) {\n  acknowledgeSecurityEvent(id: $id, input: $input) {\n    id\n    status\n    acknowledgedAt\n    note\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseSecurityEvent($id: ID!, $input: UpdateSecurityEventInput) {\n  closeSecurityEvent(id: $id, input: $input) {\n    id\n    status\n    closedAt\n    note\n  }\n}"): (typeof documents)["mutation CloseSecurityEvent($id: ID!, $input: UpdateSecurityEventInput) {\n  closeSecurityEvent(id: $id, input: $input) {\n    id\n    status\n    closedAt\n    note\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateAccessCredential($input: CreateAccessCredentialInput!) {\n  createAccessCredential(input: $input) {\n    id\n    identifier\n  }\n}"): (typeof documents)["mutation CreateAccessCredential($input: CreateAccessCredentialInput!) {\n  createAccessCredential(input: $input) {\n    id\n    identifier\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateAccessGroup($input: CreateAccessGroupInput!) {\n  createAccessGroup(input: $input) {\n    id\n    name\n  }\n}"): (typeof documents)["mutation CreateAccessGroup($input: CreateAccessGroupInput!) {\n  createAccessGroup(input: $input) {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateAccessPoint($input: CreateAccessPointInput!) {\n  createAccessPoint(input: $input) {\n    id\n    code\n  }\n}"): (typeof documents)["mutation CreateAccessPoint($input: CreateAccessPointInput!) {\n  createAccessPoint(input: $input) {\n    id\n    code\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HolderOptions($filter: AccessHolderFilter!) {\n  accessHolderOptions(filter: $filter) {\n    id\n    name\n    tenantId\n    tenantName\n  }\n}"): (typeof documents)["query HolderOptions($filter: AccessHolderFilter!) {\n  accessHolderOptions(filter: $filter) {\n    id\n    name\n    tenantId\n    tenantName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SecurityEventChanged($parkId: ID!) {\n  securityEventChanged(parkId: $parkId) {\n    action\n    securityEvent {\n      id\n      status\n    }\n  }\n}"): (typeof documents)["subscription SecurityEventChanged($parkId: ID!) {\n  securityEventChanged(parkId: $parkId) {\n    action\n    securityEvent {\n      id\n      status\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityEvents($filter: SecurityEventFilter, $first: Int, $after: String) {\n  securityEvents(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      kind\n      status\n      occurredAt\n      acknowledgedAt\n      closedAt\n      note\n      point {\n        id\n        code\n        name\n      }\n      accessEvent {\n        id\n        reason\n        credentialRef\n        holderName\n        tenantName\n      }\n    }\n  }\n}"): (typeof documents)["query SecurityEvents($filter: SecurityEventFilter, $first: Int, $after: String) {\n  securityEvents(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      kind\n      status\n      occurredAt\n      acknowledgedAt\n      closedAt\n      note\n      point {\n        id\n        code\n        name\n      }\n      accessEvent {\n        id\n        reason\n        credentialRef\n        holderName\n        tenantName\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetAccessCredentialStatus($id: ID!, $status: CredentialStatus!) {\n  setAccessCredentialStatus(id: $id, status: $status) {\n    id\n    status\n  }\n}"): (typeof documents)["mutation SetAccessCredentialStatus($id: ID!, $status: CredentialStatus!) {\n  setAccessCredentialStatus(id: $id, status: $status) {\n    id\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateAccessGroup($id: ID!, $input: UpdateAccessGroupInput!) {\n  updateAccessGroup(id: $id, input: $input) {\n    id\n    name\n  }\n}"): (typeof documents)["mutation UpdateAccessGroup($id: ID!, $input: UpdateAccessGroupInput!) {\n  updateAccessGroup(id: $id, input: $input) {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateAccessPoint($id: ID!, $input: UpdateAccessPointInput!) {\n  updateAccessPoint(id: $id, input: $input) {\n    id\n    name\n    kind\n    vendorDeviceId\n    active\n  }\n}"): (typeof documents)["mutation UpdateAccessPoint($id: ID!, $input: UpdateAccessPointInput!) {\n  updateAccessPoint(id: $id, input: $input) {\n    id\n    name\n    kind\n    vendorDeviceId\n    active\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AssetTree($parkId: ID!) {\n  park(id: $parkId) {\n    id\n    code\n    name\n    retiredAt\n    occupancy {\n      rate\n      units\n      leasedUnits\n      vacantUnits\n      leasableArea\n      leasedArea\n    }\n    buildings {\n      id\n      code\n      name\n      grossArea\n      completedYear\n      retiredAt\n      occupancy {\n        rate\n        units\n      }\n      floors {\n        id\n        level\n        name\n        grossArea\n        retiredAt\n        occupancy {\n          rate\n        }\n        units {\n          id\n          code\n          status\n          type\n          grossArea\n          retiredAt\n          tenant {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query AssetTree($parkId: ID!) {\n  park(id: $parkId) {\n    id\n    code\n    name\n    retiredAt\n    occupancy {\n      rate\n      units\n      leasedUnits\n      vacantUnits\n      leasableArea\n      leasedArea\n    }\n    buildings {\n      id\n      code\n      name\n      grossArea\n      completedYear\n      retiredAt\n      occupancy {\n        rate\n        units\n      }\n      floors {\n        id\n        level\n        name\n        grossArea\n        retiredAt\n        occupancy {\n          rate\n        }\n        units {\n          id\n          code\n          status\n          type\n          grossArea\n          retiredAt\n          tenant {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateBuilding($input: CreateBuildingInput!) {\n  createBuilding(input: $input) {\n    id\n    code\n    name\n  }\n}"): (typeof documents)["mutation CreateBuilding($input: CreateBuildingInput!) {\n  createBuilding(input: $input) {\n    id\n    code\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateFloor($input: CreateFloorInput!) {\n  createFloor(input: $input) {\n    id\n    level\n    name\n  }\n}"): (typeof documents)["mutation CreateFloor($input: CreateFloorInput!) {\n  createFloor(input: $input) {\n    id\n    level\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreatePark($input: CreateParkInput!) {\n  createPark(input: $input) {\n    id\n    code\n    name\n  }\n}"): (typeof documents)["mutation CreatePark($input: CreateParkInput!) {\n  createPark(input: $input) {\n    id\n    code\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateUnit($input: CreateUnitInput!) {\n  createUnit(input: $input) {\n    id\n    code\n  }\n}"): (typeof documents)["mutation CreateUnit($input: CreateUnitInput!) {\n  createUnit(input: $input) {\n    id\n    code\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ParkForm($id: ID!) {\n  park(id: $id) {\n    id\n    code\n    name\n    city\n    address\n    timeZone\n    landArea\n    retiredAt\n  }\n}"): (typeof documents)["query ParkForm($id: ID!) {\n  park(id: $id) {\n    id\n    code\n    name\n    city\n    address\n    timeZone\n    landArea\n    retiredAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RetireBuilding($id: ID!) {\n  retireBuilding(id: $id) {\n    id\n    retiredAt\n  }\n}"): (typeof documents)["mutation RetireBuilding($id: ID!) {\n  retireBuilding(id: $id) {\n    id\n    retiredAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RetireFloor($id: ID!) {\n  retireFloor(id: $id) {\n    id\n    retiredAt\n  }\n}"): (typeof documents)["mutation RetireFloor($id: ID!) {\n  retireFloor(id: $id) {\n    id\n    retiredAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RetirePark($id: ID!) {\n  retirePark(id: $id) {\n    id\n    retiredAt\n  }\n}"): (typeof documents)["mutation RetirePark($id: ID!) {\n  retirePark(id: $id) {\n    id\n    retiredAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RetireUnit($id: ID!) {\n  retireUnit(id: $id) {\n    id\n    retiredAt\n  }\n}"): (typeof documents)["mutation RetireUnit($id: ID!) {\n  retireUnit(id: $id) {\n    id\n    retiredAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SiteOptions($parkId: ID!) {\n  park(id: $parkId) {\n    id\n    buildings {\n      id\n      code\n      name\n      retiredAt\n      floors {\n        id\n        level\n        name\n        retiredAt\n        units {\n          id\n          code\n          retiredAt\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query SiteOptions($parkId: ID!) {\n  park(id: $parkId) {\n    id\n    buildings {\n      id\n      code\n      name\n      retiredAt\n      floors {\n        id\n        level\n        name\n        retiredAt\n        units {\n          id\n          code\n          retiredAt\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnitList($filter: UnitFilter, $first: Int, $after: String) {\n  units(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      code\n      type\n      status\n      grossArea\n      usableArea\n      retiredAt\n      building {\n        id\n        code\n        name\n      }\n      floor {\n        id\n        name\n      }\n      tenant {\n        id\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query UnitList($filter: UnitFilter, $first: Int, $after: String) {\n  units(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      code\n      type\n      status\n      grossArea\n      usableArea\n      retiredAt\n      building {\n        id\n        code\n        name\n      }\n      floor {\n        id\n        name\n      }\n      tenant {\n        id\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateBuilding($id: ID!, $input: UpdateBuildingInput!) {\n  updateBuilding(id: $id, input: $input) {\n    id\n    code\n    name\n    grossArea\n    completedYear\n  }\n}"): (typeof documents)["mutation UpdateBuilding($id: ID!, $input: UpdateBuildingInput!) {\n  updateBuilding(id: $id, input: $input) {\n    id\n    code\n    name\n    grossArea\n    completedYear\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateFloor($id: ID!, $input: UpdateFloorInput!) {\n  updateFloor(id: $id, input: $input) {\n    id\n    name\n    grossArea\n  }\n}"): (typeof documents)["mutation UpdateFloor($id: ID!, $input: UpdateFloorInput!) {\n  updateFloor(id: $id, input: $input) {\n    id\n    name\n    grossArea\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdatePark($id: ID!, $input: UpdateParkInput!) {\n  updatePark(id: $id, input: $input) {\n    id\n    code\n    name\n    city\n    address\n    landArea\n  }\n}"): (typeof documents)["mutation UpdatePark($id: ID!, $input: UpdateParkInput!) {\n  updatePark(id: $id, input: $input) {\n    id\n    code\n    name\n    city\n    address\n    landArea\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateUnit($id: ID!, $input: UpdateUnitInput!) {\n  updateUnit(id: $id, input: $input) {\n    id\n    code\n    type\n    status\n    grossArea\n    usableArea\n    retiredAt\n  }\n}"): (typeof documents)["mutation UpdateUnit($id: ID!, $input: UpdateUnitInput!) {\n  updateUnit(id: $id, input: $input) {\n    id\n    code\n    type\n    status\n    grossArea\n    usableArea\n    retiredAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditLog($filter: AuditFilter, $first: Int, $before: ID) {\n  auditLog(filter: $filter, first: $first, before: $before) {\n    hasMore\n    entries {\n      seq\n      occurredAt\n      actorKind\n      actorId\n      actorLabel\n      operation\n      module\n      moduleName\n      moduleNameEn\n      action\n      actionEn\n      targetType\n      targetId\n      targetName\n      outcome\n      errorCode\n      ip\n      before\n      after\n      hash\n    }\n  }\n}"): (typeof documents)["query AuditLog($filter: AuditFilter, $first: Int, $before: ID) {\n  auditLog(filter: $filter, first: $first, before: $before) {\n    hasMore\n    entries {\n      seq\n      occurredAt\n      actorKind\n      actorId\n      actorLabel\n      operation\n      module\n      moduleName\n      moduleNameEn\n      action\n      actionEn\n      targetType\n      targetId\n      targetName\n      outcome\n      errorCode\n      ip\n      before\n      after\n      hash\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditPeople($filter: UserFilter) {\n  users(filter: $filter, first: 20) {\n    nodes {\n      id\n      login\n      displayName\n    }\n  }\n}"): (typeof documents)["query AuditPeople($filter: UserFilter) {\n  users(filter: $filter, first: 20) {\n    nodes {\n      id\n      login\n      displayName\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditVocabulary {\n  auditVocabulary {\n    module\n    name\n    nameEn\n    actions {\n      operation\n      name\n      nameEn\n    }\n  }\n}"): (typeof documents)["query AuditVocabulary {\n  auditVocabulary {\n    module\n    name\n    nameEn\n    actions {\n      operation\n      name\n      nameEn\n    }\n  }\n}"];
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
export function graphql(source: "mutation Logout {\n  logout\n}"): (typeof documents)["mutation Logout {\n  logout\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Viewer {\n  viewer {\n    kind\n    id\n    name\n    permissions\n    allParks\n    busiestParkId\n    parks {\n      id\n      code\n      name\n      timeZone\n    }\n    user {\n      id\n      login\n      mustChangePassword\n    }\n  }\n}"): (typeof documents)["query Viewer {\n  viewer {\n    kind\n    id\n    name\n    permissions\n    allParks\n    busiestParkId\n    parks {\n      id\n      code\n      name\n      timeZone\n    }\n    user {\n      id\n      login\n      mustChangePassword\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BillOverview($parkId: ID!) {\n  billAging(parkId: $parkId) {\n    notDueFen\n    days0to30Fen\n    days31to60Fen\n    days61to90Fen\n    days90plusFen\n    billsNotDue\n    billsOverdue\n  }\n  billRuns(parkId: $parkId) {\n    id\n    period\n    status\n    tenantsTotal\n    tenantsDone\n    billsIssued\n    adjustments\n    startedAt\n    finishedAt\n  }\n}"): (typeof documents)["query BillOverview($parkId: ID!) {\n  billAging(parkId: $parkId) {\n    notDueFen\n    days0to30Fen\n    days31to60Fen\n    days61to90Fen\n    days90plusFen\n    billsNotDue\n    billsOverdue\n  }\n  billRuns(parkId: $parkId) {\n    id\n    period\n    status\n    tenantsTotal\n    tenantsDone\n    billsIssued\n    adjustments\n    startedAt\n    finishedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BillDetail($id: ID!) {\n  bill(id: $id) {\n    id\n    number\n    period\n    kind\n    status\n    tenantName\n    issuedOn\n    dueOn\n    totalFen\n    paidFen\n    outstandingFen\n    checkCode\n    voidReason\n    lines {\n      id\n      source\n      description\n      periodFrom\n      periodTo\n      quantity\n      unit\n      unitPrice\n      amountFen\n      evidence\n    }\n    ledger {\n      id\n      intentId\n      kind\n      amountFen\n      provider\n      providerRef\n      bookedAt\n      receiptNo\n    }\n  }\n}"): (typeof documents)["query BillDetail($id: ID!) {\n  bill(id: $id) {\n    id\n    number\n    period\n    kind\n    status\n    tenantName\n    issuedOn\n    dueOn\n    totalFen\n    paidFen\n    outstandingFen\n    checkCode\n    voidReason\n    lines {\n      id\n      source\n      description\n      periodFrom\n      periodTo\n      quantity\n      unit\n      unitPrice\n      amountFen\n      evidence\n    }\n    ledger {\n      id\n      intentId\n      kind\n      amountFen\n      provider\n      providerRef\n      bookedAt\n      receiptNo\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription BillRunProgress($parkId: ID!) {\n  billRunProgress(parkId: $parkId) {\n    id\n    period\n    status\n    tenantsTotal\n    tenantsDone\n    billsIssued\n    adjustments\n    startedAt\n    finishedAt\n  }\n}"): (typeof documents)["subscription BillRunProgress($parkId: ID!) {\n  billRunProgress(parkId: $parkId) {\n    id\n    period\n    status\n    tenantsTotal\n    tenantsDone\n    billsIssued\n    adjustments\n    startedAt\n    finishedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Bills($filter: BillFilter, $first: Int, $after: String) {\n  bills(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      number\n      period\n      kind\n      status\n      tenantName\n      issuedOn\n      dueOn\n      totalFen\n      paidFen\n      outstandingFen\n    }\n  }\n}"): (typeof documents)["query Bills($filter: BillFilter, $first: Int, $after: String) {\n  bills(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      number\n      period\n      kind\n      status\n      tenantName\n      issuedOn\n      dueOn\n      totalFen\n      paidFen\n      outstandingFen\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ParkBillChanged($parkId: ID!) {\n  parkBillChanged(parkId: $parkId) {\n    id\n    status\n    paidFen\n    outstandingFen\n  }\n}"): (typeof documents)["subscription ParkBillChanged($parkId: ID!) {\n  parkBillChanged(parkId: $parkId) {\n    id\n    status\n    paidFen\n    outstandingFen\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartBillRun($input: StartBillRunInput!) {\n  startBillRun(input: $input) {\n    id\n    period\n    status\n    tenantsTotal\n    tenantsDone\n  }\n}"): (typeof documents)["mutation StartBillRun($input: StartBillRunInput!) {\n  startBillRun(input: $input) {\n    id\n    period\n    status\n    tenantsTotal\n    tenantsDone\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VoidBill($id: ID!, $input: VoidBillInput!) {\n  voidBill(id: $id, input: $input) {\n    id\n    status\n  }\n}"): (typeof documents)["mutation VoidBill($id: ID!, $input: VoidBillInput!) {\n  voidBill(id: $id, input: $input) {\n    id\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddBillCharge($input: AddBillChargeInput!) {\n  addBillCharge(input: $input) {\n    id\n    tenantName\n    amountFen\n  }\n}"): (typeof documents)["mutation AddBillCharge($input: AddBillChargeInput!) {\n  addBillCharge(input: $input) {\n    id\n    tenantName\n    amountFen\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BillCharges($filter: BillChargeFilter, $first: Int, $after: String) {\n  billCharges(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      tenantId\n      tenantName\n      standardId\n      standard {\n        code\n        name\n        item\n      }\n      chargedOn\n      quantity\n      unitPrice\n      amountFen\n      description\n      createdAt\n      cancelledAt\n      cancelReason\n      billNumbers\n    }\n  }\n}"): (typeof documents)["query BillCharges($filter: BillChargeFilter, $first: Int, $after: String) {\n  billCharges(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      tenantId\n      tenantName\n      standardId\n      standard {\n        code\n        name\n        item\n      }\n      chargedOn\n      quantity\n      unitPrice\n      amountFen\n      description\n      createdAt\n      cancelledAt\n      cancelReason\n      billNumbers\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelBillCharge($id: ID!, $input: CancelBillChargeInput!) {\n  cancelBillCharge(id: $id, input: $input) {\n    id\n    cancelledAt\n    cancelReason\n    billNumbers\n  }\n}"): (typeof documents)["mutation CancelBillCharge($id: ID!, $input: CancelBillChargeInput!) {\n  cancelBillCharge(id: $id, input: $input) {\n    id\n    cancelledAt\n    cancelReason\n    billNumbers\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExportList($input: ExportListInput!) {\n  exportList(input: $input) {\n    url\n    rowCount\n    expiresAt\n  }\n}"): (typeof documents)["mutation ExportList($input: ExportListInput!) {\n  exportList(input: $input) {\n    url\n    rowCount\n    expiresAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcknowledgeEnergyAlert($id: ID!) {\n  acknowledgeEnergyAlert(id: $id) {\n    id\n    status\n    acknowledgedAt\n  }\n}"): (typeof documents)["mutation AcknowledgeEnergyAlert($id: ID!) {\n  acknowledgeEnergyAlert(id: $id) {\n    id\n    status\n    acknowledgedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AlertMeterOptions($parkId: ID!, $search: String) {\n  meters(parkId: $parkId, search: $search, first: 50) {\n    nodes {\n      id\n      code\n      name\n      kind\n      terms {\n        meterId\n      }\n    }\n  }\n}"): (typeof documents)["query AlertMeterOptions($parkId: ID!, $search: String) {\n  meters(parkId: $parkId, search: $search, first: 50) {\n    nodes {\n      id\n      code\n      name\n      kind\n      terms {\n        meterId\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseEnergyAlert($id: ID!) {\n  closeEnergyAlert(id: $id) {\n    id\n    status\n    closedAt\n  }\n}"): (typeof documents)["mutation CloseEnergyAlert($id: ID!) {\n  closeEnergyAlert(id: $id) {\n    id\n    status\n    closedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateEnergyAlertRule($input: CreateEnergyAlertRuleInput!) {\n  createEnergyAlertRule(input: $input) {\n    id\n    name\n  }\n}"): (typeof documents)["mutation CreateEnergyAlertRule($input: CreateEnergyAlertRuleInput!) {\n  createEnergyAlertRule(input: $input) {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription EnergyAlertChanged($parkId: ID!) {\n  energyAlertChanged(parkId: $parkId) {\n    action\n    alert {\n      id\n      status\n      meterCode\n    }\n  }\n}"): (typeof documents)["subscription EnergyAlertChanged($parkId: ID!) {\n  energyAlertChanged(parkId: $parkId) {\n    action\n    alert {\n      id\n      status\n      meterCode\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EnergyAlertRules($parkId: ID!) {\n  energyAlertRules(parkId: $parkId) {\n    id\n    name\n    kind\n    meterId\n    meterCode\n    meterName\n    meterKind\n    meterLevel\n    grain\n    threshold\n    factor\n    weeks\n    nightStart\n    nightEnd\n    weekends\n    holidays\n    intervals\n    openWorkOrder\n    workOrderCategory\n    workOrderPriority\n    enabled\n  }\n}"): (typeof documents)["query EnergyAlertRules($parkId: ID!) {\n  energyAlertRules(parkId: $parkId) {\n    id\n    name\n    kind\n    meterId\n    meterCode\n    meterName\n    meterKind\n    meterLevel\n    grain\n    threshold\n    factor\n    weeks\n    nightStart\n    nightEnd\n    weekends\n    holidays\n    intervals\n    openWorkOrder\n    workOrderCategory\n    workOrderPriority\n    enabled\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EnergyAlerts($filter: EnergyAlertFilter, $first: Int, $after: String) {\n  energyAlerts(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      kind\n      status\n      ruleName\n      meterId\n      meterCode\n      meterName\n      meterKind\n      unit\n      openedAt\n      observedAt\n      value\n      peakValue\n      limitValue\n      acknowledgedAt\n      clearedAt\n      closedAt\n      workOrderId\n      workOrderNumber\n    }\n  }\n}"): (typeof documents)["query EnergyAlerts($filter: EnergyAlertFilter, $first: Int, $after: String) {\n  energyAlerts(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      kind\n      status\n      ruleName\n      meterId\n      meterCode\n      meterName\n      meterKind\n      unit\n      openedAt\n      observedAt\n      value\n      peakValue\n      limitValue\n      acknowledgedAt\n      clearedAt\n      closedAt\n      workOrderId\n      workOrderNumber\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EvaluateEnergyAlerts($parkId: ID!) {\n  evaluateEnergyAlerts(parkId: $parkId) {\n    opened\n    cleared\n  }\n}"): (typeof documents)["mutation EvaluateEnergyAlerts($parkId: ID!) {\n  evaluateEnergyAlerts(parkId: $parkId) {\n    opened\n    cleared\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetEnergyAlertRuleEnabled($id: ID!, $enabled: Boolean!) {\n  setEnergyAlertRuleEnabled(id: $id, enabled: $enabled) {\n    id\n    enabled\n  }\n}"): (typeof documents)["mutation SetEnergyAlertRuleEnabled($id: ID!, $enabled: Boolean!) {\n  setEnergyAlertRuleEnabled(id: $id, enabled: $enabled) {\n    id\n    enabled\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateEnergyAlertRule($id: ID!, $input: EnergyAlertRuleSettingsInput!) {\n  updateEnergyAlertRule(id: $id, input: $input) {\n    id\n    name\n  }\n}"): (typeof documents)["mutation UpdateEnergyAlertRule($id: ID!, $input: EnergyAlertRuleSettingsInput!) {\n  updateEnergyAlertRule(id: $id, input: $input) {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateEnergyTariff($input: CreateTariffInput!) {\n  createEnergyTariff(input: $input) {\n    id\n    effectiveFrom\n  }\n}"): (typeof documents)["mutation CreateEnergyTariff($input: CreateTariffInput!) {\n  createEnergyTariff(input: $input) {\n    id\n    effectiveFrom\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EmissionFactors($parkId: ID!) {\n  emissionFactors(parkId: $parkId) {\n    id\n    kind\n    effectiveFrom\n    kgPerUnit\n    source\n  }\n}\n\nmutation CreateEmissionFactor($input: CreateEmissionFactorInput!) {\n  createEmissionFactor(input: $input) {\n    id\n  }\n}"): (typeof documents)["query EmissionFactors($parkId: ID!) {\n  emissionFactors(parkId: $parkId) {\n    id\n    kind\n    effectiveFrom\n    kgPerUnit\n    source\n  }\n}\n\nmutation CreateEmissionFactor($input: CreateEmissionFactorInput!) {\n  createEmissionFactor(input: $input) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EnergyFlow($parkId: ID!, $kind: MeterKind!, $from: String!, $to: String!, $withTenants: Boolean!) {\n  energyFlow(\n    parkId: $parkId\n    kind: $kind\n    from: $from\n    to: $to\n    withTenants: $withTenants\n  ) {\n    unit\n    nodes {\n      id\n      name\n      level\n      value\n      loss\n    }\n    links {\n      source\n      target\n      value\n    }\n  }\n}"): (typeof documents)["query EnergyFlow($parkId: ID!, $kind: MeterKind!, $from: String!, $to: String!, $withTenants: Boolean!) {\n  energyFlow(\n    parkId: $parkId\n    kind: $kind\n    from: $from\n    to: $to\n    withTenants: $withTenants\n  ) {\n    unit\n    nodes {\n      id\n      name\n      level\n      value\n      loss\n    }\n    links {\n      source\n      target\n      value\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EnergyOverview($input: EnergyScopeInput!) {\n  energyOverview(input: $input) {\n    kind\n    unit\n    today\n    hours {\n      hour\n      today\n      baseline\n    }\n    buildings {\n      buildingId\n      name\n      amount\n      area\n      intensity\n    }\n    months {\n      month\n      amount\n      lastYear\n      mom\n      yoy\n      carbonKg\n      partial\n    }\n    comparison {\n      current\n      previous\n      lastYear\n      mom\n      yoy\n      previousFrom\n      previousTo\n      area\n      intensity\n      carbonKg\n    }\n    cost {\n      totalFen\n      unpriced\n      bands {\n        kind\n        band\n        amount\n        costFen\n        share\n      }\n    }\n  }\n}"): (typeof documents)["query EnergyOverview($input: EnergyScopeInput!) {\n  energyOverview(input: $input) {\n    kind\n    unit\n    today\n    hours {\n      hour\n      today\n      baseline\n    }\n    buildings {\n      buildingId\n      name\n      amount\n      area\n      intensity\n    }\n    months {\n      month\n      amount\n      lastYear\n      mom\n      yoy\n      carbonKg\n      partial\n    }\n    comparison {\n      current\n      previous\n      lastYear\n      mom\n      yoy\n      previousFrom\n      previousTo\n      area\n      intensity\n      carbonKg\n    }\n    cost {\n      totalFen\n      unpriced\n      bands {\n        kind\n        band\n        amount\n        costFen\n        share\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EnergyTariffs($parkId: ID!, $kind: MeterKind) {\n  energyTariffs(parkId: $parkId, kind: $kind) {\n    id\n    kind\n    unit\n    effectiveFrom\n    effectiveTo\n    name\n    periods {\n      band\n      startHour\n      endHour\n      price\n    }\n  }\n}"): (typeof documents)["query EnergyTariffs($parkId: ID!, $kind: MeterKind) {\n  energyTariffs(parkId: $parkId, kind: $kind) {\n    id\n    kind\n    unit\n    effectiveFrom\n    effectiveTo\n    name\n    periods {\n      band\n      startHour\n      endHour\n      price\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateMeterReadingPhotoUpload($input: MeterReadingPhotoUploadInput!) {\n  createMeterReadingPhotoUpload(input: $input) {\n    attachmentId\n    uploadUrl\n  }\n}"): (typeof documents)["mutation CreateMeterReadingPhotoUpload($input: MeterReadingPhotoUploadInput!) {\n  createMeterReadingPhotoUpload(input: $input) {\n    attachmentId\n    uploadUrl\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateMeter($input: CreateMeterInput!) {\n  createMeter(input: $input) {\n    ...MeterFields\n  }\n}"): (typeof documents)["mutation CreateMeter($input: CreateMeterInput!) {\n  createMeter(input: $input) {\n    ...MeterFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EnergyCompanies($parkId: ID!) {\n  tenantCompanies(filter: {parkId: $parkId}, first: 100) {\n    nodes {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["query EnergyCompanies($parkId: ID!) {\n  tenantCompanies(filter: {parkId: $parkId}, first: 100) {\n    nodes {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EnergyMeter($id: ID!) {\n  meter(id: $id) {\n    ...MeterFields\n  }\n}"): (typeof documents)["query EnergyMeter($id: ID!) {\n  meter(id: $id) {\n    ...MeterFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EnergyMeters($parkId: ID!, $kind: MeterKind, $level: MeterLevel, $buildingId: ID, $tenantId: ID, $search: String, $first: Int, $after: String) {\n  meters(\n    parkId: $parkId\n    kind: $kind\n    level: $level\n    buildingId: $buildingId\n    tenantId: $tenantId\n    search: $search\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...MeterFields\n    }\n  }\n}"): (typeof documents)["query EnergyMeters($parkId: ID!, $kind: MeterKind, $level: MeterLevel, $buildingId: ID, $tenantId: ID, $search: String, $first: Int, $after: String) {\n  meters(\n    parkId: $parkId\n    kind: $kind\n    level: $level\n    buildingId: $buildingId\n    tenantId: $tenantId\n    search: $search\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...MeterFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment IotDeviceFields on IotDevice {\n  id\n  code\n  name\n  kind\n  status\n  location\n  lastSeenAt\n  secretIssuedAt\n  createdAt\n  topics {\n    telemetry\n    command\n  }\n  rejections {\n    reason\n    count\n    lastAt\n  }\n}"): (typeof documents)["fragment IotDeviceFields on IotDevice {\n  id\n  code\n  name\n  kind\n  status\n  location\n  lastSeenAt\n  secretIssuedAt\n  createdAt\n  topics {\n    telemetry\n    command\n  }\n  rejections {\n    reason\n    count\n    lastAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IotDevices($parkId: ID!, $kind: DeviceKind) {\n  iotDevices(parkId: $parkId, kind: $kind) {\n    ...IotDeviceFields\n  }\n  iotRejections(parkId: $parkId) {\n    deviceCode\n    deviceId\n    reason\n    count\n    lastAt\n  }\n}"): (typeof documents)["query IotDevices($parkId: ID!, $kind: DeviceKind) {\n  iotDevices(parkId: $parkId, kind: $kind) {\n    ...IotDeviceFields\n  }\n  iotRejections(parkId: $parkId) {\n    deviceCode\n    deviceId\n    reason\n    count\n    lastAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeterConsumption($input: ConsumptionQueryInput!) {\n  energyConsumption(input: $input) {\n    key\n    label\n    unit\n    total\n    estimated\n    points {\n      at\n      amount\n      estimated\n    }\n  }\n}"): (typeof documents)["query MeterConsumption($input: ConsumptionQueryInput!) {\n  energyConsumption(input: $input) {\n    key\n    label\n    unit\n    total\n    estimated\n    points {\n      at\n      amount\n      estimated\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MeterFields on Meter {\n  id\n  code\n  name\n  kind\n  level\n  unit\n  active\n  virtual\n  parentId\n  tenantId\n  buildingId\n  floorId\n  unitId\n  deviceId\n  deviceRegister\n  multiplier\n  registerDigits\n  spikeLimit\n  intervalMinutes\n  baselineValue\n  lastReadingAt\n  terms {\n    meterId\n    sign\n  }\n}"): (typeof documents)["fragment MeterFields on Meter {\n  id\n  code\n  name\n  kind\n  level\n  unit\n  active\n  virtual\n  parentId\n  tenantId\n  buildingId\n  floorId\n  unitId\n  deviceId\n  deviceRegister\n  multiplier\n  registerDigits\n  spikeLimit\n  intervalMinutes\n  baselineValue\n  lastReadingAt\n  terms {\n    meterId\n    sign\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeterOptions($parkId: ID!, $kind: MeterKind, $search: String) {\n  meters(parkId: $parkId, kind: $kind, search: $search, first: 30) {\n    nodes {\n      id\n      code\n      name\n      level\n      virtual\n    }\n  }\n}"): (typeof documents)["query MeterOptions($parkId: ID!, $kind: MeterKind, $search: String) {\n  meters(parkId: $parkId, kind: $kind, search: $search, first: 30) {\n    nodes {\n      id\n      code\n      name\n      level\n      virtual\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeterReadings($meterId: ID!, $from: DateTimeISO!, $to: DateTimeISO!, $limit: Int!) {\n  meterReadings(meterId: $meterId, from: $from, to: $to, limit: $limit) {\n    at\n    value\n    consumption\n    flag\n    estimated\n    source\n    photo {\n      id\n      fileName\n      url\n    }\n  }\n}"): (typeof documents)["query MeterReadings($meterId: ID!, $from: DateTimeISO!, $to: DateTimeISO!, $limit: Int!) {\n  meterReadings(meterId: $meterId, from: $from, to: $to, limit: $limit) {\n    at\n    value\n    consumption\n    flag\n    estimated\n    source\n    photo {\n      id\n      fileName\n      url\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordMeterReading($input: ManualReadingInput!) {\n  recordMeterReading(input: $input) {\n    stored\n    flag\n  }\n}"): (typeof documents)["mutation RecordMeterReading($input: ManualReadingInput!) {\n  recordMeterReading(input: $input) {\n    stored\n    flag\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegisterIotDevice($input: RegisterIotDeviceInput!) {\n  registerIotDevice(input: $input) {\n    username\n    secret\n    device {\n      ...IotDeviceFields\n    }\n  }\n}"): (typeof documents)["mutation RegisterIotDevice($input: RegisterIotDeviceInput!) {\n  registerIotDevice(input: $input) {\n    username\n    secret\n    device {\n      ...IotDeviceFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RotateIotDeviceSecret($id: ID!) {\n  rotateIotDeviceSecret(id: $id) {\n    username\n    secret\n    device {\n      ...IotDeviceFields\n    }\n  }\n}"): (typeof documents)["mutation RotateIotDeviceSecret($id: ID!) {\n  rotateIotDeviceSecret(id: $id) {\n    username\n    secret\n    device {\n      ...IotDeviceFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateIotDevice($id: ID!, $input: UpdateIotDeviceInput!) {\n  updateIotDevice(id: $id, input: $input) {\n    ...IotDeviceFields\n  }\n}"): (typeof documents)["mutation UpdateIotDevice($id: ID!, $input: UpdateIotDeviceInput!) {\n  updateIotDevice(id: $id, input: $input) {\n    ...IotDeviceFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateMeter($id: ID!, $input: UpdateMeterInput!) {\n  updateMeter(id: $id, input: $input) {\n    ...MeterFields\n  }\n}"): (typeof documents)["mutation UpdateMeter($id: ID!, $input: UpdateMeterInput!) {\n  updateMeter(id: $id, input: $input) {\n    ...MeterFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeEquipmentStatus($id: ID!, $status: EquipmentStatus!, $note: String) {\n  changeEquipmentStatus(id: $id, status: $status, note: $note) {\n    id\n    status\n  }\n}"): (typeof documents)["mutation ChangeEquipmentStatus($id: ID!, $status: EquipmentStatus!, $note: String) {\n  changeEquipmentStatus(id: $id, status: $status, note: $note) {\n    id\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateEquipment($input: CreateEquipmentInput!) {\n  createEquipment(input: $input) {\n    id\n    code\n  }\n}"): (typeof documents)["mutation CreateEquipment($input: CreateEquipmentInput!) {\n  createEquipment(input: $input) {\n    id\n    code\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EquipmentDetail($id: ID!) {\n  equipment(id: $id) {\n    id\n    code\n    publicToken\n    name\n    category\n    status\n    manufacturer\n    model\n    serialNumber\n    installDate\n    warrantyEnd\n    inWarranty\n    locationNote\n    parameters\n    park {\n      id\n      name\n      timeZone\n    }\n    building {\n      id\n      name\n    }\n    floor {\n      id\n      name\n    }\n    unit {\n      id\n      code\n    }\n    history(first: 50) {\n      nodes {\n        id\n        kind\n        occurredAt\n        note\n      }\n    }\n  }\n}"): (typeof documents)["query EquipmentDetail($id: ID!) {\n  equipment(id: $id) {\n    id\n    code\n    publicToken\n    name\n    category\n    status\n    manufacturer\n    model\n    serialNumber\n    installDate\n    warrantyEnd\n    inWarranty\n    locationNote\n    parameters\n    park {\n      id\n      name\n      timeZone\n    }\n    building {\n      id\n      name\n    }\n    floor {\n      id\n      name\n    }\n    unit {\n      id\n      code\n    }\n    history(first: 50) {\n      nodes {\n        id\n        kind\n        occurredAt\n        note\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EquipmentForm($id: ID!) {\n  equipment(id: $id) {\n    id\n    code\n    name\n    category\n    status\n    manufacturer\n    model\n    serialNumber\n    installDate\n    warrantyEnd\n    locationNote\n    building {\n      id\n    }\n    floor {\n      id\n    }\n    unit {\n      id\n    }\n  }\n}"): (typeof documents)["query EquipmentForm($id: ID!) {\n  equipment(id: $id) {\n    id\n    code\n    name\n    category\n    status\n    manufacturer\n    model\n    serialNumber\n    installDate\n    warrantyEnd\n    locationNote\n    building {\n      id\n    }\n    floor {\n      id\n    }\n    unit {\n      id\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EquipmentLabels($ids: [ID!]!) {\n  equipmentLedger(filter: {ids: $ids}, first: 100) {\n    nodes {\n      id\n      code\n      name\n      publicToken\n      park {\n        id\n        name\n      }\n      building {\n        id\n        name\n      }\n      floor {\n        id\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query EquipmentLabels($ids: [ID!]!) {\n  equipmentLedger(filter: {ids: $ids}, first: 100) {\n    nodes {\n      id\n      code\n      name\n      publicToken\n      park {\n        id\n        name\n      }\n      building {\n        id\n        name\n      }\n      floor {\n        id\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EquipmentLedger($filter: EquipmentFilter, $first: Int, $after: String) {\n  equipmentLedger(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      code\n      name\n      category\n      status\n      inWarranty\n      warrantyEnd\n      building {\n        id\n        name\n      }\n      floor {\n        id\n        name\n      }\n      unit {\n        id\n        code\n      }\n      locationNote\n    }\n  }\n}"): (typeof documents)["query EquipmentLedger($filter: EquipmentFilter, $first: Int, $after: String) {\n  equipmentLedger(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      code\n      name\n      category\n      status\n      inWarranty\n      warrantyEnd\n      building {\n        id\n        name\n      }\n      floor {\n        id\n        name\n      }\n      unit {\n        id\n        code\n      }\n      locationNote\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateEquipment($id: ID!, $input: UpdateEquipmentInput!) {\n  updateEquipment(id: $id, input: $input) {\n    id\n    name\n    locationNote\n  }\n}"): (typeof documents)["mutation UpdateEquipment($id: ID!, $input: UpdateEquipmentInput!) {\n  updateEquipment(id: $id, input: $input) {\n    id\n    name\n    locationNote\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddFeeRate($input: AddFeeRateInput!) {\n  addFeeRate(input: $input) {\n    id\n    currentPrice\n    rates {\n      id\n      effectiveFrom\n      price\n    }\n  }\n}"): (typeof documents)["mutation AddFeeRate($input: AddFeeRateInput!) {\n  addFeeRate(input: $input) {\n    id\n    currentPrice\n    rates {\n      id\n      effectiveFrom\n      price\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateFeeStandard($input: CreateFeeStandardInput!) {\n  createFeeStandard(input: $input) {\n    id\n    code\n  }\n}"): (typeof documents)["mutation CreateFeeStandard($input: CreateFeeStandardInput!) {\n  createFeeStandard(input: $input) {\n    id\n    code\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FeeStandards($parkId: ID!, $item: FeeItem) {\n  feeStandards(parkId: $parkId, item: $item) {\n    id\n    code\n    name\n    item\n    basis\n    meterKind\n    rounding\n    description\n    active\n    currentPrice\n    rates {\n      id\n      effectiveFrom\n      price\n      createdAt\n    }\n  }\n}"): (typeof documents)["query FeeStandards($parkId: ID!, $item: FeeItem) {\n  feeStandards(parkId: $parkId, item: $item) {\n    id\n    code\n    name\n    item\n    basis\n    meterKind\n    rounding\n    description\n    active\n    currentPrice\n    rates {\n      id\n      effectiveFrom\n      price\n      createdAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateFeeStandard($id: ID!, $input: UpdateFeeStandardInput!) {\n  updateFeeStandard(id: $id, input: $input) {\n    id\n    active\n  }\n}"): (typeof documents)["mutation UpdateFeeStandard($id: ID!, $input: UpdateFeeStandardInput!) {\n  updateFeeStandard(id: $id, input: $input) {\n    id\n    active\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WithdrawFeeRate($id: ID!) {\n  withdrawFeeRate(id: $id) {\n    id\n    rates {\n      id\n    }\n  }\n}"): (typeof documents)["mutation WithdrawFeeRate($id: ID!) {\n  withdrawFeeRate(id: $id) {\n    id\n    rates {\n      id\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateInvoiceFileUpload($input: CreateInvoiceFileUploadInput!) {\n  createInvoiceFileUpload(input: $input) {\n    attachmentId\n    uploadUrl\n    expiresAt\n  }\n}"): (typeof documents)["mutation CreateInvoiceFileUpload($input: CreateInvoiceFileUploadInput!) {\n  createInvoiceFileUpload(input: $input) {\n    attachmentId\n    uploadUrl\n    expiresAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoiceRequestDetail($id: ID!) {\n  invoiceRequest(id: $id) {\n    ...InvoiceRequestFields\n  }\n}"): (typeof documents)["query InvoiceRequestDetail($id: ID!) {\n  invoiceRequest(id: $id) {\n    ...InvoiceRequestFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment InvoiceRequestFields on InvoiceRequest {\n  id\n  parkId\n  billId\n  billNumber\n  billPeriod\n  tenantId\n  tenantName\n  kind\n  status\n  amountFen\n  title\n  taxNumber\n  address\n  phone\n  bankName\n  bankAccount\n  email\n  note\n  requestedBy\n  createdAt\n  invoiceNumber\n  issuedOn\n  handledBy\n  handledAt\n  rejectReason\n  reversalDueFen\n  reversedFen\n  reversalNumber\n  reversedOn\n  file {\n    id\n    fileName\n    url\n    contentType\n    size\n  }\n}"): (typeof documents)["fragment InvoiceRequestFields on InvoiceRequest {\n  id\n  parkId\n  billId\n  billNumber\n  billPeriod\n  tenantId\n  tenantName\n  kind\n  status\n  amountFen\n  title\n  taxNumber\n  address\n  phone\n  bankName\n  bankAccount\n  email\n  note\n  requestedBy\n  createdAt\n  invoiceNumber\n  issuedOn\n  handledBy\n  handledAt\n  rejectReason\n  reversalDueFen\n  reversedFen\n  reversalNumber\n  reversedOn\n  file {\n    id\n    fileName\n    url\n    contentType\n    size\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoiceRequests($filter: InvoiceRequestFilter, $first: Int, $after: String) {\n  invoiceRequests(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      billId\n      billNumber\n      tenantName\n      kind\n      status\n      amountFen\n      title\n      taxNumber\n      createdAt\n      invoiceNumber\n      reversalDueFen\n    }\n  }\n}"): (typeof documents)["query InvoiceRequests($filter: InvoiceRequestFilter, $first: Int, $after: String) {\n  invoiceRequests(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      billId\n      billNumber\n      tenantName\n      kind\n      status\n      amountFen\n      title\n      taxNumber\n      createdAt\n      invoiceNumber\n      reversalDueFen\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IssueInvoice($id: ID!, $input: IssueInvoiceInput!) {\n  issueInvoice(id: $id, input: $input) {\n    ...InvoiceRequestFields\n  }\n}"): (typeof documents)["mutation IssueInvoice($id: ID!, $input: IssueInvoiceInput!) {\n  issueInvoice(id: $id, input: $input) {\n    ...InvoiceRequestFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordInvoiceReversal($id: ID!, $input: RecordInvoiceReversalInput!) {\n  recordInvoiceReversal(id: $id, input: $input) {\n    ...InvoiceRequestFields\n  }\n}"): (typeof documents)["mutation RecordInvoiceReversal($id: ID!, $input: RecordInvoiceReversalInput!) {\n  recordInvoiceReversal(id: $id, input: $input) {\n    ...InvoiceRequestFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RejectInvoiceRequest($id: ID!, $input: RejectInvoiceRequestInput!) {\n  rejectInvoiceRequest(id: $id, input: $input) {\n    ...InvoiceRequestFields\n  }\n}"): (typeof documents)["mutation RejectInvoiceRequest($id: ID!, $input: RejectInvoiceRequestInput!) {\n  rejectInvoiceRequest(id: $id, input: $input) {\n    ...InvoiceRequestFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReversalDueCount($parkId: ID!) {\n  invoiceRequests(first: 1, filter: {parkId: $parkId, reversalDue: true}) {\n    totalCount\n  }\n}"): (typeof documents)["query ReversalDueCount($parkId: ID!) {\n  invoiceRequests(first: 1, filter: {parkId: $parkId, reversalDue: true}) {\n    totalCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WaitingInvoiceCount($parkId: ID!) {\n  invoiceRequests(first: 1, filter: {parkId: $parkId, statuses: [REQUESTED]}) {\n    totalCount\n  }\n}"): (typeof documents)["query WaitingInvoiceCount($parkId: ID!) {\n  invoiceRequests(first: 1, filter: {parkId: $parkId, statuses: [REQUESTED]}) {\n    totalCount\n  }\n}"];
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
export function graphql(source: "mutation CreateLease($input: CreateLeaseInput!) {\n  createLease(input: $input) {\n    id\n    number\n    status\n  }\n}"): (typeof documents)["mutation CreateLease($input: CreateLeaseInput!) {\n  createLease(input: $input) {\n    id\n    number\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteLease($id: ID!) {\n  deleteLease(id: $id) {\n    id\n  }\n}"): (typeof documents)["mutation DeleteLease($id: ID!) {\n  deleteLease(id: $id) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LeaseDetail($id: ID!) {\n  lease(id: $id) {\n    id\n    number\n    status\n    tenantId\n    tenantName\n    startOn\n    endOn\n    paymentCycle\n    rentPrice\n    rentRounding\n    escalation\n    escalationPercent\n    rentSteps {\n      from\n      price\n    }\n    freePeriods {\n      from\n      to\n    }\n    propertyFeeStandardId\n    depositFen\n    lateFeePermille\n    dueDays\n    notes\n    signedAt\n    terminatedOn\n    terminationReason\n    renewalOfId\n    area\n    units {\n      unitId\n      unitCode\n      area\n    }\n    schedule {\n      from\n      to\n      totalFen\n      lines {\n        kind\n        from\n        to\n        days\n        monthDays\n        freeDays\n        price\n        amountFen\n      }\n    }\n  }\n}"): (typeof documents)["query LeaseDetail($id: ID!) {\n  lease(id: $id) {\n    id\n    number\n    status\n    tenantId\n    tenantName\n    startOn\n    endOn\n    paymentCycle\n    rentPrice\n    rentRounding\n    escalation\n    escalationPercent\n    rentSteps {\n      from\n      price\n    }\n    freePeriods {\n      from\n      to\n    }\n    propertyFeeStandardId\n    depositFen\n    lateFeePermille\n    dueDays\n    notes\n    signedAt\n    terminatedOn\n    terminationReason\n    renewalOfId\n    area\n    units {\n      unitId\n      unitCode\n      area\n    }\n    schedule {\n      from\n      to\n      totalFen\n      lines {\n        kind\n        from\n        to\n        days\n        monthDays\n        freeDays\n        price\n        amountFen\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LeaseTenantOptions($parkId: ID!, $search: String) {\n  tenantCompanies(\n    filter: {parkId: $parkId, statuses: [ACTIVE, ONBOARDING], search: $search}\n    first: 50\n  ) {\n    nodes {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["query LeaseTenantOptions($parkId: ID!, $search: String) {\n  tenantCompanies(\n    filter: {parkId: $parkId, statuses: [ACTIVE, ONBOARDING], search: $search}\n    first: 50\n  ) {\n    nodes {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LeaseUnitOptions($parkId: ID!, $search: String) {\n  units(\n    filter: {parkId: $parkId, statuses: [VACANT, RESERVED], search: $search}\n    first: 30\n  ) {\n    nodes {\n      id\n      code\n      type\n      grossArea\n      building {\n        id\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query LeaseUnitOptions($parkId: ID!, $search: String) {\n  units(\n    filter: {parkId: $parkId, statuses: [VACANT, RESERVED], search: $search}\n    first: 30\n  ) {\n    nodes {\n      id\n      code\n      type\n      grossArea\n      building {\n        id\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Leases($filter: LeaseFilter, $first: Int, $after: String) {\n  leases(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      number\n      status\n      tenantId\n      tenantName\n      startOn\n      endOn\n      paymentCycle\n      rentPrice\n      area\n      units {\n        unitCode\n      }\n    }\n  }\n}"): (typeof documents)["query Leases($filter: LeaseFilter, $first: Int, $after: String) {\n  leases(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      number\n      status\n      tenantId\n      tenantName\n      startOn\n      endOn\n      paymentCycle\n      rentPrice\n      area\n      units {\n        unitCode\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RenewLease($id: ID!, $input: RenewLeaseInput!) {\n  renewLease(id: $id, input: $input) {\n    id\n    number\n    status\n  }\n}"): (typeof documents)["mutation RenewLease($id: ID!, $input: RenewLeaseInput!) {\n  renewLease(id: $id, input: $input) {\n    id\n    number\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignLease($id: ID!) {\n  signLease(id: $id) {\n    id\n    status\n  }\n}"): (typeof documents)["mutation SignLease($id: ID!) {\n  signLease(id: $id) {\n    id\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TerminateLease($id: ID!, $input: TerminateLeaseInput!) {\n  terminateLease(id: $id, input: $input) {\n    id\n    status\n    endOn\n    terminatedOn\n  }\n}"): (typeof documents)["mutation TerminateLease($id: ID!, $input: TerminateLeaseInput!) {\n  terminateLease(id: $id, input: $input) {\n    id\n    status\n    endOn\n    terminatedOn\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateMaintenancePlan($input: CreateMaintenancePlanInput!) {\n  createMaintenancePlan(input: $input) {\n    ...MaintenancePlanFields\n  }\n}"): (typeof documents)["mutation CreateMaintenancePlan($input: CreateMaintenancePlanInput!) {\n  createMaintenancePlan(input: $input) {\n    ...MaintenancePlanFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EquipmentOptions($parkId: ID!, $search: String) {\n  equipmentLedger(first: 20, filter: {parkId: $parkId, search: $search}) {\n    nodes {\n      id\n      code\n      name\n      category\n    }\n  }\n}"): (typeof documents)["query EquipmentOptions($parkId: ID!, $search: String) {\n  equipmentLedger(first: 20, filter: {parkId: $parkId, search: $search}) {\n    nodes {\n      id\n      code\n      name\n      category\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MaintenanceCompliance($parkId: ID!, $from: String!, $to: String!) {\n  maintenanceCompliance(parkId: $parkId, from: $from, to: $to) {\n    onTime\n    late\n    missed\n    due\n    upcoming\n    onTimeRate\n    items {\n      planId\n      planName\n      dueOn\n      status\n      statutory\n      workOrderId\n      workOrderNumber\n      workOrderState\n    }\n  }\n}"): (typeof documents)["query MaintenanceCompliance($parkId: ID!, $from: String!, $to: String!) {\n  maintenanceCompliance(parkId: $parkId, from: $from, to: $to) {\n    onTime\n    late\n    missed\n    due\n    upcoming\n    onTimeRate\n    items {\n      planId\n      planName\n      dueOn\n      status\n      statutory\n      workOrderId\n      workOrderNumber\n      workOrderState\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MaintenancePlanAssignees($parkId: ID!) {\n  maintenancePlanAssignees(parkId: $parkId) {\n    id\n    displayName\n  }\n}"): (typeof documents)["query MaintenancePlanAssignees($parkId: ID!) {\n  maintenancePlanAssignees(parkId: $parkId) {\n    id\n    displayName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MaintenancePlanFields on MaintenancePlan {\n  id\n  name\n  active\n  statutory\n  basis\n  equipmentId\n  equipmentCategory\n  workCategory\n  recurrenceUnit\n  recurrenceInterval\n  graceDays\n  nextDueOn\n  checklist\n  assignee {\n    id\n    displayName\n  }\n}"): (typeof documents)["fragment MaintenancePlanFields on MaintenancePlan {\n  id\n  name\n  active\n  statutory\n  basis\n  equipmentId\n  equipmentCategory\n  workCategory\n  recurrenceUnit\n  recurrenceInterval\n  graceDays\n  nextDueOn\n  checklist\n  assignee {\n    id\n    displayName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MaintenancePlans($parkId: ID!) {\n  maintenancePlans(parkId: $parkId) {\n    ...MaintenancePlanFields\n  }\n}"): (typeof documents)["query MaintenancePlans($parkId: ID!) {\n  maintenancePlans(parkId: $parkId) {\n    ...MaintenancePlanFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanEquipment($id: ID!) {\n  equipment(id: $id) {\n    id\n    code\n    name\n  }\n}"): (typeof documents)["query PlanEquipment($id: ID!) {\n  equipment(id: $id) {\n    id\n    code\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetMaintenancePlanActive($id: ID!, $active: Boolean!) {\n  setMaintenancePlanActive(id: $id, active: $active) {\n    ...MaintenancePlanFields\n  }\n}"): (typeof documents)["mutation SetMaintenancePlanActive($id: ID!, $active: Boolean!) {\n  setMaintenancePlanActive(id: $id, active: $active) {\n    ...MaintenancePlanFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateMaintenancePlan($id: ID!, $input: UpdateMaintenancePlanInput!) {\n  updateMaintenancePlan(id: $id, input: $input) {\n    ...MaintenancePlanFields\n  }\n}"): (typeof documents)["mutation UpdateMaintenancePlan($id: ID!, $input: UpdateMaintenancePlanInput!) {\n  updateMaintenancePlan(id: $id, input: $input) {\n    ...MaintenancePlanFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkNotificationsRead($ids: [ID!]) {\n  markNotificationsRead(ids: $ids)\n}"): (typeof documents)["mutation MarkNotificationsRead($ids: [ID!]) {\n  markNotificationsRead(ids: $ids)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment NotificationFields on Notification {\n  id\n  kind\n  title\n  body\n  facts {\n    workOrderNumber\n    workOrderTitle\n    slaKind\n    deadline\n    prefix\n    meterName\n    meterCode\n    alertKind\n    ruleName\n    value\n    limit\n    billNumber\n    companyName\n    invoiceNumber\n    reason\n    reverseFen\n  }\n  createdAt\n  readAt\n  workOrderId\n}"): (typeof documents)["fragment NotificationFields on Notification {\n  id\n  kind\n  title\n  body\n  facts {\n    workOrderNumber\n    workOrderTitle\n    slaKind\n    deadline\n    prefix\n    meterName\n    meterCode\n    alertKind\n    ruleName\n    value\n    limit\n    billNumber\n    companyName\n    invoiceNumber\n    reason\n    reverseFen\n  }\n  createdAt\n  readAt\n  workOrderId\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription NotificationReceived {\n  notificationReceived {\n    ...NotificationFields\n  }\n}"): (typeof documents)["subscription NotificationReceived {\n  notificationReceived {\n    ...NotificationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Notifications {\n  notifications(first: 20) {\n    nodes {\n      ...NotificationFields\n    }\n  }\n}"): (typeof documents)["query Notifications {\n  notifications(first: 20) {\n    nodes {\n      ...NotificationFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnreadNotificationCount {\n  unreadNotificationCount\n}"): (typeof documents)["query UnreadNotificationCount {\n  unreadNotificationCount\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddVehicle($input: AddVehicleInput!) {\n  addVehicle(input: $input) {\n    id\n    plate\n  }\n}"): (typeof documents)["mutation AddVehicle($input: AddVehicleInput!) {\n  addVehicle(input: $input) {\n    id\n    plate\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateParkingLot($input: CreateParkingLotInput!) {\n  createParkingLot(input: $input) {\n    id\n    code\n    name\n  }\n}"): (typeof documents)["mutation CreateParkingLot($input: CreateParkingLotInput!) {\n  createParkingLot(input: $input) {\n    id\n    code\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateParkingRate($input: CreateParkingRateInput!) {\n  createParkingRate(input: $input) {\n    id\n  }\n}"): (typeof documents)["mutation CreateParkingRate($input: CreateParkingRateInput!) {\n  createParkingRate(input: $input) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ParkingChanged($parkId: ID!) {\n  parkingChanged(parkId: $parkId) {\n    event {\n      id\n      lotId\n      direction\n      plate\n      occurredAt\n      decision\n      admitted\n      spaceType\n      feeFen\n    }\n    occupancy {\n      occupied\n    }\n  }\n}"): (typeof documents)["subscription ParkingChanged($parkId: ID!) {\n  parkingChanged(parkId: $parkId) {\n    event {\n      id\n      lotId\n      direction\n      plate\n      occurredAt\n      decision\n      admitted\n      spaceType\n      feeFen\n    }\n    occupancy {\n      occupied\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ParkingCharges($parkId: ID!, $filter: ParkingChargeFilter!, $after: String) {\n  parkingCharges(filter: $filter, first: 20, after: $after) {\n    totalCount\n    totalAmountFen\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      lotId\n      plate\n      amountFen\n      chargedHours\n      status\n      enteredAt\n      exitedAt\n    }\n  }\n  parkingLots(parkId: $parkId) {\n    id\n    code\n    name\n  }\n}"): (typeof documents)["query ParkingCharges($parkId: ID!, $filter: ParkingChargeFilter!, $after: String) {\n  parkingCharges(filter: $filter, first: 20, after: $after) {\n    totalCount\n    totalAmountFen\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      lotId\n      plate\n      amountFen\n      chargedHours\n      status\n      enteredAt\n      exitedAt\n    }\n  }\n  parkingLots(parkId: $parkId) {\n    id\n    code\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ParkingEvents($parkId: ID!, $filter: ParkingEventFilter!, $after: String) {\n  parkingLots(parkId: $parkId) {\n    id\n    name\n  }\n  parkingEvents(filter: $filter, first: 20, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      lotId\n      direction\n      plate\n      occurredAt\n      decision\n      admitted\n      spaceType\n      source\n      feeFen\n    }\n  }\n}"): (typeof documents)["query ParkingEvents($parkId: ID!, $filter: ParkingEventFilter!, $after: String) {\n  parkingLots(parkId: $parkId) {\n    id\n    name\n  }\n  parkingEvents(filter: $filter, first: 20, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      lotId\n      direction\n      plate\n      occurredAt\n      decision\n      admitted\n      spaceType\n      source\n      feeFen\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ParkingLots($parkId: ID!) {\n  parkingLots(parkId: $parkId) {\n    id\n    code\n    name\n    buildingId\n    regularSpaces\n    evSpaces\n    reservedSpaces\n    accessibleSpaces\n    active\n  }\n}"): (typeof documents)["query ParkingLots($parkId: ID!) {\n  parkingLots(parkId: $parkId) {\n    id\n    code\n    name\n    buildingId\n    regularSpaces\n    evSpaces\n    reservedSpaces\n    accessibleSpaces\n    active\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ParkingOccupancy($parkId: ID!, $from: String!, $to: String!) {\n  parkingOccupancy(parkId: $parkId) {\n    capacity\n    occupied\n    byType {\n      spaceType\n      capacity\n      occupied\n      free\n    }\n    lots {\n      capacity\n      occupied\n      lot {\n        id\n        code\n        name\n      }\n      byType {\n        spaceType\n        capacity\n        occupied\n        free\n      }\n    }\n  }\n  parkingFlow(parkId: $parkId, from: $from, to: $to, granularity: HOUR) {\n    bucket\n    entries\n    exits\n    denied\n  }\n}"): (typeof documents)["query ParkingOccupancy($parkId: ID!, $from: String!, $to: String!) {\n  parkingOccupancy(parkId: $parkId) {\n    capacity\n    occupied\n    byType {\n      spaceType\n      capacity\n      occupied\n      free\n    }\n    lots {\n      capacity\n      occupied\n      lot {\n        id\n        code\n        name\n      }\n      byType {\n        spaceType\n        capacity\n        occupied\n        free\n      }\n    }\n  }\n  parkingFlow(parkId: $parkId, from: $from, to: $to, granularity: HOUR) {\n    bucket\n    entries\n    exits\n    denied\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ParkingRates($parkId: ID!) {\n  parkingRates(parkId: $parkId) {\n    id\n    effectiveFrom\n    freeMinutes\n    perHourFen\n    dailyCapFen\n  }\n}"): (typeof documents)["query ParkingRates($parkId: ID!) {\n  parkingRates(parkId: $parkId) {\n    id\n    effectiveFrom\n    freeMinutes\n    perHourFen\n    dailyCapFen\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveVehicle($id: ID!) {\n  removeVehicle(id: $id) {\n    id\n  }\n}"): (typeof documents)["mutation RemoveVehicle($id: ID!) {\n  removeVehicle(id: $id) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateParkingLot($id: ID!, $input: UpdateParkingLotInput!) {\n  updateParkingLot(id: $id, input: $input) {\n    id\n    name\n    regularSpaces\n    evSpaces\n    reservedSpaces\n    accessibleSpaces\n    active\n  }\n}"): (typeof documents)["mutation UpdateParkingLot($id: ID!, $input: UpdateParkingLotInput!) {\n  updateParkingLot(id: $id, input: $input) {\n    id\n    name\n    regularSpaces\n    evSpaces\n    reservedSpaces\n    accessibleSpaces\n    active\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VehicleList($parkId: ID!, $kind: VehicleListKind, $search: String, $after: String) {\n  vehicleList(\n    parkId: $parkId\n    kind: $kind\n    search: $search\n    first: 20\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      tenantId\n      kind\n      plate\n      ownerName\n      spaceType\n      validFrom\n      validUntil\n      note\n    }\n  }\n  tenantCompanies(first: 100, filter: {parkId: $parkId}) {\n    nodes {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["query VehicleList($parkId: ID!, $kind: VehicleListKind, $search: String, $after: String) {\n  vehicleList(\n    parkId: $parkId\n    kind: $kind\n    search: $search\n    first: 20\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      tenantId\n      kind\n      plate\n      ownerName\n      spaceType\n      validFrom\n      validUntil\n      note\n    }\n  }\n  tenantCompanies(first: 100, filter: {parkId: $parkId}) {\n    nodes {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PaymentBill($id: ID!) {\n  bill(id: $id) {\n    id\n    number\n    tenantName\n    status\n    ledger {\n      id\n      intentId\n      kind\n      receiptNo\n    }\n  }\n}"): (typeof documents)["query PaymentBill($id: ID!) {\n  bill(id: $id) {\n    id\n    number\n    tenantName\n    status\n    ledger {\n      id\n      intentId\n      kind\n      receiptNo\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PaymentDetail($id: ID!) {\n  paymentIntent(id: $id) {\n    id\n    billId\n    tenantId\n    provider\n    channel\n    amountFen\n    status\n    outTradeNo\n    providerTradeNo\n    paidAt\n    refundedFen\n    receiptNo\n    createdAt\n    expiresAt\n    refunds {\n      id\n      amountFen\n      status\n      reason\n      note\n      outRefundNo\n      createdAt\n      finishedAt\n    }\n  }\n}"): (typeof documents)["query PaymentDetail($id: ID!) {\n  paymentIntent(id: $id) {\n    id\n    billId\n    tenantId\n    provider\n    channel\n    amountFen\n    status\n    outTradeNo\n    providerTradeNo\n    paidAt\n    refundedFen\n    receiptNo\n    createdAt\n    expiresAt\n    refunds {\n      id\n      amountFen\n      status\n      reason\n      note\n      outRefundNo\n      createdAt\n      finishedAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PaymentReconciliations($first: Int!) {\n  paymentReconciliations(first: $first) {\n    id\n    provider\n    billDate\n    status\n    statementRows\n    matched\n    differences\n    error\n    createdAt\n    finishedAt\n    differenceList {\n      id\n      kind\n      entry\n      outTradeNo\n      providerRef\n      providerFen\n      localFen\n      providerStatus\n      localStatus\n      resolution\n      note\n      resolvedAt\n    }\n  }\n}"): (typeof documents)["query PaymentReconciliations($first: Int!) {\n  paymentReconciliations(first: $first) {\n    id\n    provider\n    billDate\n    status\n    statementRows\n    matched\n    differences\n    error\n    createdAt\n    finishedAt\n    differenceList {\n      id\n      kind\n      entry\n      outTradeNo\n      providerRef\n      providerFen\n      localFen\n      providerStatus\n      localStatus\n      resolution\n      note\n      resolvedAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Payments($filter: PaymentFilter, $first: Int, $after: String) {\n  payments(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      billId\n      billNumber\n      tenantId\n      tenantName\n      receiptNo\n      provider\n      channel\n      amountFen\n      status\n      outTradeNo\n      paidAt\n      refundedFen\n      createdAt\n    }\n  }\n}"): (typeof documents)["query Payments($filter: PaymentFilter, $first: Int, $after: String) {\n  payments(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      billId\n      billNumber\n      tenantId\n      tenantName\n      receiptNo\n      provider\n      channel\n      amountFen\n      status\n      outTradeNo\n      paidAt\n      refundedFen\n      createdAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReconcilePayments($input: ReconcilePaymentsInput!) {\n  reconcilePayments(input: $input) {\n    id\n    provider\n    billDate\n    status\n  }\n}"): (typeof documents)["mutation ReconcilePayments($input: ReconcilePaymentsInput!) {\n  reconcilePayments(input: $input) {\n    id\n    provider\n    billDate\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RefundPayment($input: RefundPaymentInput!) {\n  refundPayment(input: $input) {\n    id\n    amountFen\n    status\n  }\n}"): (typeof documents)["mutation RefundPayment($input: RefundPaymentInput!) {\n  refundPayment(input: $input) {\n    id\n    amountFen\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResolvePaymentDifference($id: ID!, $input: ResolvePaymentDifferenceInput!) {\n  resolvePaymentDifference(id: $id, input: $input) {\n    id\n    resolution\n    note\n    resolvedAt\n  }\n}"): (typeof documents)["mutation ResolvePaymentDifference($id: ID!, $input: ResolvePaymentDifferenceInput!) {\n  resolvePaymentDifference(id: $id, input: $input) {\n    id\n    resolution\n    note\n    resolvedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateTenantCompany($input: CreateTenantCompanyInput!) {\n  createTenantCompany(input: $input) {\n    id\n    name\n  }\n}"): (typeof documents)["mutation CreateTenantCompany($input: CreateTenantCompanyInput!) {\n  createTenantCompany(input: $input) {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Industries {\n  industries {\n    code\n    name\n    nameEn\n  }\n}"): (typeof documents)["query Industries {\n  industries {\n    code\n    name\n    nameEn\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenantForm($id: ID!) {\n  tenantCompany(id: $id) {\n    id\n    name\n    shortName\n    uscc\n    status\n    legalRepresentative\n    employeeCount\n    moveInDate\n    website\n    industry {\n      code\n    }\n    contacts {\n      id\n      name\n      title\n      phone\n      email\n      isPrimary\n    }\n  }\n}"): (typeof documents)["query TenantForm($id: ID!) {\n  tenantCompany(id: $id) {\n    id\n    name\n    shortName\n    uscc\n    status\n    legalRepresentative\n    employeeCount\n    moveInDate\n    website\n    industry {\n      code\n    }\n    contacts {\n      id\n      name\n      title\n      phone\n      email\n      isPrimary\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenantList($filter: TenantCompanyFilter, $first: Int, $after: String) {\n  tenantCompanies(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      shortName\n      uscc\n      status\n      occupiedArea\n      industry {\n        code\n        name\n        nameEn\n      }\n      units {\n        id\n        code\n      }\n      contacts {\n        name\n        phone\n        isPrimary\n      }\n    }\n  }\n}"): (typeof documents)["query TenantList($filter: TenantCompanyFilter, $first: Int, $after: String) {\n  tenantCompanies(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      shortName\n      uscc\n      status\n      occupiedArea\n      industry {\n        code\n        name\n        nameEn\n      }\n      units {\n        id\n        code\n      }\n      contacts {\n        name\n        phone\n        isPrimary\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenantOptions($filter: TenantCompanyFilter) {\n  tenantCompanies(filter: $filter, first: 20) {\n    nodes {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["query TenantOptions($filter: TenantCompanyFilter) {\n  tenantCompanies(filter: $filter, first: 20) {\n    nodes {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenantUsers($tenantId: ID!) {\n  users(filter: {tenantId: $tenantId}, first: 50) {\n    nodes {\n      id\n      login\n      displayName\n      status\n      roles {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n}"): (typeof documents)["query TenantUsers($tenantId: ID!) {\n  users(filter: {tenantId: $tenantId}, first: 50) {\n    nodes {\n      id\n      login\n      displayName\n      status\n      roles {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateTenantCompany($id: ID!, $input: UpdateTenantCompanyInput!) {\n  updateTenantCompany(id: $id, input: $input) {\n    id\n    name\n    status\n  }\n}"): (typeof documents)["mutation UpdateTenantCompany($id: ID!, $input: UpdateTenantCompanyInput!) {\n  updateTenantCompany(id: $id, input: $input) {\n    id\n    name\n    status\n  }\n}"];
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
export function graphql(source: "query PermissionCatalogue {\n  permissionCatalogue {\n    module\n    name\n    nameEn\n    permissions {\n      key\n      name\n      nameEn\n      description\n      descriptionEn\n      audience\n    }\n  }\n}"): (typeof documents)["query PermissionCatalogue {\n  permissionCatalogue {\n    module\n    name\n    nameEn\n    permissions {\n      key\n      name\n      nameEn\n      description\n      descriptionEn\n      audience\n    }\n  }\n}"];
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
export function graphql(source: "mutation UpdateRole($id: ID!, $input: UpdateRoleInput!) {\n  updateRole(id: $id, input: $input) {\n    id\n    name\n    nameEn\n    permissions\n  }\n}"): (typeof documents)["mutation UpdateRole($id: ID!, $input: UpdateRoleInput!) {\n  updateRole(id: $id, input: $input) {\n    id\n    name\n    nameEn\n    permissions\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n  updateUser(id: $id, input: $input) {\n    id\n    displayName\n  }\n}"): (typeof documents)["mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n  updateUser(id: $id, input: $input) {\n    id\n    displayName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UserForm($id: ID!) {\n  user(id: $id) {\n    id\n    login\n    displayName\n    phone\n    email\n    roles {\n      id\n    }\n    parks {\n      id\n    }\n  }\n}"): (typeof documents)["query UserForm($id: ID!) {\n  user(id: $id) {\n    id\n    login\n    displayName\n    phone\n    email\n    roles {\n      id\n    }\n    parks {\n      id\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Users($filter: UserFilter, $first: Int, $after: String) {\n  users(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      login\n      displayName\n      kind\n      status\n      lastLoginAt\n      roles {\n        id\n        key\n        name\n        nameEn\n      }\n      tenant {\n        id\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query Users($filter: UserFilter, $first: Int, $after: String) {\n  users(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      login\n      displayName\n      kind\n      status\n      lastLoginAt\n      roles {\n        id\n        key\n        name\n        nameEn\n      }\n      tenant {\n        id\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddWatchlistEntry($input: WatchlistEntryInput!) {\n  addWatchlistEntry(input: $input) {\n    ...WatchlistEntryFields\n  }\n}"): (typeof documents)["mutation AddWatchlistEntry($input: WatchlistEntryInput!) {\n  addWatchlistEntry(input: $input) {\n    ...WatchlistEntryFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DecideFrontDeskVisit($id: ID!, $approve: Boolean!, $note: String) {\n  decideFrontDeskVisit(id: $id, approve: $approve, note: $note) {\n    ...VisitFields\n  }\n}"): (typeof documents)["mutation DecideFrontDeskVisit($id: ID!, $approve: Boolean!, $note: String) {\n  decideFrontDeskVisit(id: $id, approve: $approve, note: $note) {\n    ...VisitFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DecideSecurityReview($id: ID!, $approve: Boolean!, $note: String) {\n  decideSecurityReview(id: $id, approve: $approve, note: $note) {\n    ...VisitFields\n  }\n}"): (typeof documents)["mutation DecideSecurityReview($id: ID!, $approve: Boolean!, $note: String) {\n  decideSecurityReview(id: $id, approve: $approve, note: $note) {\n    ...VisitFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FrontDeskQueue($parkId: ID!) {\n  frontDeskQueue(parkId: $parkId) {\n    ...VisitFields\n  }\n}"): (typeof documents)["query FrontDeskQueue($parkId: ID!) {\n  frontDeskQueue(parkId: $parkId) {\n    ...VisitFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityReviewQueue($parkId: ID!) {\n  securityReviewQueue(parkId: $parkId) {\n    ...VisitFields\n  }\n}"): (typeof documents)["query SecurityReviewQueue($parkId: ID!) {\n  securityReviewQueue(parkId: $parkId) {\n    ...VisitFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetWatchlistEntryActive($id: ID!, $active: Boolean!) {\n  setWatchlistEntryActive(id: $id, active: $active) {\n    ...WatchlistEntryFields\n  }\n}"): (typeof documents)["mutation SetWatchlistEntryActive($id: ID!, $active: Boolean!) {\n  setWatchlistEntryActive(id: $id, active: $active) {\n    ...WatchlistEntryFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription VisitChanged($parkId: ID!) {\n  visitChanged(parkId: $parkId) {\n    id\n    state\n    phase\n  }\n}"): (typeof documents)["subscription VisitChanged($parkId: ID!) {\n  visitChanged(parkId: $parkId) {\n    id\n    state\n    phase\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment VisitFields on Visit {\n  id\n  state\n  phase\n  source\n  purpose\n  startsAt\n  endsAt\n  createdAt\n  hostName\n  hostDeadline\n  tenantId\n  tenantName\n  plate\n  companions\n  checkedInAt\n  checkedInVia\n  checkedOutAt\n  decidedAt\n  decidedBy\n  decisionNote\n  watchlistHit\n  visitor {\n    id\n    name\n    company\n    phone\n    idNumber\n    hasIdNumber\n    anonymized\n  }\n}"): (typeof documents)["fragment VisitFields on Visit {\n  id\n  state\n  phase\n  source\n  purpose\n  startsAt\n  endsAt\n  createdAt\n  hostName\n  hostDeadline\n  tenantId\n  tenantName\n  plate\n  companions\n  checkedInAt\n  checkedInVia\n  checkedOutAt\n  decidedAt\n  decidedBy\n  decisionNote\n  watchlistHit\n  visitor {\n    id\n    name\n    company\n    phone\n    idNumber\n    hasIdNumber\n    anonymized\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VisitLog($filter: VisitFilter!, $first: Int, $after: String) {\n  visits(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...VisitFields\n    }\n  }\n}"): (typeof documents)["query VisitLog($filter: VisitFilter!, $first: Int, $after: String) {\n  visits(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...VisitFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VisitorsOnSite($parkId: ID!) {\n  visitorsOnSite(parkId: $parkId) {\n    ...VisitFields\n  }\n}"): (typeof documents)["query VisitorsOnSite($parkId: ID!) {\n  visitorsOnSite(parkId: $parkId) {\n    ...VisitFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment WatchlistEntryFields on VisitorWatchlistEntry {\n  id\n  name\n  phone\n  idNumber\n  hasIdNumber\n  reason\n  active\n  createdAt\n}\n\nquery VisitorWatchlist($parkId: ID!, $includeInactive: Boolean!) {\n  visitorWatchlist(parkId: $parkId, includeInactive: $includeInactive) {\n    ...WatchlistEntryFields\n  }\n}"): (typeof documents)["fragment WatchlistEntryFields on VisitorWatchlistEntry {\n  id\n  name\n  phone\n  idNumber\n  hasIdNumber\n  reason\n  active\n  createdAt\n}\n\nquery VisitorWatchlist($parkId: ID!, $includeInactive: Boolean!) {\n  visitorWatchlist(parkId: $parkId, includeInactive: $includeInactive) {\n    ...WatchlistEntryFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddWorkOrderComment($workOrderId: ID!, $body: String!, $internal: Boolean!) {\n  addWorkOrderComment(workOrderId: $workOrderId, body: $body, internal: $internal) {\n    id\n  }\n}"): (typeof documents)["mutation AddWorkOrderComment($workOrderId: ID!, $body: String!, $internal: Boolean!) {\n  addWorkOrderComment(workOrderId: $workOrderId, body: $body, internal: $internal) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AutoDispatchWorkOrder($id: ID!, $version: Int) {\n  transitionWorkOrder(\n    id: $id\n    input: {action: DISPATCH, expectedVersion: $version}\n  ) {\n    id\n    state\n    version\n    assignee {\n      id\n      displayName\n    }\n  }\n}"): (typeof documents)["mutation AutoDispatchWorkOrder($id: ID!, $version: Int) {\n  transitionWorkOrder(\n    id: $id\n    input: {action: DISPATCH, expectedVersion: $version}\n  ) {\n    id\n    state\n    version\n    assignee {\n      id\n      displayName\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BoardBuildings($parkId: ID!) {\n  park(id: $parkId) {\n    id\n    buildings {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["query BoardBuildings($parkId: ID!) {\n  park(id: $parkId) {\n    id\n    buildings {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateAttachmentUpload($input: CreateAttachmentUploadInput!) {\n  createAttachmentUpload(input: $input) {\n    attachmentId\n    uploadUrl\n    expiresAt\n  }\n}"): (typeof documents)["mutation CreateAttachmentUpload($input: CreateAttachmentUploadInput!) {\n  createAttachmentUpload(input: $input) {\n    attachmentId\n    uploadUrl\n    expiresAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DispatchBoard($filter: WorkOrderFilter!) {\n  workOrders(first: 100, filter: $filter) {\n    nodes {\n      id\n      number\n      title\n      priority\n      state\n      version\n      viewerActions\n      submittedAt\n      locationNote\n      equipmentCategory\n      unit {\n        code\n      }\n      tenant {\n        name\n      }\n      assignee {\n        displayName\n      }\n      sla {\n        respondBy\n        resolveBy\n        response\n        resolution\n      }\n    }\n  }\n}"): (typeof documents)["query DispatchBoard($filter: WorkOrderFilter!) {\n  workOrders(first: 100, filter: $filter) {\n    nodes {\n      id\n      number\n      title\n      priority\n      state\n      version\n      viewerActions\n      submittedAt\n      locationNote\n      equipmentCategory\n      unit {\n        code\n      }\n      tenant {\n        name\n      }\n      assignee {\n        displayName\n      }\n      sla {\n        respondBy\n        resolveBy\n        response\n        resolution\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyTasks($parkId: ID!) {\n  workOrders(\n    first: 50\n    filter: {parkId: $parkId, mine: true, states: [DISPATCHED, ACCEPTED, IN_PROGRESS, ON_HOLD]}\n  ) {\n    nodes {\n      id\n      number\n      title\n      priority\n      state\n      version\n      availableActions\n      viewerActions\n      holdReason\n      locationNote\n      equipmentCategory\n      assignee {\n        id\n      }\n      building {\n        name\n      }\n      unit {\n        code\n      }\n      equipment {\n        code\n        name\n      }\n      sla {\n        respondBy\n        resolveBy\n        response\n        resolution\n      }\n    }\n  }\n}"): (typeof documents)["query MyTasks($parkId: ID!) {\n  workOrders(\n    first: 50\n    filter: {parkId: $parkId, mine: true, states: [DISPATCHED, ACCEPTED, IN_PROGRESS, ON_HOLD]}\n  ) {\n    nodes {\n      id\n      number\n      title\n      priority\n      state\n      version\n      availableActions\n      viewerActions\n      holdReason\n      locationNote\n      equipmentCategory\n      assignee {\n        id\n      }\n      building {\n        name\n      }\n      unit {\n        code\n      }\n      equipment {\n        code\n        name\n      }\n      sla {\n        respondBy\n        resolveBy\n        response\n        resolution\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QuoteWorkOrder($id: ID!, $input: QuoteWorkOrderInput!) {\n  quoteWorkOrder(id: $id, input: $input) {\n    id\n    version\n  }\n}"): (typeof documents)["mutation QuoteWorkOrder($id: ID!, $input: QuoteWorkOrderInput!) {\n  quoteWorkOrder(id: $id, input: $input) {\n    id\n    version\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordReturnVisit($id: ID!, $input: ReturnVisitInput!) {\n  recordReturnVisit(id: $id, input: $input) {\n    id\n    visitedAt\n    visitScore\n    visitComment\n  }\n}"): (typeof documents)["mutation RecordReturnVisit($id: ID!, $input: ReturnVisitInput!) {\n  recordReturnVisit(id: $id, input: $input) {\n    id\n    visitedAt\n    visitScore\n    visitComment\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Technicians($parkId: ID!) {\n  users(first: 100, filter: {parkId: $parkId, kind: STAFF, status: ACTIVE}) {\n    nodes {\n      id\n      displayName\n      roles {\n        name\n        nameEn\n        permissions\n      }\n    }\n  }\n}"): (typeof documents)["query Technicians($parkId: ID!) {\n  users(first: 100, filter: {parkId: $parkId, kind: STAFF, status: ACTIVE}) {\n    nodes {\n      id\n      displayName\n      roles {\n        name\n        nameEn\n        permissions\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransitionWorkOrder($id: ID!, $input: TransitionWorkOrderInput!) {\n  transitionWorkOrder(id: $id, input: $input) {\n    id\n    state\n    version\n    availableActions\n    viewerActions\n    holdReason\n    assignee {\n      id\n      displayName\n    }\n  }\n}"): (typeof documents)["mutation TransitionWorkOrder($id: ID!, $input: TransitionWorkOrderInput!) {\n  transitionWorkOrder(id: $id, input: $input) {\n    id\n    state\n    version\n    availableActions\n    viewerActions\n    holdReason\n    assignee {\n      id\n      displayName\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription WorkOrderChanged($parkId: ID!) {\n  workOrderChanged(parkId: $parkId) {\n    action\n    workOrder {\n      id\n      state\n    }\n  }\n}"): (typeof documents)["subscription WorkOrderChanged($parkId: ID!) {\n  workOrderChanged(parkId: $parkId) {\n    action\n    workOrder {\n      id\n      state\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkOrderDetail($id: ID!) {\n  workOrder(id: $id) {\n    id\n    number\n    title\n    description\n    state\n    priority\n    category\n    source\n    version\n    availableActions\n    viewerActions\n    viewerExtraActions\n    holdReason\n    submittedAt\n    dispatchedAt\n    completedAt\n    closedAt\n    locationNote\n    equipmentCategory\n    building {\n      name\n    }\n    unit {\n      code\n    }\n    equipment {\n      code\n      name\n    }\n    requester {\n      displayName\n      phone\n    }\n    tenant {\n      id\n      name\n    }\n    assignee {\n      id\n      displayName\n      phone\n    }\n    sla {\n      respondBy\n      resolveBy\n      response\n      resolution\n    }\n    events {\n      id\n      action\n      actorLabel\n      automatic\n      systemActor\n      at\n      fromState\n      toState\n      note\n    }\n    visitedAt\n    visitScore\n    visitComment\n    rating\n    ratingComment\n    billableFen\n    followUpOf {\n      id\n      number\n      title\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      url\n      uploadedAt\n      uploadedBy\n    }\n    comments {\n      id\n      body\n      author\n      internal\n      createdAt\n    }\n    quote {\n      labourFen\n      materialsFen\n      totalFen\n      note\n      state\n      quotedAt\n      quotedBy\n      decidedAt\n      decidedBy\n    }\n  }\n}"): (typeof documents)["query WorkOrderDetail($id: ID!) {\n  workOrder(id: $id) {\n    id\n    number\n    title\n    description\n    state\n    priority\n    category\n    source\n    version\n    availableActions\n    viewerActions\n    viewerExtraActions\n    holdReason\n    submittedAt\n    dispatchedAt\n    completedAt\n    closedAt\n    locationNote\n    equipmentCategory\n    building {\n      name\n    }\n    unit {\n      code\n    }\n    equipment {\n      code\n      name\n    }\n    requester {\n      displayName\n      phone\n    }\n    tenant {\n      id\n      name\n    }\n    assignee {\n      id\n      displayName\n      phone\n    }\n    sla {\n      respondBy\n      resolveBy\n      response\n      resolution\n    }\n    events {\n      id\n      action\n      actorLabel\n      automatic\n      systemActor\n      at\n      fromState\n      toState\n      note\n    }\n    visitedAt\n    visitScore\n    visitComment\n    rating\n    ratingComment\n    billableFen\n    followUpOf {\n      id\n      number\n      title\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      url\n      uploadedAt\n      uploadedBy\n    }\n    comments {\n      id\n      body\n      author\n      internal\n      createdAt\n    }\n    quote {\n      labourFen\n      materialsFen\n      totalFen\n      note\n      state\n      quotedAt\n      quotedBy\n      decidedAt\n      decidedBy\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkOrderFaultReports($id: ID!) {\n  workOrder(id: $id) {\n    id\n    faultReports {\n      id\n      description\n      reporterName\n      reporterPhone\n      filedOrder\n      reportedAt\n    }\n  }\n}"): (typeof documents)["query WorkOrderFaultReports($id: ID!) {\n  workOrder(id: $id) {\n    id\n    faultReports {\n      id\n      description\n      reporterName\n      reporterPhone\n      filedOrder\n      reportedAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkOrderKpiTrend($m0: WorkOrderKpiFilter!, $m1: WorkOrderKpiFilter!, $m2: WorkOrderKpiFilter!, $m3: WorkOrderKpiFilter!, $m4: WorkOrderKpiFilter!, $m5: WorkOrderKpiFilter!, $m6: WorkOrderKpiFilter!, $m7: WorkOrderKpiFilter!, $m8: WorkOrderKpiFilter!, $m9: WorkOrderKpiFilter!, $m10: WorkOrderKpiFilter!, $m11: WorkOrderKpiFilter!) {\n  m0: workOrderKpis(filter: $m0) {\n    ...TrendPoint\n  }\n  m1: workOrderKpis(filter: $m1) {\n    ...TrendPoint\n  }\n  m2: workOrderKpis(filter: $m2) {\n    ...TrendPoint\n  }\n  m3: workOrderKpis(filter: $m3) {\n    ...TrendPoint\n  }\n  m4: workOrderKpis(filter: $m4) {\n    ...TrendPoint\n  }\n  m5: workOrderKpis(filter: $m5) {\n    ...TrendPoint\n  }\n  m6: workOrderKpis(filter: $m6) {\n    ...TrendPoint\n  }\n  m7: workOrderKpis(filter: $m7) {\n    ...TrendPoint\n  }\n  m8: workOrderKpis(filter: $m8) {\n    ...TrendPoint\n  }\n  m9: workOrderKpis(filter: $m9) {\n    ...TrendPoint\n  }\n  m10: workOrderKpis(filter: $m10) {\n    ...TrendPoint\n  }\n  m11: workOrderKpis(filter: $m11) {\n    ...TrendPoint\n  }\n}\n\nfragment TrendPoint on WorkOrderKpis {\n  filed\n  timeliness\n  satisfaction\n}"): (typeof documents)["query WorkOrderKpiTrend($m0: WorkOrderKpiFilter!, $m1: WorkOrderKpiFilter!, $m2: WorkOrderKpiFilter!, $m3: WorkOrderKpiFilter!, $m4: WorkOrderKpiFilter!, $m5: WorkOrderKpiFilter!, $m6: WorkOrderKpiFilter!, $m7: WorkOrderKpiFilter!, $m8: WorkOrderKpiFilter!, $m9: WorkOrderKpiFilter!, $m10: WorkOrderKpiFilter!, $m11: WorkOrderKpiFilter!) {\n  m0: workOrderKpis(filter: $m0) {\n    ...TrendPoint\n  }\n  m1: workOrderKpis(filter: $m1) {\n    ...TrendPoint\n  }\n  m2: workOrderKpis(filter: $m2) {\n    ...TrendPoint\n  }\n  m3: workOrderKpis(filter: $m3) {\n    ...TrendPoint\n  }\n  m4: workOrderKpis(filter: $m4) {\n    ...TrendPoint\n  }\n  m5: workOrderKpis(filter: $m5) {\n    ...TrendPoint\n  }\n  m6: workOrderKpis(filter: $m6) {\n    ...TrendPoint\n  }\n  m7: workOrderKpis(filter: $m7) {\n    ...TrendPoint\n  }\n  m8: workOrderKpis(filter: $m8) {\n    ...TrendPoint\n  }\n  m9: workOrderKpis(filter: $m9) {\n    ...TrendPoint\n  }\n  m10: workOrderKpis(filter: $m10) {\n    ...TrendPoint\n  }\n  m11: workOrderKpis(filter: $m11) {\n    ...TrendPoint\n  }\n}\n\nfragment TrendPoint on WorkOrderKpis {\n  filed\n  timeliness\n  satisfaction\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkOrderKpis($filter: WorkOrderKpiFilter!) {\n  workOrderKpis(filter: $filter) {\n    filed\n    completed\n    timeliness\n    returnVisitRate\n    satisfaction\n    firstTimePass\n    meanResponseMinutes\n    meanResolutionMinutes\n    slaBreaches\n  }\n}"): (typeof documents)["query WorkOrderKpis($filter: WorkOrderKpiFilter!) {\n  workOrderKpis(filter: $filter) {\n    filed\n    completed\n    timeliness\n    returnVisitRate\n    satisfaction\n    firstTimePass\n    meanResponseMinutes\n    meanResolutionMinutes\n    slaBreaches\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;