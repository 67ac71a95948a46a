import { computed, ref } from 'vue';

/**
 * Forward keyset pages over a Relay connection, remembering the cursors visited so "previous"
 * returns exactly to the page before.
 */
export function useCursorPages() {
  const cursors = ref<(string | null)[]>([null]);
  return {
    after: computed(() => cursors.value.at(-1) ?? null),
    page: computed(() => cursors.value.length - 1),
    next(endCursor: string | null | undefined) {
      if (endCursor) cursors.value = [...cursors.value, endCursor];
    },
    prev() {
      if (cursors.value.length > 1) cursors.value = cursors.value.slice(0, -1);
    },
    reset() {
      cursors.value = [null];
    },
  };
}
