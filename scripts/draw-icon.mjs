#!/usr/bin/env node
// Draws the app icon from resources/icon.svg (issue 10): resources/icon.png (512 px, for the
// window and Linux) and resources/icon.ico (16–256 px, for Windows: exe, taskbar, installer,
// shortcuts). Rasterised by @resvg/resvg-js; the ICO container is written here (below).
//   npm run icon
import { Resvg } from '@resvg/resvg-js';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const ICO_SIZES = [16, 20, 24, 32, 40, 48, 64, 128, 256];

export function renderPng(svg, size) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

/**
 * An ICO file holding PNG images (Windows Vista and later read PNG entries; a 256 px image
 * must be one). Layout per Microsoft's ICO format: ICONDIR (6 bytes), one 16-byte
 * ICONDIRENTRY per image, then the images. A width or height of 256 is written as 0.
 */
export function packIco(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, at);
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt8(0, at + 2); // no palette
    header.writeUInt8(0, at + 3); // reserved
    header.writeUInt16LE(1, at + 4); // colour planes
    header.writeUInt16LE(32, at + 6); // bits per pixel
    header.writeUInt32LE(png.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.png)]);
}

export function drawIcons(outDir = join(root, 'resources')) {
  const svg = readFileSync(join(root, 'resources', 'icon.svg'));
  writeFileSync(join(outDir, 'icon.png'), renderPng(svg, 512));
  writeFileSync(join(outDir, 'icon.ico'), packIco(ICO_SIZES.map((size) => ({ size, png: renderPng(svg, size) }))));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  drawIcons();
  console.log('resources/icon.png and resources/icon.ico drawn from resources/icon.svg');
}
