import { defineAccessCases } from '../access-cases.js';

export const accessCases = defineAccessCases({
  probes: {
    'iot.read': ({ parkId }) => `{ iotDevices(parkId: "${parkId}") { id } }`,
    'iot.manage': ({ none }) => `mutation { updateIotDevice(id: "${none}", input: { name: "电表" }) { id } }`,
  },
  tables: ['iot_device', 'iot_rejection'],
  identity: { IotDevice: [], DeviceRejection: [] },
});
