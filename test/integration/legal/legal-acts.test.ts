/**
 * Issue 8 §1–2 on a real SQLite file with the demo commune: nothing half-written gets a number,
 * kiện toàn / giải thể say exactly which team's part they change, corrections and withdrawals are
 * new decisions, and issued decisions stay frozen. Documents are read back with pdftotext and
 * from the DOCX's own document.xml; PNGs go to test-output/legal for a person to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../electron/cli/seed/demo';
import type { DecisionDetail } from '../../../shared/api';
import { tempCore } from '../../helpers/core';

const OUT = join('test-output', 'legal');
let t: ReturnType<typeof tempCore>;
beforeEach(async () => {
  t = tempCore({ clock: () => new Date('2026-11-23T08:00:00Z') });
  await seedDemo(t.core);
});
afterEach(() => t.dispose());

const write = (name: string, bytes: Uint8Array) => {
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, name);
  writeFileSync(file, bytes);
  return file;
};
/** The PDF's words in reading order, whitespace (line breaks included) collapsed. */
const pdfWords = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/gu, ' ');
/** The DOCX's text straight from word/document.xml, paragraphs separated by a space. */
const docxWords = (file: string) =>
  execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' })
    .replace(/<\/w:p>/gu, ' ')
    .replace(/<w:(?:tab|br)\/>/gu, ' ')
    .replace(/<[^>]+>/gu, '')
    .replace(/&quot;/gu, '"').replace(/&amp;/gu, '&')
    .replace(/\s+/gu, ' ');
const toPng = (file: string, prefix: string) => execFileSync('pdftoppm', ['-png', '-r', '60', file, join(OUT, prefix)]);

const team = async (name: string) => (await t.op('teams.list', { includeDissolved: true })).find((x) => x.name === `Tổ công nghệ số cộng đồng ${name}`)!;
const demoDecision = async () => (await t.op('decisions.list', {})).find((d) => d.numberText === 'Số: 05/QĐ-UBND')!;

/** Every place `needle` occurs, with the `before` characters leading up to it. */
function contexts(text: string, needle: string, before = 160): string[] {
  const found: string[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) found.push(text.slice(Math.max(0, i - before), i + needle.length));
  return found;
}

async function exportBoth(d: DecisionDetail, name: string) {
  const pdf = write(`${name}.pdf`, (await t.op('decisions.exportPdf', { id: d.id })).bytes);
  const docx = write(`${name}.docx`, (await t.op('decisions.exportDocx', { id: d.id })).bytes);
  return { pdf, docx, pdfText: pdfWords(pdf), docxText: docxWords(docx) };
}

