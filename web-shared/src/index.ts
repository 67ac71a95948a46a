export { type ApolloOptions, createApolloClient } from './apollo.js';
export { durationParts, formatDuration } from './duration.js';
export { type ApiError, ERROR_CODES, type ErrorCode, formFieldOf, toApiError } from './errors.js';
export { formatArea, formatDateTime, formatMoney, formatPercent, localDate } from './format.js';
export {
  initialLocale,
  KNOWN_DOMAIN_CODES,
  LOCALES,
  type Locale,
  mergeMessages,
  sharedMessages,
} from './i18n.js';
export {
  type IdCardProblem,
  idCardCheckChar,
  idCardProblem,
  maskIdCard,
  normalizeIdCard,
} from './id-card.js';
export { coalescedRefetch } from './refetch.js';
export { SessionStore, type SessionTokens } from './session.js';
