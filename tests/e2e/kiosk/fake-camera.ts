import { writeFile } from 'node:fs/promises';
import QRCode from 'qrcode';

/** Chromium's fake camera plays this file (`--use-file-for-fake-video-capture`), in a loop. */
const WIDTH = 640;
const HEIGHT = 480;

/**
 * Writes a one-frame Y4M video of `text` as a QR code on white, for a browser launched with
 * `launchBrowser({ fakeCamera: path })`. Chromium opens the file each time a page starts the
 * camera, so a test can rewrite it between scans.
 */
export async function showToCamera(path: string, text: string): Promise<void> {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = qr.modules.size;
  const quiet = 4;
  const cell = Math.floor(Math.min(WIDTH, HEIGHT) / (size + 2 * quiet));
  const left = Math.floor((WIDTH - cell * size) / 2);
  const top = Math.floor((HEIGHT - cell * size) / 2);
  const luma = Buffer.alloc(WIDTH * HEIGHT, 235);
  for (let r = 0; r < size; r++)
    for (let c = 0; c < size; c++) {
      if (!qr.modules.get(r, c)) continue;
      for (let y = 0; y < cell; y++)
        luma.fill(
          16,
          (top + r * cell + y) * WIDTH + left + c * cell,
          (top + r * cell + y) * WIDTH + left + (c + 1) * cell,
        );
    }
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128);
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\nFRAME\n`);
  await writeFile(path, Buffer.concat([header, luma, chroma]));
}