describe('nothing half-written gets a number', () => {
  it('refuses to issue a draft with "…" through dispatch, listing each line, and changes nothing', async () => {
    const draft = (await t.op('decisions.list', {})).find((d) => d.status === 'draft')!;
    const detail = await t.op('decisions.get', { id: draft.id });
    expect(detail.check?.placeholders).toEqual([]);
    const canCu = [...detail.canCu];
    canCu[1] = 'Căn cứ Nghị quyết số …/NQ-UBTVQH15 ngày … tháng 6 năm 2025 của Ủy ban Thường vụ Quốc hội';
    const articles = detail.articles.map((a, i) => (i === 2 ? { ...a, paragraphs: ['Quyết định này có hiệu lực kể từ ngày xxx.', ...a.paragraphs.slice(1)] } : a));
    const edited = await t.op('decisions.updateDraft', {
      ...detail, canCu, articles, recipients: [...detail.recipients.slice(0, -1), 'UBND tỉnh [...]', 'Lưu: VT, VHXH'],
      signerName: 'Nguyễn Văn ...', title: 'Về việc thành lập Tổ công nghệ số cộng đồng tổ dân phố 1',
    });
    expect(edited.check?.placeholders.map((p) => p.where)).toEqual(['Căn cứ, dòng 2', 'Điều 3, đoạn 1', `Nơi nhận, dòng ${edited.recipients.length - 1}`, 'Họ tên người ký']);

    const refusal = await t.op('decisions.issue', { id: draft.id, version: edited.version, number: 6, date: '2026-11-20' }).catch((e: unknown) => e);
    expect(refusal).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('chưa điền nên chưa thể ban hành') });
    const { message, details } = refusal as { message: string; details: { placeholders: { where: string; text: string }[] } };
    for (const where of ['Căn cứ, dòng 2', 'Điều 3, đoạn 1', 'Họ tên người ký']) expect(message).toContain(`- ${where}`);
    expect(details.placeholders).toHaveLength(4);
    // Nothing changed: still a draft, number 06 still free.
    expect((await t.op('decisions.get', { id: draft.id })).status).toBe('draft');
    expect(await t.op('decisions.nextNumber', { year: 2026 })).toEqual({ year: 2026, number: 6 });
  });

  it('recognises the usual blanks and leaves complete lines alone', async () => {
    const { placeholderIn } = await import('../../../shared/decisions/placeholders');
    for (const blank of ['Kế hoạch số …/KH-UBND', 'ngày ... tháng', 'Tại [...], đã ghi', 'số XXX', 'ngày   tháng   năm 2025', 'Nghị quyết số /NQ-HĐND', 'ký tên ____', '(…)']) {
      expect(placeholderIn(blank), blank).not.toBeNull();
    }
    for (const fine of ['Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025', 'Sở Khoa học và Công nghệ tỉnh Quảng Trị (để báo cáo)', 'Lưu: VT, VHXH', 'Tổ trưởng thôn Đông']) {
      expect(placeholderIn(fine), fine).toBeNull();
    }
  });

  it('gives the demo decisions real căn cứ from the commune settings: no "…" or "..." in the PDFs', async () => {
    const bases = await t.op('commune.legalBases', {});
    expect(bases.map((b) => b.key)).toEqual(['sap_xep_don_vi', 'ke_hoach_tinh', 'quy_dinh_tinh']);
    const issued = (await t.op('decisions.list', {})).filter((d) => d.status !== 'draft');
    expect(issued.length).toBeGreaterThan(0);
    for (const d of issued) {
      const file = write(`demo-${d.number}.pdf`, (await t.op('decisions.exportPdf', { id: d.id })).bytes);
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      expect(text).not.toContain('…');
      expect(text).not.toMatch(/\.\s?\.\s?\./u);
      expect(text.replace(/\s+/gu, ' ')).toContain('Căn cứ Nghị quyết số 1680/NQ-UBTVQH15 ngày 16 tháng 6 năm 2025 của Ủy ban Thường vụ Quốc hội');
      expect(text.replace(/\s+/gu, ' ')).toContain('Kế hoạch số 115/KH-UBND ngày 08 tháng 6 năm 2022 của Ủy ban nhân dân tỉnh Quảng Trị');
    }
    const draft = await t.op('decisions.get', { id: (await t.op('decisions.list', {})).find((d) => d.status === 'draft')!.id });
    expect(draft.check).toMatchObject({ placeholders: [], missingBases: [] });
  });

  it('leaves a basis the commune has not entered out of new drafts, with a warning instead of "…"', async () => {
    const plan = (await t.op('commune.legalBases', {})).find((b) => b.key === 'ke_hoach_tinh')!;
    await t.op('commune.clearLegalBasis', { key: 'ke_hoach_tinh', version: plan.version });
    const draft = await t.op('decisions.draftConsolidation', { teamId: (await team('thôn Đông')).id });
    expect(draft.canCu.some((l) => l.includes('Kế hoạch'))).toBe(false);
    expect(draft.canCu.join(' ')).not.toContain('…');
    expect(draft.check?.missingBases).toEqual([expect.stringContaining('Kế hoạch của tỉnh về Tổ công nghệ số cộng đồng')]);
    // The earlier issued decision keeps the căn cứ it was issued with.
    expect((await t.op('decisions.get', { id: (await demoDecision()).id })).content.canCu.join(' ')).toContain('115/KH-UBND');
    // Entered again, and a stale version is refused.
    await t.op('commune.saveLegalBasis', { key: 'ke_hoach_tinh', number: '301/KH-UBND', date: '2025-10-01', issuer: 'Ủy ban nhân dân tỉnh Quảng Trị', title: 'về việc triển khai Tổ công nghệ số cộng đồng' });
    const saved = (await t.op('commune.legalBases', {})).find((b) => b.key === 'ke_hoach_tinh')!;
    await expect(t.op('commune.saveLegalBasis', { ...saved, version: saved.version + 1 })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(t.op('commune.saveLegalBasis', { ...saved, date: '2025-02-30' })).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('shows each team\'s province-rule warnings on the draft the chair is about to sign', async () => {
    const nam = await team('thôn Nam'); // four members: below Quảng Trị's minimum, no Tổ phó
    const draft = await t.op('decisions.createDraft', { kind: 'kien_toan', teamIds: [nam.id] });
    const warnings = draft.check!.teamWarnings;
    expect(warnings).toHaveLength(1);
    expect(warnings[0].teamName).toBe(nam.name);
    expect(warnings[0].warnings.length).toBe(nam.warningCount);
    expect(warnings[0].warnings.length).toBeGreaterThan(0);
    expect(warnings[0].warnings[0]).toMatchObject({ teamId: nam.id, message: expect.any(String), source: expect.any(String) });
  });
});

describe('kiện toàn and giải thể say exactly what they change', () => {
  it('replaces only the consolidated team\'s part of the six-team decision 05, in DOCX, PDF and the register', async () => {
    const dong = await team('thôn Đông');
    const before = await demoDecision();
    expect(before.teams).toHaveLength(6);
    expect(before.standing).toBe('in_force');

    const draft = await t.op('decisions.draftConsolidation', { teamId: dong.id });
    expect(draft.title).toBe('Về việc kiện toàn Tổ công nghệ số cộng đồng thôn Đông');
    const issued = await t.op('decisions.issue', { id: draft.id, version: draft.version, number: 6, date: '2026-11-20' });
    const doc = await exportBoth(issued, 'kien-toan-thon-dong');
    toPng(doc.pdf, 'kien-toan-thon-dong');

    for (const [what, text] of [['PDF', doc.pdfText], ['DOCX', doc.docxText]] as const) {
      const mentions = contexts(text, '05/QĐ-UBND');
      expect(mentions.length, what).toBeGreaterThan(0);
      for (const m of mentions) expect(m, what).toMatch(/danh sách thành viên Tổ công nghệ số cộng đồng thôn Đông ban hành kèm theo Quyết định số 05\/QĐ-UBND$/u);
      expect(text, what).toContain('Quyết định này có hiệu lực kể từ ngày ký và thay thế danh sách thành viên Tổ công nghệ số cộng đồng thôn Đông ban hành kèm theo Quyết định số 05/QĐ-UBND ngày 05 tháng 01 năm 2026 của Chủ tịch Ủy ban nhân dân xã Hòa Bình.');
      for (const other of ['thôn Tây', 'thôn Nam', 'thôn Bắc', 'thôn Trung']) expect(text, what).not.toContain(other);
    }

    // The register: 05 is partly replaced; only Đông's part names 06.
    const after = await demoDecision();
    expect(after.standing).toBe('partly_replaced');
    const parts = Object.fromEntries(after.teams.map((p) => [p.name.replace('Tổ công nghệ số cộng đồng ', ''), p.replacedBy?.numberText ?? null]));
    expect(parts).toEqual({ 'xã Hòa Bình': null, 'thôn Đông': '06/QĐ-UBND', 'thôn Tây': null, 'thôn Nam': null, 'thôn Bắc': null, 'thôn Trung': null });
    expect((await t.op('decisions.get', { id: after.id })).teams.find((p) => p.id === dong.id)?.replacedBy).toMatchObject({ id: issued.id, kind: 'kien_toan', date: '2026-11-20' });
    expect((await t.op('decisions.list', {})).find((d) => d.id === issued.id)?.standing).toBe('in_force');
  });

  it('replaces the whole earlier decision, named once, when a kiện toàn covers every team still under it', async () => {
    const five = await demoDecision();
    const draft = await t.op('decisions.createDraft', { kind: 'kien_toan', teamIds: five.teams.map((p) => p.id) });
    const effect = draft.articles[2].paragraphs[0];
    expect(effect).toBe('Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 05/QĐ-UBND ngày 05 tháng 01 năm 2026 của Chủ tịch Ủy ban nhân dân xã Hòa Bình.');
    await t.op('decisions.issue', { id: draft.id, version: draft.version, number: 6, date: '2026-11-20' });
    expect((await demoDecision()).standing).toBe('replaced');
  });

  it('dissolves named teams citing each one\'s founding (and consolidating) decision, from when, with the teams in the trích yếu', async () => {
    const [dong, nam, bac] = [await team('thôn Đông'), await team('thôn Nam'), await team('thôn Bắc')];
    const kt = await t.op('decisions.draftConsolidation', { teamId: dong.id });
    await t.op('decisions.issue', { id: kt.id, version: kt.version, number: 6, date: '2026-11-20' });

    const draft = await t.op('decisions.createDraft', { kind: 'giai_the', teamIds: [dong.id, nam.id, bac.id] });
    expect(draft.title).toBe('Về việc giải thể Tổ công nghệ số cộng đồng thôn Đông, thôn Nam và thôn Bắc');
    expect(draft.title).not.toContain('các thôn');
    const issued = await t.op('decisions.issue', { id: draft.id, version: draft.version, number: 7, date: '2026-11-25' });
    const doc = await exportBoth(issued, 'giai-the-ba-thon');
    toPng(doc.pdf, 'giai-the-ba-thon');
    const founding = 'Quyết định số 05/QĐ-UBND ngày 05 tháng 01 năm 2026 của Chủ tịch Ủy ban nhân dân xã Hòa Bình';
    for (const [what, text] of [['PDF', doc.pdfText], ['DOCX', doc.docxText]] as const) {
      expect(text, what).toContain('Về việc giải thể Tổ công nghệ số cộng đồng thôn Đông, thôn Nam và thôn Bắc');
      expect(text, what).toContain('Giải thể 03 Tổ công nghệ số cộng đồng trên địa bàn xã Hòa Bình kể từ ngày Quyết định này có hiệu lực, cụ thể:');
      expect(text, what).toContain(`1. Tổ công nghệ số cộng đồng thôn Đông, được thành lập theo ${founding} và kiện toàn theo Quyết định số 06/QĐ-UBND ngày 20 tháng 11 năm 2026`);
      expect(text, what).toContain(`2. Tổ công nghệ số cộng đồng thôn Nam, được thành lập theo ${founding};`);
      expect(text, what).toContain(`3. Tổ công nghệ số cộng đồng thôn Bắc, được thành lập theo ${founding}.`);
      expect(text, what).toContain('Hòa Bình, ngày 25 tháng 11 năm 2026'); // signing date: the act takes effect from it (Điều 3)
      expect(text, what).toContain('Quyết định này có hiệu lực kể từ ngày ký.');
      expect(text, what).not.toContain('DANH SÁCH THÀNH VIÊN');
    }
    const register = await t.op('decisions.list', {});
    const five = register.find((d) => d.numberText === 'Số: 05/QĐ-UBND')!;
    const six = register.find((d) => d.numberText === 'Số: 06/QĐ-UBND')!;
    expect(five.teams.filter((p) => p.replacedBy).map((p) => [p.name, p.replacedBy!.numberText])).toEqual([
      [dong.name, '06/QĐ-UBND'], [nam.name, '07/QĐ-UBND'], [bac.name, '07/QĐ-UBND'],
    ]);
    expect(six).toMatchObject({ standing: 'replaced', teams: [{ id: dong.id, replacedBy: { numberText: '07/QĐ-UBND', kind: 'giai_the' } }] });
    for (const id of [dong.id, nam.id, bac.id]) expect((await t.op('teams.get', { id })).status).toBe('dissolved');
    expect((await t.op('teams.get', { id: (await team('thôn Tây')).id })).status).toBe('established');
  });
});

describe('one lifecycle for every caller', () => {
  it('dissolves a team set up by a decision only by a decision, and refuses a draft overtaken by a later one', async () => {
    const tay = await t.op('teams.get', { id: (await team('thôn Tây')).id });
    await expect(t.op('teams.setStatus', { id: tay.id, version: tay.version, status: 'dissolved', on: '2026-11-20' })).rejects.toMatchObject({
      code: 'CONFLICT', message: expect.stringContaining('cần ra quyết định giải thể'),
    });
    expect((await t.op('teams.get', { id: tay.id })).status).toBe('established');

    // Two kiện toàn drafts for one team: once the first is issued, the second cites a replaced part.
    const first = await t.op('decisions.createDraft', { kind: 'kien_toan', teamIds: [tay.id] });
    const second = await t.op('decisions.createDraft', { kind: 'giai_the', teamIds: [tay.id] });
    await t.op('decisions.issue', { id: first.id, version: first.version, number: 6, date: '2026-11-20' });
    await expect(t.op('decisions.issue', { id: second.id, version: second.version, number: 7, date: '2026-11-21' })).rejects.toMatchObject({
      code: 'CONFLICT', message: expect.stringContaining('hiện theo Quyết định số 06/QĐ-UBND'),
    });
    const again = await t.op('decisions.createDraft', { kind: 'giai_the', teamIds: [tay.id] });
    expect(again.articles[0].paragraphs[0]).toContain('kiện toàn theo Quyết định số 06/QĐ-UBND');
    await t.op('decisions.issue', { id: again.id, version: again.version, number: 7, date: '2026-11-21' });
    expect((await t.op('teams.get', { id: tay.id })).status).toBe('dissolved');
    // A dissolved team takes no new member, by hand or by import (both go through lifecycle.ts).
    const after = await t.op('teams.get', { id: tay.id });
    await expect(t.op('teams.addMember', { teamId: tay.id, teamVersion: after.version, newPerson: { fullName: 'Hồ Văn Mới' }, position: 'thanh_vien', startDate: '2026-11-22' }))
      .rejects.toMatchObject({ code: 'CONFLICT' });
  });
});

describe('an issued decision is changed only by a new one', () => {
  it('corrects 05 with an đính chính that must be filled in first; 05 stays frozen and in force, marked', async () => {
    const five = await demoDecision();
    const pdfBefore = (await t.op('decisions.exportPdf', { id: five.id })).bytes;
    const draft = await t.op('decisions.createAmendment', { kind: 'dinh_chinh', amendsId: five.id });
    expect(draft).toMatchObject({ kind: 'dinh_chinh', amends: { id: five.id, numberText: '05/QĐ-UBND' }, teams: [] });
    expect(draft.title).toBe('Về việc đính chính Quyết định số 05/QĐ-UBND');
    expect(draft.check!.placeholders.length).toBeGreaterThan(0); // "Tại …, đã ghi: "…"" until written
    await expect(t.op('decisions.issue', { id: draft.id, version: draft.version, number: 6, date: '2026-11-20' })).rejects.toMatchObject({ code: 'VALIDATION' });

    const articles = draft.articles.map((a, i) => (i === 0 ? { ...a, paragraphs: [a.paragraphs[0], 'Tại số thứ tự 3 Danh sách thành viên Tổ công nghệ số cộng đồng thôn Đông, đã ghi: "Nguyễn Thị Lan, Trường Tiểu học Hòa Bình".', 'Nay đính chính lại là: "Nguyễn Thị Lan, Trường Tiểu học số 1 Hòa Bình".'] } : a));
    const filled = await t.op('decisions.updateDraft', { ...draft, articles });
    const issued = await t.op('decisions.issue', { id: draft.id, version: filled.version, number: 6, date: '2026-11-20' });
    const doc = await exportBoth(issued, 'dinh-chinh-05');
    toPng(doc.pdf, 'dinh-chinh-05');
    expect(doc.pdfText).toContain('Về việc đính chính Quyết định số 05/QĐ-UBND');
    expect(doc.pdfText).toContain('Đính chính Quyết định số 05/QĐ-UBND ngày 05 tháng 01 năm 2026 của Chủ tịch Ủy ban nhân dân xã Hòa Bình về việc thành lập');
    expect(doc.pdfText).not.toContain('…');

    const after = await demoDecision();
    expect(after).toMatchObject({ standing: 'in_force', amendedBy: [{ id: issued.id, kind: 'dinh_chinh', numberText: '06/QĐ-UBND' }] });
    expect(Buffer.from((await t.op('decisions.exportPdf', { id: five.id })).bytes).equals(Buffer.from(pdfBefore))).toBe(true);
  });

  it('withdraws a kiện toàn with thu hồi; a decision partly replaced by a later one cannot be withdrawn first', async () => {
    const dong = await team('thôn Đông');
    const kt = await t.op('decisions.draftConsolidation', { teamId: dong.id });
    const six = await t.op('decisions.issue', { id: kt.id, version: kt.version, number: 6, date: '2026-11-20' });
    await expect(t.op('decisions.createAmendment', { kind: 'thu_hoi', amendsId: (await demoDecision()).id })).rejects.toMatchObject({
      code: 'CONFLICT', message: expect.stringContaining('thôn Đông'),
    });
    const draft = await t.op('decisions.createAmendment', { kind: 'thu_hoi', amendsId: six.id });
    const articles = draft.articles.map((a, i) => (i === 0 ? { ...a, paragraphs: [a.paragraphs[0], 'Lý do: danh sách thành viên lập chưa đúng quy trình giới thiệu của thôn.'] } : a));
    const filled = await t.op('decisions.updateDraft', { ...draft, articles });
    const withdrawal = await t.op('decisions.issue', { id: draft.id, version: filled.version, number: 7, date: '2026-11-24' });
    const register = await t.op('decisions.list', {});
    expect(register.find((d) => d.id === six.id)).toMatchObject({
      standing: 'withdrawn', amendedBy: [{ id: withdrawal.id, kind: 'thu_hoi' }], teams: [{ id: dong.id, replacedBy: { id: withdrawal.id } }],
    });
    expect(register.find((d) => d.id === withdrawal.id)).toMatchObject({ kind: 'thu_hoi', amends: { id: six.id, numberText: '06/QĐ-UBND' }, standing: 'in_force' });
    await expect(t.op('decisions.createAmendment', { kind: 'bai_bo', amendsId: six.id })).rejects.toMatchObject({ code: 'CONFLICT' });
    const pdf = write('thu-hoi-06.pdf', (await t.op('decisions.exportPdf', { id: withdrawal.id })).bytes);
    expect(pdfWords(pdf)).toContain('Thu hồi Quyết định số 06/QĐ-UBND ngày 20 tháng 11 năm 2026');
  });

  it('bãi bỏ of a thành lập takes its team back to "dự kiến"; a giải thể is never withdrawn', async () => {
    const tdp = await team('tổ dân phố 1');
    const draft = (await t.op('decisions.list', {})).find((d) => d.status === 'draft')!;
    const six = await t.op('decisions.issue', { id: draft.id, version: draft.version, number: 6, date: '2026-11-20' });
    expect((await t.op('teams.get', { id: tdp.id })).status).toBe('established');
    const annul = await t.op('decisions.createAmendment', { kind: 'bai_bo', amendsId: six.id });
    expect(annul.title).toBe('Về việc bãi bỏ Quyết định số 06/QĐ-UBND');
    const articles = annul.articles.map((a, i) => (i === 0 ? { ...a, paragraphs: [a.paragraphs[0], 'Lý do: tổ dân phố 1 sáp nhập vào tổ dân phố 2 theo Nghị quyết của Hội đồng nhân dân xã.'] } : a));
    const filled = await t.op('decisions.updateDraft', { ...annul, articles });
    await t.op('decisions.issue', { id: annul.id, version: filled.version, number: 7, date: '2026-11-24' });
    const after = await t.op('teams.get', { id: tdp.id });
    expect(after).toMatchObject({ status: 'draft', establishedOn: null });
    expect(after.history[0].summary).toContain('thu hồi/bãi bỏ theo Quyết định số 07/QĐ-UBND');
    expect((await t.op('decisions.list', {})).find((d) => d.id === six.id)?.standing).toBe('withdrawn');

    const nam = await team('thôn Nam');
    const gt = await t.op('decisions.createDraft', { kind: 'giai_the', teamIds: [nam.id] });
    const dissolved = await t.op('decisions.issue', { id: gt.id, version: gt.version, number: 8, date: '2026-11-25' });
    await expect(t.op('decisions.createAmendment', { kind: 'thu_hoi', amendsId: dissolved.id })).rejects.toMatchObject({
      code: 'CONFLICT', message: expect.stringContaining('hãy ra quyết định thành lập mới'),
    });
  });

  it('never edits, renumbers or deletes an issued decision: the handlers refuse, and so does the database', async () => {
    const five = await t.op('decisions.get', { id: (await demoDecision()).id });
    await expect(t.op('decisions.updateDraft', { ...five, title: 'Sửa' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(t.op('decisions.issue', { id: five.id, version: five.version, number: 9, date: '2026-11-20' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(t.op('decisions.deleteDraft', { id: five.id, version: five.version })).rejects.toMatchObject({ code: 'CONFLICT' });
    const db = t.core.ctx.db;
    expect(() => db.prepare('UPDATE decision SET number = 9 WHERE id = ?').run(five.id)).toThrow(/không được sửa hoặc đánh số lại/u);
    expect(() => db.prepare("UPDATE decision SET can_cu = '[]' WHERE id = ?").run(five.id)).toThrow(/không được sửa/u);
    expect(() => db.prepare("UPDATE decision SET status = 'draft' WHERE id = ?").run(five.id)).toThrow(/không được sửa/u);
    expect(() => db.prepare('DELETE FROM decision WHERE id = ?').run(five.id)).toThrow(/không được xóa/u);
    expect(() => db.prepare("UPDATE decision_team SET members = '[]' WHERE decision_id = ?").run(five.id)).toThrow(/không được sửa/u);
    expect(() => db.prepare('DELETE FROM decision_team WHERE decision_id = ?').run(five.id)).toThrow(/không được sửa/u);
    // Signing still moves it to "đã ký" (status and version only).
    db.prepare("UPDATE decision SET status = 'signed', version = version + 1 WHERE id = ?").run(five.id);
    expect((await t.op('decisions.get', { id: five.id })).numberText).toBe('Số: 05/QĐ-UBND');
  });
});
