import { generatePlanOrder } from '../modules/maintenance/maintenance.service.js';
import { createFollowUps } from '../modules/work-order/follow-up.js';
import { checkSla } from '../modules/work-order/sla-alerts.js';
import type { JobTask } from './queue.js';
import type { JobHandler } from './worker.js';

/** Every task the worker runs. */
export const JOB_HANDLERS: Record<JobTask, JobHandler> = {
  'workOrder.slaCheck': checkSla,
  'workOrder.followUp': createFollowUps,
  'maintenance.generate': generatePlanOrder,
};
