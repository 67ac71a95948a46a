import type { JobTask } from '../modules/index.js';
import { MODULES } from '../modules/index.js';
import type { JobHandler } from './worker.js';

/** Every task the worker runs: the tasks of every feature's manifest. */
export const JOB_HANDLERS = Object.fromEntries(
  MODULES.flatMap((m) => ('tasks' in m ? Object.entries(m.tasks) : [])),
) as Record<JobTask, JobHandler>;
