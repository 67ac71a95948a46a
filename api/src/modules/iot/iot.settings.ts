/** What the API reads from its configuration for devices (`config/env.ts`, `MQTT_*`). */
export type MqttSettings = {
  /** An external broker (Mosquitto, EMQX); undefined runs the embedded one. */
  url: string | undefined;
  host: string;
  port: number;
  /** Where the embedded broker keeps its sessions and queues. */
  dataDir: string;
  serviceUsername: string;
  /** Required with `url`; for the embedded broker a random one per start when unset. */
  servicePassword: string | undefined;
  rate: { perSecond: number; burst: number };
};
