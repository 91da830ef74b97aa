/** Independent readers for the decision-document tests: poppler, unzip, LibreOffice, a PNG writer. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

export const OUT = join('test-output', 'decision-document');

export function writeOut(name: string, bytes: Uint8Array): string {
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, name);
  writeFileSync(file, bytes);
  return file;
}

export function run(cmd: string, args: string[], timeout = 60_000): string {
  return execFileSync(cmd, args, { encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
}

/** Text of a page range; `layout` keeps the positions (columns side by side). */
export function pdfText(file: string, opts: { first?: number; last?: number; layout?: boolean } = {}): string {
  const args = [];
  if (opts.layout !== false) args.push('-layout');
  if (opts.first) args.push('-f', String(opts.first));
  if (opts.last) args.push('-l', String(opts.last));
  return run('pdftotext', [...args, file, '-']);
}

/** Text inside a rectangle given in points from the top-left corner of one page. */
export function pdfTextIn(file: string, page: number, box: { x: number; y: number; w: number; h: number }): string {
  const r = (n: number) => String(Math.round(n));
  return run('pdftotext', ['-r', '72', '-f', String(page), '-l', String(page), '-x', r(box.x), '-y', r(box.y), '-W', r(box.w), '-H', r(box.h), '-layout', file, '-']);
}

/** Collapses the runs of spaces a justified line or a layout dump puts between words. */
export const squash = (text: string) => text.replace(/[ \u00a0]+/gu, ' ');

/** Renders pages to PNG for a person to look at. */
export function toPng(file: string, prefix: string, dpi = 70): void {
  run('pdftoppm', ['-png', '-r', String(dpi), file, join(OUT, prefix)]);
}

/** Pixels (RGB) of a page region at 72 dpi, straight from pdftoppm's PPM output. */
export function pixelsIn(file: string, page: number, box: { x: number; y: number; w: number; h: number }) {
  const r = (n: number) => String(Math.round(n));
  const ppm = execFileSync('pdftoppm', ['-r', '72', '-f', String(page), '-l', String(page), '-x', r(box.x), '-y', r(box.y), '-W', r(box.w), '-H', r(box.h), file], { maxBuffer: 64 * 1024 * 1024 });
  // Header: "P6\n<w> <h>\n255\n".
  let offset = 0;
  const fields: string[] = [];
  while (fields.length < 4) {
    let end = offset;
    while (ppm[end] !== 0x0a && ppm[end] !== 0x20) end++;
    fields.push(ppm.subarray(offset, end).toString('ascii'));
    offset = end + 1;
  }
  const data = ppm.subarray(offset);
  const pixels: [number, number, number][] = [];
  for (let i = 0; i + 2 < data.length; i += 3) pixels.push([data[i], data[i + 1], data[i + 2]]);
  return pixels;
}

/** Converts a DOCX to PDF with LibreOffice, in a private profile so parallel runs do not clash. */
export function libreofficeToPdf(docx: string, outDir: string): string {
  mkdirSync(outDir, { recursive: true });
  const profile = `/tmp/tcns-lo-profile-${process.pid}`;
  try {
    run('libreoffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx], 170_000);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return join(outDir, docx.split('/').pop()!.replace(/\.docx$/u, '.pdf'));
}

export function unzipText(file: string, entry: string): string {
  return run('unzip', ['-p', file, entry]);
}

/** A small RGBA PNG drawn by a function of (x, y) — test images for the seal and signature. */
export function makePng(width: number, height: number, pixel: (x: number, y: number) => [number, number, number, number]): Uint8Array {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const o = y * (width * 4 + 1) + 1 + x * 4;
      const [r, g, b, a] = pixel(x, y);
      raw[o] = r; raw[o + 1] = g; raw[o + 2] = b; raw[o + 3] = a;
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return new Uint8Array(Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0)),
  ]));
}

/** A red ring with a star-less centre: enough to see where the seal lands. */
export function sealPng(): Uint8Array {
  const n = 120;
  return makePng(n, n, (x, y) => {
    const d = Math.hypot(x - n / 2, y - n / 2);
    const ring = (d > 50 && d < 58) || (d > 38 && d < 41);
    return ring ? [220, 0, 0, 255] : [0, 0, 0, 0];
  });
}

/** A blue wavy stroke on a transparent background, like a scanned signature. */
export function signaturePng(): Uint8Array {
  const w = 200;
  const h = 80;
  return makePng(w, h, (x, y) => {
    const curve = h / 2 + Math.sin(x / 14) * 22;
    return Math.abs(y - curve) < 3 ? [0, 0, 200, 255] : [0, 0, 0, 0];
  });
}
