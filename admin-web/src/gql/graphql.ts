/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Which credentials. */
export type AccessCredentialFilter = {
  /** Held by this person. */
  holderId?: string | number | null | undefined;
  /** Of these kinds. */
  kinds?: Array<CredentialKind> | null | undefined;
  /** Of this park. */
  parkId?: string | number | null | undefined;
  /** Identifier contains this. */
  search?: string | null | undefined;
  /** In these states. */
  statuses?: Array<CredentialStatus> | null | undefined;
  /** Of this company’s employees. */
  tenantId?: string | number | null | undefined;
};

/** Granted or denied. */
export type AccessDecision =
  /** Refused 拒绝 */
  | 'DENIED'
  /** Let through 允许 */
  | 'GRANTED';

/** In or out. */
export type AccessDirection =
  /** Entering 进 */
  | 'IN'
  /** Leaving 出 */
  | 'OUT';

/** Which access events. */
export type AccessEventFilter = {
  /** The credential read is exactly this. */
  credentialRef?: string | null | undefined;
  /** Granted or denied only. */
  decision?: AccessDecision | null | undefined;
  /** From this time on. */
  from?: string | null | undefined;
  /** Of this person. */
  holderId?: string | number | null | undefined;
  /** Of this park. */
  parkId?: string | number | null | undefined;
  /** At this access point. */
  pointId?: string | number | null | undefined;
  /** Of this company’s employees. */
  tenantId?: string | number | null | undefined;
  /** Before this time. */
  to?: string | null | undefined;
  /** Of these types. */
  types?: Array<AccessEventType> | null | undefined;
};

/** What a device reported. */
export type AccessEventType =
  /** Door forced open 强行开门 */
  | 'FORCED_OPEN'
  /** Door held open too long 门长时间未关 */
  | 'HELD_OPEN'
  /** A passage attempt 通行 */
  | 'PASS'
  /** More people passed than were granted 尾随 */
  | 'TAILGATING';

/** Which access groups. */
export type AccessGroupFilter = {
  /** Of this park. */
  parkId?: string | number | null | undefined;
  /** Of this company. */
  tenantId?: string | number | null | undefined;
};

/** Whom to offer as a credential holder or group member. */
export type AccessHolderFilter = {
  /** Park. */
  parkId: string | number;
  /** Part of the name or login. */
  search?: string | null | undefined;
  /** Park staff only (true) or company employees only (false). */
  staff?: boolean | null | undefined;
  /** Employees of this company only. */
  tenantId?: string | number | null | undefined;
};

/** Which access points. */
export type AccessPointFilter = {
  /** In this building. */
  buildingId?: string | number | null | undefined;
  /** Of these kinds. */
  kinds?: Array<AccessPointKind> | null | undefined;
  /** Of this park. */
  parkId?: string | number | null | undefined;
  /** Code, name or device id contains this. */
  search?: string | null | undefined;
};

/** Kind of access point. */
export type AccessPointKind =
  /** Vehicle barrier 道闸 */
  | 'BARRIER'
  /** Door with a reader 门禁 */
  | 'DOOR'
  /** Elevator reader 梯控 */
  | 'ELEVATOR'
  /** Pedestrian gate or turnstile 闸机 */
  | 'GATE';

/** Why an access decision went as it did. */
export type AccessReason =
  /** Credential revoked 凭证已注销 */
  | 'CREDENTIAL_REVOKED'
  /** Credential suspended 凭证已挂失 */
  | 'CREDENTIAL_SUSPENDED'
  /** After the credential’s validity 已过期 */
  | 'EXPIRED'
  /** Allowed 允许通行 */
  | 'GRANTED'
  /** Before the credential’s validity 未到有效期 */
  | 'NOT_YET_VALID'
  /** No access group of the holder covers this point 无权限 */
  | 'NO_ACCESS_TO_POINT'
  /** Another reason the device gave 其他 */
  | 'OTHER'
  /** Outside every schedule of the holder’s groups 不在通行时段 */
  | 'OUTSIDE_SCHEDULE'
  /** The point is disabled 通行点已停用 */
  | 'POINT_DISABLED'
  /** No such credential in this park 未登记凭证 */
  | 'UNKNOWN_CREDENTIAL';

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

/** A one-off charge to a company, priced by a fee standard. */
export type AddBillChargeInput = {
  /** The day of the service (YYYY-MM-DD, park time): from the first day of last month to today. */
  chargedOn: string;
  /** What it was (1–200), printed on the bill line, e.g. 3 号会议室 2 小时. */
  description: string;
  /** Uses or months, more than 0, under 10,000, up to 2 decimals (e.g. "2" or "1.5"). */
  quantity: string;
  /** The fee standard it is priced by: parking, room booking, service or repair, per use or per month. */
  standardId: string | number;
  /** The company charged. */
  tenantId: string | number;
};

/** A new price of a fee standard from a date on. */
export type AddFeeRateInput = {
  /** First day it applies (YYYY-MM-DD, park time): today or later. */
  effectiveFrom: string;
  /** Price, yuan per basis, up to 4 decimals. */
  price: string;
  /** The fee standard. */
  standardId: string | number;
};

/** A plate to list. */
export type AddVehicleInput = {
  /** Let in or keep out (staff). */
  kind?: VehicleListKind;
  /** Note (up to 200). */
  note?: string | null | undefined;
  /** Driver or owner (up to 50). */
  ownerName?: string | null | undefined;
  /** Park. */
  parkId: string | number;
  /** Plate, e.g. 苏E12345 or 苏ED12345. */
  plate: string;
  /** A reserved or accessible space for it (staff). */
  spaceType?: ParkingSpaceType | null | undefined;
  /** The company (staff; a tenant admin lists for their own). */
  tenantId?: string | number | null | undefined;
  /** From (YYYY-MM-DD). */
  validFrom?: string | null | undefined;
  /** Until, inclusive (YYYY-MM-DD). */
  validUntil?: string | null | undefined;
};

/** Which audit entries to list. */
export type AuditFilter = {
  /** Who acted (user, device or key id). */
  actorId?: string | number | null | undefined;
  /** From this time on. */
  from?: string | null | undefined;
  /** Feature, e.g. work-order (see auditVocabulary). */
  module?: string | null | undefined;
  /** Operation (the action), e.g. updateUnit. */
  operation?: string | null | undefined;
  /** OK, FAILED, DENIED or ROLLED_BACK. */
  outcome?: string | null | undefined;
  /** Park concerned. */
  parkId?: string | number | null | undefined;
  /** Id of the record. */
  targetId?: string | null | undefined;
  /** Kind of record, e.g. Unit. */
  targetType?: string | null | undefined;
  /** Before this time. */
  to?: string | null | undefined;
};

/** Which charges. */
export type BillChargeFilter = {
  /** Include cancelled ones (default: no). */
  includeCancelled?: boolean | null | undefined;
  /** Made for days of this month, YYYY-MM. */
  month?: string | null | undefined;
  /** Of this park. */
  parkId?: string | number | null | undefined;
  /** Of this company. */
  tenantId?: string | number | null | undefined;
};

/** Which bills. */
export type BillFilter = {
  /** Bill number contains (1–30). */
  number?: string | null | undefined;
  /** Of this park. */
  parkId?: string | number | null | undefined;
  /** Of this month, YYYY-MM. */
  period?: string | null | undefined;
  /** In these statuses. */
  statuses?: Array<BillStatus> | null | undefined;
  /** Of this company. */
  tenantId?: string | number | null | undefined;
};

/** A period’s first bill, or one correcting it. */
export type BillKind =
  /** Differences a re-run found; a negative total is a credit note 调整账单 */
  | 'ADJUSTMENT'
  /** The period’s bill 正常账单 */
  | 'REGULAR';

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

/** A bill run’s progress. */
export type BillRunStatus =
  /** Every company billed */
  | 'DONE'
  /** Stopped on an error */
  | 'FAILED'
  /** Working through the companies */
  | 'RUNNING';

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

/** Why a charge is withdrawn. */
export type CancelBillChargeInput = {
  /** Reason (1–200). */
  reason: string;
};

/** Where one due date of a plan stands. */
export type ComplianceStatus =
  /** Completed by the due date plus grace 按时完成 */
  | 'DONE_ON_TIME'
  /** Order filed, within its window 进行中 */
  | 'DUE'
  /** Completed after its window 逾期完成 */
  | 'LATE'
  /** Window passed without completion, or cancelled 漏检 */
  | 'MISSED'
  /** Not yet due; no order filed yet 待生成 */
  | 'UPCOMING';

/** How consumption is grouped: each by the meters of its level, so nothing is counted twice. */
export type ConsumptionGroup =
  /** Building meters, per building */
  | 'BUILDING'
  /** Floor meters, per floor */
  | 'FLOOR'
  /** Park main meters, per kind */
  | 'KIND'
  /** The meters asked for (a virtual meter as the signed sum of its terms) */
  | 'METER'
  /** Tenant sub-meters, per company */
  | 'TENANT';

/** Which consumption, over which days, in which buckets. */
export type ConsumptionQueryInput = {
  /** First day (YYYY-MM-DD, park time). */
  from: string;
  /** Bucket size: 15 minutes (≤ 7 days), hour (≤ 62), day (≤ 400), month. */
  grain: RollupGrain;
  /** How to group. */
  groupBy: ConsumptionGroup;
  /** What is measured (required but for KIND). */
  kind?: MeterKind | null | undefined;
  /** The meters, for METER (1–100). */
  meterIds?: Array<string | number> | null | undefined;
  /** Park. */
  parkId: string | number;
  /** Last day, included (YYYY-MM-DD, park time). */
  to: string;
};

/** A credential for one person. */
export type CreateAccessCredentialInput = {
  /** The holder: a tenant employee or a staff user of the park. */
  holderId: string | number;
  /** Card number (4–32 hex digits or digits), QR pass reference (letters, digits, - _), or plate (e.g. 苏E12345, 苏ED12345). */
  identifier: string;
  /** Card, QR pass or plate. */
  kind: CredentialKind;
  /** Park it opens in. */
  parkId: string | number;
  /** Valid from (default now). */
  validFrom?: string | null | undefined;
  /** Valid until (open when omitted). */
  validUntil?: string | null | undefined;
};

/** A new access group. */
export type CreateAccessGroupInput = {
  /** Name, unique in the park, e.g. 星湖科技-办公区. */
  name: string;
  /** Park. */
  parkId: string | number;
  /** Access points it opens (of the park), at most 200. */
  pointIds: Array<string | number>;
  /** When, at most 14 windows. */
  schedule: Array<ScheduleWindowInput>;
  /** The company whose employees it is for (none: park staff). */
  tenantId?: string | number | null | undefined;
};

/** A new access point. */
export type CreateAccessPointInput = {
  /** Building it is in. */
  buildingId?: string | number | null | undefined;
  /** Code, unique in the park, e.g. A-1F-E01 (letters, digits, - _ .). */
  code: string;
  /** Floor it is on (of that building). */
  floorId?: string | number | null | undefined;
  /** Kind of device. */
  kind: AccessPointKind;
  /** Name, e.g. A栋大堂闸机1. */
  name: string;
  /** Park. */
  parkId: string | number;
  /** The vendor’s device id its events carry; unique in the park. */
  vendorDeviceId: string;
};

/** A file about to be uploaded to a work order. */
export type CreateAttachmentUploadInput = {
  /** Its type; must match the bytes. */
  contentType: string;
  /** File name (1–200 characters). */
  fileName: string;
  /** Its size in bytes (at most the configured limit). */
  size: number;
  /** The work order. */
  workOrderId: string | number;
};

/** A new building; its floors are created with it. */
export type CreateBuildingInput = {
  /** Code within the park, e.g. A1. */
  code: string;
  /** Year of completion. */
  completedYear?: number | null | undefined;
  /** Storeys above ground (1–200). */
  floorsAbove: number;
  /** Storeys below ground (0–10). */
  floorsBelow?: number;
  /** Gross floor area, m². */
  grossArea: number;
  /** Display name. */
  name: string;
  /** Park the building stands in. */
  parkId: string | number;
};

/** An emission factor from a date on. */
export type CreateEmissionFactorInput = {
  /** First day it applies (YYYY-MM-DD). */
  effectiveFrom: string;
  /** kg CO₂ per unit, up to 6 decimals (e.g. "0.5703"). */
  kgPerUnit: string;
  /** Kind. */
  kind: MeterKind;
  /** Park. */
  parkId: string | number;
  /** Its source (1–120), e.g. the ministry notice. */
  source: string;
};

/** A new energy alert rule. */
export type CreateEnergyAlertRuleInput = {
  /** ABOVE_BASELINE: times the baseline (1.01–100). */
  factor?: number | null | undefined;
  /** THRESHOLD: the interval measured. */
  grain?: EnergyAlertGrain | null | undefined;
  /** NIGHT_USE: holidays, YYYY-MM-DD (at most 60). */
  holidays?: Array<string> | null | undefined;
  /** OFFLINE: missed reporting intervals (1–96). */
  intervals?: number | null | undefined;
  /** What it watches. */
  kind: EnergyAlertKind;
  /** One meter of the park (a real one). */
  meterId?: string | number | null | undefined;
  /** Or every meter of this kind. */
  meterKind?: MeterKind | null | undefined;
  /** And/or every meter of this level. */
  meterLevel?: MeterLevel | null | undefined;
  /** Name (1–60). */
  name: string;
  /** Hour the night ends, park time (0–23). */
  nightEnd?: number | null | undefined;
  /** Night’s first hour, park time (0–23). */
  nightStart?: number | null | undefined;
  /** An alert files a work order. */
  openWorkOrder?: boolean | null | undefined;
  /** Park. */
  parkId: string | number;
  /** Limit in the meter’s unit (0–10^11). */
  threshold?: number | null | undefined;
  /** NIGHT_USE: weekends count whole. */
  weekends?: boolean | null | undefined;
  /** ABOVE_BASELINE: weeks averaged (1–12). */
  weeks?: number | null | undefined;
  /** Its category (default by meter kind). */
  workOrderCategory?: WorkOrderCategory | null | undefined;
  /** Its priority (default NORMAL). */
  workOrderPriority?: WorkOrderPriority | null | undefined;
};

/** A new asset for the equipment ledger. */
export type CreateEquipmentInput = {
  /** Kind of equipment. */
  category: EquipmentCategory;
  /** Unique digital code for the QR label, e.g. SZXH-ELV-A1-01. */
  code: string;
  /** Date installed; not in the future. */
  installDate?: string | null | undefined;
  /** Where it is installed. */
  location: EquipmentLocationInput;
  /** Maker. */
  manufacturer?: string | null | undefined;
  /** Model. */
  model?: string | null | undefined;
  /** Display name. */
  name: string;
  /** Technical parameters by name (at most 8 KB). */
  parameters?: Record<string, unknown> | null | undefined;
  /** Park that owns the equipment. */
  parkId: string | number;
  /** Serial number. */
  serialNumber?: string | null | undefined;
  /** Operating state. */
  status?: EquipmentStatus;
  /** Last day of the warranty; not before installation. */
  warrantyEnd?: string | null | undefined;
};

/** A new fee standard with its first price. */
export type CreateFeeStandardInput = {
  /** What its price is per. */
  basis: FeeBasis;
  /** Code (1–30: letters, digits, -, _), unique in the park. */
  code: string;
  /** Notes (up to 500). */
  description?: string | null | undefined;
  /** First day the price applies (YYYY-MM-DD, park time). */
  effectiveFrom: string;
  /** What it charges for. */
  item: FeeItem;
  /** UTILITY: the kind of meter (required then, else empty). */
  meterKind?: MeterKind | null | undefined;
  /** Name (1–60), e.g. 物业管理费（研发楼）. */
  name: string;
  /** Park. */
  parkId: string | number;
  /** Its first price, yuan per basis, up to 4 decimals (e.g. "6.5"). */
  price: string;
  /** How each line’s amount is rounded to fen; fixed once created. */
  rounding: MoneyRounding;
};

/** A new floor of a building (a storey added or missed at creation). */
export type CreateFloorInput = {
  /** Building. */
  buildingId: string | number;
  /** Gross floor area, m². */
  grossArea?: number | null | undefined;
  /** Level: 1 is the ground floor, -1 the first basement; never 0. */
  level: number;
  /** Display name; 3F or B1 from the level when omitted. */
  name?: string | null | undefined;
};

/** The file of an issued e-invoice, to upload before issuing. */
export type CreateInvoiceFileUploadInput = {
  /** application/pdf, application/ofd or application/xml. */
  contentType: string;
  /** File name as issued (e.g. the invoice number with .pdf). */
  fileName: string;
  /** The invoice request it answers. */
  requestId: string | number;
  /** Size in bytes. */
  size: number;
};

/** A kiosk to register. */
export type CreateKioskDeviceInput = {
  /** Building whose lobby it stands in. */
  buildingId?: string | number | null | undefined;
  /** Where it stands. */
  location?: string | null | undefined;
  /** Name. */
  name: string;
  /** Park it serves. */
  parkId: string | number;
};

/** A new lease draft. */
export type CreateLeaseInput = {
  /** Deposit, fen (0–2,000,000,000); 0 when omitted. */
  depositFen?: number | null | undefined;
  /** Days from a bill’s issue to its due date (0–90); 15 when omitted. */
  dueDays?: number | null | undefined;
  /** Last day of the term, at most 20 years after the first. */
  endOn: string;
  /** How the rent rises; NONE when omitted. */
  escalation?: EscalationKind | null | undefined;
  /** FIXED_PERCENT: yearly rise, % (0.01–50, up to 2 decimals). */
  escalationPercent?: string | null | undefined;
  /** Rent-free periods (up to 10) inside the term, not overlapping. */
  freePeriods?: Array<DateSpanInput> | null | undefined;
  /** Late fee per day overdue, ‰ (0–10, up to 2 decimals); 0 when omitted. */
  lateFeePermille?: string | null | undefined;
  /** Notes (up to 500). */
  notes?: string | null | undefined;
  /** Contract number (1–30), unique in the park, e.g. HT-2026-0042. */
  number: string;
  /** Park. */
  parkId: string | number;
  /** Billed by month or quarter. */
  paymentCycle: PaymentCycle;
  /** Property fee standard (per m² per month) billed with the rent. */
  propertyFeeStandardId?: string | number | null | undefined;
  /** Rent, yuan per m² per month, up to 4 decimals. */
  rentPrice: string;
  /** How rent lines round to fen; HALF_UP when omitted. */
  rentRounding?: MoneyRounding | null | undefined;
  /** STEPPED: 1–20 steps, by date. */
  rentSteps?: Array<RentStepInput> | null | undefined;
  /** First day of the term (YYYY-MM-DD). */
  startOn: string;
  /** The tenant company, of the park and not moved out. */
  tenantId: string | number;
  /** The units leased (1–50), of the park, not public areas or retired. */
  unitIds: Array<string | number>;
};

/** A new maintenance plan. */
export type CreateMaintenancePlanInput = {
  /** Who receives its orders: active staff of the park who works orders (maintenancePlanAssignees). None: automatic dispatch. */
  assigneeId?: string | number | null | undefined;
  /** The regulation it follows, if statutory. */
  basis?: string | null | undefined;
  /** Checklist items (up to 30, each 1–200). */
  checklist: Array<string>;
  /** …or a whole category (exactly one). */
  equipmentCategory?: EquipmentCategory | null | undefined;
  /** One piece of equipment… */
  equipmentId?: string | number | null | undefined;
  /** First due date (YYYY-MM-DD, park time), today or later. */
  firstDueOn: string;
  /** Grace days (default: a fifth of the period, ≤ 14). */
  graceDays?: number | null | undefined;
  /** Name (1–100). */
  name: string;
  /** Park. */
  parkId: string | number;
  /** Every this many units (1–366). */
  recurrenceInterval: number;
  /** Recurrence unit. */
  recurrenceUnit: RecurrenceUnit;
  /** Category of its work orders. */
  workCategory: WorkOrderCategory;
};

/** A new meter. */
export type CreateMeterInput = {
  /** Inactive meters take no readings. */
  active?: boolean | null | undefined;
  /** Building where it is. */
  buildingId?: string | number | null | undefined;
  /** Code, unique in the park (1–30), e.g. E-A-01. */
  code: string;
  /** The IoT device that reports it. */
  deviceId?: string | number | null | undefined;
  /** Its register code on a multi-register device (1–30). */
  deviceRegister?: string | null | undefined;
  /** Floor where it is. */
  floorId?: string | number | null | undefined;
  /** How often it reports, minutes (1–1440). */
  intervalMinutes?: number | null | undefined;
  /** What it measures. */
  kind: MeterKind;
  /** Its level in the tree. */
  level: MeterLevel;
  /** CT/PT ratio (0.0001–100000). */
  multiplier?: number | null | undefined;
  /** Name (1–60). */
  name?: string | null | undefined;
  /** Upstream meter in the tree (same park and kind). */
  parentId?: string | number | null | undefined;
  /** Park. */
  parkId: string | number;
  /** Integer digits of the register (1–12): it wraps at 10^digits. */
  registerDigits?: number | null | undefined;
  /** Most it can pass in 15 minutes, in its unit after the multiplier (spike limit). */
  spikeLimit?: number | null | undefined;
  /** The company whose consumption it measures; none: public area. */
  tenantId?: string | number | null | undefined;
  /** A virtual meter: the signed sum of these meters (1–50); it has no register or device. */
  terms?: Array<VirtualTermInput> | null | undefined;
  /** Unit where it is. */
  unitId?: string | number | null | undefined;
};

/** A new park. */
export type CreateParkInput = {
  /** Street address. */
  address: string;
  /** City. */
  city: string;
  /** Operator code, unique, e.g. SZ-XH. */
  code: string;
  /** Land area, m². */
  landArea?: number | null | undefined;
  /** Display name. */
  name: string;
  /** IANA time zone; Asia/Shanghai when omitted. */
  timeZone?: string | null | undefined;
};

/** A new parking lot. */
export type CreateParkingLotInput = {
  /** Accessible spaces (0–20000). */
  accessibleSpaces: number;
  /** The building whose garage it is. */
  buildingId?: string | number | null | undefined;
  /** Code, unique in the park (1–20), e.g. P1. */
  code: string;
  /** EV charging spaces (0–20000). */
  evSpaces: number;
  /** Name (1–60), e.g. 地面停车场. */
  name: string;
  /** Park. */
  parkId: string | number;
  /** Regular spaces (0–20000). */
  regularSpaces: number;
  /** Reserved spaces (0–20000). */
  reservedSpaces: number;
};

/** A row of the rate table, from a date on. */
export type CreateParkingRateInput = {
  /** At most per calendar day, fen (0–1000000). */
  dailyCapFen: number;
  /** First day it applies (YYYY-MM-DD, park time), today or later. */
  effectiveFrom: string;
  /** Stays up to this many minutes are free (0–1440). */
  freeMinutes: number;
  /** Park. */
  parkId: string | number;
  /** Per started hour, fen (0–100000). */
  perHourFen: number;
};

/** A new role. */
export type CreateRoleInput = {
  /** Staff or tenant role. */
  audience: UserKind;
  /** What the role is for. */
  description?: string | null | undefined;
  /** Stable key: lower case letters, digits and _. */
  key: string;
  /** Chinese name. */
  name: string;
  /** English name. */
  nameEn: string;
  /** Permission keys. */
  permissions: Array<string>;
};

/** A tariff version: its day cut into periods that cover 0–24 h once. */
export type CreateTariffInput = {
  /** First day it prices (YYYY-MM-DD, park time). */
  effectiveFrom: string;
  /** What it prices. */
  kind: MeterKind;
  /** Name (1–60), e.g. 2026 工商业分时电价. */
  name: string;
  /** Park. */
  parkId: string | number;
  /** Periods (1–24), together covering the day once. */
  periods: Array<TariffPeriodInput>;
};

/** A new tenant company. */
export type CreateTenantCompanyInput = {
  /** Contact people, at most 20. */
  contacts?: Array<TenantContactInput>;
  /** What the company does. */
  description?: string | null | undefined;
  /** Number of employees. */
  employeeCount?: number | null | undefined;
  /** GB/T 4754-2017 division code, e.g. C39 (see the industries query). */
  industryCode: string;
  /** Legal representative. */
  legalRepresentative?: string | null | undefined;
  /** Move-in date. */
  moveInDate?: string | null | undefined;
  /** Registered name. */
  name: string;
  /** Park the company is in. */
  parkId: string | number;
  /** Short name. */
  shortName?: string | null | undefined;
  /** Stay in the park. */
  status?: TenantStatus;
  /** Unified social credit code; its check digit is verified. */
  uscc: string;
  /** Web site (https://...). */
  website?: string | null | undefined;
};

/** A new unit on a floor. */
export type CreateUnitInput = {
  /** Room number, unique within the building. */
  code: string;
  /** Floor the unit is on; its building and park follow from it. */
  floorId: string | number;
  /** Gross area, m² (> 0). */
  grossArea: number;
  /** Letting state; VACANT when omitted. */
  status?: UnitStatus;
  /** Occupying tenant company (for LEASED or RESERVED). */
  tenantId?: string | number | null | undefined;
  /** Use of the space. */
  type: UnitType;
  /** Usable area, m² (> 0, at most the gross area). */
  usableArea: number;
};

