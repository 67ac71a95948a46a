import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { PUBLIC } from '../auth/permissions.js';
import { WorkOrderType } from '../work-order/work-order.type.js';
import { faultReportService } from './fault-report.service.js';
import {
  FaultReportReceiptType,
  FaultReportType,
  PublicEquipmentType,
  ReportEquipmentFaultInput,
} from './fault-report.type.js';

@Resolver(() => WorkOrderType)
export class FaultReportResolver {
  @Authorized(PUBLIC)
  @Query(() => PublicEquipmentType, {
    description:
      'The equipment behind a QR label, for the public report page: name and place only. Rate-limited per address.',
  })
  publicEquipment(
    @Arg('token', { description: 'The token in the label’s link.' }) token: string,
    @Ctx() ctx: RequestContext,
  ) {
    return faultReportService.publicEquipment(ctx, token);
  }

  @Authorized(PUBLIC)
  @Mutation(() => FaultReportReceiptType, {
    description:
      'Reports a fault of the equipment behind a QR label, without signing in: files a work order, or joins the one already open. Rate-limited per address and per equipment.',
  })
  reportEquipmentFault(
    @Arg('input', () => ReportEquipmentFaultInput, { description: 'The report.' })
    input: ReportEquipmentFaultInput,
    @Ctx() ctx: RequestContext,
  ) {
    return faultReportService.report(ctx, input);
  }

  @Authorized('workOrder.dispatch')
  @FieldResolver(() => [FaultReportType], {
    description:
      'Reports filed through the equipment’s QR label, oldest first; names and phones are unverified.',
  })
  faultReports(@Root() w: WorkOrderType, @Ctx() ctx: RequestContext) {
    return faultReportService.forOrder(ctx, w.id);
  }
}
