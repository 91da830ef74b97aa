import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue 10, acceptance 4: resources/icon.ico is a valid ICO with images from 16 to 256 px,
 * drawn from resources/icon.svg by scripts/draw-icon.mjs (electron-builder-config.test.ts checks
 * that electron-builder.yml uses it).
 * The ICO is read here field by field (ICONDIR, ICONDIRENTRY) and each image is checked by
 * its PNG header and by `file`, an independent reader.
 */
interface Entry { width: number; height: number; bitCount: number; size: number; offset: number }

function readIco(bytes: Buffer): Entry[] {
  expect(bytes.readUInt16LE(0)).toBe(0); // reserved
  expect(bytes.readUInt16LE(2)).toBe(1); // 1 = icon (2 would be a cursor)
  const count = bytes.readUInt16LE(4);
  return Array.from({ length: count }, (_, i) => {
    const at = 6 + 16 * i;
    return {
      width: bytes.readUInt8(at) || 256,
      height: bytes.readUInt8(at + 1) || 256,
      bitCount: bytes.readUInt16LE(at + 6),
      size: bytes.readUInt32LE(at + 8),
      offset: bytes.readUInt32LE(at + 12),
    };
  });
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('app icon', () => {
  const ico = readFileSync('resources/icon.ico');
  const entries = readIco(ico);

  it('holds square 32-bit images from 16 to 256 px, each a PNG of the size its entry states', () => {
    expect(entries.map((e) => e.width)).toEqual([16, 20, 24, 32, 40, 48, 64, 128, 256]);
    let end = 6 + 16 * entries.length;
    for (const e of entries) {
      expect(e.height).toBe(e.width);
      expect(e.bitCount).toBe(32);
      expect(e.offset).toBe(end); // images follow the directory back to back, no overlap
      end += e.size;
      const png = ico.subarray(e.offset, e.offset + e.size);
      expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      expect(png.readUInt32BE(16)).toBe(e.width); // IHDR width
      expect(png.readUInt32BE(20)).toBe(e.height);
    }
    expect(end).toBe(ico.length);
  });

  it('is recognised as an icon with a 256×256 image by file(1)', () => {
    const description = execFileSync('file', ['-b', 'resources/icon.ico'], { encoding: 'utf8' });
    expect(description).toMatch(/^MS Windows icon resource - 9 icons/u);
    expect(execFileSync('file', ['-b', 'resources/icon.png'], { encoding: 'utf8' })).toMatch(/^PNG image data, 512 x 512/u);
  });

  it('is what scripts/draw-icon.mjs draws from icon.svg today (the files are not stale)', async () => {
    const { drawIcons } = await import('../../../scripts/draw-icon.mjs');
    const out = mkdtempSync(resolve('test-output/icon-'));
    drawIcons(out);
    expect(readFileSync(join(out, 'icon.ico')).equals(ico)).toBe(true);
    expect(readFileSync(join(out, 'icon.png')).equals(readFileSync('resources/icon.png'))).toBe(true);
  });
});