/** A new user. */
export type CreateUserInput = {
  /** Name shown to others. */
  displayName: string;
  /** E-mail address. */
  email?: string | null | undefined;
  /** Staff or tenant user. */
  kind: UserKind;
  /** Sign-in name: 3–64 of a-z 0-9 . _ @ -, stored lower case. */
  login: string;
  /** Staff: the parks they work in (at least one). */
  parkIds?: Array<string | number> | null | undefined;
  /** First password: 10–128 characters with letters and digits; must be changed at first sign-in. */
  password: string;
  /** Mobile number. */
  phone?: string | null | undefined;
  /** Roles to grant; only roles within your own permissions. */
  roleIds: Array<string | number>;
  /** Tenant users: their company (tenant admins: their own by default). */
  tenantId?: string | number | null | undefined;
};

/** Kind of credential. */
export type CredentialKind =
  /** Physical card number 门禁卡 */
  | 'CARD'
  /** Vehicle plate 车牌 */
  | 'PLATE'
  /** QR pass reference (virtual card) 二维码 */
  | 'QR';

/** Whether a credential may be used. */
export type CredentialStatus =
  /** In use 有效 */
  | 'ACTIVE'
  /** Withdrawn for good 注销 */
  | 'REVOKED'
  /** Temporarily blocked (lost card) 挂失 */
  | 'SUSPENDED';

/** Days from one date to another, both included. */
export type DateSpanInput = {
  /** First day (YYYY-MM-DD). */
  from: string;
  /** Last day (YYYY-MM-DD), not before the first. */
  to: string;
};

/** What an MQTT device is. */
export type DeviceKind =
  /** Fire alarm control panel 消防主机 */
  | 'FIRE_PANEL'
  /** Barrier or door controller 道闸/门禁 */
  | 'GATE'
  /** Energy or water meter 计量表 */
  | 'METER'
  /** Licence-plate camera 车牌识别相机 */
  | 'PARKING_CAMERA'
  /** Environment sensor 传感器 */
  | 'SENSOR';

/** Whether a device may connect. */
export type DeviceStatus =
  /** May connect and publish */
  | 'ACTIVE'
  /** Refused at connect */
  | 'DISABLED';

/** Which energy alerts. */
export type EnergyAlertFilter = {
  /** Opened at or after. */
  from?: string | null | undefined;
  /** One meter. */
  meterId?: string | number | null | undefined;
  /** Park. */
  parkId?: string | number | null | undefined;
  /** In any of these states. */
  status?: Array<EnergyAlertStatus> | null | undefined;
  /** Opened before. */
  to?: string | null | undefined;
};

/** The interval a threshold rule measures. */
export type EnergyAlertGrain =
  /** Day (park time) */
  | 'DAY'
  /** Hour */
  | 'HOUR'
  /** 15 minutes */
  | 'QUARTER';

/** What an energy alert rule watches (用能预警). */
export type EnergyAlertKind =
  /** An hour above the same weekday and hour’s average over past weeks */
  | 'ABOVE_BASELINE'
  /** Use in night hours, weekends or holidays above a limit */
  | 'NIGHT_USE'
  /** Water flowing every hour of the night (a leak) */
  | 'NIGHT_WATER_FLOW'
  /** No reading for a number of reporting intervals */
  | 'OFFLINE'
  /** Consumption per interval above a limit */
  | 'THRESHOLD';

/** An energy alert rule’s settings; what each kind needs is checked. */
export type EnergyAlertRuleSettingsInput = {
  /** ABOVE_BASELINE: times the baseline (1.01–100). */
  factor?: number | null | undefined;
  /** THRESHOLD: the interval measured. */
  grain?: EnergyAlertGrain | null | undefined;
  /** NIGHT_USE: holidays, YYYY-MM-DD (at most 60). */
  holidays?: Array<string> | null | undefined;
  /** OFFLINE: missed reporting intervals (1–96). */
  intervals?: number | null | undefined;
  /** One meter of the park (a real one). */
  meterId?: string | number | null | undefined;
  /** Or every meter of this kind. */
  meterKind?: MeterKind | null | undefined;
  /** And/or every meter of this level. */
  meterLevel?: MeterLevel | null | undefined;
  /** Name (1–60). */
  name?: string | null | undefined;
  /** Hour the night ends, park time (0–23). */
  nightEnd?: number | null | undefined;
  /** Night’s first hour, park time (0–23). */
  nightStart?: number | null | undefined;
  /** An alert files a work order. */
  openWorkOrder?: boolean | null | undefined;
  /** Limit in the meter’s unit (0–10^11). */
  threshold?: number | null | undefined;
  /** NIGHT_USE: weekends count whole. */
  weekends?: boolean | null | undefined;
  /** ABOVE_BASELINE: weeks averaged (1–12). */
  weeks?: number | null | undefined;
  /** Its category (default by meter kind). */
  workOrderCategory?: WorkOrderCategory | null | undefined;
  /** Its priority (default NORMAL). */
  workOrderPriority?: WorkOrderPriority | null | undefined;
};

/** Where an energy alert stands. */
export type EnergyAlertStatus =
  /** Active, seen by staff */
  | 'ACKNOWLEDGED'
  /** The condition ended on its own */
  | 'CLEARED'
  /** Closed by staff */
  | 'CLOSED'
  /** Active, not yet seen */
  | 'OPEN';

/** Whose energy over which days: one meter, a building’s meters, a company’s sub-meters, or (none named) the park’s main meters. */
export type EnergyScopeInput = {
  /** A building: its building meters. */
  buildingId?: string | number | null | undefined;
  /** First day (YYYY-MM-DD, park time). */
  from: string;
  /** What is measured (all kinds when omitted). */
  kind?: MeterKind | null | undefined;
  /** One meter (a virtual one as its terms). */
  meterId?: string | number | null | undefined;
  /** Park. */
  parkId: string | number;
  /** A company: its sub-meters. */
  tenantId?: string | number | null | undefined;
  /** Last day, included (YYYY-MM-DD, park time). */
  to: string;
};

/** Kind of equipment in the ledger. */
export type EquipmentCategory =
  /** Elevators and escalators 电梯 */
  | 'ELEVATOR'
  /** EV chargers 充电桩 */
  | 'EV_CHARGER'
  /** Fire protection 消防 */
  | 'FIRE_PROTECTION'
  /** Heating, ventilation and air conditioning 暖通空调 */
  | 'HVAC'
  /** Lighting 照明 */
  | 'LIGHTING'
  /** Other 其他 */
  | 'OTHER'
  /** Power distribution 供配电 */
  | 'POWER_DISTRIBUTION'
  /** Water supply and drainage 给排水 */
  | 'WATER_SUPPLY_DRAINAGE'
  /** Weak current and CCTV 弱电/监控 */
  | 'WEAK_CURRENT_CCTV';

/** What happened in an equipment life cycle. */
export type EquipmentEventKind =
  /** Inspected 巡检 */
  | 'INSPECTED'
  /** Put into the ledger at installation 安装 */
  | 'INSTALLED'
  /** Scheduled maintenance done 保养 */
  | 'MAINTAINED'
  /** Location changed 移位 */
  | 'MOVED'
  /** Repaired 维修 */
  | 'REPAIRED'
  /** Taken out of service for good 报废 */
  | 'RETIRED'
  /** Operating state changed 状态变更 */
  | 'STATUS_CHANGED'
  /** Ledger details corrected 信息变更 */
  | 'UPDATED';

/** Which equipment to list. */
export type EquipmentFilter = {
  /** Only this building. */
  buildingId?: string | number | null | undefined;
  /** Any of these categories. */
  categories?: Array<EquipmentCategory> | null | undefined;
  /** Only this floor. */
  floorId?: string | number | null | undefined;
  /** Only these (at most 100, a page), e.g. the labels to print. */
  ids?: Array<string | number> | null | undefined;
  /** Only this park. */
  parkId?: string | number | null | undefined;
  /** Part of the code, name, maker or model. */
  search?: string | null | undefined;
  /** Any of these statuses. */
  statuses?: Array<EquipmentStatus> | null | undefined;
  /** Warranty ends on or before this date. */
  warrantyEndsBefore?: string | null | undefined;
};

/** Where equipment is: a unit, a floor or a building, and/or a note. */
export type EquipmentLocationInput = {
  /** Building; implied by floorId or unitId. */
  buildingId?: string | number | null | undefined;
  /** Floor; implied by unitId. */
  floorId?: string | number | null | undefined;
  /** Free-text place: 屋顶, 地下车库 B1 东侧... */
  note?: string | null | undefined;
  /** Unit (room, plant room, shaft). */
  unitId?: string | number | null | undefined;
};

/** Operating state of equipment. */
export type EquipmentStatus =
  /** Faulty 故障 */
  | 'FAULT'
  /** Taken out of service for good 报废 */
  | 'RETIRED'
  /** In normal operation 运行 */
  | 'RUNNING'
  /** Being maintained 维保中 */
  | 'UNDER_MAINTENANCE';

/** How a lease’s rent rises over its term. */
export type EscalationKind =
  /** By a percentage on each anniversary, compounded 按年递增 */
  | 'FIXED_PERCENT'
  /** Fixed for the term 固定租金 */
  | 'NONE'
  /** To stated prices from stated dates 阶梯租金 */
  | 'STEPPED';

/** Language of a file’s headers and words. */
export type ExchangeLanguage =
  /** English */
  | 'EN'
  /** Simplified Chinese 简体中文 */
  | 'ZH_CN';

/** Form of an exported file. */
export type ExportFormat =
  /** Comma-separated text, UTF-8 with a byte-order mark (Excel opens it) */
  | 'CSV'
  /** Excel workbook (numbers and dates as cells) */
  | 'XLSX';

/** Which list to export, filtered as on screen, and in what form. */
export type ExportListInput = {
  /** The filter, as JSON of the input type the list’s query takes (e.g. UnitFilter). */
  filter?: string | null | undefined;
  /** XLSX or CSV. */
  format: ExportFormat;
  /** Language of headers and words; zh-CN when omitted. */
  language?: ExchangeLanguage;
  /** The list: units, equipment, tenantCompanies, users, workOrders, maintenancePlans or auditLog. */
  list: string;
  /** For a list whose query takes a park rather than a filter (maintenancePlans): the park. */
  parkId?: string | number | null | undefined;
};

/** What a fee standard’s price is per. */
export type FeeBasis =
  /** Per m² of leased area per month 元/m²·月 */
  | 'PER_M2_MONTH'
  /** Per unit a meter measured (kWh, m³) 元/计量单位 */
  | 'PER_METER_UNIT'
  /** A fixed amount per month 元/月 */
  | 'PER_MONTH'
  /** A fixed amount each time 元/次 */
  | 'PER_USE';

/** What a fee standard charges for. */
export type FeeItem =
  /** Deposits 押金 */
  | 'DEPOSIT'
  /** Parking 停车费 */
  | 'PARKING'
  /** Property management fee 物业管理费 */
  | 'PROPERTY_FEE'
  /** Rent 租金 */
  | 'RENT'
  /** Paid repairs 有偿维修 */
  | 'REPAIR'
  /** Room bookings 场地预订 */
  | 'ROOM_BOOKING'
  /** Value-added services 增值服务 */
  | 'SERVICE'
  /** Utilities by sub-meter 水电气热 */
  | 'UTILITY';

/** In or out. */
export type GateDirection =
  /** Entry 入场 */
  | 'IN'
  /** Exit 出场 */
  | 'OUT';

/** Who reported a gate event. */
export type GateSource =
  /** A barrier system (partner API) */
  | 'PARTNER'
  /** The booth, by hand */
  | 'STAFF';

/** Which VAT e-invoice. */
export type InvoiceKind =
  /** Ordinary VAT invoice 增值税普通发票 */
  | 'NORMAL'
  /** Special VAT invoice 增值税专用发票 (input VAT deductible) */
  | 'SPECIAL';

/** Which invoice requests. */
export type InvoiceRequestFilter = {
  /** For this bill. */
  billId?: string | number | null | undefined;
  /** Of this park. */
  parkId?: string | number | null | undefined;
  /** Only issued invoices for more than their bill now keeps (a refund after issue): 需红冲. */
  reversalDue?: boolean | null | undefined;
  /** The title or tax number contains this. */
  search?: string | null | undefined;
  /** In these states. */
  statuses?: Array<InvoiceRequestStatus> | null | undefined;
  /** Of this company. */
  tenantId?: string | number | null | undefined;
};

/** Where an invoice request stands. */
export type InvoiceRequestStatus =
  /** Withdrawn by the company 已撤回 */
  | 'CANCELLED'
  /** Issued; the e-invoice is attached 已开票 */
  | 'ISSUED'
  /** Refused with a reason; the company may ask again 已驳回 */
  | 'REJECTED'
  /** Waiting for finance 待开票 */
  | 'REQUESTED';

/** What finance issued for a request. */
export type IssueInvoiceInput = {
  /** The uploaded e-invoice file (createInvoiceFileUpload). */
  fileId: string | number;
  /** 发票号码: 20 digits (全电发票) or 8 (older e-invoices). */
  invoiceNumber: string;
  /** 开票日期, YYYY-MM-DD (not in the future). */
  issuedOn: string;
};

/** Which leases. */
export type LeaseFilter = {
  /** Active or signed leases whose term ends within this many days from today (1–366): expiring soon. */
  expiringWithinDays?: number | null | undefined;
  /** Contract number contains (1–30). */
  number?: string | null | undefined;
  /** Of this park. */
  parkId?: string | number | null | undefined;
  /** In these statuses. */
  statuses?: Array<LeaseStatus> | null | undefined;
  /** Of this tenant company. */
  tenantId?: string | number | null | undefined;
};

/** What a line of a lease’s schedule charges. */
export type LeaseLineKind =
  /** Deposit 押金 */
  | 'DEPOSIT'
  /** Property management fee 物业管理费 */
  | 'PROPERTY_FEE'
  /** Rent 租金 */
  | 'RENT';

/** Where a lease contract stands. */
export type LeaseStatus =
  /** In its term; its units are leased 执行中 */
  | 'ACTIVE'
  /** Being drafted; binds nothing 草稿 */
  | 'DRAFT'
  /** Its term ran out 已到期 */
  | 'EXPIRED'
  /** Signed, term not begun; its units are promised 已签约 */
  | 'SIGNED'
  /** Ended early 已解约 */
  | 'TERMINATED';

/** Password sign-in. */
export type LoginInput = {
  /** Sign-in name (any case). */
  login: string;
  /** Password. */
  password: string;
};

/** A reading typed in from a meter without a device link. */
export type ManualReadingInput = {
  /** When it was read. */
  at: string;
  /** Meter. */
  meterId: string | number;
  /** Photo of the register (createMeterReadingPhotoUpload, uploaded, for this meter, not used by another reading). */
  photoId?: string | number | null | undefined;
  /** The register as shown (0–10^12), in the meter’s unit. */
  value: number;
};

/** What a meter measures. */
export type MeterKind =
  /** Cooling 冷 (kWh) */
  | 'COOLING'
  /** Electricity 电 (kWh) */
  | 'ELECTRICITY'
  /** Gas 燃气 (m³) */
  | 'GAS'
  /** Heat 热 (kWh) */
  | 'HEAT'
  /** Water 水 (m³) */
  | 'WATER';

/** Where a meter sits in the metering tree. */
export type MeterLevel =
  /** Building meter 楼栋表 */
  | 'BUILDING'
  /** Equipment or public-area meter 设备/公区表 */
  | 'EQUIPMENT'
  /** Floor meter 楼层表 */
  | 'FLOOR'
  /** Park main meter 园区总表 */
  | 'PARK'
  /** Tenant sub-meter 企业分表 */
  | 'TENANT';

/** A photo of a meter’s register about to be uploaded for a manual reading. */
export type MeterReadingPhotoUploadInput = {
  /** image/jpeg, image/png, image/webp or image/heic; must match the bytes. */
  contentType: string;
  /** File name (1–200 characters). */
  fileName: string;
  /** The meter. */
  meterId: string | number;
  /** Its size in bytes (at most the configured limit). */
  size: number;
};

/** How a line’s exact amount becomes whole fen; applied once per line. */
export type MoneyRounding =
  /** Fractions of a fen dropped 舍去 */
  | 'DOWN'
  /** Half a fen and more up 四舍五入 */
  | 'HALF_UP'
  /** Any fraction makes a whole fen 进一 */
  | 'UP';

/** What a notification is about. */
export type NotificationKind =
  /** A bill of your company is overdue. */
  | 'BILL_OVERDUE'
  /** An energy alert opened in a park whose alerts you manage. */
  | 'ENERGY_ALERT'
  /** A follow-up job for your department (e.g. a return visit). */
  | 'FOLLOW_UP'
  /** The invoice you asked for was issued. */
  | 'INVOICE_ISSUED'
  /** The invoice you asked for was refused; the reason says why. */
  | 'INVOICE_REJECTED'
  /** A company asked for an invoice in a park whose invoices you issue. */
  | 'INVOICE_REQUESTED'
  /** A refund left an issued invoice for more than its bill keeps, in a park whose invoices you issue: a red-letter invoice is due. */
  | 'INVOICE_REVERSAL_DUE'
  /** A paid repair waits for your company to accept the quote. */
  | 'QUOTE_WAITING'
  /** A work order missed its SLA; escalated to the supervisor. */
  | 'SLA_ESCALATION'
  /** A work order of yours is about to miss its SLA. */
  | 'SLA_WARNING'
  /** A work order was dispatched to you. */
  | 'WORK_ORDER_ASSIGNED';

/** Filters of the parking charges (fees of temporary stays). */
export type ParkingChargeFilter = {
  /** Car left at or after. */
  from?: string | null | undefined;
  /** Lot the car parked in. */
  lotId?: string | number | null | undefined;
  /** Park. */
  parkId: string | number;
  /** Part of the plate. */
  plate?: string | null | undefined;
  /** In this state only. */
  status?: ParkingChargeStatus | null | undefined;
  /** Car left before. */
  to?: string | null | undefined;
};

/** Where the fee of a temporary stay stands. */
export type ParkingChargeStatus =
  /** On a bill 已出账 */
  | 'BILLED'
  /** Paid 已支付 */
  | 'PAID'
  /** Recorded at exit, not yet on a bill 未出账 */
  | 'UNBILLED';

/** Why a gate let a car in or out, or refused it. */
export type ParkingDecision =
  /** The plate is already inside 重复入场 */
  | 'DENIED_ALREADY_INSIDE'
  /** Blocked plate 黑名单 */
  | 'DENIED_BLACKLIST'
  /** No free space of a type it may use 车位已满 */
  | 'DENIED_FULL'
  /** Left; the stay is closed 已出场 */
  | 'EXITED'
  /** Left without a recorded entry 无入场记录 */
  | 'EXIT_NO_SESSION'
  /** Any other car; pays at exit 临时车 */
  | 'TEMPORARY'
  /** A visitor’s plate inside its pass window 访客 */
  | 'VISITOR'
  /** A listed vehicle 白名单 */
  | 'WHITELISTED';

/** Filters of the entry/exit log. */
export type ParkingEventFilter = {
  /** With these decisions. */
  decisions?: Array<ParkingDecision> | null | undefined;
  /** In or out. */
  direction?: GateDirection | null | undefined;
  /** At or after. */
  from?: string | null | undefined;
  /** Lot. */
  lotId?: string | number | null | undefined;
  /** Park. */
  parkId: string | number;
  /** Part of the plate. */
  plate?: string | null | undefined;
  /** Before. */
  to?: string | null | undefined;
};

/** Kinds of parking space, counted apart (IPARK 5.1.2.2). */
export type ParkingSpaceType =
  /** Accessible space 无障碍车位 */
  | 'ACCESSIBLE'
  /** EV charging space 充电车位 */
  | 'EV_CHARGING'
  /** Regular space 普通车位 */
  | 'REGULAR'
  /** Reserved (fixed) space 固定车位 */
  | 'RESERVED';

/** Where the payer started. */
export type PaymentChannel =
  /** The lobby kiosk */
  | 'KIOSK'
  /** The tenant portal */
  | 'PORTAL';

/** How often a lease is billed. */
export type PaymentCycle =
  /** By calendar month 月付 */
  | 'MONTHLY'
  /** By calendar quarter 季付 */
  | 'QUARTERLY';

/** How the statement and the ledger differ. */
export type PaymentDifferenceKind =
  /** Both hold it, with other amounts 金额不符 */
  | 'AMOUNT_MISMATCH'
  /** Our ledger holds what the provider does not 渠道缺失 */
  | 'MISSING_AT_PROVIDER'
  /** The provider took money for an order we do not know 本地缺失 */
  | 'MISSING_LOCALLY'
  /** We hold the order unpaid (or the refund unbooked) 状态不符 */
  | 'STATUS_MISMATCH';

/** How a difference was resolved. */
export type PaymentDifferenceResolution =
  /** Explained (see the note) */
  | 'ACCEPTED'
  /** Booked from the provider’s answer */
  | 'BOOKED';

/** Money in or out. */
export type PaymentEntryKind =
  /** Received 收款 */
  | 'PAYMENT'
  /** Refunded 退款 */
  | 'REFUND';

/** Which payments. */
export type PaymentFilter = {
  /** Our order number contains this. */
  outTradeNo?: string | null | undefined;
  /** Of this park. */
  parkId?: string | number | null | undefined;
  /** In these states. */
  statuses?: Array<PaymentIntentStatus> | null | undefined;
  /** Of this company. */
  tenantId?: string | number | null | undefined;
};

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

/** Where a paid repair’s quote stands. */
export type QuoteState =
  /** Accepted; work may start 已接受 */
  | 'ACCEPTED'
  /** Declined by the tenant 已拒绝 */
  | 'DECLINED'
  /** Waiting for the tenant 待确认 */
  | 'PENDING';

/** A paid repair’s quote. */
export type QuoteWorkOrderInput = {
  /** Labour, fen (≥ 0). */
  labourFen: number;
  /** Materials, fen (≥ 0). */
  materialsFen: number;
  /** What is quoted (parts, hours), up to 480 characters. */
  note?: string | null | undefined;
};

/** What validation said of a reading of a cumulative register. */
export type ReadingFlag =
  /** Below the baseline: ignored, baseline kept */
  | 'BACKWARD'
  /** First reading: the baseline */
  | 'FIRST'
  /** Accepted after missed readings; its consumption is interpolated (estimated) */
  | 'GAP'
  /** Accepted */
  | 'OK'
  /** The register wrapped at its width; counted through the wrap */
  | 'ROLLOVER'
  /** More than the meter can pass in the time: ignored, baseline kept */
  | 'SPIKE'
  /** A zero from a running register: ignored, baseline kept */
  | 'ZERO';

/** Where a reading came from. */
export type ReadingSource =
  /** Reported by its device */
  | 'DEVICE'
  /** Typed in by staff */
  | 'MANUAL'
  /** Demo history */
  | 'SEED';

/** A provider’s statement of a day to reconcile. */
export type ReconcilePaymentsInput = {
  /** The day (China time), YYYY-MM-DD; a day that has ended. */
  billDate: string;
  /** Whose statement (default: the one configured). */
  provider?: PaymentProvider | null | undefined;
};

/** Where a reconciliation stands. */
export type ReconciliationStatus =
  /** Compared */
  | 'DONE'
  /** The statement could not be had or read (see error) */
  | 'FAILED'
  /** Downloading and comparing */
  | 'RUNNING';

/** A red-letter invoice 红字发票 finance issued against an issued invoice. */
export type RecordInvoiceReversalInput = {
  /** What it reverses, fen: at most what is due for reversal. */
  amountFen: number;
  /** 发票号码 of the red-letter invoice: 20 digits (全电发票) or 8. */
  invoiceNumber: string;
  /** 开票日期, YYYY-MM-DD: not before the invoice it reverses, not in the future. */
  issuedOn: string;
};

/** The unit of a recurrence: every N days, weeks, months or years. */
export type RecurrenceUnit =
  /** Days (daily; every 15 days) 日 */
  | 'DAY'
  /** Months (monthly, quarterly, half-yearly) 月 */
  | 'MONTH'
  /** Weeks 周 */
  | 'WEEK'
  /** Years 年 */
  | 'YEAR';

/** A refund of (part of) a payment. */
export type RefundPaymentInput = {
  /** How much, fen. */
  amountFen: number;
  /** The payment (intent). */
  intentId: string | number;
  /** Why (shown to the payer by the provider). */
  note?: string | null | undefined;
};

/** Why money went back. */
export type RefundReason =
  /** Paid again on a paid or void bill: returned automatically */
  | 'OVERPAID'
  /** Finance refunded on request */
  | 'REQUESTED';

/** Where a refund stands. */
export type RefundStatus =
  /** The provider refused 退款失败 */
  | 'FAILED'
  /** With the provider 退款中 */
  | 'PROCESSING'
  /** Refunded 已退款 */
  | 'SUCCEEDED';

