import { onScopeDispose, ref } from 'vue';

/** Phone width: the console folds its side menu into a drawer. */
const NARROW = '(max-width: 768px)';

/** Whether the window is phone-narrow now, following resizes and rotation. */
export function useNarrowScreen() {
  const query = window.matchMedia(NARROW);
  const narrow = ref(query.matches);
  const onChange = (e: MediaQueryListEvent) => (narrow.value = e.matches);
  query.addEventListener('change', onChange);
  onScopeDispose(() => query.removeEventListener('change', onChange));
  return narrow;
}
