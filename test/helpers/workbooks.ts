/**
 * Generates the workbooks the import tests read: nothing binary is committed. Each builder
 * returns the file's bytes together with the Unicode text a correct reader must produce.
 */
import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { TCVN3_TO_UNICODE } from '../../shared/text/legacy/tcvn3';

export interface Member {
  name: string;
  birth: string; // ISO date
  gender: string;
  phone: string;
  village: string;
}

/** The same people in every workbook, as Unicode. */
export const MEMBERS: Member[] = [
  { name: 'Nguyễn Văn Hùng', birth: '1985-03-12', gender: 'Nam', phone: '0912345678', village: 'Thôn Đông' },
  { name: 'Trần Thị Thu Hường', birth: '1990-11-02', gender: 'Nữ', phone: '0987654321', village: 'Thôn Đông' },
  { name: 'Đặng Đức Dũng', birth: '1978-07-30', gender: 'Nam', phone: '0369111222', village: 'Thôn Trung' },
];

export const TITLE = {
  body: 'ỦY BAN NHÂN DÂN XÃ AN BÌNH',
  nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  list: 'DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG',
};
export const HEADER = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số điện thoại', 'Thôn'];

/** Text as typed in one legacy encoding, with the font it was typed in. */
interface LegacyText {
  font: string;
  capsFont: string; // the encoding's capitals font, for the title block and header
  title: typeof TITLE;
  header: string[];
  names: string[];
  genders: Record<string, string>;
  villages: Record<string, string>;
}

const SHY = '\u00ad'; // TCVN3 ư

/** Typed with the ABC keyboard: .VnTime for data, .VnTimeH (capitals) for titles and header. */
const TCVN3: LegacyText = {
  font: '.VnTime',
  capsFont: '.VnTimeH',
  title: {
    body: 'ñy ban nh©n d©n x· an b×nh',
    nation: 'céng hßa x· héi chñ nghÜa viÖt nam',
    motto: '§éc lËp - Tù do - H¹nh phóc',
    list: 'DANH S¸CH THµNH VI£N Tæ C¤NG NGHÖ Sè CéNG §åNG',
  },
  header: ['STT', 'Hä vµ tªn', 'Ngµy sinh', 'Giíi tÝnh', 'Sè ®iÖn tho¹i', 'Th«n'],
  names: ['NguyÔn V¨n Hïng', `TrÇn ThÞ Thu H${SHY}êng`, '§Æng §øc Dòng'],
  genders: { Nam: 'Nam', Nữ: 'N÷' },
  villages: { 'Thôn Đông': 'Th«n §«ng', 'Thôn Trung': 'Th«n Trung' },
};

/** Typed with the VNI keyboard in VNI-Times (VNI has capitals, so one font does). */
const VNI: LegacyText = {
  font: 'VNI-Times',
  capsFont: 'VNI-Times',
  title: {
    body: 'UÛY BAN NHAÂN DAÂN XAÕ AN BÌNH',
    nation: 'COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM',
    motto: 'Ñoäc laäp - Töï do - Haïnh phuùc',
    list: 'DANH SAÙCH THAØNH VIEÂN TOÅ COÂNG NGHEÄ SOÁ COÄNG ÑOÀNG',
  },
  header: ['STT', 'Hoï vaø teân', 'Ngaøy sinh', 'Giôùi tính', 'Soá ñieän thoaïi', 'Thoân'],
  names: ['Nguyeãn Vaên Huøng', 'Traàn Thò Thu Höôøng', 'Ñaëng Ñöùc Duõng'],
  genders: { Nam: 'Nam', Nữ: 'Nöõ' },
  villages: { 'Thôn Đông': 'Thoân Ñoâng', 'Thôn Trung': 'Thoân Trung' },
};

