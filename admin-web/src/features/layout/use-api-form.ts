import { type ApiError, formFieldOf, toApiError } from '@park/web-shared';
import { ElMessage } from 'element-plus';
import 'element-plus/es/components/message/style/css';
import { reactive, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { KNOWN_CODES } from '../../i18n/index.js';

/**
 * Submitting a register form to the API. A refusal naming a field the form has (BAD_USER_INPUT,
 * a DUPLICATE code, an unknown tenant: `input.grossArea`) is shown on that form item through
 * `errorOf('grossArea')` bound to its `error`; any other failure is a message. The text comes
 * from the domain code when the console knows it, never from the API's English message.
 */
export function useApiForm() {
  const { t } = useI18n();
  const errors = reactive<Record<string, string>>({});
  const saving = ref(false);

  /** The API's error on `path` or a field under it (`contacts` holds `contacts.0.phone`). */
  const errorOf = (path: string, exact = false) =>
    Object.entries(errors).find(([k]) => k === path || (!exact && k.startsWith(`${path}.`)))?.[1] ?? '';

  function clear() {
    for (const key of Object.keys(errors)) delete errors[key];
  }

  function messageOf(e: ApiError, onField: boolean): string {
    const specific = e.messageKey !== `error.${e.code}`;
    if (!specific && onField && e.code === 'BAD_USER_INPUT') return t('registers.invalidValue');
    return t(e.messageKey);
  }

  /**
   * Runs `action`; true when it succeeded. `fields` are the form's field paths, so an error on a
   * field the form does not show still reaches the user as a message.
   */
  async function submit(fields: readonly string[], action: () => Promise<unknown>): Promise<boolean> {
    clear();
    saving.value = true;
    try {
      await action();
      return true;
    } catch (err) {
      const e = toApiError(err, KNOWN_CODES);
      const path = formFieldOf(e);
      const onField = path !== undefined && fields.some((f) => path === f || path.startsWith(`${f}.`));
      if (onField) errors[path] = messageOf(e, true);
      else ElMessage.error(messageOf(e, false));
      return false;
    } finally {
      saving.value = false;
    }
  }

  return { errors, errorOf, submit, clear, saving };
}
