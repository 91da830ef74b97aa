/**
 * Issue 13 §2: the workspace's own file, the province's commune list, and the verdicts not
 * covered by the acceptance test (older resend, other province, other layout), each leaving
 * the workspace as it was when a file is refused.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addCommunes, addReports, communeNamesFromSheet, listCommunes, openWorkspace, periodStatus, renameCommune, setSetting, type Workspace,
} from '../../../electron/core/consolidation';
import { communeReports, communeTitle, PROVINCE, type CommuneReports } from '../../helpers/commune-reports';
import { tempCore } from '../../helpers/core';

let dir: string;
let gen: CommuneReports;
const reports: Record<string, Uint8Array> = {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tcns-consolidation-'));
  gen = await communeReports();
  reports.first = await gen.build(1, '2026-Q3');
  reports.second = await gen.build(1, '2026-Q3', { bump: 50 }); // later, corrected figures
  reports.hungYen = await gen.build(2, '2026-Q3', { layoutId: 'hung-yen' });
  reports.three = await gen.build(3, '2026-Q3');
}, 120_000);
afterAll(() => {
  gen.dispose();
  rmSync(dir, { recursive: true, force: true });
});

function fresh(name: string): Workspace {
  const ws = openWorkspace(join(dir, `${name}.db`));
  setSetting(ws, 'province', PROVINCE);
  addCommunes(ws, [1, 2, 3].map(communeTitle));
  return ws;
}
const count = (ws: Workspace) => (ws.db.prepare('SELECT count(*) n FROM submission').get() as { n: number }).n;

describe('workspace file', () => {
  it('refuses a commune register as a workspace, and is reopened as itself', () => {
    const commune = tempCore();
    try {
      expect(() => openWorkspace(commune.dbFile)).toThrow(/không phải sổ tổng hợp/u);
    } finally {
      commune.dispose();
    }
    fresh('reopen').close();
    const again = openWorkspace(join(dir, 'reopen.db'));
    expect(listCommunes(again)).toHaveLength(3);
    again.close();
  });
});

describe('commune list', () => {
  it('adds names all or nothing, normalises the kind, ignores diacritic placement, renames', () => {
    const ws = fresh('list');
    expect(() => addCommunes(ws, ['Phường An Cựu', 'Hòa Bình'])).toThrow(/Dòng 2: .*phải bắt đầu bằng loại đơn vị/u);
    expect(listCommunes(ws)).toHaveLength(3);
    const r = addCommunes(ws, ['  PHƯỜNG   An Cựu ', 'Đặc khu Cồn Cỏ', 'Xã Thử 001']);
    expect(r).toEqual({ added: 2, alreadyListed: ['xã Thử 001'] });
    expect(listCommunes(ws).map((c) => c.title)).toEqual(expect.arrayContaining(['phường An Cựu', 'đặc khu Cồn Cỏ']));
    const an = listCommunes(ws).find((c) => c.title === 'phường An Cựu')!;
    expect(renameCommune(ws, an.id, 'Phường An Cựu Mới').title).toBe('phường An Cựu Mới');
    expect(() => renameCommune(ws, an.id, 'xã Thử 002')).toThrow(/đã có trong danh sách/u);
    ws.close();
  });

  it('reads names from the column headed "Tên xã/phường" of a sheet', async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet('DS');
    s.addRow(['Danh sách đơn vị hành chính cấp xã']);
    s.addRow(['STT', 'Tên xã/phường', 'Ghi chú']);
    s.addRow([1, 'Xã Hòa Bình', 'x']);
    s.addRow([2, 'Phường Thuận Hóa']);
    expect(await communeNamesFromSheet(new Uint8Array(await wb.xlsx.writeBuffer()))).toEqual(['Xã Hòa Bình', 'Phường Thuận Hóa']);
    await expect(communeNamesFromSheet(new Uint8Array([1, 2]))).rejects.toThrow(/Không đọc được/u);
  });
});

describe('verdicts', () => {
  it('keeps the newer of two reports of a commune whichever arrives first', async () => {
    const ws = fresh('older');
    const v = await addReports(ws, [{ name: 'moi.xlsx', bytes: reports.second }, { name: 'cu.xlsx', bytes: reports.first }]);
    expect(v.map((x) => x.verdict)).toEqual(['accepted', 'older']);
    expect(v[1].message).toContain('moi.xlsx');
    expect(periodStatus(ws, '2026-Q3').communes.find((c) => c.title === communeTitle(1))!.fileName).toBe('moi.xlsx');
    ws.close();
  });

  it('refuses a report of another province and one in another layout than the period\'s, storing nothing for them', async () => {
    const other = openWorkspace(join(dir, 'province.db'));
    setSetting(other, 'province', 'Quảng Trị');
    addCommunes(other, [communeTitle(1)]);
    const p = await addReports(other, [{ name: 'a.xlsx', bytes: reports.first }]);
    expect(p[0]).toMatchObject({ verdict: 'province', stored: false });
    expect(p[0].message).toContain('Quảng Trị');
    expect(count(other)).toBe(0);
    other.close();

    const ws = fresh('layout');
    const v = await addReports(ws, [{ name: 'a.xlsx', bytes: reports.three }, { name: 'b.xlsx', bytes: reports.hungYen }]);
    expect(v.map((x) => x.verdict)).toEqual(['accepted', 'layout']);
    expect(v[1].message).toContain('Mẫu biểu theo tỉnh');
    expect(count(ws)).toBe(1);
    expect(periodStatus(ws, '2026-Q3').missing).toEqual([communeTitle(1), communeTitle(2)]);
    ws.close();
  });
});
