import { toApiError } from '@park/web-shared';
import { useMutation } from '@vue/apollo-composable';
import { ElMessage, ElMessageBox } from 'element-plus';
import 'element-plus/es/components/message/style/css';
import 'element-plus/es/components/message-box/style/css';
import { useI18n } from 'vue-i18n';
import { TransitionWorkOrderDocument, type WorkOrderAction } from '../../gql/graphql.js';
import { KNOWN_CODES } from '../../i18n/index.js';
import { REASON } from './work-order-actions.js';

/** Takes work order actions for a page: asks for a reason where one is needed, reports the outcome. */
export function useWorkOrderTransition() {
  const { t } = useI18n();
  const { mutate, loading } = useMutation(TransitionWorkOrderDocument);

  async function askReason(action: WorkOrderAction): Promise<string | null> {
    const reason = REASON[action];
    if (!reason) return '';
    const missing = reason.field === 'holdReason' ? 'error.HOLD_REASON_REQUIRED' : 'error.NOTE_REQUIRED';
    try {
      const { value } = (await ElMessageBox.prompt(
        t(`workOrder.reasons.${action}`),
        t(`workOrder.actions.${action}`),
        {
          inputValidator: (v) => !reason.required || v.trim() !== '' || t(missing),
        },
      )) as { value: string };
      return value.trim();
    } catch {
      return null; // closed: nothing to do
    }
  }

  /**
   * Takes `action` at the version the viewer saw, so a move someone made meanwhile is refused
   * (STALE_VERSION) rather than overridden. True when it went through.
   */
  async function transition(
    order: { id: string; version: number },
    action: WorkOrderAction,
    assigneeId?: string,
  ): Promise<boolean> {
    const text = await askReason(action);
    if (text === null) return false;
    const field = REASON[action]?.field;
    try {
      await mutate({
        id: order.id,
        input: {
          action,
          expectedVersion: order.version,
          ...(assigneeId && { assigneeId }),
          ...(field && text && { [field]: text }),
        },
      });
      ElMessage.success(t('workOrder.done', { action: t(`workOrder.actions.${action}`) }));
      return true;
    } catch (err) {
      ElMessage.error(t(toApiError(err, KNOWN_CODES).messageKey));
      return false;
    }
  }

  return { transition, busy: loading };
}