/** A device to register. */
export type RegisterIotDeviceInput = {
  /** Code, unique in the park; part of its MQTT topics. */
  code: string;
  /** What it is. */
  kind: DeviceKind;
  /** Where it is installed. */
  location?: string | null | undefined;
  /** Display name. */
  name: string;
  /** Its park. */
  parkId: string | number;
};

/** Why finance cannot issue a request as asked. */
export type RejectInvoiceRequestInput = {
  /** What the company should correct (shown to it). */
  reason: string;
};

/** Why a device message or connection was refused. */
export type RejectionReason =
  /** Wrong secret, or a disabled device */
  | 'BAD_CREDENTIALS'
  /** Another device's topic, a wildcard or $SYS */
  | 'FORBIDDEN_TOPIC'
  /** A field of the wrong type, unit or range */
  | 'INVALID_VALUE'
  /** Not a JSON object */
  | 'MALFORMED'
  /** Over the per-device message rate */
  | 'RATE_LIMITED'
  /** A retained message on a data topic */
  | 'RETAINED'
  /** The topic's kind is not the device's */
  | 'TOPIC_MISMATCH'
  /** The topic names no registered device */
  | 'UNKNOWN_DEVICE';

/** The renewal of a lease, from the day after its last day. */
export type RenewLeaseInput = {
  /** The renewal’s last day (YYYY-MM-DD). */
  endOn: string;
  /** The renewal’s contract number (1–30), unique in the park. */
  number: string;
  /** Its rent, yuan per m² per month, up to 4 decimals; the old one when omitted. */
  rentPrice?: string | null | undefined;
};

/** A stepped rent’s price from a date on. */
export type RentStepInput = {
  /** First day (YYYY-MM-DD), inside the term, after its first day. */
  from: string;
  /** Rent from then on, yuan per m² per month, up to 4 decimals. */
  price: string;
};

/** How a reconciliation difference is resolved. */
export type ResolvePaymentDifferenceInput = {
  /** BOOKED: book it from the provider’s answer (a payment held unpaid); ACCEPTED: explained (note). */
  action: PaymentDifferenceResolution;
  /** How it is explained. */
  note?: string | null | undefined;
};

/** A return visit (回访). */
export type ReturnVisitInput = {
  /** What the requester said. */
  comment?: string | null | undefined;
  /** Satisfaction, 1 (poor) to 5 (very satisfied). */
  score: number;
};

/** Consumption buckets. */
export type RollupGrain =
  /** Day (park time) */
  | 'DAY'
  /** Hour */
  | 'HOUR'
  /** Month (park time) */
  | 'MONTH'
  /** 15 minutes */
  | 'QUARTER';

/** One weekly window of an access group. */
export type ScheduleWindowInput = {
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  days: Array<number>;
  /** End, minutes after midnight (1320 = 22:00); not after start runs overnight. */
  end: number;
  /** Start, minutes after midnight in the park’s zone (420 = 07:00). */
  start: number;
};

/** Which security events. */
export type SecurityEventFilter = {
  /** Of these kinds. */
  kinds?: Array<SecurityEventKind> | null | undefined;
  /** Of this park. */
  parkId?: string | number | null | undefined;
  /** In these states. */
  statuses?: Array<SecurityEventStatus> | null | undefined;
};

/** What a security event is about. */
export type SecurityEventKind =
  /** Access denied 拒绝通行 */
  | 'DENIED'
  /** Door forced open 强行开门 */
  | 'FORCED_OPEN'
  /** Door held open 门长时间未关 */
  | 'HELD_OPEN'
  /** Tailgating 尾随 */
  | 'TAILGATING';

/** Where a security event stands. */
export type SecurityEventStatus =
  /** A guard took it 已确认 */
  | 'ACKNOWLEDGED'
  /** Dealt with 已关闭 */
  | 'CLOSED'
  /** Not yet seen 待处理 */
  | 'OPEN';

/** Where a deadline stands. */
export type SlaStatus =
  /** In the last fifth of the window: warn. */
  | 'AT_RISK'
  /** The deadline passed undone. */
  | 'BREACHED'
  /** Done in time. */
  | 'MET'
  /** Time enough left. */
  | 'ON_TRACK';

/** A bill run to start. */
export type StartBillRunInput = {
  /** Park. */
  parkId: string | number;
  /** The month to bill, YYYY-MM: at most next month. */
  period: string;
};

/** One period of a tariff day: whole hours [startHour, endHour) in park time. */
export type TariffPeriodInput = {
  /** Its band. */
  band: TouBand;
  /** Hour it ends, excluded (1–24). */
  endHour: number;
  /** Price per unit, yuan, up to 4 decimals (e.g. "0.6537"); one price per band. */
  price: string;
  /** First hour (0–23). */
  startHour: number;
};

/** Which tenant companies to list. */
export type TenantCompanyFilter = {
  /** Any of these industry codes (division C39 or section C). */
  industryCodes?: Array<string> | null | undefined;
  /** Only this park. */
  parkId?: string | number | null | undefined;
  /** Part of the name, short name or credit code. */
  search?: string | null | undefined;
  /** Any of these statuses. */
  statuses?: Array<TenantStatus> | null | undefined;
};

/** A contact person. */
export type TenantContactInput = {
  /** E-mail address. */
  email?: string | null | undefined;
  /** The first person to call; the first contact when none is marked. */
  isPrimary?: boolean;
  /** Full name. */
  name: string;
  /** Mobile (11 digits) or landline with area code. */
  phone: string;
  /** Job title. */
  title?: string | null | undefined;
};

/** Where a company is in its stay in the park. */
export type TenantStatus =
  /** Operating in the park 在驻 */
  | 'ACTIVE'
  /** Left the park 已迁出 */
  | 'MOVED_OUT'
  /** Signed, moving in 入驻中 */
  | 'ONBOARDING';

/** An early end of a lease. */
export type TerminateLeaseInput = {
  /** Its last day (YYYY-MM-DD): today or later, inside the term. */
  lastDay: string;
  /** Why (1–200). */
  reason: string;
};

/** Time-of-use band of an hour. */
export type TouBand =
  /** Flat 平 */
  | 'FLAT'
  /** Peak 峰 */
  | 'PEAK'
  /** Sharp peak 尖峰 */
  | 'SHARP'
  /** Valley 谷 */
  | 'VALLEY';

/** An action on a work order. */
export type TransitionWorkOrderInput = {
  /** What to do. */
  action: WorkOrderAction;
  /** DISPATCH: the technician. */
  assigneeId?: string | number | null | undefined;
  /** The version you saw; refused (CONFLICT) when it moved on. */
  expectedVersion?: number | null | undefined;
  /** HOLD: what it waits for. */
  holdReason?: string | null | undefined;
  /** Why, or what was done; required to DECLINE and REWORK. */
  note?: string | null | undefined;
  /** VERIFY: the requester’s rating, 1–5. */
  rating?: number | null | undefined;
  /** VERIFY: the requester’s comment. */
  ratingComment?: string | null | undefined;
};

/** Which units to list; all given conditions must hold. */
export type UnitFilter = {
  /** Only this building. */
  buildingId?: string | number | null | undefined;
  /** Only this floor. */
  floorId?: string | number | null | undefined;
  /** Gross area at most, m². */
  maxArea?: number | null | undefined;
  /** Gross area at least, m². */
  minArea?: number | null | undefined;
  /** Only this park. */
  parkId?: string | number | null | undefined;
  /** Part of the room number. */
  search?: string | null | undefined;
  /** Any of these statuses. */
  statuses?: Array<UnitStatus> | null | undefined;
  /** Only units of this tenant company. */
  tenantId?: string | number | null | undefined;
  /** Any of these types. */
  types?: Array<UnitType> | null | undefined;
};

/** Letting state of a unit. */
export type UnitStatus =
  /** Let to a tenant company 已租 */
  | 'LEASED'
  /** Held for a prospective tenant 预留 */
  | 'RESERVED'
  /** Used by the operator 自用 */
  | 'SELF_USE'
  /** Being renovated 装修中 */
  | 'UNDER_RENOVATION'
  /** Free to let 空置 */
  | 'VACANT';

/** What a unit is used for. */
export type UnitType =
  /** Factory floor 厂房 */
  | 'FACTORY'
  /** Laboratory 实验室 */
  | 'LAB'
  /** Office space 办公 */
  | 'OFFICE'
  /** Public area, not leasable 公共区域 */
  | 'PUBLIC'
  /** Shop or canteen 商业 */
  | 'RETAIL'
  /** Warehouse 仓库 */
  | 'WAREHOUSE';

/** Changes to an access group; omitted fields stay as they are. */
export type UpdateAccessGroupInput = {
  /** Name. */
  name?: string | null | undefined;
  /** Replaces its access points. */
  pointIds?: Array<string | number> | null | undefined;
  /** Replaces its schedule. */
  schedule?: Array<ScheduleWindowInput> | null | undefined;
};

/** Changes to an access point; omitted fields stay as they are. */
export type UpdateAccessPointInput = {
  /** Disabled points grant nothing. */
  active?: boolean | null | undefined;
  /** Kind of device. */
  kind?: AccessPointKind | null | undefined;
  /** Name. */
  name?: string | null | undefined;
  /** The vendor’s device id. */
  vendorDeviceId?: string | null | undefined;
};

/** Changes to a building; omitted fields stay as they are. */
export type UpdateBuildingInput = {
  /** Code within the park. */
  code?: string | null | undefined;
  /** Year of completion. */
  completedYear?: number | null | undefined;
  /** Gross floor area, m². */
  grossArea?: number | null | undefined;
  /** Display name. */
  name?: string | null | undefined;
};

/** Changes to equipment details; status changes go through changeEquipmentStatus. */
export type UpdateEquipmentInput = {
  /** Kind of equipment. */
  category?: EquipmentCategory | null | undefined;
  /** Date installed. */
  installDate?: string | null | undefined;
  /** New place; recorded as a move. */
  location?: EquipmentLocationInput | null | undefined;
  /** Maker. */
  manufacturer?: string | null | undefined;
  /** Model. */
  model?: string | null | undefined;
  /** Display name. */
  name?: string | null | undefined;
  /** Replaces the technical parameters. */
  parameters?: Record<string, unknown> | null | undefined;
  /** Serial number. */
  serialNumber?: string | null | undefined;
  /** Last day of the warranty. */
  warrantyEnd?: string | null | undefined;
};

/** Changes to a fee standard; omitted fields stay. Its item, basis and rounding stay. */
export type UpdateFeeStandardInput = {
  /** Offered for new leases and charges. */
  active?: boolean | null | undefined;
  /** Notes (up to 500); empty clears them. */
  description?: string | null | undefined;
  /** Name (1–60). */
  name?: string | null | undefined;
};

/** Changes to a floor. */
export type UpdateFloorInput = {
  /** Gross floor area, m². */
  grossArea?: number | null | undefined;
  /** Display name, e.g. 3F. */
  name?: string | null | undefined;
};

/** Changes to a device; its code and kind are fixed (they are its topics). */
export type UpdateIotDeviceInput = {
  /** Where it is installed; null clears it. */
  location?: string | null | undefined;
  /** Display name. */
  name?: string | null | undefined;
  /** DISABLED refuses its connections. */
  status?: DeviceStatus | null | undefined;
};

/** Changes to a plan; omitted fields stay. Its target stays: a new target is a new plan. */
export type UpdateMaintenancePlanInput = {
  /** Who receives its orders from now on (active staff of the park who works orders); null: automatic dispatch. */
  assigneeId?: string | number | null | undefined;
  /** Replaces the checklist (1–30 items, each 1–200). */
  checklist?: Array<string> | null | undefined;
  /** Grace days (0–60). */
  graceDays?: number | null | undefined;
  /** Name (1–100). */
  name?: string | null | undefined;
  /** Next due date (YYYY-MM-DD, park time), today or later. */
  nextDueOn?: string | null | undefined;
  /** Every this many units (1–366). */
  recurrenceInterval?: number | null | undefined;
  /** Recurrence unit. */
  recurrenceUnit?: RecurrenceUnit | null | undefined;
  /** Category of its work orders: decides the department its orders are dispatched to. */
  workCategory?: WorkOrderCategory | null | undefined;
};

/** How a meter is read and linked; omitted fields keep their value. */
export type UpdateMeterInput = {
  /** Inactive meters take no readings. */
  active?: boolean | null | undefined;
  /** Building where it is. */
  buildingId?: string | number | null | undefined;
  /** The IoT device that reports it. */
  deviceId?: string | number | null | undefined;
  /** Its register code on a multi-register device (1–30). */
  deviceRegister?: string | null | undefined;
  /** Floor where it is. */
  floorId?: string | number | null | undefined;
  /** How often it reports, minutes (1–1440). */
  intervalMinutes?: number | null | undefined;
  /** CT/PT ratio (0.0001–100000). */
  multiplier?: number | null | undefined;
  /** Name (1–60). */
  name?: string | null | undefined;
  /** Upstream meter in the tree (same park and kind). */
  parentId?: string | number | null | undefined;
  /** Integer digits of the register (1–12): it wraps at 10^digits. */
  registerDigits?: number | null | undefined;
  /** Most it can pass in 15 minutes, in its unit after the multiplier (spike limit). */
  spikeLimit?: number | null | undefined;
  /** The company whose consumption it measures; none: public area. */
  tenantId?: string | number | null | undefined;
  /** Unit where it is. */
  unitId?: string | number | null | undefined;
};

/** Changes to a park; omitted fields stay as they are. */
export type UpdateParkInput = {
  /** Street address. */
  address?: string | null | undefined;
  /** City. */
  city?: string | null | undefined;
  /** Operator code. */
  code?: string | null | undefined;
  /** Land area, m². */
  landArea?: number | null | undefined;
  /** Display name. */
  name?: string | null | undefined;
  /** IANA time zone. */
  timeZone?: string | null | undefined;
};

/** Changes to a lot. */
export type UpdateParkingLotInput = {
  /** Accessible spaces (0–20000). */
  accessibleSpaces: number;
  /** Open (true) or closed. */
  active: boolean;
  /** EV charging spaces (0–20000). */
  evSpaces: number;
  /** Name (1–60). */
  name: string;
  /** Regular spaces (0–20000). */
  regularSpaces: number;
  /** Reserved spaces (0–20000). */
  reservedSpaces: number;
};

/** Changes to a role of one’s own making. */
export type UpdateRoleInput = {
  /** What the role is for. */
  description?: string | null | undefined;
  /** Chinese name. */
  name?: string | null | undefined;
  /** English name. */
  nameEn?: string | null | undefined;
  /** Replaces the permission keys. */
  permissions?: Array<string> | null | undefined;
};

/** A guard’s step on a security event. */
export type UpdateSecurityEventInput = {
  /** What was found or done. */
  note?: string | null | undefined;
};

/** Changes to a tenant company; omitted fields stay as they are. */
export type UpdateTenantCompanyInput = {
  /** Replaces all contacts when given. */
  contacts?: Array<TenantContactInput> | null | undefined;
  /** What the company does. */
  description?: string | null | undefined;
  /** Number of employees. */
  employeeCount?: number | null | undefined;
  /** GB/T 4754-2017 division code. */
  industryCode?: string | null | undefined;
  /** Legal representative. */
  legalRepresentative?: string | null | undefined;
  /** Move-in date. */
  moveInDate?: string | null | undefined;
  /** Registered name. */
  name?: string | null | undefined;
  /** Short name. */
  shortName?: string | null | undefined;
  /** Stay in the park. */
  status?: TenantStatus | null | undefined;
  /** Unified social credit code. */
  uscc?: string | null | undefined;
  /** Web site. */
  website?: string | null | undefined;
};

/** Changes to a unit; omitted fields stay as they are. */
export type UpdateUnitInput = {
  /** True removes the occupying tenant (with a status that allows none). */
  clearTenant?: boolean | null | undefined;
  /** Room number. */
  code?: string | null | undefined;
  /** Gross area, m². */
  grossArea?: number | null | undefined;
  /** Letting state. */
  status?: UnitStatus | null | undefined;
  /** Occupying tenant company. */
  tenantId?: string | number | null | undefined;
  /** Use of the space. */
  type?: UnitType | null | undefined;
  /** Usable area, m². */
  usableArea?: number | null | undefined;
};

/** Changes to a user; omitted fields stay as they are. */
export type UpdateUserInput = {
  /** Name shown to others. */
  displayName?: string | null | undefined;
  /** E-mail address. */
  email?: string | null | undefined;
  /** Staff: replaces the parks. */
  parkIds?: Array<string | number> | null | undefined;
  /** Mobile number. */
  phone?: string | null | undefined;
  /** Replaces the roles. */
  roleIds?: Array<string | number> | null | undefined;
  /** DISABLED ends every session at once. */
  status?: UserStatus | null | undefined;
};

/** Which users to list. */
export type UserFilter = {
  /** Staff or tenant users. */
  kind?: UserKind | null | undefined;
  /** Staff bound to, or tenant users of, this park. */
  parkId?: string | number | null | undefined;
  /** Part of the login or display name. */
  search?: string | null | undefined;
  /** Only active or only disabled. */
  status?: UserStatus | null | undefined;
  /** Users of this tenant company. */
  tenantId?: string | number | null | undefined;
};

/** Which side a user is on. */
export type UserKind =
  /** Park operator staff, bound to one or more parks. */
  | 'STAFF'
  /** Works for a tenant company, bound to exactly one. */
  | 'TENANT';

/** Whether a user may sign in. */
export type UserStatus =
  /** May sign in. */
  | 'ACTIVE'
  /** May not sign in. */
  | 'DISABLED';

/** Whether a listed plate is let in or kept out. */
export type VehicleListKind =
  /** Let in 白名单 */
  | 'ALLOW'
  /** Kept out 黑名单 */
  | 'BLOCK';

/** One term of a virtual meter. */
export type VirtualTermInput = {
  /** A real meter of the same park and kind. */
  meterId: string | number;
  /** +1 adds its consumption, −1 takes it away. */
  sign: number;
};

/** Filters of the park’s visit log; all optional, combined with AND. */
export type VisitFilter = {
  /** Windows starting at or after this instant. */
  from?: string | null | undefined;
  /** Park. */
  parkId: string | number;
  /** Part of the visitor’s name, the host’s name or the plate (1–50). */
  search?: string | null | undefined;
  /** Invitation or walk-in. */
  source?: VisitSource | null | undefined;
  /** Approval state. */
  state?: VisitState | null | undefined;
  /** One host company. */
  tenantId?: string | number | null | undefined;
  /** Windows starting before this instant. */
  to?: string | null | undefined;
};

/** Where a visit stands for the people around it, at the time of the request. */
export type VisitPhase =
  /** Approved; not checked in yet and the window not over. */
  | 'EXPECTED'
  /** Checked out. */
  | 'LEFT'
  /** Approved, but the window ended without a check-in. */
  | 'MISSED'
  /** Checked in, not out. */
  | 'ON_SITE'
  /** Waiting for security, the host or the front desk. */
  | 'PENDING'
  /** Refused. */
  | 'REJECTED'
  /** Withdrawn by the host company. */
  | 'REVOKED';

/** How a visit came about. */
export type VisitSource =
  /** Invited beforehand by a tenant employee (the host). */
  | 'INVITATION'
  /** Registered at a lobby kiosk; the host approves or rejects. */
  | 'WALK_IN';

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

/** Why a bill is withdrawn. */
export type VoidBillInput = {
  /** Reason (1–200). */
  reason: string;
};

/** A person to put on the park’s watchlist: a name with a phone, an ID number, or both. */
export type WatchlistEntryInput = {
  /** ID-card number (matched alone); check digit verified, stored encrypted. */
  idNumber?: string | null | undefined;
  /** Name (1–50). */
  name: string;
  /** Park. */
  parkId: string | number;
  /** Phone number (matched with the name). */
  phone?: string | null | undefined;
  /** Why (1–200). */
  reason: string;
};

/** What can be done to a work order. */
export type WorkOrderAction =
  /** The assignee takes the job. */
  | 'ACCEPT'
  /** Withdraw it before work starts. */
  | 'CANCEL'
  /** Close a verified order. */
  | 'CLOSE'
  /** The assignee finished the work. */
  | 'COMPLETE'
  /** The assignee hands it back (note: why). */
  | 'DECLINE'
  /** Assign or re-assign a technician (assigneeId). */
  | 'DISPATCH'
  /** Pause: waiting for parts or the tenant (holdReason). */
  | 'HOLD'
  /** Continue after a hold. */
  | 'RESUME'
  /** The requester sends it back: not fixed. */
  | 'REWORK'
  /** The assignee starts work. */
  | 'START'
  /** The requester confirms the fix. */
  | 'VERIFY';

/** Kind of work. */
export type WorkOrderCategory =
  /** civil work */
  | 'CIVIL'
  /** cleaning work */
  | 'CLEANING'
  /** door_access work */
  | 'DOOR_ACCESS'
  /** elevator work */
  | 'ELEVATOR'
  /** fire work */
  | 'FIRE'
  /** hvac work */
  | 'HVAC'
  /** landscaping work */
  | 'LANDSCAPING'
  /** lighting work */
  | 'LIGHTING'
  /** network work */
  | 'NETWORK'
  /** other work */
  | 'OTHER'
  /** power work */
  | 'POWER'
  /** security work */
  | 'SECURITY'
  /** service work */
  | 'SERVICE'
  /** water work */
  | 'WATER';

/** What can be done to a work order besides moving it through its states. */
export type WorkOrderExtraAction =
  /** Quote a paid repair (quoteWorkOrder). */
  | 'QUOTE'
  /** Record the return visit (recordReturnVisit). */
  | 'RECORD_VISIT';

/** Which work orders. */
export type WorkOrderFilter = {
  /** Assigned to this user. */
  assigneeId?: string | number | null | undefined;
  /** In this building. */
  buildingId?: string | number | null | undefined;
  /** Only those assigned to me. */
  mine?: boolean | null | undefined;
  /** Of this park. */
  parkId?: string | number | null | undefined;
  /** Of these priorities. */
  priorities?: Array<WorkOrderPriority> | null | undefined;
  /** Only those I filed myself (the portal’s “my requests”; without it a tenant admin sees the company’s). */
  requestedByMe?: boolean | null | undefined;
  /** Part of the number, title or location note. */
  search?: string | null | undefined;
  /** In these states. */
  states?: Array<WorkOrderState> | null | undefined;
};

/** Which work orders the KPIs cover: filed in [from, to). */
export type WorkOrderKpiFilter = {
  /** Only this kind of work. */
  category?: WorkOrderCategory | null | undefined;
  /** From (inclusive). */
  from: string;
  /** Park. */
  parkId: string | number;
  /** Until (exclusive). */
  to: string;
};

/** How urgent (SPEC §3.4). */
export type WorkOrderPriority =
  /** Emergency 紧急 */
  | 'EMERGENCY'
  /** Normal 一般 */
  | 'NORMAL'
  /** Urgent 加急 */
  | 'URGENT';

/** Where a work order came from. */
export type WorkOrderSource =
  /** A device alarm 告警 */
  | 'ALARM'
  /** A complaint 投诉 */
  | 'COMPLAINT'
  /** An inspection finding 巡检 */
  | 'INSPECTION'
  /** A maintenance plan 维保计划 */
  | 'MAINTENANCE_PLAN'
  /** A patrol exception 巡更 */
  | 'PATROL'
  /** Reported by anyone through an equipment QR label, unverified 扫码报修 */
  | 'PUBLIC_REPORT'
  /** Raised by staff 内部 */
  | 'STAFF'
  /** A tenant’s repair request 报修 */
  | 'TENANT_REPAIR';

/** Where a work order is in its life. */
export type WorkOrderState =
  /** The technician took it 已接单 */
  | 'ACCEPTED'
  /** Cancelled 已取消 */
  | 'CANCELLED'
  /** Closed 已关闭 */
  | 'CLOSED'
  /** Done, waiting for the requester 待验收 */
  | 'COMPLETED'
  /** Assigned, waiting for the technician 已派单 */
  | 'DISPATCHED'
  /** Being worked on 处理中 */
  | 'IN_PROGRESS'
  /** Waiting for parts or the tenant 挂起 */
  | 'ON_HOLD'
  /** Filed, waiting to be dispatched 待派单 */
  | 'SUBMITTED'
  /** Confirmed by the requester 已验收 */
  | 'VERIFIED';

/** Which part of the platform acted (apps name it in their own language). */
export type WorkOrderSystemActor =
  /** Automatic dispatch. */
  | 'AUTO_DISPATCH'
  /** A maintenance plan filed the order. */
  | 'MAINTENANCE_PLAN'
  /** Someone scanned an equipment label and reported a fault (not signed in, unverified). */
  | 'QR_REPORT'
  /** Another background job (a timer, a rule). */
  | 'SYSTEM';

export type AccessCredentialsQueryVariables = Exact<{
  filter?: AccessCredentialFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AccessCredentialsQuery = { accessCredentials: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: CredentialKind, identifier: string, status: CredentialStatus, holderId: string, holderName: string | null, tenantId: string | null, validFrom: string, validUntil: string | null }> } };

