import { defineAccessCases } from '../access-cases.js';

export const accessCases = defineAccessCases({
  tables: ['unit'],
  isolation: [
    {
      table: 'unit',
      byId: 'query ($id: ID!) { r: unit(id: $id) { id } }',
      list: '{ r: units(first: 100) { nodes { id } } }',
    },
  ],
  identity: {
    Unit: [
      'id',
      'code',
      'type',
      'status',
      'grossArea',
      'usableArea',
      'createdAt',
      'updatedAt',
      'park',
      'building',
      'floor',
      'tenant',
    ],
  },
});
