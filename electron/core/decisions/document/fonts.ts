/**
 * Which TTFs the PDFs embed. ND30 prescribes Times New Roman: where the PC has it (Windows
 * always does, in %WINDIR%\Fonts) the PDFs embed it; elsewhere they embed the bundled
 * Liberation Serif 2, Times New Roman's metric-compatible, OFL-licensed twin (same advance
 * widths, so the layout is identical; the older Liberation 1.x lacks ơ/ư). A Times New Roman
 * folder can also be named with the TCNS_FONT_DIR environment variable. A face is used only when
 * all four styles are there and cover Vietnamese; anything else falls back to Liberation Serif.
 * Tested in test/integration/decision-document/fonts.test.ts.
 */
import { openSync } from 'fontkit';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../../../shared/errors';

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';
export type FontPaths = Record<FontStyle, string>;

export const FONT_FILES: Record<FontStyle, string> = {
  regular: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italic: 'LiberationSerif-Italic.ttf',
  boldItalic: 'LiberationSerif-BoldItalic.ttf',
};

/** Times New Roman's file names as Windows, msttcorefonts (Linux) and macOS install them. */
export const TIMES_FILE_SETS: FontPaths[] = [
  { regular: 'times.ttf', bold: 'timesbd.ttf', italic: 'timesi.ttf', boldItalic: 'timesbi.ttf' },
  { regular: 'Times_New_Roman.ttf', bold: 'Times_New_Roman_Bold.ttf', italic: 'Times_New_Roman_Italic.ttf', boldItalic: 'Times_New_Roman_Bold_Italic.ttf' },
  { regular: 'Times New Roman.ttf', bold: 'Times New Roman Bold.ttf', italic: 'Times New Roman Italic.ttf', boldItalic: 'Times New Roman Bold Italic.ttf' },
];

/** Folders where an installed Times New Roman usually is. */
export function systemFontDirs(): string[] {
  const dirs: string[] = [];
  const windir = process.env.WINDIR ?? process.env.SystemRoot;
  if (windir) dirs.push(join(windir, 'Fonts'));
  if (process.env.LOCALAPPDATA) dirs.push(join(process.env.LOCALAPPDATA, 'Microsoft', 'Windows', 'Fonts'));
  dirs.push(
    '/usr/share/fonts/truetype/msttcorefonts',
    '/usr/share/fonts/TTF',
    '/usr/share/fonts/truetype',
    join(homedir(), '.fonts'),
    join(homedir(), '.local', 'share', 'fonts'),
    '/Library/Fonts',
    '/System/Library/Fonts/Supplemental',
    join(homedir(), 'Library', 'Fonts'),
  );
  return dirs;
}

/** Letters a font must have to print Vietnamese (every vowel shape and tone class, đ, ơ, ư). */
const VIETNAMESE_SAMPLE = 'ăâđêôơưĂÂĐÊÔƠƯàảãáạằẳẵắặầẩẫấậẻẽẹềểễếệỉĩịỏõọồổỗốộờởỡớợủũụừửữứựỳỷỹýỵ';

function coversVietnamese(file: string): boolean {
  try {
    const font = openSync(file);
    return Array.from(VIETNAMESE_SAMPLE).every((ch) => font.hasGlyphForCodePoint(ch.codePointAt(0)!));
  } catch {
    return false;
  }
}

/** The four Times New Roman faces in `dir`, under any of the usual names, or null. */
export function timesNewRomanIn(dir: string): FontPaths | null {
  for (const set of TIMES_FILE_SETS) {
    const paths = Object.fromEntries(Object.entries(set).map(([style, name]) => [style, join(dir, name)])) as FontPaths;
    if (Object.values(paths).every((p) => existsSync(p)) && Object.values(paths).every(coversVietnamese)) return paths;
  }
  return null;
}

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

/** The folder holding the four bundled LiberationSerif-*.ttf files. */
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

export interface FontOptions {
  /** The bundled Liberation Serif folder (tests); found automatically otherwise. */
  fontsDir?: string;
  /**
   * Where to look for Times New Roman: a folder, or null to use Liberation Serif only. Default:
   * TCNS_FONT_DIR, then the system font folders.
   */
  timesDirs?: string[] | null;
}

/** The faces a PDF embeds, and which family they are. */
export interface ResolvedFonts {
  family: 'Times New Roman' | 'Liberation Serif';
  paths: FontPaths;
}

const cache = new Map<string, ResolvedFonts>();

export function resolveFonts(options: FontOptions = {}): ResolvedFonts {
  const dirs = options.timesDirs === null ? [] : options.timesDirs ?? [process.env.TCNS_FONT_DIR, ...systemFontDirs()].filter((d): d is string => Boolean(d));
  const key = JSON.stringify([options.fontsDir ?? '', dirs, process.env.TCNS_FONTS_DIR ?? '']);
  const known = cache.get(key);
  if (known) return known;
  let resolved: ResolvedFonts | null = null;
  for (const dir of dirs) {
    const paths = timesNewRomanIn(dir);
    if (paths) {
      resolved = { family: 'Times New Roman', paths };
      break;
    }
  }
  if (!resolved) {
    const dir = resolveFontsDir(options);
    resolved = {
      family: 'Liberation Serif',
      paths: {
        regular: join(dir, FONT_FILES.regular),
        bold: join(dir, FONT_FILES.bold),
        italic: join(dir, FONT_FILES.italic),
        boldItalic: join(dir, FONT_FILES.boldItalic),
      },
    };
  }
  cache.set(key, resolved);
  return resolved;
}

/** The four faces to embed: Times New Roman when found, else the bundled Liberation Serif. */
export function fontPaths(options: FontOptions = {}): FontPaths {
  return resolveFonts(options).paths;
}

export function styleOf(bold: boolean | undefined, italic: boolean | undefined): FontStyle {
  if (bold) return italic ? 'boldItalic' : 'bold';
  return italic ? 'italic' : 'regular';
}
