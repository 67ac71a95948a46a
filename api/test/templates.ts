/** Template databases prepared once per run by global-setup.ts. */
export const TEMPLATE_SEEDED = 'template_seeded';
export const TEMPLATE_EMPTY = 'template_empty';