/** As Unicode, but decomposed (NFD), the way some keyboards and macOS send it. */
const NFD: LegacyText = {
  font: 'Times New Roman',
  capsFont: 'Times New Roman',
  title: Object.fromEntries(Object.entries(TITLE).map(([k, v]) => [k, v.normalize('NFD')])) as typeof TITLE,
  header: HEADER.map((h) => h.normalize('NFD')),
  names: MEMBERS.map((m) => m.name.normalize('NFD')),
  genders: { Nam: 'Nam', Nữ: 'Nữ'.normalize('NFD') },
  villages: { 'Thôn Đông': 'Thôn Đông'.normalize('NFD'), 'Thôn Trung': 'Thôn Trung' },
};

/**
 * An office's list: title block (issuing body | Quốc hiệu, merged), list title, header, the
 * "(1) (2) …" numbering row, then members; the village column is merged down like offices do.
 */
async function officeList(legacy: LegacyText): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Tra cứu', { state: 'hidden' }).addRow(['Nam', 'Nữ']);
  const sheet = workbook.addWorksheet('Danh sách');
  [6, 28, 13, 10, 15, 16].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  const caps = { name: legacy.capsFont, size: 13, bold: true };
  sheet.mergeCells('A1:C1');
  sheet.mergeCells('D1:F1');
  sheet.mergeCells('A2:C2');
  sheet.mergeCells('D2:F2');
  sheet.mergeCells('A4:F4');
  sheet.getCell('A1').value = legacy.title.body;
  sheet.getCell('D1').value = legacy.title.nation;
  sheet.getCell('D2').value = legacy.title.motto;
  sheet.getCell('A4').value = legacy.title.list;
  for (const address of ['A1', 'D1', 'A4']) sheet.getCell(address).font = caps;
  sheet.getCell('D2').font = { name: legacy.font, size: 13, bold: true };
  sheet.getRow(6).values = legacy.header;
  sheet.getRow(6).eachCell((cell) => (cell.font = caps));
  sheet.getRow(7).values = legacy.header.map((_, i) => `(${i + 1})`);
  MEMBERS.forEach((m, i) => {
    const row = sheet.getRow(8 + i);
    const [y, mo, d] = m.birth.split('-').map(Number);
    row.values = [i + 1, legacy.names[i], new Date(Date.UTC(y, mo - 1, d)), legacy.genders[m.gender], Number(m.phone)];
    row.eachCell((cell) => (cell.font = { name: legacy.font, size: 13 }));
    row.getCell(3).numFmt = 'dd/mm/yyyy';
    row.getCell(5).numFmt = '0000000000';
  });
  sheet.getCell('F8').value = legacy.villages['Thôn Đông'];
  sheet.getCell('F10').value = legacy.villages['Thôn Trung'];
  sheet.getCell('F8').font = sheet.getCell('F10').font = { name: legacy.font, size: 13 };
  sheet.mergeCells('F8:F9');
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export const tcvn3Workbook = () => officeList(TCVN3);
export const vniWorkbook = () => officeList(VNI);
export const nfdWorkbook = () => officeList(NFD);

/** Strings that would be formulas if written back naively, and real formula cells. */
export const INJECTION_STRINGS = ['=HYPERLINK("http://evil.example/x","Bấm vào đây")', '+84912345678', '-', '@SUM(A1:A2)', '=1+1'];

