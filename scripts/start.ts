/**
 * `pnpm start`: checks the configuration and the port, builds what changed, then runs the API
 * (which serves the three apps) in this same process.
 *
 * Running the API in this process rather than a child keeps one process between the terminal and
 * the server: pnpm forwards Ctrl-C and SIGTERM to it, the API drains and exits 0, and pnpm reports
 * success. Bad settings and a busy port are reported before anything is built.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError, loadConfig } from '../api/src/config/env.ts';
import { portInUse, portInUseMessage } from '../api/src/http/port-free.ts';
import { abortBuilds, BuildError, build, describe, ROOT } from './build.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig(process.env);
} catch (err) {
  if (err instanceof ConfigError) fail(err.message);
  throw err;
}

if (await portInUse(config.host, config.port)) fail(portInUseMessage(config.host, config.port));

// A signal while building stops the builds; their stamps are gone, so the next start rebuilds.
const stopBuilding = (signal: string) => {
  abortBuilds();
  console.log(`${signal}: stopped before the API started`);
  process.exit(0);
};
process.on('SIGINT', stopBuilding);
process.on('SIGTERM', stopBuilding);
try {
  console.log(describe(await build(config.serveApps ? [] : ['api'])));
} catch (err) {
  if (err instanceof BuildError) fail(err.message);
  throw err;
}
process.off('SIGINT', stopBuilding);
process.off('SIGTERM', stopBuilding);

process.setSourceMapsEnabled(true);
await import(pathToFileURL(join(ROOT, 'api/dist/main.js')).href);