export type AccessEventsQueryVariables = Exact<{
  filter?: AccessEventFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AccessEventsQuery = { accessEvents: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, occurredAt: string, type: AccessEventType, decision: AccessDecision, reason: AccessReason, direction: AccessDirection, credentialKind: CredentialKind | null, credentialRef: string | null, holderName: string | null, tenantName: string | null, point: { id: string, code: string, name: string } | null }> } };

export type AddAccessGroupMemberMutationVariables = Exact<{
  groupId: string | number;
  userId: string | number;
}>;


export type AddAccessGroupMemberMutation = { addAccessGroupMember: { id: string, members: Array<{ userId: string, name: string }> } };

export type RemoveAccessGroupMemberMutationVariables = Exact<{
  groupId: string | number;
  userId: string | number;
}>;


export type RemoveAccessGroupMemberMutation = { removeAccessGroupMember: { id: string, members: Array<{ userId: string, name: string }> } };

export type AccessGroupPointOptionsQueryVariables = Exact<{
  parkId: string | number;
}>;


export type AccessGroupPointOptionsQuery = { accessPoints: { nodes: Array<{ id: string, code: string, name: string, active: boolean }> } };

export type AccessGroupsQueryVariables = Exact<{
  filter?: AccessGroupFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AccessGroupsQuery = { accessGroups: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, tenantId: string | null, schedule: Array<{ days: Array<number>, start: number, end: number }>, points: Array<{ id: string, code: string, name: string }>, members: Array<{ userId: string, name: string }> }> } };

export type AccessLogOptionsQueryVariables = Exact<{
  parkId: string | number;
}>;


export type AccessLogOptionsQuery = { accessPoints: { nodes: Array<{ id: string, code: string, name: string }> }, accessCredentials: { nodes: Array<{ id: string, holderId: string, holderName: string | null }> } };

export type AccessPointsQueryVariables = Exact<{
  filter?: AccessPointFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AccessPointsQuery = { accessPoints: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, name: string, kind: AccessPointKind, vendorDeviceId: string, active: boolean, buildingId: string | null }> } };

export type AccessTenantOptionsQueryVariables = Exact<{
  parkId: string | number;
}>;


export type AccessTenantOptionsQuery = { tenantCompanies: { nodes: Array<{ id: string, name: string }> } };

export type AcknowledgeSecurityEventMutationVariables = Exact<{
  id: string | number;
  input?: UpdateSecurityEventInput | null | undefined;
}>;


export type AcknowledgeSecurityEventMutation = { acknowledgeSecurityEvent: { id: string, status: SecurityEventStatus, acknowledgedAt: string | null, note: string | null } };

export type CloseSecurityEventMutationVariables = Exact<{
  id: string | number;
  input?: UpdateSecurityEventInput | null | undefined;
}>;


export type CloseSecurityEventMutation = { closeSecurityEvent: { id: string, status: SecurityEventStatus, closedAt: string | null, note: string | null } };

export type CreateAccessCredentialMutationVariables = Exact<{
  input: CreateAccessCredentialInput;
}>;


export type CreateAccessCredentialMutation = { createAccessCredential: { id: string, identifier: string } };

export type CreateAccessGroupMutationVariables = Exact<{
  input: CreateAccessGroupInput;
}>;


export type CreateAccessGroupMutation = { createAccessGroup: { id: string, name: string } };

export type CreateAccessPointMutationVariables = Exact<{
  input: CreateAccessPointInput;
}>;


export type CreateAccessPointMutation = { createAccessPoint: { id: string, code: string } };

export type HolderOptionsQueryVariables = Exact<{
  filter: AccessHolderFilter;
}>;


export type HolderOptionsQuery = { accessHolderOptions: Array<{ id: string, name: string, tenantId: string | null, tenantName: string | null }> };

export type SecurityEventChangedSubscriptionVariables = Exact<{
  parkId: string | number;
}>;


export type SecurityEventChangedSubscription = { securityEventChanged: { action: string, securityEvent: { id: string, status: SecurityEventStatus } } };

export type SecurityEventsQueryVariables = Exact<{
  filter?: SecurityEventFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SecurityEventsQuery = { securityEvents: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: SecurityEventKind, status: SecurityEventStatus, occurredAt: string, acknowledgedAt: string | null, closedAt: string | null, note: string | null, point: { id: string, code: string, name: string } | null, accessEvent: { id: string, reason: AccessReason, credentialRef: string | null, holderName: string | null, tenantName: string | null } | null }> } };

export type SetAccessCredentialStatusMutationVariables = Exact<{
  id: string | number;
  status: CredentialStatus;
}>;


export type SetAccessCredentialStatusMutation = { setAccessCredentialStatus: { id: string, status: CredentialStatus } };

export type UpdateAccessGroupMutationVariables = Exact<{
  id: string | number;
  input: UpdateAccessGroupInput;
}>;


export type UpdateAccessGroupMutation = { updateAccessGroup: { id: string, name: string } };

export type UpdateAccessPointMutationVariables = Exact<{
  id: string | number;
  input: UpdateAccessPointInput;
}>;


export type UpdateAccessPointMutation = { updateAccessPoint: { id: string, name: string, kind: AccessPointKind, vendorDeviceId: string, active: boolean } };

export type AssetTreeQueryVariables = Exact<{
  parkId: string | number;
}>;


export type AssetTreeQuery = { park: { id: string, code: string, name: string, retiredAt: string | null, occupancy: { rate: number, units: number, leasedUnits: number, vacantUnits: number, leasableArea: number, leasedArea: number }, buildings: Array<{ id: string, code: string, name: string, grossArea: number, completedYear: number | null, retiredAt: string | null, occupancy: { rate: number, units: number }, floors: Array<{ id: string, level: number, name: string, grossArea: number | null, retiredAt: string | null, occupancy: { rate: number }, units: Array<{ id: string, code: string, status: UnitStatus, type: UnitType, grossArea: number, retiredAt: string | null, tenant: { id: string, name: string } | null }> }> }> } | null };

export type CreateBuildingMutationVariables = Exact<{
  input: CreateBuildingInput;
}>;


export type CreateBuildingMutation = { createBuilding: { id: string, code: string, name: string } };

export type CreateFloorMutationVariables = Exact<{
  input: CreateFloorInput;
}>;


export type CreateFloorMutation = { createFloor: { id: string, level: number, name: string } };

export type CreateParkMutationVariables = Exact<{
  input: CreateParkInput;
}>;


export type CreateParkMutation = { createPark: { id: string, code: string, name: string } };

export type CreateUnitMutationVariables = Exact<{
  input: CreateUnitInput;
}>;


export type CreateUnitMutation = { createUnit: { id: string, code: string } };

export type ParkFormQueryVariables = Exact<{
  id: string | number;
}>;


export type ParkFormQuery = { park: { id: string, code: string, name: string, city: string, address: string, timeZone: string, landArea: number | null, retiredAt: string | null } | null };

export type RetireBuildingMutationVariables = Exact<{
  id: string | number;
}>;


export type RetireBuildingMutation = { retireBuilding: { id: string, retiredAt: string | null } };

export type RetireFloorMutationVariables = Exact<{
  id: string | number;
}>;


export type RetireFloorMutation = { retireFloor: { id: string, retiredAt: string | null } };

export type RetireParkMutationVariables = Exact<{
  id: string | number;
}>;


export type RetireParkMutation = { retirePark: { id: string, retiredAt: string | null } };

export type RetireUnitMutationVariables = Exact<{
  id: string | number;
}>;


export type RetireUnitMutation = { retireUnit: { id: string, retiredAt: string | null } };

export type SiteOptionsQueryVariables = Exact<{
  parkId: string | number;
}>;


export type SiteOptionsQuery = { park: { id: string, buildings: Array<{ id: string, code: string, name: string, retiredAt: string | null, floors: Array<{ id: string, level: number, name: string, retiredAt: string | null, units: Array<{ id: string, code: string, retiredAt: string | null }> }> }> } | null };

export type UnitListQueryVariables = Exact<{
  filter?: UnitFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type UnitListQuery = { units: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, type: UnitType, status: UnitStatus, grossArea: number, usableArea: number, retiredAt: string | null, building: { id: string, code: string, name: string }, floor: { id: string, name: string }, tenant: { id: string, name: string } | null }> } };

export type UpdateBuildingMutationVariables = Exact<{
  id: string | number;
  input: UpdateBuildingInput;
}>;


export type UpdateBuildingMutation = { updateBuilding: { id: string, code: string, name: string, grossArea: number, completedYear: number | null } };

export type UpdateFloorMutationVariables = Exact<{
  id: string | number;
  input: UpdateFloorInput;
}>;


export type UpdateFloorMutation = { updateFloor: { id: string, name: string, grossArea: number | null } };

export type UpdateParkMutationVariables = Exact<{
  id: string | number;
  input: UpdateParkInput;
}>;


export type UpdateParkMutation = { updatePark: { id: string, code: string, name: string, city: string, address: string, landArea: number | null } };

export type UpdateUnitMutationVariables = Exact<{
  id: string | number;
  input: UpdateUnitInput;
}>;


export type UpdateUnitMutation = { updateUnit: { id: string, code: string, type: UnitType, status: UnitStatus, grossArea: number, usableArea: number, retiredAt: string | null } };

export type AuditLogQueryVariables = Exact<{
  filter?: AuditFilter | null | undefined;
  first?: number | null | undefined;
  before?: string | number | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { hasMore: boolean, entries: Array<{ seq: string, occurredAt: string, actorKind: string, actorId: string | null, actorLabel: string | null, operation: string, module: string | null, moduleName: string | null, moduleNameEn: string | null, action: string, actionEn: string, targetType: string | null, targetId: string | null, targetName: string | null, outcome: string, errorCode: string | null, ip: string | null, before: Record<string, unknown> | null, after: Record<string, unknown> | null, hash: string }> } };

export type AuditPeopleQueryVariables = Exact<{
  filter?: UserFilter | null | undefined;
}>;


export type AuditPeopleQuery = { users: { nodes: Array<{ id: string, login: string, displayName: string }> } };

export type AuditVocabularyQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditVocabularyQuery = { auditVocabulary: Array<{ module: string, name: string, nameEn: string, actions: Array<{ operation: string, name: string, nameEn: string }> }> };

export type VerifyAuditChainQueryVariables = Exact<{ [key: string]: never; }>;


export type VerifyAuditChainQuery = { verifyAuditChain: { ok: boolean, checked: number, lastSeq: string | null, brokenSeq: string | null, problem: string | null } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { kind: ActorKind, id: string, name: string, permissions: Array<string>, allParks: boolean, busiestParkId: string | null, parks: Array<{ id: string, code: string, name: string, timeZone: string }>, user: { id: string, login: string, mustChangePassword: boolean } | null } };

export type BillOverviewQueryVariables = Exact<{
  parkId: string | number;
}>;


export type BillOverviewQuery = { billAging: { notDueFen: number, days0to30Fen: number, days31to60Fen: number, days61to90Fen: number, days90plusFen: number, billsNotDue: number, billsOverdue: number }, billRuns: Array<{ id: string, period: string, status: BillRunStatus, tenantsTotal: number, tenantsDone: number, billsIssued: number, adjustments: number, startedAt: string, finishedAt: string | null }> };

export type BillDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type BillDetailQuery = { bill: { id: string, number: string, period: string, kind: BillKind, status: BillStatus, tenantName: string, issuedOn: string, dueOn: string, totalFen: number, paidFen: number, outstandingFen: number, checkCode: string, voidReason: string | null, lines: Array<{ id: string, source: BillLineSource, description: string, periodFrom: string, periodTo: string, quantity: string | null, unit: string | null, unitPrice: string | null, amountFen: number, evidence: string }>, ledger: Array<{ id: string, intentId: string, kind: PaymentEntryKind, amountFen: number, provider: PaymentProvider, providerRef: string, bookedAt: string, receiptNo: string | null }> } };

export type BillRunProgressSubscriptionVariables = Exact<{
  parkId: string | number;
}>;


export type BillRunProgressSubscription = { billRunProgress: { id: string, period: string, status: BillRunStatus, tenantsTotal: number, tenantsDone: number, billsIssued: number, adjustments: number, startedAt: string, finishedAt: string | null } };

export type BillsQueryVariables = Exact<{
  filter?: BillFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BillsQuery = { bills: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, number: string, period: string, kind: BillKind, status: BillStatus, tenantName: string, issuedOn: string, dueOn: string, totalFen: number, paidFen: number, outstandingFen: number }> } };

export type ParkBillChangedSubscriptionVariables = Exact<{
  parkId: string | number;
}>;


export type ParkBillChangedSubscription = { parkBillChanged: { id: string, status: BillStatus, paidFen: number, outstandingFen: number } };

export type StartBillRunMutationVariables = Exact<{
  input: StartBillRunInput;
}>;


export type StartBillRunMutation = { startBillRun: { id: string, period: string, status: BillRunStatus, tenantsTotal: number, tenantsDone: number } };

export type VoidBillMutationVariables = Exact<{
  id: string | number;
  input: VoidBillInput;
}>;


export type VoidBillMutation = { voidBill: { id: string, status: BillStatus } };

export type AddBillChargeMutationVariables = Exact<{
  input: AddBillChargeInput;
}>;


export type AddBillChargeMutation = { addBillCharge: { id: string, tenantName: string, amountFen: number } };

export type BillChargesQueryVariables = Exact<{
  filter?: BillChargeFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BillChargesQuery = { billCharges: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, tenantId: string, tenantName: string, standardId: string, chargedOn: string, quantity: string, unitPrice: string, amountFen: number, description: string, createdAt: string, cancelledAt: string | null, cancelReason: string | null, billNumbers: Array<string>, standard: { code: string, name: string, item: FeeItem } }> } };

export type CancelBillChargeMutationVariables = Exact<{
  id: string | number;
  input: CancelBillChargeInput;
}>;


export type CancelBillChargeMutation = { cancelBillCharge: { id: string, cancelledAt: string | null, cancelReason: string | null, billNumbers: Array<string> } };

export type ExportListMutationVariables = Exact<{
  input: ExportListInput;
}>;


export type ExportListMutation = { exportList: { url: string, rowCount: number, expiresAt: string } };

export type AcknowledgeEnergyAlertMutationVariables = Exact<{
  id: string | number;
}>;


export type AcknowledgeEnergyAlertMutation = { acknowledgeEnergyAlert: { id: string, status: EnergyAlertStatus, acknowledgedAt: string | null } };

export type AlertMeterOptionsQueryVariables = Exact<{
  parkId: string | number;
  search?: string | null | undefined;
}>;


export type AlertMeterOptionsQuery = { meters: { nodes: Array<{ id: string, code: string, name: string, kind: MeterKind, terms: Array<{ meterId: string }> }> } };

export type CloseEnergyAlertMutationVariables = Exact<{
  id: string | number;
}>;


export type CloseEnergyAlertMutation = { closeEnergyAlert: { id: string, status: EnergyAlertStatus, closedAt: string | null } };

export type CreateEnergyAlertRuleMutationVariables = Exact<{
  input: CreateEnergyAlertRuleInput;
}>;


export type CreateEnergyAlertRuleMutation = { createEnergyAlertRule: { id: string, name: string } };

export type EnergyAlertChangedSubscriptionVariables = Exact<{
  parkId: string | number;
}>;


export type EnergyAlertChangedSubscription = { energyAlertChanged: { action: string, alert: { id: string, status: EnergyAlertStatus, meterCode: string } } };

export type EnergyAlertRulesQueryVariables = Exact<{
  parkId: string | number;
}>;


export type EnergyAlertRulesQuery = { energyAlertRules: Array<{ id: string, name: string, kind: EnergyAlertKind, meterId: string | null, meterCode: string | null, meterName: string | null, meterKind: MeterKind | null, meterLevel: MeterLevel | null, grain: EnergyAlertGrain | null, threshold: number | null, factor: number | null, weeks: number | null, nightStart: number | null, nightEnd: number | null, weekends: boolean, holidays: Array<string>, intervals: number | null, openWorkOrder: boolean, workOrderCategory: WorkOrderCategory | null, workOrderPriority: WorkOrderPriority | null, enabled: boolean }> };

export type EnergyAlertsQueryVariables = Exact<{
  filter?: EnergyAlertFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EnergyAlertsQuery = { energyAlerts: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: EnergyAlertKind, status: EnergyAlertStatus, ruleName: string, meterId: string, meterCode: string, meterName: string, meterKind: MeterKind, unit: string, openedAt: string, observedAt: string, value: number, peakValue: number, limitValue: number, acknowledgedAt: string | null, clearedAt: string | null, closedAt: string | null, workOrderId: string | null, workOrderNumber: string | null }> } };

export type EvaluateEnergyAlertsMutationVariables = Exact<{
  parkId: string | number;
}>;


export type EvaluateEnergyAlertsMutation = { evaluateEnergyAlerts: { opened: number, cleared: number } };

export type SetEnergyAlertRuleEnabledMutationVariables = Exact<{
  id: string | number;
  enabled: boolean;
}>;


export type SetEnergyAlertRuleEnabledMutation = { setEnergyAlertRuleEnabled: { id: string, enabled: boolean } };

export type UpdateEnergyAlertRuleMutationVariables = Exact<{
  id: string | number;
  input: EnergyAlertRuleSettingsInput;
}>;


export type UpdateEnergyAlertRuleMutation = { updateEnergyAlertRule: { id: string, name: string } };

export type CreateEnergyTariffMutationVariables = Exact<{
  input: CreateTariffInput;
}>;


export type CreateEnergyTariffMutation = { createEnergyTariff: { id: string, effectiveFrom: string } };

export type EmissionFactorsQueryVariables = Exact<{
  parkId: string | number;
}>;


export type EmissionFactorsQuery = { emissionFactors: Array<{ id: string, kind: MeterKind, effectiveFrom: string, kgPerUnit: string, source: string }> };

export type CreateEmissionFactorMutationVariables = Exact<{
  input: CreateEmissionFactorInput;
}>;


export type CreateEmissionFactorMutation = { createEmissionFactor: { id: string } };

export type EnergyFlowQueryVariables = Exact<{
  parkId: string | number;
  kind: MeterKind;
  from: string;
  to: string;
  withTenants: boolean;
}>;


export type EnergyFlowQuery = { energyFlow: { unit: string, nodes: Array<{ id: string, name: string, level: MeterLevel | null, value: number, loss: number | null }>, links: Array<{ source: string, target: string, value: number }> } };

export type EnergyOverviewQueryVariables = Exact<{
  input: EnergyScopeInput;
}>;


export type EnergyOverviewQuery = { energyOverview: { kind: MeterKind, unit: string, today: string, hours: Array<{ hour: number, today: number | null, baseline: number | null }>, buildings: Array<{ buildingId: string, name: string, amount: number, area: number | null, intensity: number | null }>, months: Array<{ month: string, amount: number, lastYear: number | null, mom: number | null, yoy: number | null, carbonKg: number, partial: boolean }>, comparison: { current: number, previous: number, lastYear: number, mom: number | null, yoy: number | null, previousFrom: string, previousTo: string, area: number | null, intensity: number | null, carbonKg: number }, cost: { totalFen: number, unpriced: number, bands: Array<{ kind: MeterKind, band: TouBand | null, amount: number, costFen: number, share: number }> } } };

export type EnergyTariffsQueryVariables = Exact<{
  parkId: string | number;
  kind?: MeterKind | null | undefined;
}>;


export type EnergyTariffsQuery = { energyTariffs: Array<{ id: string, kind: MeterKind, unit: string, effectiveFrom: string, effectiveTo: string | null, name: string, periods: Array<{ band: TouBand, startHour: number, endHour: number, price: string }> }> };

export type CreateMeterReadingPhotoUploadMutationVariables = Exact<{
  input: MeterReadingPhotoUploadInput;
}>;


export type CreateMeterReadingPhotoUploadMutation = { createMeterReadingPhotoUpload: { attachmentId: string, uploadUrl: string } };

export type CreateMeterMutationVariables = Exact<{
  input: CreateMeterInput;
}>;


export type CreateMeterMutation = { createMeter: { id: string, code: string, name: string, kind: MeterKind, level: MeterLevel, unit: string, active: boolean, virtual: boolean, parentId: string | null, tenantId: string | null, buildingId: string | null, floorId: string | null, unitId: string | null, deviceId: string | null, deviceRegister: string | null, multiplier: number, registerDigits: number | null, spikeLimit: number | null, intervalMinutes: number, baselineValue: number | null, lastReadingAt: string | null, terms: Array<{ meterId: string, sign: number }> } };

export type EnergyCompaniesQueryVariables = Exact<{
  parkId: string | number;
}>;


export type EnergyCompaniesQuery = { tenantCompanies: { nodes: Array<{ id: string, name: string }> } };

export type EnergyMeterQueryVariables = Exact<{
  id: string | number;
}>;


export type EnergyMeterQuery = { meter: { id: string, code: string, name: string, kind: MeterKind, level: MeterLevel, unit: string, active: boolean, virtual: boolean, parentId: string | null, tenantId: string | null, buildingId: string | null, floorId: string | null, unitId: string | null, deviceId: string | null, deviceRegister: string | null, multiplier: number, registerDigits: number | null, spikeLimit: number | null, intervalMinutes: number, baselineValue: number | null, lastReadingAt: string | null, terms: Array<{ meterId: string, sign: number }> } | null };

export type EnergyMetersQueryVariables = Exact<{
  parkId: string | number;
  kind?: MeterKind | null | undefined;
  level?: MeterLevel | null | undefined;
  buildingId?: string | number | null | undefined;
  tenantId?: string | number | null | undefined;
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EnergyMetersQuery = { meters: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, name: string, kind: MeterKind, level: MeterLevel, unit: string, active: boolean, virtual: boolean, parentId: string | null, tenantId: string | null, buildingId: string | null, floorId: string | null, unitId: string | null, deviceId: string | null, deviceRegister: string | null, multiplier: number, registerDigits: number | null, spikeLimit: number | null, intervalMinutes: number, baselineValue: number | null, lastReadingAt: string | null, terms: Array<{ meterId: string, sign: number }> }> } };

export type IotDeviceFieldsFragment = { id: string, code: string, name: string, kind: DeviceKind, status: DeviceStatus, location: string | null, lastSeenAt: string | null, secretIssuedAt: string, createdAt: string, topics: { telemetry: string, command: string }, rejections: Array<{ reason: RejectionReason, count: number, lastAt: string }> };

export type IotDevicesQueryVariables = Exact<{
  parkId: string | number;
  kind?: DeviceKind | null | undefined;
}>;


export type IotDevicesQuery = { iotDevices: Array<{ id: string, code: string, name: string, kind: DeviceKind, status: DeviceStatus, location: string | null, lastSeenAt: string | null, secretIssuedAt: string, createdAt: string, topics: { telemetry: string, command: string }, rejections: Array<{ reason: RejectionReason, count: number, lastAt: string }> }>, iotRejections: Array<{ deviceCode: string, deviceId: string | null, reason: RejectionReason, count: number, lastAt: string }> };

export type MeterConsumptionQueryVariables = Exact<{
  input: ConsumptionQueryInput;
}>;


export type MeterConsumptionQuery = { energyConsumption: Array<{ key: string, label: string, unit: string, total: number, estimated: number, points: Array<{ at: string, amount: number, estimated: number }> }> };

export type MeterFieldsFragment = { id: string, code: string, name: string, kind: MeterKind, level: MeterLevel, unit: string, active: boolean, virtual: boolean, parentId: string | null, tenantId: string | null, buildingId: string | null, floorId: string | null, unitId: string | null, deviceId: string | null, deviceRegister: string | null, multiplier: number, registerDigits: number | null, spikeLimit: number | null, intervalMinutes: number, baselineValue: number | null, lastReadingAt: string | null, terms: Array<{ meterId: string, sign: number }> };

export type MeterOptionsQueryVariables = Exact<{
  parkId: string | number;
  kind?: MeterKind | null | undefined;
  search?: string | null | undefined;
}>;


export type MeterOptionsQuery = { meters: { nodes: Array<{ id: string, code: string, name: string, level: MeterLevel, virtual: boolean }> } };

export type MeterReadingsQueryVariables = Exact<{
  meterId: string | number;
  from: string;
  to: string;
  limit: number;
}>;


export type MeterReadingsQuery = { meterReadings: Array<{ at: string, value: number, consumption: number, flag: ReadingFlag, estimated: boolean, source: ReadingSource, photo: { id: string, fileName: string, url: string } | null }> };

export type RecordMeterReadingMutationVariables = Exact<{
  input: ManualReadingInput;
}>;


export type RecordMeterReadingMutation = { recordMeterReading: { stored: boolean, flag: ReadingFlag | null } };

export type RegisterIotDeviceMutationVariables = Exact<{
  input: RegisterIotDeviceInput;
}>;


export type RegisterIotDeviceMutation = { registerIotDevice: { username: string, secret: string, device: { id: string, code: string, name: string, kind: DeviceKind, status: DeviceStatus, location: string | null, lastSeenAt: string | null, secretIssuedAt: string, createdAt: string, topics: { telemetry: string, command: string }, rejections: Array<{ reason: RejectionReason, count: number, lastAt: string }> } } };

