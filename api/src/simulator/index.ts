/**
 * The park simulator: a client of the API (GraphQL for the park's meters and the gateways'
 * secrets, MQTT for the readings) that `main.ts` starts beside the API on a demo start, and tests
 * start against a test app. Nothing in `modules/` imports it. README › Park simulator.
 */
export {
  type FaultKind,
  type Incident,
  ParkSimulator,
  type SimulatorOptions,
  type TickReport,
} from './simulator.js';
