import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../../../shared/errors';

/**
 * Liberation Serif 2: Times New Roman's metric twin under the OFL, with every Vietnamese letter
 * (the older Liberation 1.x lacks ơ/ư). The app bundles it in resources/fonts; a Debian machine
 * with fonts-liberation2 has it too, which keeps development and CI working without the bundle.
 */
export const SERIF_FILES = {
  regular: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italic: 'LiberationSerif-Italic.ttf',
  boldItalic: 'LiberationSerif-BoldItalic.ttf',
} as const;
export type SerifStyle = keyof typeof SERIF_FILES;

const SYSTEM_DIRS = ['/usr/share/fonts/truetype/liberation2', '/usr/share/fonts/liberation2', '/usr/share/fonts/liberation-serif'];

function upwards(start: string): string[] {
  const dirs: string[] = [];
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    dirs.push(join(dir, 'resources', 'fonts'));
    if (dirname(dir) === dir) return dirs;
  }
}

function moduleDir(): string | null {
  try {
    return import.meta.url ? dirname(fileURLToPath(import.meta.url)) : null; // undefined once bundled to CommonJS
  } catch {
    return null;
  }
}

/** The first folder holding all four styles: TCNS_FONTS_DIR, the packaged resources, the repo, the system. */
export function resolveSerifFonts(): Record<SerifStyle, string> {
  const packaged = (process as { resourcesPath?: string }).resourcesPath;
  const here = moduleDir();
  const candidates = [
    process.env.TCNS_FONTS_DIR,
    packaged && join(packaged, 'fonts'),
    ...upwards(process.cwd()),
    ...(here ? upwards(here) : []),
    ...SYSTEM_DIRS,
  ].filter((d): d is string => Boolean(d));
  const dir = candidates.find((d) => Object.values(SERIF_FILES).every((f) => existsSync(join(d, f))));
  if (!dir) throw new AppError('INTERNAL', 'Không tìm thấy phông chữ Liberation Serif để tạo tệp PDF.');
  return {
    regular: join(dir, SERIF_FILES.regular),
    bold: join(dir, SERIF_FILES.bold),
    italic: join(dir, SERIF_FILES.italic),
    boldItalic: join(dir, SERIF_FILES.boldItalic),
  };
}
