import type { JobTask } from '../modules/index.js';
import { MODULES } from '../modules/index.js';
import type { JobHandler } from './worker.js';

/** Every task the worker runs: the tasks of every feature's manifest. */
export const JOB_HANDLERS = Object.fromEntries(
  MODULES.flatMap((m) => ('tasks' in m ? Object.entries(m.tasks) : [])),
) as Record<JobTask, JobHandler>;

/**
 * The worker's recurring jobs: every feature's `recurring` schedules (task → cron pattern). A
 * schedule must name one of the feature's own tasks, so a typo fails at boot.
 */
export const JOB_SCHEDULES: readonly { task: string; match: string }[] = MODULES.flatMap((m) =>
  'recurring' in m
    ? Object.entries(m.recurring as Record<string, string>).map(([task, match]) => {
        if (!('tasks' in m) || !Object.hasOwn(m.tasks, task))
          throw new Error(`${m.name}: recurring job ${task} is none of its tasks`);
        return { task, match: match.trim() };
      })
    : [],
);
