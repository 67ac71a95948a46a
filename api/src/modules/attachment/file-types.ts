/** How each type a file may have starts (the declared type is checked against its first bytes). */
const SIGNATURES: Readonly<Record<string, (head: Buffer) => boolean>> = {
  'image/jpeg': (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff,
  'image/png': (h) => h.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/webp': (h) => h.toString('latin1', 0, 4) === 'RIFF' && h.toString('latin1', 8, 12) === 'WEBP',
  // Phone cameras (iOS) write HEIF: an ISO-BMFF "ftyp" box with a HEIC brand.
  'image/heic': (h) =>
    h.toString('latin1', 4, 8) === 'ftyp' &&
    ['heic', 'heix', 'mif1', 'msf1'].includes(h.toString('latin1', 8, 12)),
  'application/pdf': (h) => h.toString('latin1', 0, 5) === '%PDF-',
  // An OFD document (GB/T 33190, China's e-invoice layout) is a ZIP package.
  'application/ofd': (h) => h.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])),
  // A 全电发票's XML data file: an XML declaration, after a byte-order mark if any.
  'application/xml': (h) => h.toString('utf8', h[0] === 0xef ? 3 : 0).startsWith('<?xml'),
};

/** What a work order may carry: photos and PDF documents. */
export const WORK_ORDER_FILE_TYPES: readonly string[] = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/heic',
  'application/pdf',
];
/** What an issued e-invoice may be: its PDF, its OFD or its XML data file. */
export const INVOICE_FILE_TYPES: readonly string[] = [
  'application/pdf',
  'application/ofd',
  'application/xml',
];

export const isAllowedType = (contentType: string, allowed = WORK_ORDER_FILE_TYPES): boolean =>
  allowed.includes(contentType);

/** Whether the bytes start as `contentType` files do. */
export const looksLike = (contentType: string, head: Buffer): boolean =>
  Object.hasOwn(SIGNATURES, contentType) && head.length >= 12 && SIGNATURES[contentType]!(head);
