import { wallClock } from '../../kernel/clock.js';
import { defineAccessCases } from '../access-cases.js';
import { newPassNonce, signPass } from './visitor.pass.js';
import { visitorSettings } from './visitor.settings.js';

const probePass = (visitId: string) =>
  signPass(visitorSettings().passKeys, {
    visitId,
    validFrom: new Date(wallClock.now().getTime() - 3600_000),
    validUntil: new Date(wallClock.now().getTime() + 3600_000),
    nonce: newPassNonce(),
  });

export const accessCases = defineAccessCases({
  probes: {
    'visitor.invite': () => '{ pendingVisitApprovals { id } }',
    'visitor.read': ({ parkId }) => `{ visitorsOnSite(parkId: "${parkId}") { id } }`,
    'visitor.frontDesk': ({ parkId }) => `{ frontDeskQueue(parkId: "${parkId}") { id } }`,
    'visitor.security': ({ parkId }) => `{ securityReviewQueue(parkId: "${parkId}") { id } }`,
    'visitor.watchlist': ({ parkId }) => `{ visitorWatchlist(parkId: "${parkId}") { id } }`,
    // A correctly signed pass of a visit that does not exist: NOT_FOUND once allowed.
    'visitor.checkin': ({ none }) =>
      `mutation { scanVisitorPass(token: "${probePass(none)}", direction: IN) { visitId } }`,
  },
  unprobed: {
    'visitor.pii':
      'unmasks ID and phone numbers inside fields others read masked (visitor.test.ts); no operation requires it',
  },
  tables: ['visit', 'visitor', 'visitor_watchlist'],
  isolation: [
    {
      table: 'visit',
      byId: 'query ($id: ID!) { r: visit(id: $id) { id } }',
      list: '{ r: myCompanyVisits(first: 100) { nodes { id } } }',
    },
    {
      table: 'visitor',
      byId: 'query ($id: ID!) { r: visitor(id: $id) { id } }',
    },
  ],
  identity: { Visit: [], Visitor: [] },
});
