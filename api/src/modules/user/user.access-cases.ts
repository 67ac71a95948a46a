import { defineAccessCases } from '../access-cases.js';

export const accessCases = defineAccessCases({
  probes: {
    'user.read': () => '{ users(first: 1) { totalCount } }',
    'user.manage': ({ none }) =>
      `mutation { resetUserPassword(id: "${none}", password: "Abcdefgh12345") { id } }`,
    'role.manage': ({ none }) => `mutation { updateRole(id: "${none}", input: { name: "测试" }) { id } }`,
  },
  tables: ['role', 'app_user'],
  isolation: [
    {
      table: 'app_user',
      byId: 'query ($id: ID!) { r: user(id: $id) { id } }',
      list: '{ r: users(first: 100) { nodes { id } } }',
    },
  ],
  identity: {
    // The people on a work order: who they are and how to call them, which is how the job gets done.
    User: ['id', 'kind', 'displayName', 'phone', 'email', 'createdAt'],
  },
});
