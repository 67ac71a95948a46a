import 'reflect-metadata';
import { getMetadataStorage as validatorMetadata } from 'class-validator';
import { getMetadataStorage as graphqlMetadata } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../src/graphql/build-schema.js';
import { createTopicPubSub } from '../src/graphql/pubsub.js';
import { startTestApp, type TestApp } from './test-app.js';

/**
 * Every input string's maximum length is at most its column's, including what the server adds
 * to it, and every number has bounds the column can hold: the validators are compared with the
 * real database's column sizes (information_schema), not with a copy of them.
 */

/** Where input fields that are not `<Entity>.<same name>` end up: `table.column`, less a prefix. */
const STORED_IN: Record<string, { column: string; prefix?: number }> = {
  'TransitionWorkOrderInput.note': { column: 'work_order_event.note' },
  'RegisterIotDeviceInput.code': { column: 'iot_device.code' },
  'EnergyAlertRuleSettingsInput.name': { column: 'energy_alert_rule.name' },
  'CreateTariffInput.name': { column: 'energy_tariff.name' },
  'CreateTariffInput.effectiveFrom': { column: 'energy_tariff.effective_from' },
  'TariffPeriodInput.price': { column: 'energy_tariff_period.price' },
  'EnergyAlertRuleSettingsInput.holidays': { column: 'energy_alert_rule.holidays' },
  'RegisterIotDeviceInput.name': { column: 'iot_device.name' },
  'RegisterIotDeviceInput.location': { column: 'iot_device.location' },
  'TransitionWorkOrderInput.holdReason': { column: 'work_order.hold_reason' },
  'TransitionWorkOrderInput.ratingComment': { column: 'work_order.rating_comment' },
  // "¥2000000.00 " (at most 12 characters) goes before it in the order's history.
  'QuoteWorkOrderInput.note': { column: 'work_order_event.note', prefix: 12 },
  'SubmitWorkOrderInput.title': { column: 'work_order.title' },
  'SubmitWorkOrderInput.description': { column: 'work_order.description' },
  'SubmitWorkOrderInput.locationNote': { column: 'work_order.location_note' },
  'ReturnVisitInput.comment': { column: 'work_order.visit_comment' },
  'CreateAttachmentUploadInput.fileName': { column: 'attachment.file_name' },
  'CreateAttachmentUploadInput.contentType': { column: 'attachment.content_type' },
  'MeterReadingPhotoUploadInput.fileName': { column: 'attachment.file_name' },
  'MeterReadingPhotoUploadInput.contentType': { column: 'attachment.content_type' },
  'CreateInvoiceFileUploadInput.fileName': { column: 'attachment.file_name' },
  'CreateInvoiceFileUploadInput.contentType': { column: 'attachment.content_type' },
  'IssueInvoiceInput.invoiceNumber': { column: 'invoice_request.invoice_number' },
  'IssueInvoiceInput.issuedOn': { column: 'invoice_request.issued_on' },
  'RecordInvoiceReversalInput.invoiceNumber': { column: 'invoice_request.reversal_number' },
  'RecordInvoiceReversalInput.issuedOn': { column: 'invoice_request.reversed_on' },
  'RejectInvoiceRequestInput.reason': { column: 'invoice_request.reject_reason' },
  'TenantContactInput.name': { column: 'tenant_contact.name' },
  'TenantContactInput.title': { column: 'tenant_contact.title' },
  'TenantContactInput.phone': { column: 'tenant_contact.phone' },
  'TenantContactInput.email': { column: 'tenant_contact.email' },
  'EquipmentLocationInput.note': { column: 'equipment.location_note' },
  'RecordEquipmentEventInput.note': { column: 'equipment_event.note' },
  'CreateApiKeyInput.name': { column: 'api_key.name' },
  'CreateApiKeyInput.partner': { column: 'api_key.partner' },
  'CreateKioskDeviceInput.name': { column: 'kiosk_device.name' },
  'CreateMaintenancePlanInput.name': { column: 'maintenance_plan.name' },
  'CreateMaintenancePlanInput.firstDueOn': { column: 'maintenance_plan.next_due_on' },
  'ReportEquipmentFaultInput.description': { column: 'fault_report.description' },
  'ReportEquipmentFaultInput.reporterName': { column: 'fault_report.reporter_name' },
  'ReportEquipmentFaultInput.reporterPhone': { column: 'fault_report.reporter_phone' },
  'ReportPhotoInput.fileName': { column: 'attachment.file_name' },
  'ReportPhotoInput.contentType': { column: 'attachment.content_type' },
  'VisitorDetailsInput.name': { column: 'visitor.name' },
  'VisitorDetailsInput.phone': { column: 'visitor.phone' },
  'VisitorDetailsInput.email': { column: 'visitor.email' },
  'VisitorDetailsInput.company': { column: 'visitor.company' },
  'VisitorDetailsInput.plate': { column: 'visit.plate' },
  'InviteVisitorsInput.purpose': { column: 'visit.purpose' },
  'WalkInInput.name': { column: 'visitor.name' },
  'WalkInInput.phone': { column: 'visitor.phone' },
  'WalkInInput.company': { column: 'visitor.company' },
  'WalkInInput.purpose': { column: 'visit.purpose' },
  'WalkInInput.plate': { column: 'visit.plate' },
  'WatchlistEntryInput.name': { column: 'visitor_watchlist.name' },
  'WatchlistEntryInput.phone': { column: 'visitor_watchlist.phone' },
  'WatchlistEntryInput.reason': { column: 'visitor_watchlist.reason' },
  'AddVehicleInput.ownerName': { column: 'vehicle_list_entry.owner_name' },
  'AddVehicleInput.validFrom': { column: 'vehicle_list_entry.valid_from' },
  'AddVehicleInput.validUntil': { column: 'vehicle_list_entry.valid_until' },
  'AddVehicleInput.note': { column: 'vehicle_list_entry.note' },
  'GateEventInput.eventId': { column: 'parking_event.external_id' },
  'CreateFeeStandardInput.price': { column: 'fee_rate.price' },
  'CreateFeeStandardInput.effectiveFrom': { column: 'fee_rate.effective_from' },
  'AddFeeRateInput.effectiveFrom': { column: 'fee_rate.effective_from' },
  'AddFeeRateInput.price': { column: 'fee_rate.price' },
  'LeaseTermsInput.number': { column: 'lease.number' },
  'LeaseTermsInput.startOn': { column: 'lease.start_on' },
  'LeaseTermsInput.endOn': { column: 'lease.end_on' },
  'LeaseTermsInput.rentPrice': { column: 'lease.rent_price' },
  'LeaseTermsInput.escalationPercent': { column: 'lease.escalation_percent' },
  'LeaseTermsInput.lateFeePermille': { column: 'lease.late_fee_permille' },
  'LeaseTermsInput.notes': { column: 'lease.notes' },
  'TerminateLeaseInput.lastDay': { column: 'lease.terminated_on' },
  'TerminateLeaseInput.reason': { column: 'lease.termination_reason' },
  'RenewLeaseInput.number': { column: 'lease.number' },
  'RenewLeaseInput.endOn': { column: 'lease.end_on' },
  'RenewLeaseInput.rentPrice': { column: 'lease.rent_price' },
  'VoidBillInput.reason': { column: 'bill.void_reason' },
  'AddBillChargeInput.chargedOn': { column: 'bill_charge.charged_on' },
  'AddBillChargeInput.quantity': { column: 'bill_charge.quantity' },
  'AddBillChargeInput.description': { column: 'bill_charge.description' },
  'CancelBillChargeInput.reason': { column: 'bill_charge.cancel_reason' },
  'StartBillRunInput.period': { column: 'bill_run.period' },
  'PayBillInput.idempotencyKey': { column: 'payment_intent.idempotency_key' },
  'KioskPayInput.idempotencyKey': { column: 'payment_intent.idempotency_key' },
  'RefundPaymentInput.note': { column: 'refund.note' },
  'ReconcilePaymentsInput.billDate': { column: 'payment_reconciliation.bill_date' },
  'ResolvePaymentDifferenceInput.note': { column: 'payment_difference.note' },
};