export type RotateIotDeviceSecretMutationVariables = Exact<{
  id: string | number;
}>;


export type RotateIotDeviceSecretMutation = { rotateIotDeviceSecret: { username: string, secret: string, device: { id: string, code: string, name: string, kind: DeviceKind, status: DeviceStatus, location: string | null, lastSeenAt: string | null, secretIssuedAt: string, createdAt: string, topics: { telemetry: string, command: string }, rejections: Array<{ reason: RejectionReason, count: number, lastAt: string }> } } };

export type UpdateIotDeviceMutationVariables = Exact<{
  id: string | number;
  input: UpdateIotDeviceInput;
}>;


export type UpdateIotDeviceMutation = { updateIotDevice: { id: string, code: string, name: string, kind: DeviceKind, status: DeviceStatus, location: string | null, lastSeenAt: string | null, secretIssuedAt: string, createdAt: string, topics: { telemetry: string, command: string }, rejections: Array<{ reason: RejectionReason, count: number, lastAt: string }> } };

export type UpdateMeterMutationVariables = Exact<{
  id: string | number;
  input: UpdateMeterInput;
}>;


export type UpdateMeterMutation = { updateMeter: { id: string, code: string, name: string, kind: MeterKind, level: MeterLevel, unit: string, active: boolean, virtual: boolean, parentId: string | null, tenantId: string | null, buildingId: string | null, floorId: string | null, unitId: string | null, deviceId: string | null, deviceRegister: string | null, multiplier: number, registerDigits: number | null, spikeLimit: number | null, intervalMinutes: number, baselineValue: number | null, lastReadingAt: string | null, terms: Array<{ meterId: string, sign: number }> } };

export type ChangeEquipmentStatusMutationVariables = Exact<{
  id: string | number;
  status: EquipmentStatus;
  note?: string | null | undefined;
}>;


export type ChangeEquipmentStatusMutation = { changeEquipmentStatus: { id: string, status: EquipmentStatus } };

export type CreateEquipmentMutationVariables = Exact<{
  input: CreateEquipmentInput;
}>;


export type CreateEquipmentMutation = { createEquipment: { id: string, code: string } };

export type EquipmentDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type EquipmentDetailQuery = { equipment: { id: string, code: string, publicToken: string, name: string, category: EquipmentCategory, status: EquipmentStatus, manufacturer: string | null, model: string | null, serialNumber: string | null, installDate: string | null, warrantyEnd: string | null, inWarranty: boolean, locationNote: string | null, parameters: Record<string, unknown>, park: { id: string, name: string, timeZone: string }, building: { id: string, name: string } | null, floor: { id: string, name: string } | null, unit: { id: string, code: string } | null, history: { nodes: Array<{ id: string, kind: EquipmentEventKind, occurredAt: string, note: string | null }> } } | null };

export type EquipmentFormQueryVariables = Exact<{
  id: string | number;
}>;


export type EquipmentFormQuery = { equipment: { id: string, code: string, name: string, category: EquipmentCategory, status: EquipmentStatus, manufacturer: string | null, model: string | null, serialNumber: string | null, installDate: string | null, warrantyEnd: string | null, locationNote: string | null, building: { id: string } | null, floor: { id: string } | null, unit: { id: string } | null } | null };

export type EquipmentLabelsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type EquipmentLabelsQuery = { equipmentLedger: { nodes: Array<{ id: string, code: string, name: string, publicToken: string, park: { id: string, name: string }, building: { id: string, name: string } | null, floor: { id: string, name: string } | null }> } };

export type EquipmentLedgerQueryVariables = Exact<{
  filter?: EquipmentFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EquipmentLedgerQuery = { equipmentLedger: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, name: string, category: EquipmentCategory, status: EquipmentStatus, inWarranty: boolean, warrantyEnd: string | null, locationNote: string | null, building: { id: string, name: string } | null, floor: { id: string, name: string } | null, unit: { id: string, code: string } | null }> } };

export type UpdateEquipmentMutationVariables = Exact<{
  id: string | number;
  input: UpdateEquipmentInput;
}>;


export type UpdateEquipmentMutation = { updateEquipment: { id: string, name: string, locationNote: string | null } };

export type AddFeeRateMutationVariables = Exact<{
  input: AddFeeRateInput;
}>;


export type AddFeeRateMutation = { addFeeRate: { id: string, currentPrice: string | null, rates: Array<{ id: string, effectiveFrom: string, price: string }> } };

export type CreateFeeStandardMutationVariables = Exact<{
  input: CreateFeeStandardInput;
}>;


export type CreateFeeStandardMutation = { createFeeStandard: { id: string, code: string } };

export type FeeStandardsQueryVariables = Exact<{
  parkId: string | number;
  item?: FeeItem | null | undefined;
}>;


export type FeeStandardsQuery = { feeStandards: Array<{ id: string, code: string, name: string, item: FeeItem, basis: FeeBasis, meterKind: MeterKind | null, rounding: MoneyRounding, description: string | null, active: boolean, currentPrice: string | null, rates: Array<{ id: string, effectiveFrom: string, price: string, createdAt: string }> }> };

export type UpdateFeeStandardMutationVariables = Exact<{
  id: string | number;
  input: UpdateFeeStandardInput;
}>;


export type UpdateFeeStandardMutation = { updateFeeStandard: { id: string, active: boolean } };

export type WithdrawFeeRateMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawFeeRateMutation = { withdrawFeeRate: { id: string, rates: Array<{ id: string }> } };

export type CreateInvoiceFileUploadMutationVariables = Exact<{
  input: CreateInvoiceFileUploadInput;
}>;


export type CreateInvoiceFileUploadMutation = { createInvoiceFileUpload: { attachmentId: string, uploadUrl: string, expiresAt: string } };

export type InvoiceRequestDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type InvoiceRequestDetailQuery = { invoiceRequest: { id: string, parkId: string, billId: string, billNumber: string, billPeriod: string, tenantId: string, tenantName: string, kind: InvoiceKind, status: InvoiceRequestStatus, amountFen: number, title: string, taxNumber: string, address: string | null, phone: string | null, bankName: string | null, bankAccount: string | null, email: string | null, note: string | null, requestedBy: string, createdAt: string, invoiceNumber: string | null, issuedOn: string | null, handledBy: string | null, handledAt: string | null, rejectReason: string | null, reversalDueFen: number, reversedFen: number, reversalNumber: string | null, reversedOn: string | null, file: { id: string, fileName: string, url: string, contentType: string, size: number } | null } };

export type InvoiceRequestFieldsFragment = { id: string, parkId: string, billId: string, billNumber: string, billPeriod: string, tenantId: string, tenantName: string, kind: InvoiceKind, status: InvoiceRequestStatus, amountFen: number, title: string, taxNumber: string, address: string | null, phone: string | null, bankName: string | null, bankAccount: string | null, email: string | null, note: string | null, requestedBy: string, createdAt: string, invoiceNumber: string | null, issuedOn: string | null, handledBy: string | null, handledAt: string | null, rejectReason: string | null, reversalDueFen: number, reversedFen: number, reversalNumber: string | null, reversedOn: string | null, file: { id: string, fileName: string, url: string, contentType: string, size: number } | null };

export type InvoiceRequestsQueryVariables = Exact<{
  filter?: InvoiceRequestFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InvoiceRequestsQuery = { invoiceRequests: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, billId: string, billNumber: string, tenantName: string, kind: InvoiceKind, status: InvoiceRequestStatus, amountFen: number, title: string, taxNumber: string, createdAt: string, invoiceNumber: string | null, reversalDueFen: number }> } };

export type IssueInvoiceMutationVariables = Exact<{
  id: string | number;
  input: IssueInvoiceInput;
}>;


export type IssueInvoiceMutation = { issueInvoice: { id: string, parkId: string, billId: string, billNumber: string, billPeriod: string, tenantId: string, tenantName: string, kind: InvoiceKind, status: InvoiceRequestStatus, amountFen: number, title: string, taxNumber: string, address: string | null, phone: string | null, bankName: string | null, bankAccount: string | null, email: string | null, note: string | null, requestedBy: string, createdAt: string, invoiceNumber: string | null, issuedOn: string | null, handledBy: string | null, handledAt: string | null, rejectReason: string | null, reversalDueFen: number, reversedFen: number, reversalNumber: string | null, reversedOn: string | null, file: { id: string, fileName: string, url: string, contentType: string, size: number } | null } };

export type RecordInvoiceReversalMutationVariables = Exact<{
  id: string | number;
  input: RecordInvoiceReversalInput;
}>;


export type RecordInvoiceReversalMutation = { recordInvoiceReversal: { id: string, parkId: string, billId: string, billNumber: string, billPeriod: string, tenantId: string, tenantName: string, kind: InvoiceKind, status: InvoiceRequestStatus, amountFen: number, title: string, taxNumber: string, address: string | null, phone: string | null, bankName: string | null, bankAccount: string | null, email: string | null, note: string | null, requestedBy: string, createdAt: string, invoiceNumber: string | null, issuedOn: string | null, handledBy: string | null, handledAt: string | null, rejectReason: string | null, reversalDueFen: number, reversedFen: number, reversalNumber: string | null, reversedOn: string | null, file: { id: string, fileName: string, url: string, contentType: string, size: number } | null } };

export type RejectInvoiceRequestMutationVariables = Exact<{
  id: string | number;
  input: RejectInvoiceRequestInput;
}>;


export type RejectInvoiceRequestMutation = { rejectInvoiceRequest: { id: string, parkId: string, billId: string, billNumber: string, billPeriod: string, tenantId: string, tenantName: string, kind: InvoiceKind, status: InvoiceRequestStatus, amountFen: number, title: string, taxNumber: string, address: string | null, phone: string | null, bankName: string | null, bankAccount: string | null, email: string | null, note: string | null, requestedBy: string, createdAt: string, invoiceNumber: string | null, issuedOn: string | null, handledBy: string | null, handledAt: string | null, rejectReason: string | null, reversalDueFen: number, reversedFen: number, reversalNumber: string | null, reversedOn: string | null, file: { id: string, fileName: string, url: string, contentType: string, size: number } | null } };

export type ReversalDueCountQueryVariables = Exact<{
  parkId: string | number;
}>;


export type ReversalDueCountQuery = { invoiceRequests: { totalCount: number | null } };

export type WaitingInvoiceCountQueryVariables = Exact<{
  parkId: string | number;
}>;


export type WaitingInvoiceCountQuery = { invoiceRequests: { totalCount: number | null } };

export type CreateKioskDeviceMutationVariables = Exact<{
  input: CreateKioskDeviceInput;
}>;


export type CreateKioskDeviceMutation = { createKioskDevice: { pairingCode: string, device: { id: string, name: string, pairingExpiresAt: string | null } } };

export type KioskDevicesQueryVariables = Exact<{
  parkId: string | number;
}>;


export type KioskDevicesQuery = { kioskDevices: Array<{ id: string, name: string, location: string | null, state: string, pairingExpiresAt: string | null, pairedAt: string | null, lastSeenAt: string | null, building: { id: string, name: string } | null }>, park: { id: string, buildings: Array<{ id: string, name: string }> } | null };

export type RenewKioskPairingCodeMutationVariables = Exact<{
  id: string | number;
}>;


export type RenewKioskPairingCodeMutation = { renewKioskPairingCode: { pairingCode: string, device: { id: string, name: string, pairingExpiresAt: string | null } } };

export type RevokeKioskDeviceMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeKioskDeviceMutation = { revokeKioskDevice: { id: string, state: string } };

export type CreateLeaseMutationVariables = Exact<{
  input: CreateLeaseInput;
}>;


export type CreateLeaseMutation = { createLease: { id: string, number: string, status: LeaseStatus } };

export type DeleteLeaseMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteLeaseMutation = { deleteLease: { id: string } };

export type LeaseDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type LeaseDetailQuery = { lease: { id: string, number: string, status: LeaseStatus, tenantId: string, tenantName: string, startOn: string, endOn: string, paymentCycle: PaymentCycle, rentPrice: string, rentRounding: MoneyRounding, escalation: EscalationKind, escalationPercent: string | null, propertyFeeStandardId: string | null, depositFen: number, lateFeePermille: string, dueDays: number, notes: string | null, signedAt: string | null, terminatedOn: string | null, terminationReason: string | null, renewalOfId: string | null, area: string, rentSteps: Array<{ from: string, price: string }>, freePeriods: Array<{ from: string, to: string }>, units: Array<{ unitId: string, unitCode: string, area: string }>, schedule: Array<{ from: string, to: string, totalFen: number, lines: Array<{ kind: LeaseLineKind, from: string, to: string, days: number, monthDays: number, freeDays: number, price: string | null, amountFen: number }> }> } };

export type LeaseTenantOptionsQueryVariables = Exact<{
  parkId: string | number;
  search?: string | null | undefined;
}>;


export type LeaseTenantOptionsQuery = { tenantCompanies: { nodes: Array<{ id: string, name: string }> } };

export type LeaseUnitOptionsQueryVariables = Exact<{
  parkId: string | number;
  search?: string | null | undefined;
}>;


export type LeaseUnitOptionsQuery = { units: { nodes: Array<{ id: string, code: string, type: UnitType, grossArea: number, building: { id: string, name: string } }> } };

export type LeasesQueryVariables = Exact<{
  filter?: LeaseFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LeasesQuery = { leases: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, number: string, status: LeaseStatus, tenantId: string, tenantName: string, startOn: string, endOn: string, paymentCycle: PaymentCycle, rentPrice: string, area: string, units: Array<{ unitCode: string }> }> } };

export type RenewLeaseMutationVariables = Exact<{
  id: string | number;
  input: RenewLeaseInput;
}>;


export type RenewLeaseMutation = { renewLease: { id: string, number: string, status: LeaseStatus } };

export type SignLeaseMutationVariables = Exact<{
  id: string | number;
}>;


export type SignLeaseMutation = { signLease: { id: string, status: LeaseStatus } };

export type TerminateLeaseMutationVariables = Exact<{
  id: string | number;
  input: TerminateLeaseInput;
}>;


export type TerminateLeaseMutation = { terminateLease: { id: string, status: LeaseStatus, endOn: string, terminatedOn: string | null } };

export type CreateMaintenancePlanMutationVariables = Exact<{
  input: CreateMaintenancePlanInput;
}>;


export type CreateMaintenancePlanMutation = { createMaintenancePlan: { id: string, name: string, active: boolean, statutory: boolean, basis: string | null, equipmentId: string | null, equipmentCategory: EquipmentCategory | null, workCategory: WorkOrderCategory, recurrenceUnit: RecurrenceUnit, recurrenceInterval: number, graceDays: number, nextDueOn: string, checklist: Array<string>, assignee: { id: string, displayName: string } | null } };

export type EquipmentOptionsQueryVariables = Exact<{
  parkId: string | number;
  search?: string | null | undefined;
}>;


export type EquipmentOptionsQuery = { equipmentLedger: { nodes: Array<{ id: string, code: string, name: string, category: EquipmentCategory }> } };

export type MaintenanceComplianceQueryVariables = Exact<{
  parkId: string | number;
  from: string;
  to: string;
}>;


export type MaintenanceComplianceQuery = { maintenanceCompliance: { onTime: number, late: number, missed: number, due: number, upcoming: number, onTimeRate: number | null, items: Array<{ planId: string, planName: string, dueOn: string, status: ComplianceStatus, statutory: boolean, workOrderId: string | null, workOrderNumber: string | null, workOrderState: WorkOrderState | null }> } };

export type MaintenancePlanAssigneesQueryVariables = Exact<{
  parkId: string | number;
}>;


export type MaintenancePlanAssigneesQuery = { maintenancePlanAssignees: Array<{ id: string, displayName: string }> };

export type MaintenancePlanFieldsFragment = { id: string, name: string, active: boolean, statutory: boolean, basis: string | null, equipmentId: string | null, equipmentCategory: EquipmentCategory | null, workCategory: WorkOrderCategory, recurrenceUnit: RecurrenceUnit, recurrenceInterval: number, graceDays: number, nextDueOn: string, checklist: Array<string>, assignee: { id: string, displayName: string } | null };

export type MaintenancePlansQueryVariables = Exact<{
  parkId: string | number;
}>;


export type MaintenancePlansQuery = { maintenancePlans: Array<{ id: string, name: string, active: boolean, statutory: boolean, basis: string | null, equipmentId: string | null, equipmentCategory: EquipmentCategory | null, workCategory: WorkOrderCategory, recurrenceUnit: RecurrenceUnit, recurrenceInterval: number, graceDays: number, nextDueOn: string, checklist: Array<string>, assignee: { id: string, displayName: string } | null }> };

export type PlanEquipmentQueryVariables = Exact<{
  id: string | number;
}>;


export type PlanEquipmentQuery = { equipment: { id: string, code: string, name: string } | null };

export type SetMaintenancePlanActiveMutationVariables = Exact<{
  id: string | number;
  active: boolean;
}>;


export type SetMaintenancePlanActiveMutation = { setMaintenancePlanActive: { id: string, name: string, active: boolean, statutory: boolean, basis: string | null, equipmentId: string | null, equipmentCategory: EquipmentCategory | null, workCategory: WorkOrderCategory, recurrenceUnit: RecurrenceUnit, recurrenceInterval: number, graceDays: number, nextDueOn: string, checklist: Array<string>, assignee: { id: string, displayName: string } | null } };

export type UpdateMaintenancePlanMutationVariables = Exact<{
  id: string | number;
  input: UpdateMaintenancePlanInput;
}>;


export type UpdateMaintenancePlanMutation = { updateMaintenancePlan: { id: string, name: string, active: boolean, statutory: boolean, basis: string | null, equipmentId: string | null, equipmentCategory: EquipmentCategory | null, workCategory: WorkOrderCategory, recurrenceUnit: RecurrenceUnit, recurrenceInterval: number, graceDays: number, nextDueOn: string, checklist: Array<string>, assignee: { id: string, displayName: string } | null } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type NotificationFieldsFragment = { id: string, kind: NotificationKind, title: string, body: string | null, createdAt: string, readAt: string | null, workOrderId: string | null, facts: { workOrderNumber: string | null, workOrderTitle: string | null, slaKind: string | null, deadline: string | null, prefix: string | null, meterName: string | null, meterCode: string | null, alertKind: string | null, ruleName: string | null, value: string | null, limit: string | null, billNumber: string | null, companyName: string | null, invoiceNumber: string | null, reason: string | null, reverseFen: string | null } | null };

export type NotificationReceivedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationReceivedSubscription = { notificationReceived: { id: string, kind: NotificationKind, title: string, body: string | null, createdAt: string, readAt: string | null, workOrderId: string | null, facts: { workOrderNumber: string | null, workOrderTitle: string | null, slaKind: string | null, deadline: string | null, prefix: string | null, meterName: string | null, meterCode: string | null, alertKind: string | null, ruleName: string | null, value: string | null, limit: string | null, billNumber: string | null, companyName: string | null, invoiceNumber: string | null, reason: string | null, reverseFen: string | null } | null } };

export type NotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationsQuery = { notifications: { nodes: Array<{ id: string, kind: NotificationKind, title: string, body: string | null, createdAt: string, readAt: string | null, workOrderId: string | null, facts: { workOrderNumber: string | null, workOrderTitle: string | null, slaKind: string | null, deadline: string | null, prefix: string | null, meterName: string | null, meterCode: string | null, alertKind: string | null, ruleName: string | null, value: string | null, limit: string | null, billNumber: string | null, companyName: string | null, invoiceNumber: string | null, reason: string | null, reverseFen: string | null } | null }> } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type AddVehicleMutationVariables = Exact<{
  input: AddVehicleInput;
}>;


export type AddVehicleMutation = { addVehicle: { id: string, plate: string } };

export type CreateParkingLotMutationVariables = Exact<{
  input: CreateParkingLotInput;
}>;


export type CreateParkingLotMutation = { createParkingLot: { id: string, code: string, name: string } };

export type CreateParkingRateMutationVariables = Exact<{
  input: CreateParkingRateInput;
}>;


export type CreateParkingRateMutation = { createParkingRate: { id: string } };

export type ParkingChangedSubscriptionVariables = Exact<{
  parkId: string | number;
}>;


export type ParkingChangedSubscription = { parkingChanged: { event: { id: string, lotId: string, direction: GateDirection, plate: string, occurredAt: string, decision: ParkingDecision, admitted: boolean, spaceType: ParkingSpaceType | null, feeFen: number | null }, occupancy: { occupied: number } } };

export type ParkingChargesQueryVariables = Exact<{
  parkId: string | number;
  filter: ParkingChargeFilter;
  after?: string | null | undefined;
}>;


export type ParkingChargesQuery = { parkingCharges: { totalCount: number | null, totalAmountFen: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, lotId: string | null, plate: string, amountFen: number, chargedHours: number, status: ParkingChargeStatus, enteredAt: string, exitedAt: string }> }, parkingLots: Array<{ id: string, code: string, name: string }> };

export type ParkingEventsQueryVariables = Exact<{
  parkId: string | number;
  filter: ParkingEventFilter;
  after?: string | null | undefined;
}>;


export type ParkingEventsQuery = { parkingLots: Array<{ id: string, name: string }>, parkingEvents: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, lotId: string, direction: GateDirection, plate: string, occurredAt: string, decision: ParkingDecision, admitted: boolean, spaceType: ParkingSpaceType | null, source: GateSource, feeFen: number | null }> } };

export type ParkingLotsQueryVariables = Exact<{
  parkId: string | number;
}>;


export type ParkingLotsQuery = { parkingLots: Array<{ id: string, code: string, name: string, buildingId: string | null, regularSpaces: number, evSpaces: number, reservedSpaces: number, accessibleSpaces: number, active: boolean }> };

export type ParkingOccupancyQueryVariables = Exact<{
  parkId: string | number;
  from: string;
  to: string;
}>;


export type ParkingOccupancyQuery = { parkingOccupancy: { capacity: number, occupied: number, byType: Array<{ spaceType: ParkingSpaceType, capacity: number, occupied: number, free: number }>, lots: Array<{ capacity: number, occupied: number, lot: { id: string, code: string, name: string }, byType: Array<{ spaceType: ParkingSpaceType, capacity: number, occupied: number, free: number }> }> }, parkingFlow: Array<{ bucket: string, entries: number, exits: number, denied: number }> };

export type ParkingRatesQueryVariables = Exact<{
  parkId: string | number;
}>;


export type ParkingRatesQuery = { parkingRates: Array<{ id: string, effectiveFrom: string, freeMinutes: number, perHourFen: number, dailyCapFen: number }> };

export type RemoveVehicleMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveVehicleMutation = { removeVehicle: { id: string } };

export type UpdateParkingLotMutationVariables = Exact<{
  id: string | number;
  input: UpdateParkingLotInput;
}>;


export type UpdateParkingLotMutation = { updateParkingLot: { id: string, name: string, regularSpaces: number, evSpaces: number, reservedSpaces: number, accessibleSpaces: number, active: boolean } };

export type VehicleListQueryVariables = Exact<{
  parkId: string | number;
  kind?: VehicleListKind | null | undefined;
  search?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type VehicleListQuery = { vehicleList: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, tenantId: string | null, kind: VehicleListKind, plate: string, ownerName: string | null, spaceType: ParkingSpaceType | null, validFrom: string | null, validUntil: string | null, note: string | null }> }, tenantCompanies: { nodes: Array<{ id: string, name: string }> } };

export type PaymentBillQueryVariables = Exact<{
  id: string | number;
}>;


export type PaymentBillQuery = { bill: { id: string, number: string, tenantName: string, status: BillStatus, ledger: Array<{ id: string, intentId: string, kind: PaymentEntryKind, receiptNo: string | null }> } };

export type PaymentDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type PaymentDetailQuery = { paymentIntent: { id: string, billId: string, tenantId: string, provider: PaymentProvider, channel: PaymentChannel, amountFen: number, status: PaymentIntentStatus, outTradeNo: string, providerTradeNo: string | null, paidAt: string | null, refundedFen: number, receiptNo: string | null, createdAt: string, expiresAt: string, refunds: Array<{ id: string, amountFen: number, status: RefundStatus, reason: RefundReason, note: string | null, outRefundNo: string, createdAt: string, finishedAt: string | null }> } };

export type PaymentReconciliationsQueryVariables = Exact<{
  first: number;
}>;


export type PaymentReconciliationsQuery = { paymentReconciliations: Array<{ id: string, provider: PaymentProvider, billDate: string, status: ReconciliationStatus, statementRows: number, matched: number, differences: number, error: string | null, createdAt: string, finishedAt: string | null, differenceList: Array<{ id: string, kind: PaymentDifferenceKind, entry: string, outTradeNo: string, providerRef: string, providerFen: number | null, localFen: number | null, providerStatus: string | null, localStatus: string | null, resolution: PaymentDifferenceResolution | null, note: string | null, resolvedAt: string | null }> }> };

export type PaymentsQueryVariables = Exact<{
  filter?: PaymentFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PaymentsQuery = { payments: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, billId: string, billNumber: string, tenantId: string, tenantName: string, receiptNo: string | null, provider: PaymentProvider, channel: PaymentChannel, amountFen: number, status: PaymentIntentStatus, outTradeNo: string, paidAt: string | null, refundedFen: number, createdAt: string }> } };

