/** Independent readers for the report tests: LibreOffice (CSV of every sheet, PDF), poppler. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export const OUT = join('test-output', 'reports');

export function writeOut(name: string, bytes: Uint8Array): string {
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, name);
  writeFileSync(file, bytes);
  return file;
}

export function run(cmd: string, args: string[], timeout = 170_000): string {
  return execFileSync(cmd, args, { encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
}

/** LibreOffice with a profile of its own, so test files converting at once do not collide. */
function libreoffice(args: string[]): void {
  const profile = mkdtempSync(join(tmpdir(), 'tcns-lo-'));
  try {
    run('libreoffice', [`-env:UserInstallation=file://${profile}`, '--headless', ...args]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** RFC 4180 CSV (quotes doubled, fields may hold commas and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

/**
 * Every sheet of a workbook as CSV rows, by sheet name, converted by LibreOffice: UTF-8, comma,
 * raw values (not as shown), and the "-1" sheet option that writes one CSV per sheet.
 */
export function sheetsAsCsv(xlsx: string, outDir: string): Record<string, string[][]> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  libreoffice(['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', outDir, xlsx]);
  const base = basename(xlsx).replace(/\.xlsx$/u, '');
  const sheets: Record<string, string[][]> = {};
  for (const f of readdirSync(outDir)) {
    if (!f.startsWith(`${base}-`) || !f.endsWith('.csv')) continue;
    sheets[f.slice(base.length + 1, -4).normalize('NFC')] = parseCsv(readFileSync(join(outDir, f), 'utf8'));
  }
  return sheets;
}

/** The workbook printed to PDF by LibreOffice (every sheet, with the print setup in the file). */
export function printToPdf(xlsx: string, outDir: string): string {
  mkdirSync(outDir, { recursive: true });
  libreoffice(['--convert-to', 'pdf', '--outdir', outDir, xlsx]);
  return join(outDir, basename(xlsx).replace(/\.xlsx$/u, '.pdf'));
}

export function pdfText(file: string, first: number, last = first): string {
  return run('pdftotext', ['-layout', '-f', String(first), '-l', String(last), file, '-']);
}

export function toPng(pdf: string, prefix: string, first = 1, last = first, dpi = 70): void {
  run('pdftoppm', ['-png', '-r', String(dpi), '-f', String(first), '-l', String(last), pdf, join(OUT, prefix)]);
}

/** The row whose cells start with the given texts (after trimming), or undefined. */
export function findRow(rows: string[][], ...starts: string[]): string[] | undefined {
  return rows.find((r) => starts.every((s, i) => (r[i] ?? '').trim() === s));
}

/** A number as LibreOffice wrote it raw ("1234", "5.2", "71.4285714285714%"). */
export function num(cell: string | undefined): number {
  const text = (cell ?? '').trim();
  if (text === '') return NaN;
  return text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
}
