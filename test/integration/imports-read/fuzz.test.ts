/**
 * Issue 12: generated hostile and broken workbooks and CSVs fed to the member-list reader.
 * Every one either reads or is refused with a Vietnamese AppError('VALIDATION'); none crashes
 * with another error, and none takes longer than its time limit. Seeded, so a failure repeats.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readMemberWorkbook } from '../../../electron/core/imports/read';
import { AppError } from '../../../shared/errors';
import { buildZip, nfdWorkbook, tcvn3Workbook, zipBomb } from '../../helpers/workbooks';

let seed = 20261130;
const random = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const int = (n: number) => Math.floor(random() * n);
const randomBytes = (n: number) => Uint8Array.from({ length: n }, () => int(256));

const part = (name: string, text: string) => {
  const data = Buffer.from(text, 'utf8');
  return { name, data: deflateRawSync(data), method: 8 as const, crc: crc32(data), size: data.length };
};
const WORKBOOK = '<workbook><sheets><sheet name="DS" sheetId="1"/></sheets></workbook>';
/** A workbook made of the given sheet XML (and shared strings), with no relationships part. */
const workbookOf = (sheetData: string, sharedStrings?: string, workbook = WORKBOOK) =>
  buildZip([
    part('[Content_Types].xml', '<Types/>'),
    part('xl/workbook.xml', workbook),
    part('xl/worksheets/sheet1.xml', `<worksheet><sheetData>${sheetData}</sheetData></worksheet>`),
    ...(sharedStrings === undefined ? [] : [part('xl/sharedStrings.xml', sharedStrings)]),
  ]);
const header = '<row r="1"><c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c><c r="B1" t="inlineStr"><is><t>Năm sinh</t></is></c></row>';

interface Case {
  label: string;
  fileName: string;
  bytes: Uint8Array;
}