export type ReconcilePaymentsMutationVariables = Exact<{
  input: ReconcilePaymentsInput;
}>;


export type ReconcilePaymentsMutation = { reconcilePayments: { id: string, provider: PaymentProvider, billDate: string, status: ReconciliationStatus } };

export type RefundPaymentMutationVariables = Exact<{
  input: RefundPaymentInput;
}>;


export type RefundPaymentMutation = { refundPayment: { id: string, amountFen: number, status: RefundStatus } };

export type ResolvePaymentDifferenceMutationVariables = Exact<{
  id: string | number;
  input: ResolvePaymentDifferenceInput;
}>;


export type ResolvePaymentDifferenceMutation = { resolvePaymentDifference: { id: string, resolution: PaymentDifferenceResolution | null, note: string | null, resolvedAt: string | null } };

export type CreateTenantCompanyMutationVariables = Exact<{
  input: CreateTenantCompanyInput;
}>;


export type CreateTenantCompanyMutation = { createTenantCompany: { id: string, name: string } };

export type IndustriesQueryVariables = Exact<{ [key: string]: never; }>;


export type IndustriesQuery = { industries: Array<{ code: string, name: string, nameEn: string }> };

export type TenantFormQueryVariables = Exact<{
  id: string | number;
}>;


export type TenantFormQuery = { tenantCompany: { id: string, name: string, shortName: string | null, uscc: string, status: TenantStatus, legalRepresentative: string | null, employeeCount: number | null, moveInDate: string | null, website: string | null, industry: { code: string }, contacts: Array<{ id: string, name: string, title: string | null, phone: string, email: string | null, isPrimary: boolean }> } | null };

export type TenantListQueryVariables = Exact<{
  filter?: TenantCompanyFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TenantListQuery = { tenantCompanies: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, shortName: string | null, uscc: string, status: TenantStatus, occupiedArea: number, industry: { code: string, name: string, nameEn: string }, units: Array<{ id: string, code: string }>, contacts: Array<{ name: string, phone: string, isPrimary: boolean }> }> } };

export type TenantOptionsQueryVariables = Exact<{
  filter?: TenantCompanyFilter | null | undefined;
}>;


export type TenantOptionsQuery = { tenantCompanies: { nodes: Array<{ id: string, name: string }> } };

export type TenantUsersQueryVariables = Exact<{
  tenantId: string | number;
}>;


export type TenantUsersQuery = { users: { nodes: Array<{ id: string, login: string, displayName: string, status: UserStatus, roles: Array<{ id: string, name: string, nameEn: string }> }> } };

export type UpdateTenantCompanyMutationVariables = Exact<{
  id: string | number;
  input: UpdateTenantCompanyInput;
}>;


export type UpdateTenantCompanyMutation = { updateTenantCompany: { id: string, name: string, status: TenantStatus } };

export type CreateRoleMutationVariables = Exact<{
  input: CreateRoleInput;
}>;


export type CreateRoleMutation = { createRole: { id: string, key: string } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, login: string } };

export type PermissionCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type PermissionCatalogueQuery = { permissionCatalogue: Array<{ module: string, name: string, nameEn: string, permissions: Array<{ key: string, name: string, nameEn: string, description: string, descriptionEn: string, audience: string }> }> };

export type ResetUserPasswordMutationVariables = Exact<{
  id: string | number;
  password: string;
}>;


export type ResetUserPasswordMutation = { resetUserPassword: { id: string, mustChangePassword: boolean } };

export type RolesQueryVariables = Exact<{ [key: string]: never; }>;


export type RolesQuery = { roles: Array<{ id: string, key: string, name: string, nameEn: string, audience: UserKind, builtin: boolean, permissions: Array<string> }> };

export type SetUserStatusMutationVariables = Exact<{
  id: string | number;
  status: UserStatus;
}>;


export type SetUserStatusMutation = { updateUser: { id: string, status: UserStatus } };

export type UpdateRoleMutationVariables = Exact<{
  id: string | number;
  input: UpdateRoleInput;
}>;


export type UpdateRoleMutation = { updateRole: { id: string, name: string, nameEn: string, permissions: Array<string> } };

export type UpdateUserMutationVariables = Exact<{
  id: string | number;
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { id: string, displayName: string } };

export type UserFormQueryVariables = Exact<{
  id: string | number;
}>;


export type UserFormQuery = { user: { id: string, login: string, displayName: string, phone: string | null, email: string | null, roles: Array<{ id: string }>, parks: Array<{ id: string }> } | null };

export type UsersQueryVariables = Exact<{
  filter?: UserFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type UsersQuery = { users: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, login: string, displayName: string, kind: UserKind, status: UserStatus, lastLoginAt: string | null, roles: Array<{ id: string, key: string, name: string, nameEn: string }>, tenant: { id: string, name: string } | null }> } };

export type AddWatchlistEntryMutationVariables = Exact<{
  input: WatchlistEntryInput;
}>;


export type AddWatchlistEntryMutation = { addWatchlistEntry: { id: string, name: string, phone: string | null, idNumber: string | null, hasIdNumber: boolean, reason: string, active: boolean, createdAt: string } };

export type DecideFrontDeskVisitMutationVariables = Exact<{
  id: string | number;
  approve: boolean;
  note?: string | null | undefined;
}>;


export type DecideFrontDeskVisitMutation = { decideFrontDeskVisit: { id: string, state: VisitState, phase: VisitPhase, source: VisitSource, purpose: string, startsAt: string, endsAt: string, createdAt: string, hostName: string, hostDeadline: string | null, tenantId: string, tenantName: string, plate: string | null, companions: number, checkedInAt: string | null, checkedInVia: string | null, checkedOutAt: string | null, decidedAt: string | null, decidedBy: string | null, decisionNote: string | null, watchlistHit: boolean, visitor: { id: string, name: string, company: string | null, phone: string | null, idNumber: string | null, hasIdNumber: boolean, anonymized: boolean } } };

export type DecideSecurityReviewMutationVariables = Exact<{
  id: string | number;
  approve: boolean;
  note?: string | null | undefined;
}>;


export type DecideSecurityReviewMutation = { decideSecurityReview: { id: string, state: VisitState, phase: VisitPhase, source: VisitSource, purpose: string, startsAt: string, endsAt: string, createdAt: string, hostName: string, hostDeadline: string | null, tenantId: string, tenantName: string, plate: string | null, companions: number, checkedInAt: string | null, checkedInVia: string | null, checkedOutAt: string | null, decidedAt: string | null, decidedBy: string | null, decisionNote: string | null, watchlistHit: boolean, visitor: { id: string, name: string, company: string | null, phone: string | null, idNumber: string | null, hasIdNumber: boolean, anonymized: boolean } } };

export type FrontDeskQueueQueryVariables = Exact<{
  parkId: string | number;
}>;


export type FrontDeskQueueQuery = { frontDeskQueue: Array<{ id: string, state: VisitState, phase: VisitPhase, source: VisitSource, purpose: string, startsAt: string, endsAt: string, createdAt: string, hostName: string, hostDeadline: string | null, tenantId: string, tenantName: string, plate: string | null, companions: number, checkedInAt: string | null, checkedInVia: string | null, checkedOutAt: string | null, decidedAt: string | null, decidedBy: string | null, decisionNote: string | null, watchlistHit: boolean, visitor: { id: string, name: string, company: string | null, phone: string | null, idNumber: string | null, hasIdNumber: boolean, anonymized: boolean } }> };

export type SecurityReviewQueueQueryVariables = Exact<{
  parkId: string | number;
}>;


export type SecurityReviewQueueQuery = { securityReviewQueue: Array<{ id: string, state: VisitState, phase: VisitPhase, source: VisitSource, purpose: string, startsAt: string, endsAt: string, createdAt: string, hostName: string, hostDeadline: string | null, tenantId: string, tenantName: string, plate: string | null, companions: number, checkedInAt: string | null, checkedInVia: string | null, checkedOutAt: string | null, decidedAt: string | null, decidedBy: string | null, decisionNote: string | null, watchlistHit: boolean, visitor: { id: string, name: string, company: string | null, phone: string | null, idNumber: string | null, hasIdNumber: boolean, anonymized: boolean } }> };

export type SetWatchlistEntryActiveMutationVariables = Exact<{
  id: string | number;
  active: boolean;
}>;


export type SetWatchlistEntryActiveMutation = { setWatchlistEntryActive: { id: string, name: string, phone: string | null, idNumber: string | null, hasIdNumber: boolean, reason: string, active: boolean, createdAt: string } };

export type VisitChangedSubscriptionVariables = Exact<{
  parkId: string | number;
}>;


export type VisitChangedSubscription = { visitChanged: { id: string, state: VisitState, phase: VisitPhase } };

export type VisitFieldsFragment = { id: string, state: VisitState, phase: VisitPhase, source: VisitSource, purpose: string, startsAt: string, endsAt: string, createdAt: string, hostName: string, hostDeadline: string | null, tenantId: string, tenantName: string, plate: string | null, companions: number, checkedInAt: string | null, checkedInVia: string | null, checkedOutAt: string | null, decidedAt: string | null, decidedBy: string | null, decisionNote: string | null, watchlistHit: boolean, visitor: { id: string, name: string, company: string | null, phone: string | null, idNumber: string | null, hasIdNumber: boolean, anonymized: boolean } };

export type VisitLogQueryVariables = Exact<{
  filter: VisitFilter;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type VisitLogQuery = { visits: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, state: VisitState, phase: VisitPhase, source: VisitSource, purpose: string, startsAt: string, endsAt: string, createdAt: string, hostName: string, hostDeadline: string | null, tenantId: string, tenantName: string, plate: string | null, companions: number, checkedInAt: string | null, checkedInVia: string | null, checkedOutAt: string | null, decidedAt: string | null, decidedBy: string | null, decisionNote: string | null, watchlistHit: boolean, visitor: { id: string, name: string, company: string | null, phone: string | null, idNumber: string | null, hasIdNumber: boolean, anonymized: boolean } }> } };

export type VisitorsOnSiteQueryVariables = Exact<{
  parkId: string | number;
}>;


export type VisitorsOnSiteQuery = { visitorsOnSite: Array<{ id: string, state: VisitState, phase: VisitPhase, source: VisitSource, purpose: string, startsAt: string, endsAt: string, createdAt: string, hostName: string, hostDeadline: string | null, tenantId: string, tenantName: string, plate: string | null, companions: number, checkedInAt: string | null, checkedInVia: string | null, checkedOutAt: string | null, decidedAt: string | null, decidedBy: string | null, decisionNote: string | null, watchlistHit: boolean, visitor: { id: string, name: string, company: string | null, phone: string | null, idNumber: string | null, hasIdNumber: boolean, anonymized: boolean } }> };

export type WatchlistEntryFieldsFragment = { id: string, name: string, phone: string | null, idNumber: string | null, hasIdNumber: boolean, reason: string, active: boolean, createdAt: string };

export type VisitorWatchlistQueryVariables = Exact<{
  parkId: string | number;
  includeInactive: boolean;
}>;


export type VisitorWatchlistQuery = { visitorWatchlist: Array<{ id: string, name: string, phone: string | null, idNumber: string | null, hasIdNumber: boolean, reason: string, active: boolean, createdAt: string }> };

export type AddWorkOrderCommentMutationVariables = Exact<{
  workOrderId: string | number;
  body: string;
  internal: boolean;
}>;


export type AddWorkOrderCommentMutation = { addWorkOrderComment: { id: string } };

export type AutoDispatchWorkOrderMutationVariables = Exact<{
  id: string | number;
  version?: number | null | undefined;
}>;


export type AutoDispatchWorkOrderMutation = { transitionWorkOrder: { id: string, state: WorkOrderState, version: number, assignee: { id: string, displayName: string } | null } };

export type BoardBuildingsQueryVariables = Exact<{
  parkId: string | number;
}>;


export type BoardBuildingsQuery = { park: { id: string, buildings: Array<{ id: string, name: string }> } | null };

export type CreateAttachmentUploadMutationVariables = Exact<{
  input: CreateAttachmentUploadInput;
}>;


export type CreateAttachmentUploadMutation = { createAttachmentUpload: { attachmentId: string, uploadUrl: string, expiresAt: string } };

export type DispatchBoardQueryVariables = Exact<{
  filter: WorkOrderFilter;
}>;


export type DispatchBoardQuery = { workOrders: { nodes: Array<{ id: string, number: string, title: string, priority: WorkOrderPriority, state: WorkOrderState, version: number, viewerActions: Array<WorkOrderAction>, submittedAt: string, locationNote: string | null, equipmentCategory: EquipmentCategory | null, unit: { code: string } | null, tenant: { name: string } | null, assignee: { displayName: string } | null, sla: { respondBy: string, resolveBy: string, response: SlaStatus, resolution: SlaStatus } | null }> } };

export type MyTasksQueryVariables = Exact<{
  parkId: string | number;
}>;


export type MyTasksQuery = { workOrders: { nodes: Array<{ id: string, number: string, title: string, priority: WorkOrderPriority, state: WorkOrderState, version: number, availableActions: Array<WorkOrderAction>, viewerActions: Array<WorkOrderAction>, holdReason: string | null, locationNote: string | null, equipmentCategory: EquipmentCategory | null, assignee: { id: string } | null, building: { name: string } | null, unit: { code: string } | null, equipment: { code: string, name: string } | null, sla: { respondBy: string, resolveBy: string, response: SlaStatus, resolution: SlaStatus } | null }> } };

export type QuoteWorkOrderMutationVariables = Exact<{
  id: string | number;
  input: QuoteWorkOrderInput;
}>;


export type QuoteWorkOrderMutation = { quoteWorkOrder: { id: string, version: number } };

export type RecordReturnVisitMutationVariables = Exact<{
  id: string | number;
  input: ReturnVisitInput;
}>;


export type RecordReturnVisitMutation = { recordReturnVisit: { id: string, visitedAt: string | null, visitScore: number | null, visitComment: string | null } };

export type TechniciansQueryVariables = Exact<{
  parkId: string | number;
}>;


export type TechniciansQuery = { users: { nodes: Array<{ id: string, displayName: string, roles: Array<{ name: string, nameEn: string, permissions: Array<string> }> }> } };

export type TransitionWorkOrderMutationVariables = Exact<{
  id: string | number;
  input: TransitionWorkOrderInput;
}>;


export type TransitionWorkOrderMutation = { transitionWorkOrder: { id: string, state: WorkOrderState, version: number, availableActions: Array<WorkOrderAction>, viewerActions: Array<WorkOrderAction>, holdReason: string | null, assignee: { id: string, displayName: string } | null } };

export type WorkOrderChangedSubscriptionVariables = Exact<{
  parkId: string | number;
}>;


export type WorkOrderChangedSubscription = { workOrderChanged: { action: string, workOrder: { id: string, state: WorkOrderState } } };

export type WorkOrderDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkOrderDetailQuery = { workOrder: { id: string, number: string, title: string, description: string | null, state: WorkOrderState, priority: WorkOrderPriority, category: WorkOrderCategory, source: WorkOrderSource, version: number, availableActions: Array<WorkOrderAction>, viewerActions: Array<WorkOrderAction>, viewerExtraActions: Array<WorkOrderExtraAction>, holdReason: string | null, submittedAt: string, dispatchedAt: string | null, completedAt: string | null, closedAt: string | null, locationNote: string | null, equipmentCategory: EquipmentCategory | null, visitedAt: string | null, visitScore: number | null, visitComment: string | null, rating: number | null, ratingComment: string | null, billableFen: number | null, building: { name: string } | null, unit: { code: string } | null, equipment: { code: string, name: string } | null, requester: { displayName: string, phone: string | null } | null, tenant: { id: string, name: string } | null, assignee: { id: string, displayName: string, phone: string | null } | null, sla: { respondBy: string, resolveBy: string, response: SlaStatus, resolution: SlaStatus } | null, events: Array<{ id: string, action: string, actorLabel: string | null, automatic: boolean, systemActor: WorkOrderSystemActor | null, at: string, fromState: WorkOrderState | null, toState: WorkOrderState, note: string | null }>, followUpOf: { id: string, number: string, title: string } | null, attachments: Array<{ id: string, fileName: string, contentType: string, size: number, url: string, uploadedAt: string, uploadedBy: string | null }>, comments: Array<{ id: string, body: string, author: string | null, internal: boolean, createdAt: string }>, quote: { labourFen: number, materialsFen: number, totalFen: number, note: string | null, state: QuoteState, quotedAt: string, quotedBy: string | null, decidedAt: string | null, decidedBy: string | null } | null } | null };

export type WorkOrderFaultReportsQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkOrderFaultReportsQuery = { workOrder: { id: string, faultReports: Array<{ id: string, description: string, reporterName: string | null, reporterPhone: string | null, filedOrder: boolean, reportedAt: string }> } | null };

export type WorkOrderKpiTrendQueryVariables = Exact<{
  m0: WorkOrderKpiFilter;
  m1: WorkOrderKpiFilter;
  m2: WorkOrderKpiFilter;
  m3: WorkOrderKpiFilter;
  m4: WorkOrderKpiFilter;
  m5: WorkOrderKpiFilter;
  m6: WorkOrderKpiFilter;
  m7: WorkOrderKpiFilter;
  m8: WorkOrderKpiFilter;
  m9: WorkOrderKpiFilter;
  m10: WorkOrderKpiFilter;
  m11: WorkOrderKpiFilter;
}>;


export type WorkOrderKpiTrendQuery = { m0: { filed: number, timeliness: number | null, satisfaction: number | null }, m1: { filed: number, timeliness: number | null, satisfaction: number | null }, m2: { filed: number, timeliness: number | null, satisfaction: number | null }, m3: { filed: number, timeliness: number | null, satisfaction: number | null }, m4: { filed: number, timeliness: number | null, satisfaction: number | null }, m5: { filed: number, timeliness: number | null, satisfaction: number | null }, m6: { filed: number, timeliness: number | null, satisfaction: number | null }, m7: { filed: number, timeliness: number | null, satisfaction: number | null }, m8: { filed: number, timeliness: number | null, satisfaction: number | null }, m9: { filed: number, timeliness: number | null, satisfaction: number | null }, m10: { filed: number, timeliness: number | null, satisfaction: number | null }, m11: { filed: number, timeliness: number | null, satisfaction: number | null } };

export type TrendPointFragment = { filed: number, timeliness: number | null, satisfaction: number | null };

export type WorkOrderKpisQueryVariables = Exact<{
  filter: WorkOrderKpiFilter;
}>;


export type WorkOrderKpisQuery = { workOrderKpis: { filed: number, completed: number, timeliness: number | null, returnVisitRate: number | null, satisfaction: number | null, firstTimePass: number | null, meanResponseMinutes: number | null, meanResolutionMinutes: number | null, slaBreaches: number } };

