/** Shared with the other apps: web-shared/codegen.config.ts. */
export { default } from '../web-shared/codegen.config.ts';