/** Strings that are never stored as given: what they are used for instead. */
const NOT_STORED: Record<string, string> = {
  'PayBillInput.currency': 'checked to be CNY; payment_intent.currency is the constant CNY',
  'KioskPayInput.currency': 'checked to be CNY; payment_intent.currency is the constant CNY',
  'KioskPayInput.number': 'a bill number the kiosk looks up (bill.number); never stored',
  'KioskPayInput.checkCode': 'six digits compared with bill.check_code; never stored',
  'PaymentFilter.outTradeNo': 'a search of payment_intent.out_trade_no; never stored',
  'InvoiceRequestFilter.search': 'a search of invoice_request.title and tax_number; never stored',
  'RentStepInput.from': 'a date (YYYY-MM-DD, checked) inside the jsonb list lease.rent_steps',
  'RentStepInput.price':
    'a price (checked: 4 decimals, under 100 million) inside the jsonb list lease.rent_steps',
  'DateSpanInput.from': 'a date (YYYY-MM-DD, checked) inside the jsonb list lease.free_periods',
  'DateSpanInput.to': 'a date (YYYY-MM-DD, checked) inside the jsonb list lease.free_periods',
  'ConsumptionQueryInput.from': 'a day bounding a consumption query over the rollups; never stored',
  'ConsumptionQueryInput.to': 'a day bounding a consumption query over the rollups; never stored',
  'EnergyScopeInput.from': 'a day bounding a cost or overview query over the rollups; never stored',
  'EnergyScopeInput.to': 'a day bounding a cost or overview query over the rollups; never stored',
  'ExportListInput.list': 'names a registered export; looked up, never stored',
  'ExportListInput.filter': 'JSON of the list’s filter type, coerced and checked by that type; never stored',
  'LoginInput.login': 'looked up, compared lower-cased',
  'ReportEquipmentFaultInput.token': 'looked up (equipment.public_token), never stored',
  'LoginInput.password': 'hashed (argon2id)',
  'CreateUserInput.password': 'hashed (argon2id)',
  'PairKioskInput.pairingCode': 'compared with a hash',
  'VisitorDetailsInput.idNumber':
    'encrypted (visitor.id_number_data), masked and digested; never stored as given',
  'WalkInInput.idNumber': 'encrypted (visitor.id_number_data), masked and digested; never stored as given',
  'WatchlistEntryInput.idNumber': 'encrypted (visitor_watchlist.id_number_data), masked and digested',
  'AddVehicleInput.plate':
    'normalised and validated to a plate of at most 8 characters (kernel/plate.ts) first',
  'GateEventInput.plate':
    'normalised and validated to a plate of at most 8 characters (kernel/plate.ts) first',
};

