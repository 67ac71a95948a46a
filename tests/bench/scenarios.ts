/** What the scenarios need from the database and the sign-ins. */
export type Fixture = {
  /** A unit leased by the tenant company of `tenant.admin`. */
  unitId: string;
  tenantToken: string;
  /** `hq.admin`: staff, every park, may write equipment. */
  staffToken: string;
  /** A generated park and one of its buildings, for new equipment. */
  parkId: string;
  buildingId: string;
};

export type ContenderName = 'limit' | 'postgraphile' | 'ours';
/** A contender of a run: one of the three, or `ours@<sha>`, a baseline build of ours (`--baseline`). */
export type Contender = ContenderName | `ours@${string}`;

/** A baseline build of ours sends what ours sends. */
export const requestOf = (requests: Record<ContenderName, Request>, name: Contender): Request =>
  requests[name.startsWith('ours@') ? 'ours' : (name as ContenderName)];

/** One request: where to post it (appended to the contender's URL), what, and as whom. */
export type Request = { path: string; body: string; token: string };

export type Scenario = {
  id: string;
  title: string;
  request: (f: Fixture) => Record<ContenderName, Request>;
  /** Checks a response body of any contender (values differ in shape only: see README). */
  check: (body: string) => boolean;
};

const gql = (query: string, variables: object = {}) => JSON.stringify({ query, variables });
const hasNo = (word: string) => (body: string) => !body.includes(word) && body.includes('"data"');

export const SCENARIOS: Scenario[] = [
  {
    id: 'S1',
    title: 'unit(id) as a tenant user',
    request: (f) => ({
      limit: { path: '/s1', body: gql('', { id: f.unitId }), token: f.tenantToken },
      postgraphile: {
        path: '/graphql',
        body: gql('query ($id: UUID!) { unitByRowId(rowId: $id) { rowId code status grossArea } }', {
          id: f.unitId,
        }),
        token: f.tenantToken,
      },
      ours: {
        path: '/graphql',
        body: gql('query ($id: ID!) { unit(id: $id) { id code status grossArea } }', { id: f.unitId }),
        token: f.tenantToken,
      },
    }),
    check: (body) => hasNo('"errors"')(body) && body.includes('"code"'),
  },
  {
    id: 'S2',
    title: '20 equipment with building and floor, as staff',
    request: (f) => ({
      limit: { path: '/s2', body: gql(''), token: f.staffToken },
      postgraphile: {
        path: '/graphql',
        body: gql(`{ allEquipment(first: 20, orderBy: CODE_ASC) { nodes { rowId code name status
          buildingByBuildingId { rowId code name } floorByFloorId { rowId level name } } } }`),
        token: f.staffToken,
      },
      ours: {
        path: '/graphql',
        body: gql(`{ equipmentLedger(first: 20) { nodes { id code name status
          building { id code name } floor { id level name } } } }`),
        token: f.staffToken,
      },
    }),
    check: (body) => hasNo('"errors"')(body) && (body.match(/"level"/g)?.length ?? 0) >= 10,
  },
  {
    id: 'S4',
    title: 'createEquipment as staff (validation, audit)',
    request: (f) => {
      const input = { parkId: f.parkId, name: 'Bench fan', category: 'HVAC' };
      return {
        limit: {
          path: '/s4',
          body: gql('', { i: { ...input, code: 'BL-[<n>]', buildingId: f.buildingId } }),
          token: f.staffToken,
        },
        postgraphile: {
          path: '/graphql',
          body: gql(
            `mutation ($i: EquipmentInput!) { createEquipment(input: { equipment: $i }) { equipment { rowId code } } }`,
            {
              i: {
                ...input,
                code: 'BP-[<n>]',
                status: 'RUNNING',
                buildingId: f.buildingId,
              },
            },
          ),
          token: f.staffToken,
        },
        ours: {
          path: '/graphql',
          body: gql('mutation ($i: CreateEquipmentInput!) { createEquipment(input: $i) { id code } }', {
            i: { ...input, code: 'BO-[<n>]', location: { buildingId: f.buildingId } },
          }),
          token: f.staffToken,
        },
      };
    },
    check: hasNo('"errors"'),
  },
];
