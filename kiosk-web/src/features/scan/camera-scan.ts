import { BarcodeDetector, prepareZXingModule } from 'barcode-detector/ponyfill';
// The kiosk serves the decoder itself: a lobby network may not reach a CDN.
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';

prepareZXingModule({
  overrides: {
    locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path),
  },
});

/** Why the camera cannot be used: no camera, permission refused, or it is busy. */
export type CameraProblem = 'NO_CAMERA' | 'DENIED' | 'UNAVAILABLE';

/**
 * Reads QR codes held to the kiosk's camera, through the Barcode Detection API as ZXing's
 * WebAssembly build (the same decoder on every browser). `start` opens the camera into `video`
 * and calls `onCode` with each code read, at most once per `repeatMs` for the same text (a pass
 * held still is one scan); `stop` releases the camera.
 */
export class CameraScanner {
  private stream: MediaStream | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly detector = new BarcodeDetector({ formats: ['qr_code'] });
  private lastText = '';
  private lastAt = 0;

  constructor(
    private readonly onCode: (text: string) => void,
    private readonly opts: { intervalMs: number; repeatMs: number } = { intervalMs: 150, repeatMs: 3000 },
  ) {}

  async start(video: HTMLVideoElement): Promise<CameraProblem | null> {
    if (!navigator.mediaDevices?.getUserMedia) return 'NO_CAMERA';
    try {
      this.stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: 'user', width: { ideal: 1280 }, height: { ideal: 720 } },
        audio: false,
      });
    } catch (err) {
      const name = (err as DOMException).name;
      if (name === 'NotAllowedError' || name === 'SecurityError') return 'DENIED';
      if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'NO_CAMERA';
      return 'UNAVAILABLE';
    }
    video.srcObject = this.stream;
    video.muted = true;
    video.playsInline = true;
    await video.play().catch(() => undefined);
    this.loop(video);
    return null;
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    for (const track of this.stream?.getTracks() ?? []) track.stop();
    this.stream = undefined;
  }

  private loop(video: HTMLVideoElement): void {
    this.timer = setTimeout(async () => {
      if (!this.stream) return;
      if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA) {
        const codes = await this.detector.detect(video).catch(() => []);
        const text = codes[0]?.rawValue;
        const now = performance.now();
        if (text && (text !== this.lastText || now - this.lastAt > this.opts.repeatMs)) {
          this.lastText = text;
          this.lastAt = now;
          if (this.stream) this.onCode(text);
        }
      }
      if (this.stream) this.loop(video);
    }, this.opts.intervalMs);
  }
}
