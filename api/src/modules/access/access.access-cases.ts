import { defineAccessCases } from '../access-cases.js';

export const accessCases = defineAccessCases({
  probes: {
    'access.read': () => '{ accessPoints(first: 1) { totalCount } }',
    'access.manage': ({ none }) =>
      `mutation { updateAccessPoint(id: "${none}", input: { active: false }) { id } }`,
    'access.assign': ({ none }) =>
      `mutation { removeAccessGroupMember(groupId: "${none}", userId: "${none}") { id } }`,
    'access.security': () => '{ securityEvents(first: 1) { totalCount } }',
    'access.ingest': ({ none }) =>
      `{ accessDecision(parkId: "${none}", vendorDeviceId: "no-such-device", credentialKind: CARD, credentialRef: "00000000") { granted } }`,
  },
  tables: [
    'access_point',
    'access_group',
    'access_group_member',
    'access_credential',
    'access_event',
    'security_event',
  ],
  isolation: [
    {
      table: 'access_credential',
      byId: 'query ($id: ID!) { r: accessCredential(id: $id) { id } }',
      list: '{ r: accessCredentials(first: 100) { nodes { id } } }',
    },
    {
      table: 'access_group',
      byId: 'query ($id: ID!) { r: accessGroup(id: $id) { id } }',
      list: '{ r: accessGroups(first: 100) { nodes { id } } }',
    },
    {
      table: 'access_event',
      byId: 'query ($id: ID!) { r: accessEvent(id: $id) { id } }',
      list: '{ r: accessEvents(first: 100) { nodes { id } } }',
    },
  ],
  identity: { AccessPoint: [], AccessEvent: [], SecurityEvent: [], AccessCredential: [], AccessGroup: [] },
});
