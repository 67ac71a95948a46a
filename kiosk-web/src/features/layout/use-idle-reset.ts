import { onBeforeUnmount, onMounted } from 'vue';
import { idleSeconds } from './idle-settings.js';

/** What counts as someone using the screen. */
const ACTIVITY = ['pointerdown', 'touchstart', 'keydown', 'input', 'wheel', 'scroll'] as const;

let holds = 0;

/**
 * Keeps the kiosk from resetting while someone is waiting on the screen without touching it
 * (a walk-in waiting for the host's answer). Returns the release; the reset then comes with the
 * next idle period.
 */
export function holdIdleReset(): () => void {
  holds++;
  let released = false;
  return () => {
    if (!released) holds--;
    released = true;
  };
}

/**
 * Calls `onIdle` once the screen has gone `idleSeconds()` without a touch, key or scroll, and
 * again after each further idle period. Listens in the capture phase, so a component that stops
 * propagation still counts as activity.
 */
export function useIdleReset(onIdle: () => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (holds === 0) onIdle();
      arm();
    }, idleSeconds() * 1000);
  };
  onMounted(() => {
    for (const type of ACTIVITY) window.addEventListener(type, arm, { capture: true, passive: true });
    arm();
  });
  onBeforeUnmount(() => {
    clearTimeout(timer);
    for (const type of ACTIVITY) window.removeEventListener(type, arm, { capture: true });
  });
}
