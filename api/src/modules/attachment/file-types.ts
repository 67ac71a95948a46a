/** What may be attached, and how each type's first bytes look (the declared type is checked). */
export const FILE_TYPES: Readonly<Record<string, (head: Buffer) => boolean>> = {
  'image/jpeg': (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff,
  'image/png': (h) => h.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/webp': (h) => h.toString('latin1', 0, 4) === 'RIFF' && h.toString('latin1', 8, 12) === 'WEBP',
  // Phone cameras (iOS) write HEIF: an ISO-BMFF "ftyp" box with a HEIC brand.
  'image/heic': (h) =>
    h.toString('latin1', 4, 8) === 'ftyp' &&
    ['heic', 'heix', 'mif1', 'msf1'].includes(h.toString('latin1', 8, 12)),
  'application/pdf': (h) => h.toString('latin1', 0, 5) === '%PDF-',
};

export const isAllowedType = (contentType: string): boolean => Object.hasOwn(FILE_TYPES, contentType);

/** Whether the bytes start as `contentType` files do. */
export const looksLike = (contentType: string, head: Buffer): boolean =>
  isAllowedType(contentType) && head.length >= 12 && FILE_TYPES[contentType]!(head);