export const IotDeviceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IotDeviceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IotDevice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"secretIssuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"telemetry"}},{"kind":"Field","name":{"kind":"Name","value":"command"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"lastAt"}}]}}]}}]} as unknown as DocumentNode<IotDeviceFieldsFragment, unknown>;
export const MeterFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"virtual"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"buildingId"}},{"kind":"Field","name":{"kind":"Name","value":"floorId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceRegister"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}},{"kind":"Field","name":{"kind":"Name","value":"registerDigits"}},{"kind":"Field","name":{"kind":"Name","value":"spikeLimit"}},{"kind":"Field","name":{"kind":"Name","value":"intervalMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"baselineValue"}},{"kind":"Field","name":{"kind":"Name","value":"lastReadingAt"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meterId"}},{"kind":"Field","name":{"kind":"Name","value":"sign"}}]}}]}}]} as unknown as DocumentNode<MeterFieldsFragment, unknown>;
export const InvoiceRequestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parkId"}},{"kind":"Field","name":{"kind":"Name","value":"billId"}},{"kind":"Field","name":{"kind":"Name","value":"billNumber"}},{"kind":"Field","name":{"kind":"Name","value":"billPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"tenantName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"taxNumber"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"bankAccount"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"handledBy"}},{"kind":"Field","name":{"kind":"Name","value":"handledAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"reversalDueFen"}},{"kind":"Field","name":{"kind":"Name","value":"reversedFen"}},{"kind":"Field","name":{"kind":"Name","value":"reversalNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reversedOn"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}}]} as unknown as DocumentNode<InvoiceRequestFieldsFragment, unknown>;
export const MaintenancePlanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenancePlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenancePlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"statutory"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentId"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentCategory"}},{"kind":"Field","name":{"kind":"Name","value":"workCategory"}},{"kind":"Field","name":{"kind":"Name","value":"recurrenceUnit"}},{"kind":"Field","name":{"kind":"Name","value":"recurrenceInterval"}},{"kind":"Field","name":{"kind":"Name","value":"graceDays"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<MaintenancePlanFieldsFragment, unknown>;
export const NotificationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"workOrderTitle"}},{"kind":"Field","name":{"kind":"Name","value":"slaKind"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"meterName"}},{"kind":"Field","name":{"kind":"Name","value":"meterCode"}},{"kind":"Field","name":{"kind":"Name","value":"alertKind"}},{"kind":"Field","name":{"kind":"Name","value":"ruleName"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"billNumber"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reverseFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"workOrderId"}}]}}]} as unknown as DocumentNode<NotificationFieldsFragment, unknown>;
export const VisitFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VisitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Visit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"hostName"}},{"kind":"Field","name":{"kind":"Name","value":"hostDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"tenantName"}},{"kind":"Field","name":{"kind":"Name","value":"plate"}},{"kind":"Field","name":{"kind":"Name","value":"companions"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInVia"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"watchlistHit"}},{"kind":"Field","name":{"kind":"Name","value":"visitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"hasIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"anonymized"}}]}}]}}]} as unknown as DocumentNode<VisitFieldsFragment, unknown>;
export const WatchlistEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WatchlistEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VisitorWatchlistEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"hasIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<WatchlistEntryFieldsFragment, unknown>;
export const TrendPointFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrendPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrderKpis"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filed"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}}]}}]} as unknown as DocumentNode<TrendPointFragment, unknown>;
export const AccessCredentialsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessCredentials"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessCredentialFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessCredentials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"holderId"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]}}]} as unknown as DocumentNode<AccessCredentialsQuery, AccessCredentialsQueryVariables>;
export const AccessEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"credentialKind"}},{"kind":"Field","name":{"kind":"Name","value":"credentialRef"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"tenantName"}},{"kind":"Field","name":{"kind":"Name","value":"point"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessEventsQuery, AccessEventsQueryVariables>;
export const AddAccessGroupMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddAccessGroupMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAccessGroupMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AddAccessGroupMemberMutation, AddAccessGroupMemberMutationVariables>;
export const RemoveAccessGroupMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveAccessGroupMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeAccessGroupMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveAccessGroupMemberMutation, RemoveAccessGroupMemberMutationVariables>;
export const AccessGroupPointOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessGroupPointOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<AccessGroupPointOptionsQuery, AccessGroupPointOptionsQueryVariables>;
export const AccessGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessGroupFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessGroupsQuery, AccessGroupsQueryVariables>;
export const AccessLogOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessLogOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"accessCredentials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"holderId"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}}]}}]}}]}}]} as unknown as DocumentNode<AccessLogOptionsQuery, AccessLogOptionsQueryVariables>;
export const AccessPointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessPoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessPointFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"vendorDeviceId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"buildingId"}}]}}]}}]}}]} as unknown as DocumentNode<AccessPointsQuery, AccessPointsQueryVariables>;
export const AccessTenantOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessTenantOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantCompanies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AccessTenantOptionsQuery, AccessTenantOptionsQueryVariables>;
export const AcknowledgeSecurityEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeSecurityEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSecurityEventInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeSecurityEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeSecurityEventMutation, AcknowledgeSecurityEventMutationVariables>;
export const CloseSecurityEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseSecurityEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSecurityEventInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeSecurityEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<CloseSecurityEventMutation, CloseSecurityEventMutationVariables>;
export const CreateAccessCredentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAccessCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccessCredentialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccessCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}}]}}]}}]} as unknown as DocumentNode<CreateAccessCredentialMutation, CreateAccessCredentialMutationVariables>;
export const CreateAccessGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAccessGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccessGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccessGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateAccessGroupMutation, CreateAccessGroupMutationVariables>;
export const CreateAccessPointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAccessPoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccessPointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccessPoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CreateAccessPointMutation, CreateAccessPointMutationVariables>;
export const HolderOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HolderOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessHolderFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessHolderOptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"tenantName"}}]}}]}}]} as unknown as DocumentNode<HolderOptionsQuery, HolderOptionsQueryVariables>;
export const SecurityEventChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SecurityEventChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityEventChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"securityEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<SecurityEventChangedSubscription, SecurityEventChangedSubscriptionVariables>;
export const SecurityEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecurityEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SecurityEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"point"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accessEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"credentialRef"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"tenantName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SecurityEventsQuery, SecurityEventsQueryVariables>;
export const SetAccessCredentialStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAccessCredentialStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CredentialStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAccessCredentialStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SetAccessCredentialStatusMutation, SetAccessCredentialStatusMutationVariables>;
export const UpdateAccessGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAccessGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAccessGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAccessGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateAccessGroupMutation, UpdateAccessGroupMutationVariables>;
export const UpdateAccessPointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAccessPoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAccessPointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAccessPoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"vendorDeviceId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<UpdateAccessPointMutation, UpdateAccessPointMutationVariables>;
export const AssetTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssetTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"park"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"occupancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"leasedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"vacantUnits"}},{"kind":"Field","name":{"kind":"Name","value":"leasableArea"}},{"kind":"Field","name":{"kind":"Name","value":"leasedArea"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buildings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"grossArea"}},{"kind":"Field","name":{"kind":"Name","value":"completedYear"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"occupancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"units"}}]}},{"kind":"Field","name":{"kind":"Name","value":"floors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"grossArea"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"occupancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"grossArea"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssetTreeQuery, AssetTreeQueryVariables>;
export const CreateBuildingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBuilding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBuildingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBuilding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateBuildingMutation, CreateBuildingMutationVariables>;
export const CreateFloorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFloor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFloorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFloor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateFloorMutation, CreateFloorMutationVariables>;
export const CreateParkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePark"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateParkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPark"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateParkMutation, CreateParkMutationVariables>;
export const CreateUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CreateUnitMutation, CreateUnitMutationVariables>;
export const ParkFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParkForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"park"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"landArea"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}}]}}]}}]} as unknown as DocumentNode<ParkFormQuery, ParkFormQueryVariables>;
export const RetireBuildingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetireBuilding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireBuilding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}}]}}]}}]} as unknown as DocumentNode<RetireBuildingMutation, RetireBuildingMutationVariables>;
export const RetireFloorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetireFloor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireFloor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}}]}}]}}]} as unknown as DocumentNode<RetireFloorMutation, RetireFloorMutationVariables>;
export const RetireParkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetirePark"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retirePark"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}}]}}]}}]} as unknown as DocumentNode<RetireParkMutation, RetireParkMutationVariables>;
export const RetireUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetireUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}}]}}]}}]} as unknown as DocumentNode<RetireUnitMutation, RetireUnitMutationVariables>;
export const SiteOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiteOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"park"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"buildings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"floors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SiteOptionsQuery, SiteOptionsQueryVariables>;
export const UnitListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UnitFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grossArea"}},{"kind":"Field","name":{"kind":"Name","value":"usableArea"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"floor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnitListQuery, UnitListQueryVariables>;
export const UpdateBuildingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBuilding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBuildingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBuilding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"grossArea"}},{"kind":"Field","name":{"kind":"Name","value":"completedYear"}}]}}]}}]} as unknown as DocumentNode<UpdateBuildingMutation, UpdateBuildingMutationVariables>;
export const UpdateFloorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFloor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFloorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFloor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"grossArea"}}]}}]}}]} as unknown as DocumentNode<UpdateFloorMutation, UpdateFloorMutationVariables>;
export const UpdateParkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePark"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateParkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePark"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"landArea"}}]}}]}}]} as unknown as DocumentNode<UpdateParkMutation, UpdateParkMutationVariables>;
export const UpdateUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grossArea"}},{"kind":"Field","name":{"kind":"Name","value":"usableArea"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}}]}}]}}]} as unknown as DocumentNode<UpdateUnitMutation, UpdateUnitMutationVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"moduleName"}},{"kind":"Field","name":{"kind":"Name","value":"moduleNameEn"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actionEn"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"targetName"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const AuditPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<AuditPeopleQuery, AuditPeopleQueryVariables>;
export const AuditVocabularyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditVocabulary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditVocabulary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<AuditVocabularyQuery, AuditVocabularyQueryVariables>;
export const VerifyAuditChainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyAuditChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyAuditChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"brokenSeq"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}}]}}]}}]} as unknown as DocumentNode<VerifyAuditChainQuery, VerifyAuditChainQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"allParks"}},{"kind":"Field","name":{"kind":"Name","value":"busiestParkId"}},{"kind":"Field","name":{"kind":"Name","value":"parks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const BillOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billAging"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notDueFen"}},{"kind":"Field","name":{"kind":"Name","value":"days0to30Fen"}},{"kind":"Field","name":{"kind":"Name","value":"days31to60Fen"}},{"kind":"Field","name":{"kind":"Name","value":"days61to90Fen"}},{"kind":"Field","name":{"kind":"Name","value":"days90plusFen"}},{"kind":"Field","name":{"kind":"Name","value":"billsNotDue"}},{"kind":"Field","name":{"kind":"Name","value":"billsOverdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tenantsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"tenantsDone"}},{"kind":"Field","name":{"kind":"Name","value":"billsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"adjustments"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}}]} as unknown as DocumentNode<BillOverviewQuery, BillOverviewQueryVariables>;
export const BillDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bill"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tenantName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"paidFen"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingFen"}},{"kind":"Field","name":{"kind":"Name","value":"checkCode"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"intentId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"providerRef"}},{"kind":"Field","name":{"kind":"Name","value":"bookedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNo"}}]}}]}}]}}]} as unknown as DocumentNode<BillDetailQuery, BillDetailQueryVariables>;
export const BillRunProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"BillRunProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billRunProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tenantsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"tenantsDone"}},{"kind":"Field","name":{"kind":"Name","value":"billsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"adjustments"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}}]} as unknown as DocumentNode<BillRunProgressSubscription, BillRunProgressSubscriptionVariables>;
export const BillsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Bills"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BillFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bills"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tenantName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"paidFen"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingFen"}}]}}]}}]}}]} as unknown as DocumentNode<BillsQuery, BillsQueryVariables>;
export const ParkBillChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ParkBillChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parkBillChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paidFen"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingFen"}}]}}]}}]} as unknown as DocumentNode<ParkBillChangedSubscription, ParkBillChangedSubscriptionVariables>;
export const StartBillRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartBillRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartBillRunInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startBillRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tenantsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"tenantsDone"}}]}}]}}]} as unknown as DocumentNode<StartBillRunMutation, StartBillRunMutationVariables>;
export const VoidBillDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VoidBill"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VoidBillInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voidBill"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<VoidBillMutation, VoidBillMutationVariables>;
export const AddBillChargeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddBillCharge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddBillChargeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addBillCharge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenantName"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}}]} as unknown as DocumentNode<AddBillChargeMutation, AddBillChargeMutationVariables>;
export const BillChargesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillCharges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BillChargeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billCharges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"tenantName"}},{"kind":"Field","name":{"kind":"Name","value":"standardId"}},{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"item"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chargedOn"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"billNumbers"}}]}}]}}]}}]} as unknown as DocumentNode<BillChargesQuery, BillChargesQueryVariables>;
export const CancelBillChargeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelBillCharge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelBillChargeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelBillCharge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"billNumbers"}}]}}]}}]} as unknown as DocumentNode<CancelBillChargeMutation, CancelBillChargeMutationVariables>;
export const ExportListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportListInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<ExportListMutation, ExportListMutationVariables>;
export const AcknowledgeEnergyAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeEnergyAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeEnergyAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeEnergyAlertMutation, AcknowledgeEnergyAlertMutationVariables>;
export const AlertMeterOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertMeterOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meterId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AlertMeterOptionsQuery, AlertMeterOptionsQueryVariables>;
export const CloseEnergyAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseEnergyAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeEnergyAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]} as unknown as DocumentNode<CloseEnergyAlertMutation, CloseEnergyAlertMutationVariables>;
export const CreateEnergyAlertRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEnergyAlertRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEnergyAlertRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEnergyAlertRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateEnergyAlertRuleMutation, CreateEnergyAlertRuleMutationVariables>;
export const EnergyAlertChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"EnergyAlertChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"energyAlertChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"meterCode"}}]}}]}}]}}]} as unknown as DocumentNode<EnergyAlertChangedSubscription, EnergyAlertChangedSubscriptionVariables>;
export const EnergyAlertRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnergyAlertRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"energyAlertRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"meterId"}},{"kind":"Field","name":{"kind":"Name","value":"meterCode"}},{"kind":"Field","name":{"kind":"Name","value":"meterName"}},{"kind":"Field","name":{"kind":"Name","value":"meterKind"}},{"kind":"Field","name":{"kind":"Name","value":"meterLevel"}},{"kind":"Field","name":{"kind":"Name","value":"grain"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"factor"}},{"kind":"Field","name":{"kind":"Name","value":"weeks"}},{"kind":"Field","name":{"kind":"Name","value":"nightStart"}},{"kind":"Field","name":{"kind":"Name","value":"nightEnd"}},{"kind":"Field","name":{"kind":"Name","value":"weekends"}},{"kind":"Field","name":{"kind":"Name","value":"holidays"}},{"kind":"Field","name":{"kind":"Name","value":"intervals"}},{"kind":"Field","name":{"kind":"Name","value":"openWorkOrder"}},{"kind":"Field","name":{"kind":"Name","value":"workOrderCategory"}},{"kind":"Field","name":{"kind":"Name","value":"workOrderPriority"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]} as unknown as DocumentNode<EnergyAlertRulesQuery, EnergyAlertRulesQueryVariables>;
export const EnergyAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnergyAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EnergyAlertFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"energyAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ruleName"}},{"kind":"Field","name":{"kind":"Name","value":"meterId"}},{"kind":"Field","name":{"kind":"Name","value":"meterCode"}},{"kind":"Field","name":{"kind":"Name","value":"meterName"}},{"kind":"Field","name":{"kind":"Name","value":"meterKind"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"observedAt"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"peakValue"}},{"kind":"Field","name":{"kind":"Name","value":"limitValue"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"clearedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"workOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"workOrderNumber"}}]}}]}}]}}]} as unknown as DocumentNode<EnergyAlertsQuery, EnergyAlertsQueryVariables>;
export const EvaluateEnergyAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvaluateEnergyAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluateEnergyAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opened"}},{"kind":"Field","name":{"kind":"Name","value":"cleared"}}]}}]}}]} as unknown as DocumentNode<EvaluateEnergyAlertsMutation, EvaluateEnergyAlertsMutationVariables>;
export const SetEnergyAlertRuleEnabledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetEnergyAlertRuleEnabled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setEnergyAlertRuleEnabled"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"enabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]} as unknown as DocumentNode<SetEnergyAlertRuleEnabledMutation, SetEnergyAlertRuleEnabledMutationVariables>;
export const UpdateEnergyAlertRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEnergyAlertRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnergyAlertRuleSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEnergyAlertRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateEnergyAlertRuleMutation, UpdateEnergyAlertRuleMutationVariables>;
export const CreateEnergyTariffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEnergyTariff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTariffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEnergyTariff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}}]}}]} as unknown as DocumentNode<CreateEnergyTariffMutation, CreateEnergyTariffMutationVariables>;
export const EmissionFactorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmissionFactors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emissionFactors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"kgPerUnit"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<EmissionFactorsQuery, EmissionFactorsQueryVariables>;
export const CreateEmissionFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEmissionFactor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEmissionFactorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEmissionFactor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateEmissionFactorMutation, CreateEmissionFactorMutationVariables>;
export const EnergyFlowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnergyFlow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeterKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withTenants"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"energyFlow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"withTenants"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withTenants"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"loss"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<EnergyFlowQuery, EnergyFlowQueryVariables>;
export const EnergyOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnergyOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnergyScopeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"energyOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hour"}},{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buildings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buildingId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"intensity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"lastYear"}},{"kind":"Field","name":{"kind":"Name","value":"mom"}},{"kind":"Field","name":{"kind":"Name","value":"yoy"}},{"kind":"Field","name":{"kind":"Name","value":"carbonKg"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comparison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"lastYear"}},{"kind":"Field","name":{"kind":"Name","value":"mom"}},{"kind":"Field","name":{"kind":"Name","value":"yoy"}},{"kind":"Field","name":{"kind":"Name","value":"previousFrom"}},{"kind":"Field","name":{"kind":"Name","value":"previousTo"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"intensity"}},{"kind":"Field","name":{"kind":"Name","value":"carbonKg"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"unpriced"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"costFen"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EnergyOverviewQuery, EnergyOverviewQueryVariables>;
export const EnergyTariffsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnergyTariffs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MeterKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"energyTariffs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"startHour"}},{"kind":"Field","name":{"kind":"Name","value":"endHour"}},{"kind":"Field","name":{"kind":"Name","value":"price"}}]}}]}}]}}]} as unknown as DocumentNode<EnergyTariffsQuery, EnergyTariffsQueryVariables>;
export const CreateMeterReadingPhotoUploadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMeterReadingPhotoUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeterReadingPhotoUploadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMeterReadingPhotoUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachmentId"}},{"kind":"Field","name":{"kind":"Name","value":"uploadUrl"}}]}}]}}]} as unknown as DocumentNode<CreateMeterReadingPhotoUploadMutation, CreateMeterReadingPhotoUploadMutationVariables>;
export const CreateMeterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMeter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMeterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMeter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeterFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"virtual"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"buildingId"}},{"kind":"Field","name":{"kind":"Name","value":"floorId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceRegister"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}},{"kind":"Field","name":{"kind":"Name","value":"registerDigits"}},{"kind":"Field","name":{"kind":"Name","value":"spikeLimit"}},{"kind":"Field","name":{"kind":"Name","value":"intervalMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"baselineValue"}},{"kind":"Field","name":{"kind":"Name","value":"lastReadingAt"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meterId"}},{"kind":"Field","name":{"kind":"Name","value":"sign"}}]}}]}}]} as unknown as DocumentNode<CreateMeterMutation, CreateMeterMutationVariables>;
export const EnergyCompaniesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnergyCompanies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantCompanies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EnergyCompaniesQuery, EnergyCompaniesQueryVariables>;
export const EnergyMeterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnergyMeter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeterFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"virtual"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"buildingId"}},{"kind":"Field","name":{"kind":"Name","value":"floorId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceRegister"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}},{"kind":"Field","name":{"kind":"Name","value":"registerDigits"}},{"kind":"Field","name":{"kind":"Name","value":"spikeLimit"}},{"kind":"Field","name":{"kind":"Name","value":"intervalMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"baselineValue"}},{"kind":"Field","name":{"kind":"Name","value":"lastReadingAt"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meterId"}},{"kind":"Field","name":{"kind":"Name","value":"sign"}}]}}]}}]} as unknown as DocumentNode<EnergyMeterQuery, EnergyMeterQueryVariables>;
export const EnergyMetersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnergyMeters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MeterKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MeterLevel"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"buildingId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"buildingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"buildingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeterFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"virtual"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"buildingId"}},{"kind":"Field","name":{"kind":"Name","value":"floorId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceRegister"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}},{"kind":"Field","name":{"kind":"Name","value":"registerDigits"}},{"kind":"Field","name":{"kind":"Name","value":"spikeLimit"}},{"kind":"Field","name":{"kind":"Name","value":"intervalMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"baselineValue"}},{"kind":"Field","name":{"kind":"Name","value":"lastReadingAt"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meterId"}},{"kind":"Field","name":{"kind":"Name","value":"sign"}}]}}]}}]} as unknown as DocumentNode<EnergyMetersQuery, EnergyMetersQueryVariables>;
export const IotDevicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IotDevices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iotDevices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IotDeviceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"iotRejections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceCode"}},{"kind":"Field","name":{"kind":"Name","value":"deviceId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"lastAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IotDeviceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IotDevice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"secretIssuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"telemetry"}},{"kind":"Field","name":{"kind":"Name","value":"command"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"lastAt"}}]}}]}}]} as unknown as DocumentNode<IotDevicesQuery, IotDevicesQueryVariables>;
export const MeterConsumptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeterConsumption"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsumptionQueryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"energyConsumption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"estimated"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"estimated"}}]}}]}}]}}]} as unknown as DocumentNode<MeterConsumptionQuery, MeterConsumptionQueryVariables>;
export const MeterOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeterOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MeterKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"virtual"}}]}}]}}]}}]} as unknown as DocumentNode<MeterOptionsQuery, MeterOptionsQueryVariables>;
export const MeterReadingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeterReadings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meterReadings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meterId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"consumption"}},{"kind":"Field","name":{"kind":"Name","value":"flag"}},{"kind":"Field","name":{"kind":"Name","value":"estimated"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"photo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<MeterReadingsQuery, MeterReadingsQueryVariables>;
export const RecordMeterReadingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMeterReading"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ManualReadingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeterReading"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stored"}},{"kind":"Field","name":{"kind":"Name","value":"flag"}}]}}]}}]} as unknown as DocumentNode<RecordMeterReadingMutation, RecordMeterReadingMutationVariables>;
export const RegisterIotDeviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterIotDevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterIotDeviceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerIotDevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IotDeviceFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IotDeviceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IotDevice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"secretIssuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"telemetry"}},{"kind":"Field","name":{"kind":"Name","value":"command"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"lastAt"}}]}}]}}]} as unknown as DocumentNode<RegisterIotDeviceMutation, RegisterIotDeviceMutationVariables>;
export const RotateIotDeviceSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateIotDeviceSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateIotDeviceSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IotDeviceFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IotDeviceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IotDevice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"secretIssuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"telemetry"}},{"kind":"Field","name":{"kind":"Name","value":"command"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"lastAt"}}]}}]}}]} as unknown as DocumentNode<RotateIotDeviceSecretMutation, RotateIotDeviceSecretMutationVariables>;
export const UpdateIotDeviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateIotDevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateIotDeviceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIotDevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IotDeviceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IotDeviceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IotDevice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"secretIssuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"telemetry"}},{"kind":"Field","name":{"kind":"Name","value":"command"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"lastAt"}}]}}]}}]} as unknown as DocumentNode<UpdateIotDeviceMutation, UpdateIotDeviceMutationVariables>;
export const UpdateMeterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMeter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMeterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMeter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeterFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"virtual"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"buildingId"}},{"kind":"Field","name":{"kind":"Name","value":"floorId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceRegister"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}},{"kind":"Field","name":{"kind":"Name","value":"registerDigits"}},{"kind":"Field","name":{"kind":"Name","value":"spikeLimit"}},{"kind":"Field","name":{"kind":"Name","value":"intervalMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"baselineValue"}},{"kind":"Field","name":{"kind":"Name","value":"lastReadingAt"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meterId"}},{"kind":"Field","name":{"kind":"Name","value":"sign"}}]}}]}}]} as unknown as DocumentNode<UpdateMeterMutation, UpdateMeterMutationVariables>;
export const ChangeEquipmentStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeEquipmentStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EquipmentStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeEquipmentStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ChangeEquipmentStatusMutation, ChangeEquipmentStatusMutationVariables>;
export const CreateEquipmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEquipment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEquipmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEquipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CreateEquipmentMutation, CreateEquipmentMutationVariables>;
export const EquipmentDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EquipmentDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"equipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"publicToken"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"manufacturer"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"installDate"}},{"kind":"Field","name":{"kind":"Name","value":"warrantyEnd"}},{"kind":"Field","name":{"kind":"Name","value":"inWarranty"}},{"kind":"Field","name":{"kind":"Name","value":"locationNote"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"}},{"kind":"Field","name":{"kind":"Name","value":"park"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"floor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EquipmentDetailQuery, EquipmentDetailQueryVariables>;
export const EquipmentFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EquipmentForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"equipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"manufacturer"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"installDate"}},{"kind":"Field","name":{"kind":"Name","value":"warrantyEnd"}},{"kind":"Field","name":{"kind":"Name","value":"locationNote"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"floor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EquipmentFormQuery, EquipmentFormQueryVariables>;
export const EquipmentLabelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EquipmentLabels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"equipmentLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publicToken"}},{"kind":"Field","name":{"kind":"Name","value":"park"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"floor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EquipmentLabelsQuery, EquipmentLabelsQueryVariables>;
export const EquipmentLedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EquipmentLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EquipmentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"equipmentLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"inWarranty"}},{"kind":"Field","name":{"kind":"Name","value":"warrantyEnd"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"floor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"locationNote"}}]}}]}}]}}]} as unknown as DocumentNode<EquipmentLedgerQuery, EquipmentLedgerQueryVariables>;
export const UpdateEquipmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEquipment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEquipmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEquipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"locationNote"}}]}}]}}]} as unknown as DocumentNode<UpdateEquipmentMutation, UpdateEquipmentMutationVariables>;
export const AddFeeRateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddFeeRate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddFeeRateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFeeRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currentPrice"}},{"kind":"Field","name":{"kind":"Name","value":"rates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"price"}}]}}]}}]}}]} as unknown as DocumentNode<AddFeeRateMutation, AddFeeRateMutationVariables>;
export const CreateFeeStandardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFeeStandard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFeeStandardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFeeStandard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CreateFeeStandardMutation, CreateFeeStandardMutationVariables>;
export const FeeStandardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeeStandards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"item"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FeeItem"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feeStandards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}},{"kind":"Argument","name":{"kind":"Name","value":"item"},"value":{"kind":"Variable","name":{"kind":"Name","value":"item"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"meterKind"}},{"kind":"Field","name":{"kind":"Name","value":"rounding"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"currentPrice"}},{"kind":"Field","name":{"kind":"Name","value":"rates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<FeeStandardsQuery, FeeStandardsQueryVariables>;
export const UpdateFeeStandardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFeeStandard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFeeStandardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFeeStandard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<UpdateFeeStandardMutation, UpdateFeeStandardMutationVariables>;
export const WithdrawFeeRateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawFeeRate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawFeeRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<WithdrawFeeRateMutation, WithdrawFeeRateMutationVariables>;
export const CreateInvoiceFileUploadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateInvoiceFileUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInvoiceFileUploadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInvoiceFileUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachmentId"}},{"kind":"Field","name":{"kind":"Name","value":"uploadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<CreateInvoiceFileUploadMutation, CreateInvoiceFileUploadMutationVariables>;
export const InvoiceRequestDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoiceRequestDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parkId"}},{"kind":"Field","name":{"kind":"Name","value":"billId"}},{"kind":"Field","name":{"kind":"Name","value":"billNumber"}},{"kind":"Field","name":{"kind":"Name","value":"billPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"tenantName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"taxNumber"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"bankAccount"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"handledBy"}},{"kind":"Field","name":{"kind":"Name","value":"handledAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"reversalDueFen"}},{"kind":"Field","name":{"kind":"Name","value":"reversedFen"}},{"kind":"Field","name":{"kind":"Name","value":"reversalNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reversedOn"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}}]} as unknown as DocumentNode<InvoiceRequestDetailQuery, InvoiceRequestDetailQueryVariables>;
export const InvoiceRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoiceRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceRequestFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"billId"}},{"kind":"Field","name":{"kind":"Name","value":"billNumber"}},{"kind":"Field","name":{"kind":"Name","value":"tenantName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"taxNumber"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reversalDueFen"}}]}}]}}]}}]} as unknown as DocumentNode<InvoiceRequestsQuery, InvoiceRequestsQueryVariables>;
export const IssueInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueInvoiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parkId"}},{"kind":"Field","name":{"kind":"Name","value":"billId"}},{"kind":"Field","name":{"kind":"Name","value":"billNumber"}},{"kind":"Field","name":{"kind":"Name","value":"billPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"tenantName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"taxNumber"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"bankAccount"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"handledBy"}},{"kind":"Field","name":{"kind":"Name","value":"handledAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"reversalDueFen"}},{"kind":"Field","name":{"kind":"Name","value":"reversedFen"}},{"kind":"Field","name":{"kind":"Name","value":"reversalNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reversedOn"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}}]} as unknown as DocumentNode<IssueInvoiceMutation, IssueInvoiceMutationVariables>;
export const RecordInvoiceReversalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordInvoiceReversal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordInvoiceReversalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordInvoiceReversal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parkId"}},{"kind":"Field","name":{"kind":"Name","value":"billId"}},{"kind":"Field","name":{"kind":"Name","value":"billNumber"}},{"kind":"Field","name":{"kind":"Name","value":"billPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"tenantName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"taxNumber"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"bankAccount"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"handledBy"}},{"kind":"Field","name":{"kind":"Name","value":"handledAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"reversalDueFen"}},{"kind":"Field","name":{"kind":"Name","value":"reversedFen"}},{"kind":"Field","name":{"kind":"Name","value":"reversalNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reversedOn"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}}]} as unknown as DocumentNode<RecordInvoiceReversalMutation, RecordInvoiceReversalMutationVariables>;
export const RejectInvoiceRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectInvoiceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectInvoiceRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectInvoiceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parkId"}},{"kind":"Field","name":{"kind":"Name","value":"billId"}},{"kind":"Field","name":{"kind":"Name","value":"billNumber"}},{"kind":"Field","name":{"kind":"Name","value":"billPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"tenantName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"taxNumber"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"bankAccount"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"handledBy"}},{"kind":"Field","name":{"kind":"Name","value":"handledAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"reversalDueFen"}},{"kind":"Field","name":{"kind":"Name","value":"reversedFen"}},{"kind":"Field","name":{"kind":"Name","value":"reversalNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reversedOn"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}}]} as unknown as DocumentNode<RejectInvoiceRequestMutation, RejectInvoiceRequestMutationVariables>;
export const ReversalDueCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReversalDueCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"reversalDue"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ReversalDueCountQuery, ReversalDueCountQueryVariables>;
export const WaitingInvoiceCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WaitingInvoiceCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REQUESTED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<WaitingInvoiceCountQuery, WaitingInvoiceCountQueryVariables>;
export const CreateKioskDeviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateKioskDevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateKioskDeviceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createKioskDevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pairingCode"}},{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pairingExpiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<CreateKioskDeviceMutation, CreateKioskDeviceMutationVariables>;
export const KioskDevicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KioskDevices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kioskDevices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"pairingExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"pairedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"park"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"buildings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<KioskDevicesQuery, KioskDevicesQueryVariables>;
export const RenewKioskPairingCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenewKioskPairingCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewKioskPairingCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pairingCode"}},{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pairingExpiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<RenewKioskPairingCodeMutation, RenewKioskPairingCodeMutationVariables>;
export const RevokeKioskDeviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeKioskDevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeKioskDevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<RevokeKioskDeviceMutation, RevokeKioskDeviceMutationVariables>;
export const CreateLeaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLease"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLeaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLease"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateLeaseMutation, CreateLeaseMutationVariables>;
export const DeleteLeaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteLease"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteLease"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteLeaseMutation, DeleteLeaseMutationVariables>;
export const LeaseDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeaseDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lease"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"tenantName"}},{"kind":"Field","name":{"kind":"Name","value":"startOn"}},{"kind":"Field","name":{"kind":"Name","value":"endOn"}},{"kind":"Field","name":{"kind":"Name","value":"paymentCycle"}},{"kind":"Field","name":{"kind":"Name","value":"rentPrice"}},{"kind":"Field","name":{"kind":"Name","value":"rentRounding"}},{"kind":"Field","name":{"kind":"Name","value":"escalation"}},{"kind":"Field","name":{"kind":"Name","value":"escalationPercent"}},{"kind":"Field","name":{"kind":"Name","value":"rentSteps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"price"}}]}},{"kind":"Field","name":{"kind":"Name","value":"freePeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"propertyFeeStandardId"}},{"kind":"Field","name":{"kind":"Name","value":"depositFen"}},{"kind":"Field","name":{"kind":"Name","value":"lateFeePermille"}},{"kind":"Field","name":{"kind":"Name","value":"dueDays"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"terminatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"terminationReason"}},{"kind":"Field","name":{"kind":"Name","value":"renewalOfId"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"area"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"monthDays"}},{"kind":"Field","name":{"kind":"Name","value":"freeDays"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeaseDetailQuery, LeaseDetailQueryVariables>;
export const LeaseTenantOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeaseTenantOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantCompanies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ACTIVE"},{"kind":"EnumValue","value":"ONBOARDING"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LeaseTenantOptionsQuery, LeaseTenantOptionsQueryVariables>;
export const LeaseUnitOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeaseUnitOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"VACANT"},{"kind":"EnumValue","value":"RESERVED"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"grossArea"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeaseUnitOptionsQuery, LeaseUnitOptionsQueryVariables>;
export const LeasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Leases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"tenantName"}},{"kind":"Field","name":{"kind":"Name","value":"startOn"}},{"kind":"Field","name":{"kind":"Name","value":"endOn"}},{"kind":"Field","name":{"kind":"Name","value":"paymentCycle"}},{"kind":"Field","name":{"kind":"Name","value":"rentPrice"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeasesQuery, LeasesQueryVariables>;
export const RenewLeaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenewLease"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenewLeaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewLease"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RenewLeaseMutation, RenewLeaseMutationVariables>;
export const SignLeaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignLease"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signLease"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SignLeaseMutation, SignLeaseMutationVariables>;
export const TerminateLeaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TerminateLease"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TerminateLeaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminateLease"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"endOn"}},{"kind":"Field","name":{"kind":"Name","value":"terminatedOn"}}]}}]}}]} as unknown as DocumentNode<TerminateLeaseMutation, TerminateLeaseMutationVariables>;
export const CreateMaintenancePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMaintenancePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMaintenancePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMaintenancePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenancePlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenancePlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenancePlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"statutory"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentId"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentCategory"}},{"kind":"Field","name":{"kind":"Name","value":"workCategory"}},{"kind":"Field","name":{"kind":"Name","value":"recurrenceUnit"}},{"kind":"Field","name":{"kind":"Name","value":"recurrenceInterval"}},{"kind":"Field","name":{"kind":"Name","value":"graceDays"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<CreateMaintenancePlanMutation, CreateMaintenancePlanMutationVariables>;
export const EquipmentOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EquipmentOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"equipmentLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]}}]} as unknown as DocumentNode<EquipmentOptionsQuery, EquipmentOptionsQueryVariables>;
export const MaintenanceComplianceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MaintenanceCompliance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maintenanceCompliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"upcoming"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"planName"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statutory"}},{"kind":"Field","name":{"kind":"Name","value":"workOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"workOrderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"workOrderState"}}]}}]}}]}}]} as unknown as DocumentNode<MaintenanceComplianceQuery, MaintenanceComplianceQueryVariables>;
export const MaintenancePlanAssigneesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MaintenancePlanAssignees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maintenancePlanAssignees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<MaintenancePlanAssigneesQuery, MaintenancePlanAssigneesQueryVariables>;
export const MaintenancePlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MaintenancePlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maintenancePlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenancePlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenancePlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenancePlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"statutory"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentId"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentCategory"}},{"kind":"Field","name":{"kind":"Name","value":"workCategory"}},{"kind":"Field","name":{"kind":"Name","value":"recurrenceUnit"}},{"kind":"Field","name":{"kind":"Name","value":"recurrenceInterval"}},{"kind":"Field","name":{"kind":"Name","value":"graceDays"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<MaintenancePlansQuery, MaintenancePlansQueryVariables>;
export const PlanEquipmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanEquipment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"equipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PlanEquipmentQuery, PlanEquipmentQueryVariables>;
export const SetMaintenancePlanActiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMaintenancePlanActive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"active"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMaintenancePlanActive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"active"},"value":{"kind":"Variable","name":{"kind":"Name","value":"active"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenancePlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenancePlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenancePlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"statutory"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentId"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentCategory"}},{"kind":"Field","name":{"kind":"Name","value":"workCategory"}},{"kind":"Field","name":{"kind":"Name","value":"recurrenceUnit"}},{"kind":"Field","name":{"kind":"Name","value":"recurrenceInterval"}},{"kind":"Field","name":{"kind":"Name","value":"graceDays"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<SetMaintenancePlanActiveMutation, SetMaintenancePlanActiveMutationVariables>;
export const UpdateMaintenancePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMaintenancePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMaintenancePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMaintenancePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenancePlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenancePlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenancePlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"statutory"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentId"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentCategory"}},{"kind":"Field","name":{"kind":"Name","value":"workCategory"}},{"kind":"Field","name":{"kind":"Name","value":"recurrenceUnit"}},{"kind":"Field","name":{"kind":"Name","value":"recurrenceInterval"}},{"kind":"Field","name":{"kind":"Name","value":"graceDays"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<UpdateMaintenancePlanMutation, UpdateMaintenancePlanMutationVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const NotificationReceivedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"workOrderTitle"}},{"kind":"Field","name":{"kind":"Name","value":"slaKind"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"meterName"}},{"kind":"Field","name":{"kind":"Name","value":"meterCode"}},{"kind":"Field","name":{"kind":"Name","value":"alertKind"}},{"kind":"Field","name":{"kind":"Name","value":"ruleName"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"billNumber"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reverseFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"workOrderId"}}]}}]} as unknown as DocumentNode<NotificationReceivedSubscription, NotificationReceivedSubscriptionVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"workOrderTitle"}},{"kind":"Field","name":{"kind":"Name","value":"slaKind"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"meterName"}},{"kind":"Field","name":{"kind":"Name","value":"meterCode"}},{"kind":"Field","name":{"kind":"Name","value":"alertKind"}},{"kind":"Field","name":{"kind":"Name","value":"ruleName"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"billNumber"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reverseFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"workOrderId"}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const UnreadNotificationCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotificationCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const AddVehicleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddVehicle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddVehicleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addVehicle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plate"}}]}}]}}]} as unknown as DocumentNode<AddVehicleMutation, AddVehicleMutationVariables>;
export const CreateParkingLotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateParkingLot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateParkingLotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createParkingLot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateParkingLotMutation, CreateParkingLotMutationVariables>;
export const CreateParkingRateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateParkingRate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateParkingRateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createParkingRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateParkingRateMutation, CreateParkingRateMutationVariables>;
export const ParkingChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ParkingChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parkingChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotId"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"plate"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"admitted"}},{"kind":"Field","name":{"kind":"Name","value":"spaceType"}},{"kind":"Field","name":{"kind":"Name","value":"feeFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupied"}}]}}]}}]}}]} as unknown as DocumentNode<ParkingChangedSubscription, ParkingChangedSubscriptionVariables>;
export const ParkingChargesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParkingCharges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ParkingChargeFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parkingCharges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotId"}},{"kind":"Field","name":{"kind":"Name","value":"plate"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"chargedHours"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"exitedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parkingLots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ParkingChargesQuery, ParkingChargesQueryVariables>;
export const ParkingEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParkingEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ParkingEventFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parkingLots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parkingEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotId"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"plate"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"admitted"}},{"kind":"Field","name":{"kind":"Name","value":"spaceType"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"feeFen"}}]}}]}}]}}]} as unknown as DocumentNode<ParkingEventsQuery, ParkingEventsQueryVariables>;
export const ParkingLotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParkingLots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parkingLots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"buildingId"}},{"kind":"Field","name":{"kind":"Name","value":"regularSpaces"}},{"kind":"Field","name":{"kind":"Name","value":"evSpaces"}},{"kind":"Field","name":{"kind":"Name","value":"reservedSpaces"}},{"kind":"Field","name":{"kind":"Name","value":"accessibleSpaces"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<ParkingLotsQuery, ParkingLotsQueryVariables>;
export const ParkingOccupancyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParkingOccupancy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parkingOccupancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"occupied"}},{"kind":"Field","name":{"kind":"Name","value":"byType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spaceType"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"occupied"}},{"kind":"Field","name":{"kind":"Name","value":"free"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"occupied"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spaceType"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"occupied"}},{"kind":"Field","name":{"kind":"Name","value":"free"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parkingFlow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"EnumValue","value":"HOUR"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucket"}},{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"exits"}},{"kind":"Field","name":{"kind":"Name","value":"denied"}}]}}]}}]} as unknown as DocumentNode<ParkingOccupancyQuery, ParkingOccupancyQueryVariables>;
export const ParkingRatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParkingRates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parkingRates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"freeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"perHourFen"}},{"kind":"Field","name":{"kind":"Name","value":"dailyCapFen"}}]}}]}}]} as unknown as DocumentNode<ParkingRatesQuery, ParkingRatesQueryVariables>;
export const RemoveVehicleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveVehicle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeVehicle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RemoveVehicleMutation, RemoveVehicleMutationVariables>;
export const UpdateParkingLotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateParkingLot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateParkingLotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateParkingLot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regularSpaces"}},{"kind":"Field","name":{"kind":"Name","value":"evSpaces"}},{"kind":"Field","name":{"kind":"Name","value":"reservedSpaces"}},{"kind":"Field","name":{"kind":"Name","value":"accessibleSpaces"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<UpdateParkingLotMutation, UpdateParkingLotMutationVariables>;
export const VehicleListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VehicleList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VehicleListKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicleList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"plate"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"spaceType"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenantCompanies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<VehicleListQuery, VehicleListQueryVariables>;
export const PaymentBillDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentBill"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bill"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"tenantName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"intentId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNo"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentBillQuery, PaymentBillQueryVariables>;
export const PaymentDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentIntent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"billId"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outTradeNo"}},{"kind":"Field","name":{"kind":"Name","value":"providerTradeNo"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundedFen"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"outRefundNo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentDetailQuery, PaymentDetailQueryVariables>;
export const PaymentReconciliationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentReconciliations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentReconciliations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"billDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statementRows"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"differences"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"differenceList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entry"}},{"kind":"Field","name":{"kind":"Name","value":"outTradeNo"}},{"kind":"Field","name":{"kind":"Name","value":"providerRef"}},{"kind":"Field","name":{"kind":"Name","value":"providerFen"}},{"kind":"Field","name":{"kind":"Name","value":"localFen"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"localStatus"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentReconciliationsQuery, PaymentReconciliationsQueryVariables>;
export const PaymentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Payments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"billId"}},{"kind":"Field","name":{"kind":"Name","value":"billNumber"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"tenantName"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNo"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outTradeNo"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundedFen"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentsQuery, PaymentsQueryVariables>;
export const ReconcilePaymentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReconcilePayments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReconcilePaymentsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reconcilePayments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"billDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReconcilePaymentsMutation, ReconcilePaymentsMutationVariables>;
export const RefundPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefundPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefundPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refundPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RefundPaymentMutation, RefundPaymentMutationVariables>;
export const ResolvePaymentDifferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolvePaymentDifference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolvePaymentDifferenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolvePaymentDifference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}}]}}]} as unknown as DocumentNode<ResolvePaymentDifferenceMutation, ResolvePaymentDifferenceMutationVariables>;
export const CreateTenantCompanyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTenantCompany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTenantCompanyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTenantCompany"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateTenantCompanyMutation, CreateTenantCompanyMutationVariables>;
export const IndustriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Industries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"industries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<IndustriesQuery, IndustriesQueryVariables>;
export const TenantFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantCompany"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"employeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"moveInDate"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"industry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}}]}}]}}]}}]} as unknown as DocumentNode<TenantFormQuery, TenantFormQueryVariables>;
export const TenantListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TenantCompanyFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantCompanies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"occupiedArea"}},{"kind":"Field","name":{"kind":"Name","value":"industry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TenantListQuery, TenantListQueryVariables>;
export const TenantOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TenantCompanyFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantCompanies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TenantOptionsQuery, TenantOptionsQueryVariables>;
export const TenantUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TenantUsersQuery, TenantUsersQueryVariables>;
export const UpdateTenantCompanyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTenantCompany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTenantCompanyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTenantCompany"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<UpdateTenantCompanyMutation, UpdateTenantCompanyMutationVariables>;
export const CreateRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<CreateRoleMutation, CreateRoleMutationVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const PermissionCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PermissionCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissionCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}}]}}]}}]}}]} as unknown as DocumentNode<PermissionCatalogueQuery, PermissionCatalogueQueryVariables>;
export const ResetUserPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetUserPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]} as unknown as DocumentNode<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>;
export const RolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"builtin"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]}}]} as unknown as DocumentNode<RolesQuery, RolesQueryVariables>;
export const SetUserStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SetUserStatusMutation, SetUserStatusMutationVariables>;
export const UpdateRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]}}]} as unknown as DocumentNode<UpdateRoleMutation, UpdateRoleMutationVariables>;
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const UserFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UserFormQuery, UserFormQueryVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const AddWatchlistEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddWatchlistEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WatchlistEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addWatchlistEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WatchlistEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WatchlistEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VisitorWatchlistEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"hasIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AddWatchlistEntryMutation, AddWatchlistEntryMutationVariables>;
export const DecideFrontDeskVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideFrontDeskVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approve"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideFrontDeskVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"approve"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approve"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VisitFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VisitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Visit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"hostName"}},{"kind":"Field","name":{"kind":"Name","value":"hostDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"tenantName"}},{"kind":"Field","name":{"kind":"Name","value":"plate"}},{"kind":"Field","name":{"kind":"Name","value":"companions"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInVia"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"watchlistHit"}},{"kind":"Field","name":{"kind":"Name","value":"visitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"hasIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"anonymized"}}]}}]}}]} as unknown as DocumentNode<DecideFrontDeskVisitMutation, DecideFrontDeskVisitMutationVariables>;
export const DecideSecurityReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideSecurityReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approve"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideSecurityReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"approve"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approve"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VisitFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VisitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Visit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"hostName"}},{"kind":"Field","name":{"kind":"Name","value":"hostDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"tenantName"}},{"kind":"Field","name":{"kind":"Name","value":"plate"}},{"kind":"Field","name":{"kind":"Name","value":"companions"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInVia"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"watchlistHit"}},{"kind":"Field","name":{"kind":"Name","value":"visitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"hasIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"anonymized"}}]}}]}}]} as unknown as DocumentNode<DecideSecurityReviewMutation, DecideSecurityReviewMutationVariables>;
export const FrontDeskQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FrontDeskQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frontDeskQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VisitFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VisitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Visit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"hostName"}},{"kind":"Field","name":{"kind":"Name","value":"hostDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"tenantName"}},{"kind":"Field","name":{"kind":"Name","value":"plate"}},{"kind":"Field","name":{"kind":"Name","value":"companions"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInVia"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"watchlistHit"}},{"kind":"Field","name":{"kind":"Name","value":"visitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"hasIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"anonymized"}}]}}]}}]} as unknown as DocumentNode<FrontDeskQueueQuery, FrontDeskQueueQueryVariables>;
export const SecurityReviewQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecurityReviewQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityReviewQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VisitFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VisitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Visit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"hostName"}},{"kind":"Field","name":{"kind":"Name","value":"hostDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"tenantName"}},{"kind":"Field","name":{"kind":"Name","value":"plate"}},{"kind":"Field","name":{"kind":"Name","value":"companions"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInVia"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"watchlistHit"}},{"kind":"Field","name":{"kind":"Name","value":"visitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"hasIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"anonymized"}}]}}]}}]} as unknown as DocumentNode<SecurityReviewQueueQuery, SecurityReviewQueueQueryVariables>;
export const SetWatchlistEntryActiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetWatchlistEntryActive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"active"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setWatchlistEntryActive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"active"},"value":{"kind":"Variable","name":{"kind":"Name","value":"active"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WatchlistEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WatchlistEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VisitorWatchlistEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"hasIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<SetWatchlistEntryActiveMutation, SetWatchlistEntryActiveMutationVariables>;
export const VisitChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"VisitChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}}]}}]} as unknown as DocumentNode<VisitChangedSubscription, VisitChangedSubscriptionVariables>;
export const VisitLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VisitLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VisitFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VisitFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VisitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Visit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"hostName"}},{"kind":"Field","name":{"kind":"Name","value":"hostDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"tenantName"}},{"kind":"Field","name":{"kind":"Name","value":"plate"}},{"kind":"Field","name":{"kind":"Name","value":"companions"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInVia"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"watchlistHit"}},{"kind":"Field","name":{"kind":"Name","value":"visitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"hasIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"anonymized"}}]}}]}}]} as unknown as DocumentNode<VisitLogQuery, VisitLogQueryVariables>;
export const VisitorsOnSiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VisitorsOnSite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitorsOnSite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VisitFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VisitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Visit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"hostName"}},{"kind":"Field","name":{"kind":"Name","value":"hostDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"tenantName"}},{"kind":"Field","name":{"kind":"Name","value":"plate"}},{"kind":"Field","name":{"kind":"Name","value":"companions"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInVia"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"watchlistHit"}},{"kind":"Field","name":{"kind":"Name","value":"visitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"hasIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"anonymized"}}]}}]}}]} as unknown as DocumentNode<VisitorsOnSiteQuery, VisitorsOnSiteQueryVariables>;
export const VisitorWatchlistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VisitorWatchlist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeInactive"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitorWatchlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeInactive"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WatchlistEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WatchlistEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VisitorWatchlistEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"hasIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<VisitorWatchlistQuery, VisitorWatchlistQueryVariables>;
export const AddWorkOrderCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddWorkOrderComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workOrderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"internal"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addWorkOrderComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workOrderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workOrderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}},{"kind":"Argument","name":{"kind":"Name","value":"internal"},"value":{"kind":"Variable","name":{"kind":"Name","value":"internal"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddWorkOrderCommentMutation, AddWorkOrderCommentMutationVariables>;
export const AutoDispatchWorkOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AutoDispatchWorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"action"},"value":{"kind":"EnumValue","value":"DISPATCH"}},{"kind":"ObjectField","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<AutoDispatchWorkOrderMutation, AutoDispatchWorkOrderMutationVariables>;
export const BoardBuildingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoardBuildings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"park"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"buildings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BoardBuildingsQuery, BoardBuildingsQueryVariables>;
export const CreateAttachmentUploadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAttachmentUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAttachmentUploadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAttachmentUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachmentId"}},{"kind":"Field","name":{"kind":"Name","value":"uploadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<CreateAttachmentUploadMutation, CreateAttachmentUploadMutationVariables>;
export const DispatchBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DispatchBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrderFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"locationNote"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentCategory"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DispatchBoardQuery, DispatchBoardQueryVariables>;
export const MyTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"mine"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"states"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DISPATCHED"},{"kind":"EnumValue","value":"ACCEPTED"},{"kind":"EnumValue","value":"IN_PROGRESS"},{"kind":"EnumValue","value":"ON_HOLD"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"holdReason"}},{"kind":"Field","name":{"kind":"Name","value":"locationNote"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentCategory"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"equipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyTasksQuery, MyTasksQueryVariables>;
export const QuoteWorkOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"QuoteWorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteWorkOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quoteWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<QuoteWorkOrderMutation, QuoteWorkOrderMutationVariables>;
export const RecordReturnVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordReturnVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordReturnVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"visitScore"}},{"kind":"Field","name":{"kind":"Name","value":"visitComment"}}]}}]}}]} as unknown as DocumentNode<RecordReturnVisitMutation, RecordReturnVisitMutationVariables>;
export const TechniciansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Technicians"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"STAFF"}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TechniciansQuery, TechniciansQueryVariables>;
export const TransitionWorkOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionWorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionWorkOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"holdReason"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<TransitionWorkOrderMutation, TransitionWorkOrderMutationVariables>;
export const WorkOrderChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WorkOrderChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrderChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"workOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<WorkOrderChangedSubscription, WorkOrderChangedSubscriptionVariables>;
export const WorkOrderDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkOrderDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerExtraActions"}},{"kind":"Field","name":{"kind":"Name","value":"holdReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"locationNote"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentCategory"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"equipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"}},{"kind":"Field","name":{"kind":"Name","value":"systemActor"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"visitScore"}},{"kind":"Field","name":{"kind":"Name","value":"visitComment"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"billableFen"}},{"kind":"Field","name":{"kind":"Name","value":"followUpOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labourFen"}},{"kind":"Field","name":{"kind":"Name","value":"materialsFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"quotedAt"}},{"kind":"Field","name":{"kind":"Name","value":"quotedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}}]}}]}}]}}]} as unknown as DocumentNode<WorkOrderDetailQuery, WorkOrderDetailQueryVariables>;
export const WorkOrderFaultReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkOrderFaultReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"faultReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reporterName"}},{"kind":"Field","name":{"kind":"Name","value":"reporterPhone"}},{"kind":"Field","name":{"kind":"Name","value":"filedOrder"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]}}]}}]} as unknown as DocumentNode<WorkOrderFaultReportsQuery, WorkOrderFaultReportsQueryVariables>;
export const WorkOrderKpiTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkOrderKpiTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m0"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrderKpiFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m1"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrderKpiFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m2"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrderKpiFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m3"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrderKpiFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m4"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrderKpiFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m5"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrderKpiFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m6"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrderKpiFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m7"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrderKpiFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m8"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrderKpiFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m9"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrderKpiFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m10"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrderKpiFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m11"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrderKpiFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"m0"},"name":{"kind":"Name","value":"workOrderKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m0"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrendPoint"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m1"},"name":{"kind":"Name","value":"workOrderKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m1"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrendPoint"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m2"},"name":{"kind":"Name","value":"workOrderKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m2"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrendPoint"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m3"},"name":{"kind":"Name","value":"workOrderKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m3"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrendPoint"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m4"},"name":{"kind":"Name","value":"workOrderKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m4"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrendPoint"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m5"},"name":{"kind":"Name","value":"workOrderKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m5"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrendPoint"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m6"},"name":{"kind":"Name","value":"workOrderKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m6"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrendPoint"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m7"},"name":{"kind":"Name","value":"workOrderKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m7"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrendPoint"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m8"},"name":{"kind":"Name","value":"workOrderKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m8"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrendPoint"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m9"},"name":{"kind":"Name","value":"workOrderKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m9"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrendPoint"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m10"},"name":{"kind":"Name","value":"workOrderKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m10"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrendPoint"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m11"},"name":{"kind":"Name","value":"workOrderKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m11"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrendPoint"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrendPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrderKpis"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filed"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}}]}}]} as unknown as DocumentNode<WorkOrderKpiTrendQuery, WorkOrderKpiTrendQueryVariables>;
export const WorkOrderKpisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkOrderKpis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrderKpiFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrderKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filed"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"returnVisitRate"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"firstTimePass"}},{"kind":"Field","name":{"kind":"Name","value":"meanResponseMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"meanResolutionMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"slaBreaches"}}]}}]}}]} as unknown as DocumentNode<WorkOrderKpisQuery, WorkOrderKpisQueryVariables>;