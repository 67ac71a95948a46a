import { useSubscription } from '@vue/apollo-composable';
import { showNotify } from 'vant';
import 'vant/es/notify/style';
import { useI18n } from 'vue-i18n';
import { useRoute, useRouter } from 'vue-router';
import { QuoteWaitingDocument } from '../../gql/graphql.js';

/**
 * A paid repair waits for the company's yes: wherever the user is in the portal, a banner says
 * so and a tap opens the request (unless it is open already: its quote card appears by itself).
 * The notification's own title is Chinese only, so the banner has its own words.
 */
export function useQuoteAlerts(): void {
  const { t } = useI18n();
  const route = useRoute();
  const router = useRouter();
  const { onResult } = useSubscription(QuoteWaitingDocument);
  onResult(({ data }) => {
    const id = data?.notificationReceived.kind === 'QUOTE_WAITING' && data.notificationReceived.workOrderId;
    if (!id || (route.name === 'repair' && route.params.id === id)) return;
    showNotify({
      type: 'warning',
      message: t('repair.quote.waiting'),
      duration: 6000,
      onClick: () => void router.push({ name: 'repair', params: { id } }),
    });
  });
}
