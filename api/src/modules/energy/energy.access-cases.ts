import { defineAccessCases } from '../access-cases.js';

export const accessCases = defineAccessCases({
  probes: {
    'energy.read': () => '{ meters(first: 1) { totalCount } }',
    'energy.manage': ({ none }) => `mutation { updateMeter(id: "${none}", input: { name: "表" }) { id } }`,
    'energy.record': ({ none }) =>
      `mutation { recordMeterReading(input: { meterId: "${none}", at: "2026-01-01T00:00:00Z", value: 1 }) { stored } }`,
    'energy.tariff.manage': ({ none }) =>
      `mutation { createEnergyTariff(input: { parkId: "${none}", kind: WATER, effectiveFrom: "2026-01-01", name: "水价", periods: [{ band: FLAT, startHour: 0, endHour: 24, price: "4.57" }] }) { id } }`,
  },
  // Readings and rollups have no id to fingerprint by; no probe reaches a meter that exists.
  tables: ['meter', 'virtual_meter_term', 'energy_tariff', 'energy_tariff_period', 'emission_factor'],
  isolation: [
    {
      table: 'meter',
      byId: 'query ($id: ID!) { r: meter(id: $id) { id } }',
      list: '{ r: meters(first: 100) { nodes { id } } }',
    },
  ],
  identity: { Meter: [] },
});
