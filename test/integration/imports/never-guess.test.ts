/**
 * Issue 14 §8 and issue 11's import points: an import either reads a list the way the office
 * meant it or refuses it saying what it found; it never guesses and never writes half.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/index';
import { guessMapping } from '../../../electron/core/imports/columns';
import { parseVillageName } from '../../../electron/core/imports/members/villages';
import { demoCommuneInput, tempCore } from '../../helpers/core';
import { longSheetWorkbook, MEMBERS, twoRowHeaderWorkbook } from '../../helpers/workbooks';

let t: ReturnType<typeof tempCore>;
beforeEach(async () => {
  t = tempCore();
  await t.op('commune.save', demoCommuneInput);
  await t.op('villages.create', { name: 'Thôn Đông', kind: 'thon' });
  await t.op('villages.create', { name: 'Thôn Trung', kind: 'thon' });
});
afterEach(() => t.dispose());

const tables = () => ({
  person: t.count('SELECT count(*) n FROM person'),
  membership: t.count('SELECT count(*) n FROM membership'),
  audit: t.count('SELECT count(*) n FROM audit_log'),
  setting: t.count('SELECT count(*) n FROM setting'),
});
const utf8 = (text: string) => new TextEncoder().encode(text);
const cp1258 = (text: string) => new Uint8Array(execFileSync('iconv', ['-f', 'UTF-8', '-t', 'CP1258'], { input: text }));

async function sheetBytes(rows: unknown[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DS');
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('headers', () => {
  it('imports a list whose header spans two rows under a merged "Thông tin cá nhân", with birth dates and phones', async () => {
    const bytes = await twoRowHeaderWorkbook();
    const preview = await t.op('imports.previewMembers', { fileName: 'hai-dong.xlsx', bytes });
    expect(preview.headerRows).toEqual([3, 4]);
    expect(preview.header).toEqual(['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số điện thoại', 'Thôn']);
    expect(preview.mapping).toEqual({ fullName: 1, birth: 2, gender: 3, phone: 4, village: 5 });
    expect(preview.rows.map((r) => r.values.fullName)).toEqual(MEMBERS.map((m) => m.name));
    expect(preview.rows.every((r) => r.errors.length === 0)).toBe(true);

    await t.op('imports.commitMembers', { fileName: 'hai-dong.xlsx', bytes });
    const people = t.core.ctx.db.prepare('SELECT full_name, birth_date, phone, gender FROM person ORDER BY id').all();
    expect(people).toEqual(MEMBERS.map((m) => ({ full_name: m.name, birth_date: m.birth, phone: m.phone, gender: m.gender === 'Nam' ? 'nam' : 'nu' })));
    expect(t.count("SELECT count(*) n FROM person WHERE full_name = 'Họ và tên'")).toBe(0);
    expect(t.count('SELECT count(*) n FROM person WHERE village_id IS NOT NULL')).toBe(3);
  });

  it('refuses a two-row header without a name column, naming the header rows it found', async () => {
    const before = tables();
    const failure = await t.op('imports.previewMembers', { fileName: 'x.xlsx', bytes: await twoRowHeaderWorkbook(false) }).catch((e) => e);
    expect(failure).toMatchObject({ code: 'VALIDATION', details: { headerRows: [3, 4] } });
    expect(failure.message).toMatch(/Dòng tiêu đề tìm thấy \(dòng 3–4\): "STT", "Ngày sinh".*"Thôn"/u);
    expect(tables()).toEqual(before);
  });

  it('matches header words whole: "Thông tin cá nhân" is not the village column', () => {
    expect(guessMapping(['Thông tin cá nhân', 'Họ và tên'])).toEqual({ fullName: 1 });
    expect(guessMapping(['Họ và tên', 'Thôn/Tổ dân phố', 'SĐT:', 'Năm sinh'])).toEqual({ fullName: 0, village: 1, phone: 2, birth: 3 });
    expect(guessMapping(['Họ tên', 'Tên thôn', 'Thông báo'])).toEqual({ fullName: 0, village: 1 });
  });
});

describe('CSV caps', () => {
  it('refuses a one-line 10 MB CSV as soon as the line passes the caps, and stores nothing', async () => {
    const before = tables();
    const commas = utf8(`Họ và tên,${'x,'.repeat(5 * 1024 * 1024)}`);
    const failure = await t.op('imports.commitMembers', { fileName: 'mot-dong.csv', bytes: commas }).catch((e) => e);
    expect(failure).toMatchObject({ code: 'VALIDATION', details: { limit: 200 } });
    expect(failure.message).toMatch(/Dòng 1 .* có hơn 200 cột/u);

    const oneField = utf8('a'.repeat(10 * 1024 * 1024));
    const long = await t.op('imports.commitMembers', { fileName: 'mot-o.csv', bytes: oneField }).catch((e) => e);
    expect(long).toMatchObject({ code: 'VALIDATION' });
    expect(long.message).toMatch(/Dòng 1 .* dài hơn/u);
    expect(tables()).toEqual(before);
  });

  it('remembers a mapping under a short digest, never the header itself', async () => {
    const header = ['Họ và tên', ...Array.from({ length: 150 }, (_, i) => `Cột phụ số ${i} ${'rất dài '.repeat(20)}`)];
    const bytes = utf8(`${header.join(',')}\nLê Văn Tám${',x'.repeat(150)}\n`);
    await t.op('imports.commitMembers', { fileName: 'rong.csv', bytes });
    const keys = t.core.ctx.db.prepare("SELECT key FROM setting WHERE key LIKE 'import.members.mapping:%'").all() as { key: string }[];
    expect(keys).toHaveLength(1);
    expect(keys[0].key).toMatch(/^import\.members\.mapping:sha256:[0-9a-f]{64}$/u);
    expect((await t.op('imports.previewMembers', { fileName: 'rong.csv', bytes })).mapping).toEqual({ fullName: 0 });
  });

  it('refuses a CSV mixing UTF-8 and Windows-1258 lines, saying which lines are which', async () => {
    const head = utf8('Họ và tên,Thôn\nNguyễn Văn Hùng,Thôn Đông\n');
    const tail = cp1258('Trần Thị Thu Hường,Thôn Đông\nĐặng Đức Dũng,Thôn Trung\n');
    const failure = await t.op('imports.previewMembers', { fileName: 'lan.csv', bytes: new Uint8Array([...head, ...tail]) }).catch((e) => e);
    expect(failure).toMatchObject({ code: 'VALIDATION', details: { utf8Lines: 2, ansiLines: 2 } });
    expect(failure.message).toMatch(/lẫn hai bảng mã: 2 dòng theo UTF-8 \(dòng 1, 2\) và 2 dòng .*Windows-1258.*dòng 3, 4/u);
  });

  it('tells an over-long CSV how long it is and what the cap is', async () => {
    const rows = Array.from({ length: 20_100 }, (_, i) => `Người số ${i},0912${String(i).padStart(6, '0')}`);
    const failure = await t.op('imports.previewMembers', { fileName: 'dai.csv', bytes: utf8(['Họ và tên,Số điện thoại', ...rows].join('\n')) }).catch((e) => e);
    expect(failure.message).toMatch(/quá dài \(20\.101 dòng\): mỗi lần chỉ nhập tối đa 20\.000 dòng/u);
    expect(failure.message).not.toMatch(/độc hại/u);
  });
});

describe('same CCCD, another name', () => {
  it('is an error shown side by side, and no choice links it', async () => {
    // Two rows of one file with one CCCD and two names are refused the same way.
    const twice = await sheetBytes([['Họ và tên', 'Số CCCD'], ['Võ Văn Chín', '046075000999'], ['Võ Văn Mười', '046075000999']]);
    const inFile = await t.op('imports.previewMembers', { fileName: 'hai.xlsx', bytes: twice });
    expect(inFile.rows[1].errors).toEqual(['Số CCCD 046075000999 trùng với dòng 2 ("Võ Văn Chín") nhưng khác tên.']);

    await t.op('people.create', { person: { fullName: 'Võ Văn Sáu', birthYear: 1975, cccd: '046075000123', phone: '0912000111' } });
    await t.op('people.create', { person: { fullName: 'Lê Văn Tám', birthYear: 1980, cccd: '046080000456' } });
    const bytes = await sheetBytes([['Họ và tên', 'Năm sinh', 'Số CCCD'], ['Võ Thị Bảy', 1975, '046075000123'], ['Lê  văn Tám', 1980, '046080000456']]);
    const preview = await t.op('imports.previewMembers', { fileName: 'cccd.xlsx', bytes });
    const [other, same] = preview.rows;
    expect(other.errors.join(' ')).toMatch(/Số CCCD 046075000123 đã có trong danh sách với tên khác: trong tệp "Võ Thị Bảy", trong danh sách "Võ Văn Sáu"/u);
    expect(other.conflict).toMatchObject({ cccd: '046075000123', file: { fullName: 'Võ Thị Bảy', birth: '1975' }, register: { fullName: 'Võ Văn Sáu', birthYear: 1975, phone: '0912000111' } });
    expect(other).toMatchObject({ suggestedAction: 'skip', linkTo: null });
    expect(same).toMatchObject({ conflict: null, suggestedAction: 'link', errors: [] });

    const before = tables();
    const register = other.conflict!.register.id;
    for (const action of [{ action: 'link' as const, linkTo: register }, { action: 'create' as const }, undefined]) {
      const actions = action ? { [String(other.rowNumber)]: action } : {};
      await expect(t.op('imports.commitMembers', { fileName: 'cccd.xlsx', bytes, actions })).rejects.toMatchObject({ code: 'VALIDATION' });
    }
    expect(tables()).toEqual(before);
  });
});

describe('villages and genders as lists write them', () => {
  it('reads village abbreviations and numbers with or without "số"', async () => {
    for (const [name, kind] of [['Tổ dân phố 1', 'to_dan_pho'], ['Khu phố 3', 'khu_pho'], ['Ấp Bình An', 'ap'], ['Bản Mường', 'ban']] as const) {
      await t.op('villages.create', { name, kind });
    }
    const written = ['TDP 1', 'Tổ DP số 01', 'tổ dân phố số 1', 'Th. Đông', 'Thôn  Trung', 'KP 3', 'K.P 03', 'ấp Bình An', 'Bản Mường', 'Tổ 1', 'Thôn Tây'];
    const bytes = await sheetBytes([['Họ và tên', 'Thôn, tổ dân phố'], ...written.map((v, i) => [`Người ${i + 1}`, v])]);
    const preview = await t.op('imports.previewMembers', { fileName: 'thon.xlsx', bytes });
    const names = new Map((await t.op('villages.list', {})).map((v: { id: string; name: string }) => [v.name, v.id]));
    const resolved = preview.rows.map((r) => r.warnings.some((w) => /Không có thôn/u.test(w)));
    expect(resolved).toEqual([false, false, false, false, false, false, false, false, false, false, true]);
    await t.op('imports.commitMembers', { fileName: 'thon.xlsx', bytes });
    const got = t.core.ctx.db.prepare('SELECT p.full_name, v.name FROM person p LEFT JOIN village v ON v.id = p.village_id ORDER BY p.created_at').all() as { name: string | null }[];
    expect(got.map((r) => r.name)).toEqual([
      'Tổ dân phố 1', 'Tổ dân phố 1', 'Tổ dân phố 1', 'Thôn Đông', 'Thôn Trung', 'Khu phố 3', 'Khu phố 3', 'Ấp Bình An', 'Bản Mường', 'Tổ dân phố 1', null,
    ]);
    expect(names.size).toBeGreaterThan(0);
    expect(parseVillageName('Tổ dân phố số 01')).toEqual({ kind: 'to_dan_pho', rest: '1' });
    expect(parseVillageName('Th. Đông')).toEqual({ kind: 'thon', rest: 'dong' });
  });

  it('normalises gender codes, reports them, and refuses a value it does not know', async () => {
    const values = ['Nam', 'Nữ', 'M', 'F', '1', '0', 'nữ', 'X'];
    const bytes = await sheetBytes([['Họ và tên', 'Giới tính'], ...values.map((g, i) => [`Người ${i + 1}`, g])]);
    const preview = await t.op('imports.previewMembers', { fileName: 'gioi.xlsx', bytes });
    expect(preview.rows.map((r) => r.warnings.find((w) => /Giới tính/u.test(w)) ?? null)).toEqual([
      null, null, 'Giới tính "M" được hiểu là Nam.', 'Giới tính "F" được hiểu là Nữ.', 'Giới tính "1" được hiểu là Nam.', 'Giới tính "0" được hiểu là Nữ.', null, null,
    ]);
    expect(preview.rows[7].errors).toEqual(['Giới tính "X" không hiểu được (cần Nam hoặc Nữ; M/F, 1/0 cũng được).']);
    await t.op('imports.commitMembers', { fileName: 'gioi.xlsx', bytes, actions: { '9': { action: 'skip' } } });
    const got = t.core.ctx.db.prepare('SELECT gender FROM person ORDER BY created_at').all() as { gender: string }[];
    expect(got.map((r) => r.gender)).toEqual(['nam', 'nu', 'nam', 'nu', 'nam', 'nu', 'nu']);
  });
});

describe('import members on the command line', () => {
  const cli = async (...args: string[]) => {
    const printed: string[] = [];
    t.core.close();
    const code = await main([...args, '--db', t.dbFile], (s) => printed.push(s));
    return { code, out: printed.join('\n') };
  };

  it('--commit refuses while a row has errors (exit 1, nothing written, JSON with --json); --skip-invalid skips them', async () => {
    const file = join(t.dir, 'loi.xlsx');
    writeFileSync(file, await sheetBytes([['Họ và tên', 'Số điện thoại'], ['Lê Thị Mai', '0912000111'], ['Phạm Văn Nam', '12345']]));
    t.core.close();
    const count = () => {
      const again = new Database(t.dbFile, { readonly: true });
      const n = again.prepare('SELECT count(*) n FROM person').get() as { n: number };
      again.close();
      return n.n;
    };
    const refused = await cli('import', 'members', file, '--commit');
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/^Lỗi: Còn 1 dòng có lỗi \(dòng 3\)/u);
    expect(count()).toBe(0);

    const json = await cli('import', 'members', file, '--commit', '--json');
    expect(json.code).toBe(1);
    const parsed = JSON.parse(json.out) as { error: { code: string; message: string; details: { rows: { rowNumber: number; errors: string[] }[] } } };
    expect(parsed.error.code).toBe('VALIDATION');
    expect(parsed.error.details.rows[0]).toMatchObject({ rowNumber: 3, errors: [expect.stringMatching(/10 chữ số/u)] });
    expect(count()).toBe(0);

    const skipped = await cli('import', 'members', file, '--commit', '--skip-invalid', '--json');
    expect(skipped.code).toBe(0);
    expect(JSON.parse(skipped.out)).toMatchObject({ created: 1, skipped: 1 });
    expect(count()).toBe(1);
  });
});

describe('over-long workbooks', () => {
  it('refuses an honest 250,000-row workbook as too long, with the cap and the row count', async () => {
    const before = tables();
    const bytes = await longSheetWorkbook({ rows: 250_000 });
    const failure = await t.op('imports.previewMembers', { fileName: 'ca-tinh.xlsx', bytes }).catch((e) => e);
    expect(failure).toMatchObject({ code: 'VALIDATION', details: { limit: 20_000, found: 250_001 } });
    expect(failure.message).toMatch(/quá dài \(250\.001 dòng\): mỗi lần chỉ nhập tối đa 20\.000 dòng/u);
    expect(failure.message).not.toMatch(/độc hại|bất thường/u);

    // Without a declared range (as a streaming writer leaves it) reading stops at the cap.
    const undeclared = await longSheetWorkbook({ rows: 30_000, dimension: false });
    const stopped = await t.op('imports.previewMembers', { fileName: 'dai.xlsx', bytes: undeclared }).catch((e) => e);
    expect(stopped.message).toMatch(/quá dài \(ít nhất 20\.032 dòng\)/u);
    expect(tables()).toEqual(before);
  });
});
