/**
 * Where the bundled Liberation Serif 2 TTFs live. Times New Roman is not ours to ship, so PDFs
 * embed its metric-compatible, OFL-licensed twin (full Vietnamese coverage; the older Liberation
 * 1.x lacks ơ/ư). Found via an explicit option, an environment variable, the packaged app's
 * resources folder, or by walking up from the working directory / this module to the repo root.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../../../shared/errors';

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

export const FONT_FILES: Record<FontStyle, string> = {
  regular: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italic: 'LiberationSerif-Italic.ttf',
  boldItalic: 'LiberationSerif-BoldItalic.ttf',
};

export type FontPaths = Record<FontStyle, string>;

const hasFonts = (dir: string) => existsSync(join(dir, FONT_FILES.regular));

function moduleDir(): string | null {
  try {
    // Undefined when bundled to CommonJS; the other candidates cover that case.
    return import.meta.url ? dirname(fileURLToPath(import.meta.url)) : null;
  } catch {
    return null;
  }
}

function walkUp(start: string): string[] {
  const dirs: string[] = [];
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    dirs.push(join(dir, 'resources', 'fonts'));
    if (dirname(dir) === dir) return dirs;
  }
}

/** The folder holding the four LiberationSerif-*.ttf files. */
export function resolveFontsDir(options: { fontsDir?: string } = {}): string {
  if (options.fontsDir) {
    if (hasFonts(options.fontsDir)) return options.fontsDir;
    throw new AppError('INTERNAL', `Không tìm thấy phông chữ trong thư mục ${options.fontsDir}.`);
  }
  // Electron sets process.resourcesPath in a packaged app (extraResources → resources/fonts).
  const packaged = (process as { resourcesPath?: string }).resourcesPath;
  const here = moduleDir();
  const candidates = [
    process.env.TCNS_FONTS_DIR,
    packaged ? join(packaged, 'fonts') : undefined,
    packaged ? join(packaged, 'resources', 'fonts') : undefined,
    ...walkUp(process.cwd()),
    ...(here ? walkUp(here) : []),
  ].filter((d): d is string => Boolean(d));
  const found = candidates.find(hasFonts);
  if (!found) throw new AppError('INTERNAL', 'Không tìm thấy phông chữ Liberation Serif đi kèm ứng dụng.');
  return found;
}

export function fontPaths(options: { fontsDir?: string } = {}): FontPaths {
  const dir = resolveFontsDir(options);
  return {
    regular: join(dir, FONT_FILES.regular),
    bold: join(dir, FONT_FILES.bold),
    italic: join(dir, FONT_FILES.italic),
    boldItalic: join(dir, FONT_FILES.boldItalic),
  };
}

export function styleOf(bold: boolean | undefined, italic: boolean | undefined): FontStyle {
  if (bold) return italic ? 'boldItalic' : 'bold';
  return italic ? 'italic' : 'regular';
}