async function cases(): Promise<Case[]> {
  const out: Case[] = [];
  const add = (label: string, fileName: string, bytes: Uint8Array) => out.push({ label, fileName, bytes });
  const real = [await tcvn3Workbook(), await nfdWorkbook()];

  // Random bytes, under both names, some starting like a zip.
  for (let i = 0; i < 40; i++) {
    const bytes = randomBytes(1 + int(5000));
    if (i % 3 === 0) bytes.set([0x50, 0x4b, 0x03, 0x04]);
    add(`random ${i}`, i % 2 ? 'ds.csv' : 'ds.xlsx', bytes);
  }
  // A real workbook cut at random points, and with random bytes flipped.
  for (let i = 0; i < 50; i++) {
    const whole = real[i % 2];
    add(`truncated ${i}`, 'ds.xlsx', whole.slice(0, 1 + int(whole.length - 1)));
  }
  for (let i = 0; i < 60; i++) {
    const bytes = real[i % 2].slice();
    for (let k = 0; k < 1 + int(20); k++) bytes[int(bytes.length)] = int(256);
    add(`flipped ${i}`, 'ds.xlsx', bytes);
  }
  // Zip bombs: honest sizes past the caps, lying sizes, and a high ratio within them.
  add('bomb 300 MB', 'bom.xlsx', await zipBomb(300 * 1024 * 1024));
  add('bomb lying 50 MB as 4 KB', 'bom.xlsx', await zipBomb(50 * 1024 * 1024, 4096));
  add('bomb 40 MB at a high ratio', 'bom.xlsx', await zipBomb(40 * 1024 * 1024));
  // Huge shared strings: one very long, very many, an index past the end.
  add('one 1 MB shared string', 'ss.xlsx', workbookOf(`${header}<row r="2"><c r="A2" t="s"><v>0</v></c></row>`, `<sst><si><t>${'Nguyễn '.repeat(150_000)}</t></si></sst>`));
  add('200,000 shared strings', 'ss.xlsx', workbookOf(`${header}<row r="2"><c r="A2" t="s"><v>199999</v></c></row>`, `<sst>${'<si><t>An</t></si>'.repeat(200_000)}</sst>`));
  add('shared string index past the end', 'ss.xlsx', workbookOf(`${header}<row r="2"><c r="A2" t="s"><v>7</v></c></row>`, '<sst><si><t>An</t></si></sst>'));
  add('negative shared string index', 'ss.xlsx', workbookOf(`${header}<row r="2"><c r="A2" t="s"><v>-1</v></c></row>`, '<sst/>'));
  // Deep and malformed XML.
  add('100,000 nested elements', 'deep.xlsx', workbookOf(`${header}${'<x>'.repeat(100_000)}${'</x>'.repeat(100_000)}`));
  add('unclosed nesting', 'deep.xlsx', workbookOf(`${header}${'<row><c>'.repeat(50_000)}`));
  add('a 5 MB text node', 'big.xlsx', workbookOf(`${header}<row r="2"><c r="A2" t="inlineStr"><is><t>${'a'.repeat(5 * 1024 * 1024)}</t></is></c></row>`));
  add('a 2 MB attribute', 'big.xlsx', workbookOf(`<row r="1" x="${'a'.repeat(2 * 1024 * 1024)}"/>`));
  add('entity expansion attempt', 'ent.xlsx', workbookOf(`<!DOCTYPE x [<!ENTITY a "${'x'.repeat(1000)}">]>${header}<row r="2"><c t="inlineStr"><is><t>&a;&a;&a;</t></is></c></row>`));
  add('not XML at all', 'x.xlsx', buildZip([part('[Content_Types].xml', '<Types/>'), part('xl/workbook.xml', '\u0000\u0001 not xml <<<'), part('xl/worksheets/sheet1.xml', '>>>')]));
  add('workbook without sheets', 'x.xlsx', workbookOf(header, undefined, '<workbook/>'));
  add('sheet part missing', 'x.xlsx', buildZip([part('[Content_Types].xml', '<Types/>'), part('xl/workbook.xml', WORKBOOK)]));
  // Wrong types and references.
  const wrong = [
    '<c r="A2"><v>not a number</v></c>',
    '<c r="A2" t="b"><v>maybe</v></c>',
    '<c r="A2" t="d"><v>yesterday</v></c>',
    '<c r="A2" t="e"><v>#N/A</v></c>',
    '<c r="ZZZZ2"><v>1</v></c>',
    '<c r="A2" s="99999"><v>1</v></c>',
    '<c r="XFD2"><v>1</v></c>',
    '<c r="A2"><v>1e400</v></c>',
    '<c r="A2" t="inlineStr"><v>1</v></c>',
    '<c r="A2" t="s"><v>1.5</v></c>',
  ];
  for (const [i, cell] of wrong.entries()) add(`wrong type ${i}`, 'types.xlsx', workbookOf(`${header}<row r="2">${cell}</row>`, '<sst><si><t>An</t></si></sst>'));
  add('row numbers going backwards and huge', 'rows.xlsx', workbookOf(`${header}<row r="99999999"><c><v>1</v></c></row><row r="-4"/>`));
  add('5,000 merges over everything', 'merge.xlsx', buildZip([
    part('[Content_Types].xml', '<Types/>'),
    part('xl/workbook.xml', WORKBOOK),
    part('xl/worksheets/sheet1.xml', `<worksheet><sheetData>${header}<row r="2"><c r="A2" t="inlineStr"><is><t>An</t></is></c></row></sheetData><mergeCells>${'<mergeCell ref="A1:XFD1048576"/>'.repeat(5000)}</mergeCells></worksheet>`),
  ]));
  // CSVs: random text, endless quotes, a thousand columns, NUL bytes, lone surrogates.
  for (let i = 0; i < 30; i++) {
    const alphabet = ['a', 'ă', ',', ';', '"', '\n', '\r', '\t', 'Họ và tên', ' ', '1', '\u00ad'];
    const text = Array.from({ length: 1 + int(3000) }, () => alphabet[int(alphabet.length)]).join('');
    add(`random csv ${i}`, 'r.csv', new TextEncoder().encode(text));
  }
  add('csv with an unclosed quote', 'q.csv', new TextEncoder().encode(`Họ và tên,Ghi chú\nAn,"${'x'.repeat(2 * 1024 * 1024)}`));
  add('csv with 1,000 columns', 'w.csv', new TextEncoder().encode(`Họ và tên${',x'.repeat(1000)}\n`));
  add('csv of latin-1 bytes with NUL', 'n.csv', Uint8Array.from([0x48, 0xe4, 0x20, 0x76, 0, 0x74]));
  add('csv of invalid UTF-8 everywhere', 'u.csv', Uint8Array.from({ length: 4000 }, (_, i) => (i % 7 === 0 ? 0x0a : 0x80 + (i % 64))));
  return out;
}

const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/u;
const LIMIT_MS = 15_000;

describe('the member-list reader under generated hostile files', () => {
  it('reads or refuses in Vietnamese at least 200 generated files, none crashing or hanging', async () => {
    const all = await cases();
    expect(all.length).toBeGreaterThanOrEqual(200);
    const outcomes = { read: 0, refused: 0 };
    for (const c of all) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${c.label}: no answer within ${LIMIT_MS} ms`)), LIMIT_MS);
      });
      try {
        const book = await Promise.race([readMemberWorkbook(c.bytes, c.fileName), timeout]);
        expect(Array.isArray(book.rows), c.label).toBe(true);
        outcomes.read++;
      } catch (error) {
        expect(error, `${c.label}: ${(error as Error).stack}`).toBeInstanceOf(AppError);
        expect((error as AppError).code, c.label).toBe('VALIDATION');
        expect((error as AppError).message, c.label).toMatch(VIETNAMESE);
        outcomes.refused++;
      } finally {
        clearTimeout(timer);
      }
    }
    // Both outcomes happen: the generator is not only producing garbage, nor only valid files.
    expect(outcomes.read).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(100);
  }, 300_000);
});
