import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../electron/cli/seed/demo';
import { tempCore } from '../../helpers/core';

let t: ReturnType<typeof tempCore>;
beforeEach(async () => {
  t = tempCore({ clock: () => new Date('2026-11-23T08:00:00Z') });
  await seedDemo(t.core);
});
afterEach(() => t.dispose());

const teamByName = async (name: string) => (await t.op('teams.list', {})).find((x) => x.name === name)!;
const pdfText = (bytes: Uint8Array, name: string) => {
  const file = join(t.dir, name);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
};
const docxXml = (bytes: Uint8Array, name: string) => {
  const file = join(t.dir, name);
  writeFileSync(file, bytes);
  return execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
};

describe('decision register', () => {
  it('seeds an issued decision, a draft and a team that needs kiện toàn', async () => {
    const list = await t.op('decisions.list', {});
    expect(list.map((d) => d.status)).toEqual(['draft', 'issued']);
    expect(list[0].numberText).toMatch(/^Số:\s+\/QĐ-UBND$/u); // blank for the văn thư to fill in
    expect(list[1].numberText).toBe('Số: 05/QĐ-UBND');
    const needs = await t.op('decisions.consolidationNeeds', {});
    expect(needs).toHaveLength(1);
    expect(needs[0].teamName).toBe('Tổ công nghệ số cộng đồng thôn Đông');
    expect(needs[0].changes).toEqual([expect.objectContaining({ change: 'removed', from: 'thanh_vien', to: null })]);
    expect(needs[0].lastDecision.numberText).toBe('Số: 05/QĐ-UBND');
  });

  it('proposes the next free number and refuses a number already used this year', async () => {
    expect(await t.op('decisions.nextNumber', { year: 2026 })).toEqual({ year: 2026, number: 6 });
    const draft = (await t.op('decisions.list', {})).find((d) => d.status === 'draft')!;
    await expect(t.op('decisions.issue', { id: draft.id, version: draft.version, number: 5, date: '2026-11-20' })).rejects.toMatchObject({
      code: 'DUPLICATE',
      message: expect.stringMatching(/05\/QĐ-UBND năm 2026 đã được dùng.*Số tiếp theo còn trống: 6/u),
    });
    expect((await t.op('decisions.get', { id: draft.id })).status).toBe('draft');
    // Numbering restarts each year: 05 is free in 2027.
    const issued = await t.op('decisions.issue', { id: draft.id, version: draft.version, number: 5, date: '2027-01-04' });
    expect(issued).toMatchObject({ status: 'issued', numberText: 'Số: 05/QĐ-UBND', year: 2027 });
  });

  it('never changes an issued decision when its teams change later', async () => {
    const issued = (await t.op('decisions.list', {})).find((d) => d.status === 'issued')!;
    const pdfBefore = await t.op('decisions.exportPdf', { id: issued.id });
    const docxBefore = await t.op('decisions.exportDocx', { id: issued.id });

    const tay = await teamByName('Tổ công nghệ số cộng đồng thôn Tây');
    const detail = await t.op('teams.get', { id: tay.id });
    await t.op('teams.update', { id: tay.id, version: detail.version, name: 'Tổ CNSCĐ thôn Tây mới', level: 'village', villageIds: detail.villages.map((v) => v.id) });
    const renamed = await t.op('teams.get', { id: tay.id });
    await t.op('teams.addMember', { teamId: tay.id, teamVersion: renamed.version, newPerson: { fullName: 'Hồ Thị Quyên' }, position: 'thanh_vien', startDate: '2026-09-01' });
    const c = (await t.op('commune.get', {}))!;
    await t.op('commune.save', { ...c, chairName: 'Lê Văn Mới', version: c.version });

    const pdfAfter = await t.op('decisions.exportPdf', { id: issued.id });
    const docxAfter = await t.op('decisions.exportDocx', { id: issued.id });
    expect(Buffer.from(pdfAfter.bytes).equals(Buffer.from(pdfBefore.bytes))).toBe(true);
    expect(docxXml(docxAfter.bytes, 'after.docx')).toBe(docxXml(docxBefore.bytes, 'before.docx'));
    const text = pdfText(pdfAfter.bytes, 'after.pdf');
    expect(text).toContain('Nguyễn Văn Ánh');
    expect(text).not.toContain('Hồ Thị Quyên');
    expect(text).not.toContain('Lê Văn Mới');

    // The same decision can never be edited once issued.
    await expect(t.op('decisions.updateDraft', { ...(await t.op('decisions.get', { id: issued.id })), id: issued.id })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('flags "cần kiện toàn" when members change and clears it once a kiện toàn decision is issued', async () => {
    const tay = await teamByName('Tổ công nghệ số cộng đồng thôn Tây');
    expect((await t.op('decisions.consolidationNeeds', {})).some((n) => n.teamId === tay.id)).toBe(false);
    let team = await t.op('teams.get', { id: tay.id });
    team = await t.op('teams.addMember', { teamId: tay.id, teamVersion: team.version, newPerson: { fullName: 'Hồ Thị Quyên' }, position: 'thanh_vien', startDate: '2026-09-01' });
    const member = team.members.find((m) => m.position === 'to_pho')!;
    await t.op('teams.changePosition', { membershipId: member.id, version: member.version, position: 'thanh_vien', on: '2026-09-01' });

    const need = (await t.op('decisions.consolidationNeeds', {})).find((n) => n.teamId === tay.id)!;
    expect(need.changes.map((c) => [c.fullName, c.change]).sort()).toEqual([['Hồ Thị Quyên', 'added'], [member.fullName, 'position']].sort());

    const draft = await t.op('decisions.draftConsolidation', { teamId: tay.id });
    expect(draft.kind).toBe('kien_toan');
    expect(draft.title).toBe('Về việc kiện toàn Tổ công nghệ số cộng đồng thôn Tây');
    expect(JSON.stringify(draft.articles)).toContain('05/QĐ-UBND');
    expect(draft.content.teams[0].members.map((m) => m.fullName)).toContain('Hồ Thị Quyên');
    await t.op('decisions.issue', { id: draft.id, version: draft.version, number: 6, date: '2026-11-20' });
    expect((await t.op('decisions.consolidationNeeds', {})).some((n) => n.teamId === tay.id)).toBe(false);
    await expect(t.op('decisions.draftConsolidation', { teamId: tay.id })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('establishes teams when a thành lập decision is issued and dissolves them with giải thể', async () => {
    const tdp = await teamByName('Tổ công nghệ số cộng đồng tổ dân phố 1');
    expect(tdp.status).toBe('draft');
    const draft = (await t.op('decisions.list', {})).find((d) => d.status === 'draft')!;
    await t.op('decisions.issue', { id: draft.id, version: draft.version, number: 6, date: '2026-11-20' });
    expect((await t.op('teams.get', { id: tdp.id })).status).toBe('established');

    const dissolve = await t.op('decisions.createDraft', { kind: 'giai_the', teamIds: [tdp.id] });
    expect(dissolve.content.teams[0].members).toEqual([]);
    await t.op('decisions.issue', { id: dissolve.id, version: dissolve.version, number: 7, date: '2026-11-21' });
    const after = await t.op('teams.get', { id: tdp.id });
    expect(after).toMatchObject({ status: 'dissolved', dissolvedOn: '2026-11-21', members: [] });
    expect(after.history[0].summary).toContain('Giải thể theo Quyết định số 07/QĐ-UBND');
  });

  it('deletes only drafts and refuses a decision for a team without members', async () => {
    const team = await t.op('teams.create', { name: 'Tổ trống', level: 'commune' });
    await expect(t.op('decisions.createDraft', { kind: 'thanh_lap', teamIds: [team.id] })).rejects.toMatchObject({ code: 'VALIDATION' });
    const [draft, issued] = await t.op('decisions.list', {});
    await expect(t.op('decisions.deleteDraft', { id: issued.id, version: issued.version })).rejects.toMatchObject({ code: 'CONFLICT' });
    await t.op('decisions.deleteDraft', { id: draft.id, version: draft.version });
    expect(await t.op('decisions.list', {})).toHaveLength(1);
  });
});