export async function formulaWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow(['Họ', 'Tên', 'Họ và tên', 'Ghi chú', 'Liên kết', 'Ngày vào tổ', 'Số điện thoại']);
  sheet.addRow(['Nguyễn Văn', 'An', { formula: 'A2&" "&B2', result: 'Nguyễn Văn An' }, INJECTION_STRINGS[0],
    { text: 'Nhóm Zalo thôn', hyperlink: 'https://zalo.example/g/abc' }, new Date(Date.UTC(2024, 0, 15)), '0912345678']);
  sheet.addRow(['Lê Thị', 'Bình', { formula: 'A3&" "&B3' }, INJECTION_STRINGS[1],
    { formula: 'HYPERLINK("https://example.com","Trang xã")', result: 'Trang xã' },
    { formula: 'DATE(2024,2,1)', result: new Date(Date.UTC(2024, 1, 1)) }, INJECTION_STRINGS[1]]);
  sheet.addRow(['Phạm', 'Cường', { richText: [{ text: 'Phạm ', font: { bold: true } }, { text: 'Cường' }] },
    INJECTION_STRINGS[2], INJECTION_STRINGS[3], null, INJECTION_STRINGS[4]]);
  sheet.addRow(['Võ', 'Dũng', { formula: 'A5&" "&B5', result: 'Võ Dũng' }, { formula: '1/0', result: { error: '#DIV/0!' } }]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A real workbook cut short, as a failed download leaves it. */
export async function truncatedWorkbook(): Promise<Uint8Array> {
  const whole = await nfdWorkbook();
  return whole.slice(0, Math.floor(whole.length * 0.6));
}

/** A real workbook with garbage written over the middle of its compressed data. */
export async function scrambledWorkbook(): Promise<Uint8Array> {
  const bytes = await nfdWorkbook();
  for (let i = Math.floor(bytes.length * 0.3); i < bytes.length * 0.5; i++) bytes[i] = (i * 7919) & 0xff;
  return bytes;
}

interface ZipPart {
  name: string;
  data: Uint8Array; // already deflated when method is 8
  method: 0 | 8;
  crc: number;
  size: number; // the size declared in the headers
}

const storedPart = (name: string, text: string): ZipPart => {
  const data = new TextEncoder().encode(text);
  return { name, data: deflateRawSync(data), method: 8, crc: crc32(data), size: data.length };
};

/** A minimal zip writer: local headers, data, central directory, end record. */
export function buildZip(parts: ZipPart[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = new TextEncoder().encode(part.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(part.method, 8);
    local.writeUInt32LE(part.crc >>> 0, 14);
    local.writeUInt32LE(part.data.length, 18);
    local.writeUInt32LE(part.size, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(part.method, 10);
    entry.writeUInt32LE(part.crc >>> 0, 16);
    entry.writeUInt32LE(part.data.length, 20);
    entry.writeUInt32LE(part.size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    chunks.push(local, name, part.data);
    central.push(entry, name);
    offset += local.length + name.length + part.data.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, ...central, end]));
}

/** workbook.xml naming one sheet; without relationships a reader takes xl/worksheets/sheet1.xml. */
const ONE_SHEET_WORKBOOK = '<workbook><sheets><sheet name="Sheet1" sheetId="1"/></sheets></workbook>';

const CONTENT_TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

/**
 * A valid zip shaped like a workbook whose sheet inflates to `inflatedBytes` of zeros. The
 * zeros are streamed through the deflater 1 MiB at a time, never held whole. With
 * `declaredSize` the headers lie about the inflated size (to pass a naive size check).
 */
export async function zipBomb(inflatedBytes = 300 * 1024 * 1024, declaredSize?: number): Promise<Uint8Array> {
  const deflater = createDeflateRaw({ level: 9 });
  const compressed: Buffer[] = [];
  deflater.on('data', (chunk: Buffer) => compressed.push(chunk));
  const done = new Promise<void>((resolve, reject) => deflater.on('end', resolve).on('error', reject));
  const zeros = Buffer.alloc(1024 * 1024);
  let crc = 0;
  for (let written = 0; written < inflatedBytes; written += zeros.length) {
    const chunk = zeros.subarray(0, Math.min(zeros.length, inflatedBytes - written));
    crc = crc32(chunk, crc);
    if (!deflater.write(chunk)) await new Promise((resolve) => deflater.once('drain', resolve));
  }
  deflater.end();
  await done;
  const sheet: ZipPart = { name: 'xl/worksheets/sheet1.xml', data: Buffer.concat(compressed), method: 8, crc, size: declaredSize ?? inflatedBytes };
  return buildZip([storedPart('[Content_Types].xml', CONTENT_TYPES), storedPart('xl/workbook.xml', ONE_SHEET_WORKBOOK), sheet]);
}

/** A zip that is not a workbook (a .docx renamed to .xlsx). */
export const notAWorkbookZip = () =>
  buildZip([storedPart('[Content_Types].xml', CONTENT_TYPES), storedPart('word/document.xml', '<w:document/>')]);

/**
 * A list whose header spans two rows, as offices draw it: "STT" and "Thôn" merged down, a
 * "Thông tin cá nhân" group label merged across the personal columns, the field names below.
 * `withName: false` drops the name column (the file must then be refused, naming both rows).
 */
export async function twoRowHeaderWorkbook(withName = true): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.mergeCells('A1:F1');
  sheet.getCell('A1').value = TITLE.list;
  const fields = withName ? ['Họ và tên', 'Ngày sinh', 'Giới tính', 'Số điện thoại'] : ['Ngày sinh', 'Giới tính', 'Số điện thoại', 'Ghi chú'];
  sheet.getCell('A3').value = 'STT';
  sheet.mergeCells('A3:A4');
  sheet.getCell('B3').value = 'Thông tin cá nhân';
  sheet.mergeCells('B3:E3');
  sheet.getCell('F3').value = 'Thôn';
  sheet.mergeCells('F3:F4');
  fields.forEach((f, i) => (sheet.getRow(4).getCell(2 + i).value = f));
  MEMBERS.forEach((m, i) => {
    const [y, mo, d] = m.birth.split('-').map(Number);
    const birth = new Date(Date.UTC(y, mo - 1, d));
    const cells = withName ? [m.name, birth, m.gender, m.phone] : [birth, m.gender, m.phone, ''];
    const row = sheet.getRow(5 + i);
    row.values = [i + 1, ...cells, m.village];
    row.getCell(withName ? 3 : 2).numFmt = 'dd/mm/yyyy';
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Deflates text produced piece by piece, never holding it whole. Returns the part for buildZip. */
async function deflatedPart(name: string, pieces: Iterable<string>): Promise<ZipPart> {
  const deflater = createDeflateRaw({ level: 6 });
  const compressed: Buffer[] = [];
  deflater.on('data', (chunk: Buffer) => compressed.push(chunk));
  const done = new Promise<void>((resolve, reject) => deflater.on('end', resolve).on('error', reject));
  let crc = 0;
  let size = 0;
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = async () => {
    const bytes = Buffer.from(pending.join(''), 'utf8');
    pending = [];
    pendingLength = 0;
    crc = crc32(bytes, crc);
    size += bytes.length;
    if (!deflater.write(bytes)) await new Promise((resolve) => deflater.once('drain', resolve));
  };
  for (const piece of pieces) {
    pending.push(piece);
    pendingLength += piece.length;
    if (pendingLength > 1024 * 1024) await flush();
  }
  await flush();
  deflater.end();
  await done;
  return { name, data: Buffer.concat(compressed), method: 8, crc, size };
}

export interface LongSheetOptions {
  rows: number;
  /** Extra columns of varied digits after name and phone (makes the XML big and not too compressible). */
  extraColumns?: number;
  /** Write `<dimension ref>` as Excel does (a streaming writer may not). */
  dimension?: boolean;
  /** Extra columns hold whole numbers below this (smaller: the XML compresses better). */
  valueRange?: number;
}

/**
 * An honest, long member list written the way a streaming writer writes it (inline strings),
 * generated row by row and deflated as it goes: 250,000 rows or 160 MB of sheet XML without
 * holding either in memory.
 */
export async function longSheetWorkbook({ rows, extraColumns = 0, dimension = true, valueRange = 1_000_000 }: LongSheetOptions): Promise<Uint8Array> {
  const letters = (n: number) => (n < 26 ? String.fromCharCode(65 + n) : String.fromCharCode(64 + Math.floor(n / 26)) + String.fromCharCode(65 + (n % 26)));
  const lastColumn = letters(2 + extraColumns - 1 + 1);
  let seed = 12345;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
  function* sheet(): Generator<string> {
    yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
    if (dimension) yield `<dimension ref="A1:${lastColumn}${rows + 1}"/>`;
    yield '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c><c r="B1" t="inlineStr"><is><t>Số điện thoại</t></is></c>';
    for (let c = 0; c < extraColumns; c++) yield `<c r="${letters(c + 2)}1" t="inlineStr"><is><t>Cột ${c + 1}</t></is></c>`;
    yield '</row>';
    for (let r = 2; r <= rows + 1; r++) {
      let row = `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>Người số ${r - 1}</t></is></c><c r="B${r}" t="inlineStr"><is><t>09${String(random() % 100_000_000).padStart(8, '0')}</t></is></c>`;
      for (let c = 0; c < extraColumns; c++) row += `<c r="${letters(c + 2)}${r}"><v>${random() % valueRange}</v></c>`;
      yield `${row}</row>`;
    }
    yield '</sheetData></worksheet>';
  }
  const workbook = '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>';
  const rels = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';
  return buildZip([
    storedPart('[Content_Types].xml', CONTENT_TYPES),
    storedPart('xl/workbook.xml', workbook),
    storedPart('xl/_rels/workbook.xml.rels', rels),
    await deflatedPart('xl/worksheets/sheet1.xml', sheet()),
  ]);
}

const UNICODE_TO_TCVN3 = new Map([...TCVN3_TO_UNICODE].map(([tcvn3, letter]) => [letter, tcvn3]));
/** Unicode → the bytes a TCVN3 keyboard types (capital toned letters do not exist in it: avoid them). */
const toTcvn3 = (text: string) => [...text.normalize('NFC')].map((c) => UNICODE_TO_TCVN3.get(c) ?? c).join('');

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Ngọc', 'Hữu', 'Thanh'];
const GIVEN = ['Hùng', 'Hường', 'Dũng', 'Lan', 'Hoa', 'Tuấn', 'Nam', 'Hải', 'Long', 'Mai', 'Phương', 'Thảo', 'Trang', 'Bình', 'Cường'];

/** The n-th generated member name (Unicode), varied enough for a realistic list. */
export const memberName = (n: number) => `${FAMILY[n % FAMILY.length]} ${MIDDLE[Math.floor(n / 7) % MIDDLE.length]} ${GIVEN[Math.floor(n / 3) % GIVEN.length]}`;

/**
 * A long office list typed in TCVN3 (.VnTime data, .VnTimeH header), as the bench reads it:
 * title block, header, `rows` members with birth dates, genders, phones and villages.
 */
export async function tcvn3LongList(rows: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  const caps = { name: '.VnTimeH', size: 13, bold: true };
  sheet.mergeCells('A1:C1');
  sheet.mergeCells('D1:F1');
  sheet.getCell('A1').value = TCVN3.title.body;
  sheet.getCell('D1').value = TCVN3.title.nation;
  sheet.getCell('A1').font = sheet.getCell('D1').font = caps;
  sheet.getRow(3).values = TCVN3.header;
  sheet.getRow(3).eachCell((cell) => (cell.font = caps));
  const genders = [TCVN3.genders.Nam, TCVN3.genders['Nữ']];
  const villages = Object.values(TCVN3.villages);
  for (let i = 0; i < rows; i++) {
    const row = sheet.getRow(4 + i);
    row.values = [i + 1, toTcvn3(memberName(i)), new Date(Date.UTC(1960 + (i % 45), i % 12, 1 + (i % 28))), genders[i % 2], 912000000 + i, villages[i % 2]];
    row.eachCell((cell) => (cell.font = { name: '.VnTime', size: 13 }));
    row.getCell(3).numFmt = 'dd/mm/yyyy';
    row.getCell(5).numFmt = '0000000000';
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
