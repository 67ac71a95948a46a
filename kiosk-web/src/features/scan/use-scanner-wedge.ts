import { onBeforeUnmount, onMounted } from 'vue';
import { ScannerWedge } from './scanner-wedge.js';

/**
 * While the calling component is mounted, reads what a keyboard-mode scanner types anywhere on
 * the page and calls `onScan` with it. A scan's keys are kept out of any focused field.
 */
export function useScannerWedge(onScan: (text: string) => void): void {
  const wedge = new ScannerWedge(onScan);
  const listener = (e: KeyboardEvent) => {
    if (e.isComposing) return;
    if (wedge.key(e.key, e.timeStamp)) e.preventDefault();
  };
  onMounted(() => window.addEventListener('keydown', listener, { capture: true }));
  onBeforeUnmount(() => {
    window.removeEventListener('keydown', listener, { capture: true });
    wedge.reset();
  });
}
