import { spawn } from 'node:child_process';
import { once } from 'node:events';

/** The pid of a process that has exited and been reaped: what a registry entry of a killed process names. */
export async function deadPid(): Promise<number> {
  const child = spawn('true');
  await once(child, 'exit');
  return child.pid!;
}
