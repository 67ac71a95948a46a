import { defineModule } from '../manifest.js';
import { IotDevice, IotRejection } from './iot.entity.js';
import { iotLoaders } from './iot.loaders.js';
import { IotDeviceResolver } from './iot.resolver.js';

export { IotDevice } from './iot.entity.js';
export { DeviceKind, RejectionReason } from './iot.enums.js';
export {
  brokerDataDir,
  brokerStoreLocked,
  type IotRuntime,
  type MqttSettings,
  startIot,
} from './iot.runtime.js';
export type {
  HandlerResult,
  TelemetryHandler,
  TelemetryHandlers,
  TelemetryMessage,
} from './iot.telemetry.js';

/**
 * Devices over MQTT: the registry of devices and their credentials, the embedded broker and the
 * consumer that hands validated telemetry to the features registered for its kind (a manifest's
 * `telemetry`). Topic and payload scheme: README › Devices over MQTT.
 */
export const iotModule = defineModule({
  name: 'iot',
  title: { zh: '物联设备', en: 'IoT devices' },
  actions: {
    registerIotDevice: { zh: '登记物联设备', en: 'Register a device' },
    updateIotDevice: { zh: '修改物联设备', en: 'Edit a device' },
    rotateIotDeviceSecret: { zh: '重置设备密钥', en: 'Rotate a device secret' },
    removeIotDevice: { zh: '删除物联设备', en: 'Remove a device' },
  },
  entities: [IotDevice, IotRejection],
  resolvers: [IotDeviceResolver],
  typeAccess: {
    IotDevice: 'iot.read',
    DeviceTopics: 'inherit',
    DeviceRejection: 'iot.read',
    IotDeviceSecret: 'inherit',
  },
  loaders: iotLoaders,
  permissions: {
    'iot.read': {
      audience: 'STAFF',
      name: { zh: '查看物联设备', en: 'View devices' },
      description: {
        zh: '查看物联设备、其主题和被拒消息计数。',
        en: 'Reads devices, their topics and their refused-message counters.',
      },
      grants: ['park_manager', 'engineering', 'security'],
    },
    'iot.manage': {
      audience: 'STAFF',
      name: { zh: '管理物联设备', en: 'Manage devices' },
      description: {
        zh: '登记、修改、停用和删除物联设备，重置设备密钥。',
        en: 'Registers, edits, disables and removes devices and rotates their secrets.',
      },
      grants: ['park_manager', 'engineering'],
    },
  },
});
