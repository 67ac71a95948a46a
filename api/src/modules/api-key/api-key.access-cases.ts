import { defineAccessCases } from '../access-cases.js';

export const accessCases = defineAccessCases({
  probes: {
    'apiKey.manage': () => '{ apiKeys { id } }',
  },
  identity: { ApiKey: [] },
});
