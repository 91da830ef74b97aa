/** Activity results, targets, the indicator catalogue and the report register, on a real database. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../electron/cli/seed/demo';
import { tempCore } from '../../helpers/core';

let t: ReturnType<typeof tempCore>;
// "Today" is fixed: 20 November 2026, inside Tháng 12/2026 (15/11–14/12).
beforeEach(async () => {
  t = tempCore({ clock: () => new Date('2026-11-20T09:00:00+07:00') });
  await seedDemo(t.core);
});
afterEach(() => t.dispose());

const snapshot = () =>
  ['activity_report', 'activity_value', 'activity_target_set', 'activity_target', 'activity_indicator', 'upward_report', 'audit_log']
    .map((table) => t.core.ctx.db.prepare(`SELECT * FROM ${table}`).all());

async function grid(period: string) {
  return t.op('reports.activityGrid', { period });
}

describe('activity grid', () => {
  it('lists the teams working in the period with the seeded months, and sums a quarter from its months', async () => {
    const october = await grid('2026-10');
    expect(october.period.label).toBe('Tháng 10/2026');
    expect(october.rows.map((r) => r.teamStatus)).not.toContain('draft');
    expect(october.rows.every((r) => r.version === 0 && Object.keys(r.values).length === 0)).toBe(true);
    const july = await grid('2026-7');
    expect(july.period.code).toBe('2026-07');
    const quarter = await grid('2026-Q3');
    expect(quarter.rows.every((r) => r.reportedIn.join() === '2026-07,2026-08,2026-09')).toBe(true);
    const months = await Promise.all(['2026-07', '2026-08', '2026-09'].map(grid));
    const sum = (id: string) => months.flatMap((m) => m.rows).reduce((n, r) => n + (r.values[id] ?? 0), 0);
    expect(quarter.totals['ho-so-dvctt']).toBe(sum('ho-so-dvctt'));
    expect(quarter.targets.values['ho-so-dvctt']).toBe(120);
  });

  it('saves a whole row in one go, versioned and audited; null means not reported', async () => {
    const row = (await grid('2026-10')).rows[0];
    const audits = t.count('SELECT count(*) n FROM audit_log');
    const saved = await t.op('reports.saveActivity', {
      period: '2026-10', teamId: row.teamId, version: 0, values: { 'ho-so-dvctt': 7, 'vneid-kich-hoat': 12, 'gian-hang-so': null }, note: 'Trực tại nhà văn hóa',
    });
    expect(saved).toMatchObject({ version: 1, values: { 'ho-so-dvctt': 7, 'vneid-kich-hoat': 12 }, note: 'Trực tại nhà văn hóa' });
    expect(saved.values).not.toHaveProperty('gian-hang-so');
    const again = await t.op('reports.saveActivity', { period: '2026-10', teamId: row.teamId, version: 1, values: { 'ho-so-dvctt': 9 } });
    expect(again.version).toBe(2);
    expect(again.values).toEqual({ 'ho-so-dvctt': 9 }); // the whole row is replaced
    expect(t.count('SELECT count(*) n FROM audit_log WHERE action = ?', 'reports.saveActivity')).toBeGreaterThan(0);
    expect(t.count('SELECT count(*) n FROM audit_log')).toBe(audits + 2);
  });

  it('refuses a stale row (someone saved first) with CONFLICT and changes nothing', async () => {
    const row = (await grid('2026-10')).rows[0];
    await t.op('reports.saveActivity', { period: '2026-10', teamId: row.teamId, version: 0, values: { 'ho-so-dvctt': 1 } });
    const before = snapshot();
    const envelope = await t.core.call('reports.saveActivity', { period: '2026-10', teamId: row.teamId, version: 0, values: { 'ho-so-dvctt': 2 } });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(snapshot()).toEqual(before);
  });

  it('refuses results for a quarter whose months are already entered, so nothing counts twice', async () => {
    const row = (await grid('2026-Q3')).rows[0];
    const before = snapshot();
    const envelope = await t.core.call('reports.saveActivity', { period: '2026-Q3', teamId: row.teamId, version: 0, values: { 'ho-so-dvctt': 5 } });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(!envelope.ok && envelope.error.message).toMatch(/Tháng 7\/2026.*tránh tính trùng/u);
    expect(snapshot()).toEqual(before);
  });

  it.each([
    [{ period: '2027-01' }, /chưa thể nhập kết quả/u, 'VALIDATION'],
    [{ period: '2026-13' }, /Kỳ báo cáo không hợp lệ/u, 'VALIDATION'],
    [{ values: { 'ho-so-dvctt': -1 } }, /không được âm/u, 'VALIDATION'],
    [{ values: { 'ho-so-dvctt': 1.5 } }, /số nguyên/u, 'VALIDATION'],
    [{ values: { 'khong-co': 3 } }, /không còn trong danh mục/u, 'VALIDATION'],
    [{ teamId: 'khong-co' }, /Không tìm thấy tổ/u, 'NOT_FOUND'],
  ])('refuses %j in Vietnamese and writes nothing', async (change, message, code) => {
    const row = (await grid('2026-10')).rows[0];
    const before = snapshot();
    const envelope = await t.core.call('reports.saveActivity', { period: '2026-10', teamId: row.teamId, version: 0, values: { 'ho-so-dvctt': 1 }, ...change });
    expect(envelope).toMatchObject({ ok: false, error: { code } });
    expect(!envelope.ok && envelope.error.message).toMatch(message);
    expect(snapshot()).toEqual(before);
  });

  it('refuses a team that was not working in the period (a draft team)', async () => {
    const draft = (await t.op('teams.list', {})).find((x) => x.status === 'draft')!;
    const envelope = await t.core.call('reports.saveActivity', { period: '2026-11', teamId: draft.id, version: 0, values: {} });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('targets and catalogue', () => {
  it('saves targets as one versioned set per period', async () => {
    const first = await t.op('reports.saveTargets', { period: '2026-Q4', version: 0, values: { 'ho-so-dvctt': 100 } });
    expect(first).toEqual({ period: '2026-Q4', version: 1, values: { 'ho-so-dvctt': 100 } });
    await expect(t.op('reports.saveTargets', { period: '2026-Q4', version: 0, values: {} })).rejects.toMatchObject({ code: 'CONFLICT' });
    const second = await t.op('reports.saveTargets', { period: '2026-Q4', version: 1, values: { 'vneid-kich-hoat': 50 } });
    expect(second.values).toEqual({ 'vneid-kich-hoat': 50 });
  });

  it('lets the officer add an indicator; a name typed again without accents is a duplicate', async () => {
    const added = await t.op('reports.createIndicator', { name: 'Người dân được hướng dẫn sử dụng Hue-S', unit: 'người', sortOrder: 70 });
    expect((await grid('2026-10')).indicators.map((i) => i.id)).toContain(added.id);
    await expect(t.op('reports.createIndicator', { name: 'nguoi dan duoc huong dan su dung hue-s', unit: 'người' })).rejects.toMatchObject({ code: 'DUPLICATE' });
  });

  it('retires an indicator: gone from new grids, its history still reported', async () => {
    const [vneid] = (await t.op('reports.indicators', {})).filter((i) => i.id === 'vneid-kich-hoat');
    const retired = await t.op('reports.updateIndicator', { ...vneid, active: false });
    expect(retired).toMatchObject({ active: false, version: vneid.version + 1 });
    expect((await grid('2026-10')).indicators.map((i) => i.id)).not.toContain('vneid-kich-hoat');
    expect((await grid('2026-Q3')).indicators.map((i) => i.id)).toContain('vneid-kich-hoat');
    const row = (await grid('2026-10')).rows[0];
    await expect(t.op('reports.saveActivity', { period: '2026-10', teamId: row.teamId, version: 0, values: { 'vneid-kich-hoat': 3 } }))
      .rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/ngừng sử dụng/u) });
  });
});

describe('report register and numbers', () => {
  it('lists due periods, numbers per year, and lets a rebuild of the same period reuse its number only', async () => {
    const due = await t.op('reports.due', {});
    expect(due.map((d) => d.code)).toEqual(expect.arrayContaining(['2026-01', '2026-10', '2026-Q1', '2026-Q3', '2026-H1']));
    expect(due.map((d) => d.code)).toContain('2026-11'); // ended 14/11
    expect(due.map((d) => d.code)).not.toContain('2026-12');
    expect(due.map((d) => d.code)).not.toContain('2026-Q4'); // ends 14/12, still running on 20/11
    expect((await t.op('reports.nextNumber', { year: 2026 })).number).toBe(1);
    await t.op('reports.build', { period: '2026-Q3', number: 7, date: '2026-09-20' });
    await t.op('reports.build', { period: '2026-Q3', number: 7, date: '2026-09-21' }); // corrected copy
    expect((await t.op('reports.nextNumber', { year: 2026 })).number).toBe(8);
    const before = snapshot();
    const envelope = await t.core.call('reports.build', { period: '2026-10', number: 7, date: '2026-10-16' });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'DUPLICATE', details: { next: 8 } } });
    expect(!envelope.ok && envelope.error.message).toMatch(/07\/BC-UBND đã dùng cho báo cáo Quý III\/2026/u);
    expect(snapshot()).toEqual(before);
    expect((await t.op('reports.list', {})).map((r) => r.numberText)).toEqual(['07/BC-UBND', '07/BC-UBND']);
    expect((await t.op('reports.due', {})).map((d) => d.code)).not.toContain('2026-Q3');
  });

  it('refuses an unknown layout and a report dated before its period', async () => {
    await expect(t.op('reports.build', { period: '2026-Q3', layoutId: 'tinh-khac' })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(t.op('reports.build', { period: '2026-Q3', date: '2026-06-01' })).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(t.count('SELECT count(*) n FROM upward_report')).toBe(0);
  });

  it('offers both layouts', async () => {
    const layouts = await t.op('reports.layouts', {});
    expect(layouts.map((l) => l.id)).toEqual(['mac-dinh', 'hung-yen']);
    expect(layouts[1].sheets).toEqual(['Biểu 01-TH', 'Biểu 02-DS', 'Biểu 03-KQ']);
  });
});
