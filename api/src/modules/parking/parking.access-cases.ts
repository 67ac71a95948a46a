import { defineAccessCases } from '../access-cases.js';

export const accessCases = defineAccessCases({
  probes: {
    'parking.read': ({ parkId }) => `{ parkingLots(parkId: "${parkId}") { id } }`,
    'parking.manage': ({ none }) => `mutation { deleteParkingRate(id: "${none}") { id } }`,
    'parking.operate': ({ none }) =>
      `mutation { recordParkingEntry(input: { lotId: "${none}", plate: "苏E12345" }) { decision } }`,
    'vehicle.read': () => '{ vehicleList(first: 1) { totalCount } }',
    'vehicle.manage': ({ none }) => `mutation { removeVehicle(id: "${none}") { id } }`,
  },
  tables: [
    'parking_lot',
    'parking_rate',
    'vehicle_list_entry',
    'parking_session',
    'parking_event',
    'parking_charge',
  ],
  isolation: [
    {
      table: 'vehicle_list_entry',
      byId: 'query ($id: ID!) { r: vehicleListEntry(id: $id) { id } }',
      list: '{ r: vehicleList(first: 100) { nodes { id } } }',
    },
  ],
  identity: {},
});
