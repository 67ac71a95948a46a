import type { InvoiceKind, InvoiceRequestStatus } from '../../gql/graphql.js';

/** Vant tag type of each status: waiting amber, issued green, refused red, withdrawn grey. */
export const INVOICE_STATUS_TAG: Record<InvoiceRequestStatus, 'warning' | 'success' | 'danger' | 'default'> =
  {
    REQUESTED: 'warning',
    ISSUED: 'success',
    REJECTED: 'danger',
    CANCELLED: 'default',
  };

/** What a special invoice prints besides the title and tax number; the API refuses one without them. */
export const SPECIAL_DETAILS = ['address', 'phone', 'bankName', 'bankAccount'] as const;

/** The fields of the request form, in the order they are shown. */
export const INVOICE_FIELDS = ['title', 'taxNumber', ...SPECIAL_DETAILS, 'email', 'note'] as const;
export type InvoiceField = (typeof INVOICE_FIELDS)[number];

export type InvoiceForm = { kind: InvoiceKind } & Record<InvoiceField, string>;

/** A request already made for a bill stops another until it is withdrawn or refused. */
export const blocksAnother = (status: InvoiceRequestStatus | undefined): boolean =>
  status === 'REQUESTED' || status === 'ISSUED';

/**
 * Unified social credit code (统一社会信用代码, GB 32100-2015), checked as the API checks the tax
 * number: 18 characters of a 31-symbol alphabet (no I, O, S, V, Z), the last a check character
 * over the first 17. Typing mistakes are caught on the phone instead of after a round trip.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** The tax number as the API keeps it: spaces dropped, upper case. */
export const normalTaxNumber = (text: string): string => text.replace(/\s+/g, '').toUpperCase();

/** Whether a tax number (spaces and lower case allowed) is a valid unified social credit code. */
export function isUscc(text: string): boolean {
  const code = normalTaxNumber(text);
  if (!SHAPE.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += ALPHABET.indexOf(code[i]!) * WEIGHTS[i]!;
  return ALPHABET[(31 - (sum % 31)) % 31] === code[17];
}

/** The API's shapes for the optional fields (CreateInvoiceRequestInput). */
const PHONE = /^[0-9+\-() ]{5,30}$/;
const BANK_ACCOUNT = /^[0-9 -]{6,40}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What is wrong with a field of the form, by the name of its message, or null when nothing is. */
export function fieldProblem(form: InvoiceForm, field: InvoiceField): 'required' | 'rule' | null {
  const value = form[field].trim();
  switch (field) {
    case 'title':
      if (!value) return 'required';
      return value.length < 2 || value.length > 100 ? 'rule' : null;
    case 'taxNumber':
      if (!value) return 'required';
      return isUscc(value) ? null : 'rule';
    case 'address':
    case 'bankName':
      return form.kind === 'SPECIAL' && !value ? 'required' : null;
    case 'phone':
      if (!value) return form.kind === 'SPECIAL' ? 'required' : null;
      return PHONE.test(value) ? null : 'rule';
    case 'bankAccount':
      if (!value) return form.kind === 'SPECIAL' ? 'required' : null;
      return BANK_ACCOUNT.test(value) ? null : 'rule';
    case 'email':
      return value && !EMAIL.test(value) ? 'rule' : null;
    case 'note':
      return value.length > 200 ? 'rule' : null;
  }
}

/**
 * The mutation's input from the form: trimmed, empty optional fields left out, the special
 * invoice's details only on a special one (an ordinary one prints none of them).
 */
export function requestInput(billId: string, form: InvoiceForm) {
  const optional = (value: string) => value.trim() || undefined;
  const special = form.kind === 'SPECIAL';
  return {
    billId,
    kind: form.kind,
    title: form.title.trim(),
    taxNumber: normalTaxNumber(form.taxNumber),
    ...(special && {
      address: optional(form.address),
      phone: optional(form.phone),
      bankName: optional(form.bankName),
      bankAccount: optional(form.bankAccount),
    }),
    email: optional(form.email),
    note: optional(form.note),
  };
}