type Column = {
  data_type: string;
  max_length: number | null;
  precision: number | null;
  scale: number | null;
};

let t: TestApp;
let columns: Map<string, Column>;
beforeAll(async () => {
  await buildSchema(createTopicPubSub());
  t = await startTestApp({ data: 'empty' });
  const rows = await t.sql<Column & { table_name: string; column_name: string }>(
    `select table_name, column_name, data_type, character_maximum_length as max_length,
            numeric_precision as precision, numeric_scale as scale
     from information_schema.columns where table_schema = 'public'`,
  );
  columns = new Map(rows.map((r) => [`${r.table_name}.${r.column_name}`, r]));
});
afterAll(() => t.close());

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** `Create<Entity>Input.field` and `Update<Entity>Input.field` land in `<entity>.<field>`. */
function columnOf(inputName: string, field: string): { column: string; prefix?: number } | undefined {
  const explicit = STORED_IN[`${inputName}.${field}`];
  if (explicit) return explicit;
  const entity = /^(?:Create|Update)(\w+?)Input$/.exec(inputName)?.[1];
  if (!entity) return undefined;
  const table = snake(entity)
    .replace(/^_/, '')
    .replace(/^tenant_company$/, 'tenant_company');
  const guess = `${table === 'user' ? 'app_user' : table}.${snake(field)}`;
  return columns.has(guess) ? { column: guess } : undefined;
}

function constraints(target: Function, property: string) {
  return validatorMetadata()
    .getTargetValidationMetadatas(target, '', true, false)
    .filter((m) => m.propertyName === property);
}

function maxLength(target: Function, property: string): number | undefined {
  for (const m of constraints(target, property)) {
    if (m.name === 'isLength') return m.constraints[1] as number;
    if (m.name === 'maxLength') return m.constraints[0] as number;
  }
  return undefined;
}

const bound = (target: Function, property: string, name: 'min' | 'max') =>
  constraints(target, property).find((m) => m.name === name)?.constraints[0] as number | undefined;

function inputFields() {
  const out: { input: string; target: Function; field: string; type: string }[] = [];
  for (const input of graphqlMetadata().inputTypes) {
    for (const f of input.fields ?? []) {
      const type = f.getType() as { name?: string };
      out.push({ input: input.name, target: input.target, field: f.name, type: type.name ?? String(type) });
    }
  }
  return out;
}

describe('input validators against the database', () => {
  it('every string field has a maximum that fits the column it is stored in', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const { input, target, field, type } of inputFields()) {
      if (type !== 'String') continue;
      const key = `${input}.${field}`;
      const max = maxLength(target, field);
      if (max === undefined) {
        problems.push(`${key}: no maximum length`);
        continue;
      }
      if (NOT_STORED[key]) continue;
      const stored = columnOf(input, field);
      if (!stored) {
        // Filters and searches are read, not stored; their maximum is all they need.
        if (/Filter$|Order$/.test(input)) continue;
        problems.push(`${key}: say which column it is stored in (STORED_IN) or why it is not (NOT_STORED)`);
        continue;
      }
      const column = columns.get(stored.column);
      if (!column) {
        problems.push(`${key}: no column ${stored.column}`);
        continue;
      }
      checked += 1;
      const room =
        column.max_length === null ? Number.POSITIVE_INFINITY : column.max_length - (stored.prefix ?? 0);
      if (max > room) problems.push(`${key}: up to ${max} characters, but ${stored.column} holds ${room}`);
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(30);
  });

  it('every number field has both bounds, and the maximum fits its column', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const { input, target, field, type } of inputFields()) {
      if (type !== 'Float' && type !== 'Int') continue;
      const key = `${input}.${field}`;
      const min = bound(target, field, 'min');
      const max = bound(target, field, 'max');
      if (min === undefined || max === undefined) {
        problems.push(`${key}: needs @Min and @Max`);
        continue;
      }
      const stored = columnOf(input, field);
      const column = stored && columns.get(stored.column);
      if (!column) continue;
      checked += 1;
      const limit =
        column.data_type === 'numeric'
          ? 10 ** ((column.precision ?? 0) - (column.scale ?? 0))
          : column.data_type === 'smallint'
            ? 32_767
            : column.data_type === 'integer'
              ? 2_147_483_647
              : Number.POSITIVE_INFINITY;
      if (max >= limit)
        problems.push(
          `${key}: up to ${max}, but ${stored!.column} (${column.data_type}) holds less than ${limit}`,
        );
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(5);
  });
});
