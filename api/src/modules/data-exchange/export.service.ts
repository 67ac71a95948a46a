import { validate } from 'class-validator';
import { coerceInputValue, type GraphQLSchema, isInputType } from 'graphql';
import { authorize } from '../../graphql/authorize.js';
import type { RequestContext } from '../../graphql/context.js';
import { checkValue } from '../../graphql/input-gate.js';
import { isUuid } from '../../graphql/validate.js';
import { firstViolation } from '../../graphql/validate-args.js';
import { BadInputError, ForbiddenError } from '../../kernel/errors.js';
import type { Permission } from '../auth/permissions.js';
import type { ExportListInput } from './data-exchange.inputs.js';
import type { ExportLinkType } from './data-exchange.type.js';
import { LINK_TTL_SECONDS, signTicket } from './export-link.js';
import type { AnyExportSpec } from './export-spec.js';

/**
 * The filter of an export as the list's query would take it: parsed from JSON, coerced by the
 * schema's input type (enums, scalars, unknown fields refused), checked by the input gate and
 * the input class's rules.
 */
async function filterOf(spec: AnyExportSpec, json: string | undefined, schema: GraphQLSchema) {
  if (json === undefined || json.trim() === '' || json.trim() === 'null') return undefined;
  if (!spec.filter) throw new BadInputError('input.filter', 'This list takes no filter');
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new BadInputError('input.filter', 'filter is not JSON');
  }
  const gate = checkValue(parsed, 'input.filter');
  if (gate) throw gate;
  const type = schema.getType(spec.filter.typeName);
  if (!type || !isInputType(type)) throw new Error(`${spec.filter.typeName} is not an input type`);
  const coerced = coerceInputValue(parsed, type, (path, _value, error) => {
    throw new BadInputError(['input.filter', ...path].join('.'), `input.filter: ${error.message}`);
  }) as object;
  const filter = Object.assign(new spec.filter.type(), coerced);
  const v = firstViolation(await validate(filter, { forbidUnknownValues: false }), 'input.filter');
  if (v) throw new BadInputError(v.field, `${v.field}: ${v.message}`);
  return filter;
}

export const exportService = {
  /**
   * A download link for a list, filtered as on screen: the caller must hold the list's read
   * permission; the link carries the caller's session, so the download sees what they see.
   */
  async link(ctx: RequestContext, input: ExportListInput, schema: GraphQLSchema): Promise<ExportLinkType> {
    const spec = ctx.services.exchange.exportOf(input.list);
    if (!spec)
      throw new BadInputError(
        'input.list',
        `No list ${input.list}; one of ${ctx.services.exchange.exportNames.join(', ')}`,
        'EXPORT_UNKNOWN_LIST',
      );
    authorize(ctx, spec.permission as Permission, 'exportList');
    const credential = ctx.caller.credential;
    if (credential?.type !== 'user')
      throw new ForbiddenError('Exports are for signed-in users', 'EXPORT_USERS_ONLY');
    let filter: unknown;
    if (spec.byPark) {
      if (!input.parkId || !isUuid(input.parkId))
        throw new BadInputError('input.parkId', 'This list needs the park', 'EXPORT_PARK_REQUIRED');
      filter = { parkId: input.parkId };
    } else filter = await filterOf(spec, input.filter, schema);
    const rowCount = await spec.source(ctx, filter).count();
    const expiresAt = new Date(ctx.now().getTime() + LINK_TTL_SECONDS * 1000);
    const url = signTicket(ctx.services.auth.settings.jwtSecret, {
      list: spec.name,
      format: input.format,
      language: input.language,
      filter: filter ?? null,
      userId: credential.userId,
      sessionId: credential.sessionId,
      exp: Math.floor(expiresAt.getTime() / 1000),
    });
    return { url, rowCount, expiresAt };
  },
};
