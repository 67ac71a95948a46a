import { defineAccessCases } from '../access-cases.js';

export const accessCases = defineAccessCases({
  probes: {
    'energy.read': () => '{ meters(first: 1) { totalCount } }',
    'energy.manage': ({ none }) => `mutation { updateMeter(id: "${none}", input: { name: "表" }) { id } }`,
    'energy.record': ({ none }) =>
      `mutation { recordMeterReading(input: { meterId: "${none}", at: "2026-01-01T00:00:00Z", value: 1 }) { stored } }`,
  },
  // Readings and rollups have no id to fingerprint by; no probe reaches a meter that exists.
  tables: ['meter', 'virtual_meter_term'],
  isolation: [
    {
      table: 'meter',
      byId: 'query ($id: ID!) { r: meter(id: $id) { id } }',
      list: '{ r: meters(first: 100) { nodes { id } } }',
    },
  ],
  identity: { Meter: [] },
});
