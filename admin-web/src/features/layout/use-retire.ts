import { toApiError } from '@park/web-shared';
import { ElMessage, ElMessageBox } from 'element-plus';
import 'element-plus/es/components/message/style/css';
import 'element-plus/es/components/message-box/style/css';
import { useI18n } from 'vue-i18n';
import { KNOWN_CODES } from '../../i18n/index.js';

/**
 * Retiring (停用) a record: asks first, runs the mutation, and when the API refuses (a CONFLICT
 * such as "units on the floor are still in use") shows its reason in a dialog the user closes.
 */
export function useRetire() {
  const { t } = useI18n();
  return async function retire(opts: {
    confirm: string;
    run: () => Promise<unknown>;
    done: string;
    title?: string;
    action?: string;
    refused?: string;
  }): Promise<boolean> {
    try {
      await ElMessageBox.confirm(opts.confirm, opts.title ?? t('registers.retireTitle'), {
        type: 'warning',
        confirmButtonText: opts.action ?? t('registers.retire'),
        cancelButtonText: t('common.cancel'),
      });
    } catch {
      return false;
    }
    try {
      await opts.run();
      ElMessage.success(opts.done);
      return true;
    } catch (err) {
      const e = toApiError(err, KNOWN_CODES);
      await ElMessageBox.alert(t(e.messageKey), opts.refused ?? t('registers.retireRefused'), {
        type: 'error',
        confirmButtonText: t('registers.ok'),
      }).catch(() => undefined);
      return false;
    }
  };
}
