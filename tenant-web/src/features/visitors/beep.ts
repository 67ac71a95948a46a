import { ref } from 'vue';

/**
 * A short two-tone chime through the Web Audio API (no audio file). Browsers keep audio silent
 * until the user has touched the page, so the context is made (or resumed) on the first tap or
 * key anywhere; until then `soundReady` is false and the prompt offers a tap to turn sound on.
 */
let context: AudioContext | null = null;
export const soundReady = ref(false);

function ensureContext(): AudioContext | null {
  if (context) return context;
  const Ctor =
    window.AudioContext ?? (window as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!Ctor) return null;
  context = new Ctor();
  context.onstatechange = () => {
    soundReady.value = context?.state === 'running';
  };
  soundReady.value = context.state === 'running';
  return context;
}

/** Resumes audio; call it from a user gesture (a tap). True once sound can play. */
export async function unlockSound(): Promise<boolean> {
  const ctx = ensureContext();
  if (!ctx) return false;
  if (ctx.state !== 'running') {
    try {
      await ctx.resume();
    } catch {
      return false;
    }
  }
  soundReady.value = ctx.state === 'running';
  return soundReady.value;
}

/** Listens for the first gesture on the page to unlock audio; returns the clean-up. */
export function unlockOnFirstGesture(): () => void {
  const events = ['pointerdown', 'keydown', 'touchend'] as const;
  const handler = () => {
    void unlockSound().then((ok) => {
      if (ok) off();
    });
  };
  const off = () => {
    for (const e of events) window.removeEventListener(e, handler, true);
  };
  for (const e of events) window.addEventListener(e, handler, { capture: true, passive: true });
  return off;
}

/** Plays the chime if audio is unlocked; silently nothing otherwise (the prompt still shows). */
export function beep(): boolean {
  const ctx = ensureContext();
  if (!ctx || ctx.state !== 'running') return false;
  const start = ctx.currentTime + 0.01;
  for (const [i, frequency] of [880, 1175].entries()) {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'sine';
    osc.frequency.value = frequency;
    const at = start + i * 0.18;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.25, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.16);
    osc.connect(gain).connect(ctx.destination);
    osc.start(at);
    osc.stop(at + 0.17);
  }
  return true;
}
