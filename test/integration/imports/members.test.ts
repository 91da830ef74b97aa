import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoCommuneInput, tempCore } from '../../helpers/core';
import { MEMBERS, nfdWorkbook, tcvn3Workbook, truncatedWorkbook, vniWorkbook, zipBomb } from '../../helpers/workbooks';

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

async function bytesOf(made: Uint8Array | { bytes: Uint8Array } | Promise<Uint8Array | { bytes: Uint8Array }>) {
  const value = await made;
  return value instanceof Uint8Array ? value : value.bytes;
}

describe('importing a member list', () => {
  it.each([
    ['TCVN3 (.VnTime / .VnTimeH)', tcvn3Workbook, 'tcvn3'],
    ['VNI-Windows', vniWorkbook, 'vni'],
    ['Unicode NFD', nfdWorkbook, null],
  ] as const)('converts a %s list and commits it all at once', async (_label, make, encoding) => {
    const bytes = await bytesOf(make());
    const preview = await t.op('imports.previewMembers', { fileName: 'danh-sach.xlsx', bytes });
    expect(preview.rows.map((r) => r.values.fullName)).toEqual(MEMBERS.map((m) => m.name));
    expect(preview.rows.every((r) => r.errors.length === 0)).toBe(true);
    if (encoding) expect(preview.rows[0].converted.fullName).toMatch(new RegExp(encoding, 'u'));
    expect(preview.summary).toMatchObject({ rows: 3, create: 3, link: 0, withErrors: 0 });

    const result = await t.op('imports.commitMembers', { fileName: 'danh-sach.xlsx', bytes });
    expect(result).toMatchObject({ created: 3, linked: 0, skipped: 0 });
    const found = await t.op('people.search', { query: '' });
    expect(found.rows.map((r) => r.fullName).sort()).toEqual(MEMBERS.map((m) => m.name.normalize('NFC')).sort());
    const hung = found.rows.find((r) => r.fullName === 'Nguyễn Văn Hùng')!;
    expect(hung).toMatchObject({ phone: '0912345678', birthYear: 1985, villageName: 'Thôn Đông', gender: 'nam' });

    // The same list again links to the people already there instead of duplicating them.
    const again = await t.op('imports.previewMembers', { fileName: 'danh-sach.xlsx', bytes });
    expect(again.summary).toMatchObject({ create: 0, link: 3 });
    expect(await t.op('imports.commitMembers', { fileName: 'danh-sach.xlsx', bytes })).toMatchObject({ created: 0, linked: 3 });
    expect(t.count('SELECT count(*) n FROM person')).toBe(3);
  });

  it('adds the imported people to a team in the same transaction', async () => {
    const team = await t.op('teams.create', { name: 'Tổ CNSCĐ thôn Đông', level: 'village' });
    const bytes = await bytesOf(tcvn3Workbook());
    await t.op('imports.commitMembers', { fileName: 'ds.xlsx', bytes, target: { teamId: team.id, startDate: '2026-02-01' } });
    const detail = await t.op('teams.get', { id: team.id });
    expect(detail.members).toHaveLength(3);
    expect(detail.history[0].summary).toContain('Nhập 3 thành viên');
  });

  it('refuses the whole file while a row has errors, then imports it when that row is skipped', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    ws.addRow(['STT', 'Họ và tên', 'Năm sinh', 'Số điện thoại', 'Số CCCD']);
    ws.addRow([1, 'Lê Thị Mai', 1990, '0912 000 111', '']);
    ws.addRow([2, 'Phạm Văn Nam', 1988, '12345', '']);
    ws.addRow([3, 'Võ Văn Sáu', 1975, '', '046075000123']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const preview = await t.op('imports.previewMembers', { fileName: 'loi.xlsx', bytes });
    expect(preview.rows[1].errors.join(' ')).toMatch(/10 chữ số/u);
    expect(preview.rows[1].suggestedAction).toBe('skip');

    const before = tables();
    await expect(
      t.op('imports.commitMembers', { fileName: 'loi.xlsx', bytes, actions: { '3': { action: 'create' } } }),
    ).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/Còn 1 dòng có lỗi \(dòng 3\).*chưa có gì được ghi/u) });
    expect(tables()).toEqual(before);
    // The suggestion to skip is not the officer's choice: without one, nothing is written either.
    await expect(t.op('imports.commitMembers', { fileName: 'loi.xlsx', bytes })).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(tables()).toEqual(before);

    const skipped = { '3': { action: 'skip' as const } };
    expect(await t.op('imports.commitMembers', { fileName: 'loi.xlsx', bytes, actions: skipped })).toMatchObject({ created: 2, skipped: 1 });
  });

  it('creates a person listed twice in the same file once', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    ws.addRow(['Họ và tên', 'Năm sinh', 'Số điện thoại', 'Tổ']);
    ws.addRow(['Đặng Minh Khoa', 1990, '0912345678', 'Tổ xã']);
    ws.addRow(['Lê Thị Mai', 1991, '0912000111', 'Tổ xã']);
    ws.addRow(['Đặng Minh Khoa', 1990, '0912345678', 'Tổ thôn Bắc']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const preview = await t.op('imports.previewMembers', { fileName: 'hai-lan.xlsx', bytes });
    expect(preview.rows[2].warnings.join(' ')).toMatch(/Trùng với dòng 2/u);
    expect(await t.op('imports.commitMembers', { fileName: 'hai-lan.xlsx', bytes })).toMatchObject({ created: 2, linked: 1 });
    expect(t.count('SELECT count(*) n FROM person')).toBe(2);
  });

  it('finds the member sheet of a workbook whose biggest sheet is a summary', async () => {
    const wb = new ExcelJS.Workbook();
    const summary = wb.addWorksheet('Tổng hợp');
    summary.addRow(['Chỉ tiêu', 'Số lượng']);
    for (let i = 0; i < 20; i++) summary.addRow([`Chỉ tiêu ${i + 1}`, i]);
    const list = wb.addWorksheet('Danh sách');
    list.addRow(['STT', 'Họ và tên', 'Năm sinh']);
    list.addRow([1, 'Ngô Thị Yến', 1992]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const preview = await t.op('imports.previewMembers', { fileName: 'bao-cao.xlsx', bytes });
    expect(preview.sheet).toBe('Danh sách');
    expect(preview.rows.map((r) => r.values.fullName)).toEqual(['Ngô Thị Yến']);
  });

  it('remembers the column mapping the officer chose for a list with the same header', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    ws.addRow(['Tên người', 'Liên hệ']);
    ws.addRow(['Hồ Thị Quyên', '0905123456']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    await expect(t.op('imports.previewMembers', { fileName: 'a.xlsx', bytes })).rejects.toMatchObject({ code: 'VALIDATION' });
    await t.op('imports.commitMembers', { fileName: 'a.xlsx', bytes, mapping: { fullName: 0, phone: 1 } });
    const next = await t.op('imports.previewMembers', { fileName: 'b.xlsx', bytes });
    expect(next.mapping).toEqual({ fullName: 0, phone: 1 });
  });

  it.each([
    ['a truncated workbook', () => truncatedWorkbook()],
    ['a zip bomb', () => zipBomb()],
    ['a file that is not a workbook', async () => new TextEncoder().encode('%PDF-1.7 not a list')],
  ])('refuses %s with a Vietnamese message and writes nothing', async (_label, make) => {
    const before = tables();
    const bytes = await make();
    const failure = await t.op('imports.commitMembers', { fileName: 'ds.xlsx', bytes }).catch((e) => e);
    expect(failure).toMatchObject({ code: 'VALIDATION' });
    expect(failure.message).toMatch(/[àáảãạăâđêôơư]/u);
    expect(tables()).toEqual(before);
  });
});
