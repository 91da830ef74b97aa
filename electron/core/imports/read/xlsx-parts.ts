/**
 * The small parts of an .xlsx a member list needs besides its sheet: the sheet list
 * (workbook.xml and its relationships), the shared strings and the styles (fonts, for TCVN3/VNI
 * detection, and number formats, for dates and zero-padded phone numbers). Each is parsed
 * with the saxes pull parser as it is inflated, within the caps of READ_LIMITS.
 */
import { SaxesParser } from 'saxes';
import { AppError } from '../../../../shared/errors';
import { READ_LIMITS } from './limits';
import { streamEntry, type ZipEntry } from './zip-guard';

export const corrupted = (fileName: string, reason: string) =>
  new AppError(
    'VALIDATION',
    `Tệp “${fileName}” bị hỏng hoặc không đúng định dạng Excel nên không đọc được. Hãy mở bằng Excel, lưu lại rồi thử lại.`,
    { fileName, reason },
  );

/** "x:row" and "row" alike (some producers prefix the spreadsheet namespace). */
export const localName = (name: string) => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

export interface XmlHandlers {
  open?: (name: string, attributes: Record<string, string>) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
}

/**
 * Streams one part through a non-validating pull parser. Text between two tags is capped
 * (maxRowChars): saxes gathers a text node whole, so a 100 MB string would otherwise be held.
 */
export async function parsePart(bytes: Uint8Array, entry: ZipEntry, fileName: string, handlers: XmlHandlers): Promise<void> {
  // Without line/column tracking (faster); the text cap counts characters fed since the last tag.
  const parser = new SaxesParser({ position: false });
  let sinceTag = 0;
  parser.on('opentag', (tag) => {
    sinceTag = 0;
    handlers.open?.(localName(tag.name), tag.attributes as Record<string, string>);
  });
  parser.on('closetag', (tag) => {
    sinceTag = 0;
    handlers.close?.(localName(tag.name));
  });
  if (handlers.text) {
    const onText = handlers.text;
    parser.on('text', (text) => onText(text));
    parser.on('cdata', (text) => onText(text));
  }
  const decoder = new TextDecoder('utf-8');
  try {
    for await (const chunk of streamEntry(bytes, entry, fileName)) {
      const text = decoder.decode(chunk, { stream: true });
      sinceTag += text.length;
      parser.write(text);
      if (sinceTag > READ_LIMITS.maxRowChars) throw corrupted(fileName, `${entry.name}: text or tag too long`);
    }
    parser.write(decoder.decode());
    parser.close();
  } catch (error) {
    // Our own refusals, and a reader's signal that it has read enough, pass through.
    if (error instanceof AppError || !(error instanceof Error)) throw error;
    throw corrupted(fileName, `${entry.name}: ${error.message.slice(0, 200)}`);
  }
}

export interface SheetRef {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** Path of its part inside the archive, e.g. xl/worksheets/sheet1.xml. */
  path: string;
}

export interface WorkbookInfo {
  sheets: SheetRef[];
  date1904: boolean;
  sharedStrings: string | null;
  styles: string | null;
}

/** "worksheets/sheet1.xml" or "/xl/worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml". */
function resolveTarget(target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  const parts: string[] = [];
  for (const p of path.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.' && p !== '') parts.push(p);
  }
  return parts.join('/');
}

