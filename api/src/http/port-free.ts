import { createServer } from 'node:net';

// No relative imports and only erasable TypeScript: scripts outside the build import this file
// as it is, through Node's type stripping.

/**
 * Whether something already listens on `host:port`, found by trying to listen there and closing
 * at once. Other failures (a port that needs privileges, an address this host lacks) answer false:
 * the real `listen` reports them.
 */
export function portInUse(host: string, port: number): Promise<boolean> {
  if (port === 0) return Promise.resolve(false); // any free port will do
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (err: NodeJS.ErrnoException) => resolve(err.code === 'EADDRINUSE'));
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve(false)));
  });
}

/** The one line a second start on a busy port prints before it exits. */
export const portInUseMessage = (host: string, port: number) =>
  `port ${port} on ${host} is already in use: is the park already running? Stop it, or set PORT.`;
