import { defineAccessCases } from '../access-cases.js';

export const accessCases = defineAccessCases({
  probes: {
    'energy.alert.manage': ({ none }) => `mutation { acknowledgeEnergyAlert(id: "${none}") { id } }`,
  },
  tables: ['energy_alert_rule', 'energy_alert'],
  isolatedElsewhere: {
    energy_alert:
      'api/test/energy-alerts.test.ts: alerts exist only once a rule fires (the seed has none); there, two companies’ meters alert and each tenant reads only its own, by id, in the list and over the subscription',
  },
  identity: { EnergyAlert: [], EnergyAlertRule: [] },
});