export async function readWorkbookInfo(bytes: Uint8Array, entries: Map<string, ZipEntry>, fileName: string): Promise<WorkbookInfo> {
  const targets = new Map<string, { type: string; path: string }>();
  const rels = entries.get('xl/_rels/workbook.xml.rels');
  if (rels) {
    await parsePart(bytes, rels, fileName, {
      open: (name, a) => {
        if (name === 'Relationship' && a.Id && a.Target && targets.size < READ_LIMITS.maxZipEntries) {
          targets.set(a.Id, { type: a.Type ?? '', path: resolveTarget(a.Target) });
        }
      },
    });
  }
  const sheets: SheetRef[] = [];
  let date1904 = false;
  await parsePart(bytes, entries.get('xl/workbook.xml')!, fileName, {
    open: (name, a) => {
      if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
      if (name !== 'sheet' || sheets.length >= READ_LIMITS.maxZipEntries) return;
      const id = a['r:id'] ?? Object.entries(a).find(([k]) => localName(k) === 'id' && k !== 'sheetId')?.[1];
      // Without relationships, Excel's own naming: the n-th sheet is sheetN.xml.
      const path = (id && targets.get(id)?.path) ?? `xl/worksheets/sheet${sheets.length + 1}.xml`;
      const state = a.state === 'hidden' || a.state === 'veryHidden' ? a.state : 'visible';
      // Chart sheets hold no cells: only worksheets are offered.
      if (!/\/chartsheets\//u.test(path)) sheets.push({ name: a.name ?? `Sheet${sheets.length + 1}`, state, path });
    },
  });
  const byType = (suffix: string) => [...targets.values()].find((t) => t.type.endsWith(`/${suffix}`))?.path ?? null;
  const existing = (path: string | null, fallback: string) => (path && entries.has(path) ? path : entries.has(fallback) ? fallback : null);
  return {
    sheets,
    date1904,
    sharedStrings: existing(byType('sharedStrings'), 'xl/sharedStrings.xml'),
    styles: existing(byType('styles'), 'xl/styles.xml'),
  };
}

/** A shared string: plain text, or rich-text runs each with its own font (legacy encodings differ per run). */
export type SharedString = string | { text: string; font?: string }[];

/** Every shared string, in order. Total text is bounded by the part's size cap (maxEntryBytes). */
export async function readSharedStrings(bytes: Uint8Array, entry: ZipEntry, fileName: string): Promise<SharedString[]> {
  const strings: SharedString[] = [];
  let runs: { text: string; font?: string }[] = [];
  let inSi = false;
  let inRun = false;
  let inPhonetic = false;
  let inText = false;
  let font: string | undefined;
  let chars = 0;
  await parsePart(bytes, entry, fileName, {
    open: (name, a) => {
      if (name === 'si') {
        inSi = true;
        runs = [];
        chars = 0;
      } else if (name === 'r' && inSi) {
        inRun = true;
        font = undefined;
      } else if (name === 'rPh') inPhonetic = true; // East Asian reading aids, not the text
      else if (name === 'rFont' && inRun) font = a.val;
      else if (name === 't' && inSi && !inPhonetic) {
        inText = true;
        runs.push(inRun && font ? { text: '', font } : { text: '' });
      }
    },
    text: (text) => {
      if (!inText) return;
      chars += text.length;
      if (chars > READ_LIMITS.maxCellChars) throw corrupted(fileName, 'shared string too long');
      runs[runs.length - 1].text += text;
    },
    close: (name) => {
      if (name === 't') inText = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'r') inRun = false;
      else if (name === 'si') {
        inSi = false;
        strings.push(runs.some((r) => r.font) ? runs : runs.map((r) => r.text).join(''));
      }
    },
  });
  return strings;
}

export interface CellStyle {
  font?: string;
  numFmt?: string;
  isDate: boolean;
}

// Excel's built-in number formats that a list's cells use: dates (14–22, 45–47) and "0".
const BUILTIN_FORMATS: Record<number, string> = {
  1: '0', 14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM',
  20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy h:mm', 45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 49: '@',
};

/** A date format has day/month/year/hour letters outside quoted text and [..] (ExcelJS's rule). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]/u.test(format.replace(/\[[^\]]*\]/gu, '').replace(/"[^"]*"/gu, ''));
}

/** Cell styles by index (the "s" attribute of a cell): font name and number format. */
export async function readStyles(bytes: Uint8Array, entry: ZipEntry, fileName: string): Promise<CellStyle[]> {
  const formats = new Map<number, string>();
  const fonts: (string | undefined)[] = [];
  const styles: CellStyle[] = [];
  let section = '';
  let inFont = false;
  await parsePart(bytes, entry, fileName, {
    open: (name, a) => {
      if (name === 'fonts' || name === 'cellXfs' || name === 'cellStyleXfs' || name === 'dxfs') section = name;
      else if (name === 'numFmt' && a.numFmtId && a.formatCode !== undefined) formats.set(Number(a.numFmtId), a.formatCode);
      else if (name === 'font' && section === 'fonts') {
        inFont = true;
        fonts.push(undefined);
      } else if (name === 'name' && inFont) fonts[fonts.length - 1] = a.val;
      else if (name === 'xf' && section === 'cellXfs' && styles.length < 65_536) {
        const numFmt = formats.get(Number(a.numFmtId ?? 0)) ?? BUILTIN_FORMATS[Number(a.numFmtId ?? 0)];
        styles.push({ font: fonts[Number(a.fontId ?? 0)], numFmt, isDate: isDateFormat(numFmt) });
      }
    },
    close: (name) => {
      if (name === 'font') inFont = false;
      else if (name === section) section = '';
    },
  });
  return styles;
}
