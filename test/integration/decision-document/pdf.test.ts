import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { renderDecisionPdf, resolveFonts, resolveFontsDir, type RenderedPdf } from '../../../electron/core/decisions/document';
import { AppError } from '../../../shared/errors';
import {
  defaultArticles, defaultTitle, type DecisionContent, type DecisionMember,
} from '../../../shared/decisions/content';
import { fixtureDecision, fixtureTeams, singleTeamDecision } from '../../fixtures/decision-content';
import { pdfText, pdfTextIn, pixelsIn, run, sealPng, signaturePng, squash, toPng, writeOut } from './tools';

const PAGE_HEIGHT = 841.89;
/** Whole text on one line: phrases that wrap inside cells or titles still match. */
const flatten = (text: string) => text.replace(/\s+/gu, ' ');
const firstLine = (text: string) => text.split('\n').find((l) => l.trim())?.trim() ?? '';

describe('decision PDF (fixture: 2 teams, chair signs)', () => {
  let pdf: RenderedPdf;
  let file: string;

  beforeAll(async () => {
    pdf = await renderDecisionPdf(fixtureDecision);
    file = writeOut('decision.pdf', pdf.bytes);
    toPng(file, 'decision-pdf');
  });

  it('is A4 with the decision as its metadata', () => {
    const info = run('pdfinfo', [file]);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/u);
    expect(info).toMatch(/Pages:\s+3/u);
    expect(info).toContain('Title:           Quyết định số 07/QĐ-UBND - Về việc thành lập Tổ công nghệ số cộng đồng');
    expect(info).toContain('Author:          Ủy ban nhân dân xã Hòa Bình');
    expect(info).toMatch(/CreationDate:\s+Mon Jan\s+5 00:00:00 2026 UTC/u);
  });

  it('embeds the four Liberation Serif faces (Times New Roman\'s where the machine has it: fonts.test.ts)', () => {
    const fonts = run('pdffonts', [file]).split('\n').slice(2).filter(Boolean);
    const names = fonts.map((l) => l.split(/\s+/u)[0].replace(/^[A-Z]{6}\+/u, ''));
    const family = resolveFonts().family === 'Liberation Serif' ? 'LiberationSerif' : 'TimesNewRoman';
    expect(names).toHaveLength(4);
    for (const name of names) expect(name.startsWith(family), name).toBe(true);
    if (family === 'LiberationSerif') expect(names.sort()).toEqual(['LiberationSerif', 'LiberationSerif-Bold', 'LiberationSerif-BoldItalic', 'LiberationSerif-Italic']);
    for (const line of fonts) expect(line).toMatch(/\byes\s+yes\s+yes\b/u); // embedded, subset, unicode map
  });

  it('reads back every ND30 element with correct Vietnamese', () => {
    const text = squash(pdfText(file));
    const flat = flatten(text);
    for (const part of [
      'ỦY BAN NHÂN DÂN', 'XÃ HÒA BÌNH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
      'Số: 07/QĐ-UBND', 'Hòa Bình, ngày 05 tháng 01 năm 2026', 'QUYẾT ĐỊNH',
      'Về việc thành lập Tổ công nghệ số cộng', 'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÒA BÌNH',
      'Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15', 'Theo đề nghị của Trưởng phòng Văn hóa - Xã hội.',
      'QUYẾT ĐỊNH:', 'Điều 1.', 'Điều 2.', 'Điều 3.', 'Bình dân học vụ số', 'Nơi nhận:', '- Như Điều 3;', '- Lưu: VT, VHXH.',
      'CHỦ TỊCH', 'Nguyễn Văn Ánh',
      'DANH SÁCH THÀNH VIÊN CÁC TỔ CÔNG NGHỆ', '(Kèm theo Quyết định số 07/QĐ-UBND ngày 05 tháng 01',
      '1. Tổ công nghệ số cộng đồng thôn An Lạc', '2. Tổ công nghệ số cộng đồng thôn Phú Xuân',
      'STT', 'Họ và tên', 'Chức vụ, đơn vị', 'công tác', 'Chức danh', 'điện thoại', 'Ghi chú', // header cells break between words
      'Lê Thị Hồng Nhung', 'Hoàng Văn Ưng', 'Huỳnh Thị Mỹ Duyên', 'Tôn Thất Hưng', '0912345678', 'Tổ trưởng', 'Tổ phó',
    ]) expect(flat, part).toContain(part);
    // The header's two columns sit side by side on one line.
    expect(text).toMatch(/ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/u);
    expect(text).toMatch(/Số: 07\/QĐ-UBND Hòa Bình, ngày 05 tháng 01 năm 2026/u);
    // "Nơi nhận:" is level with the signer's title.
    expect(text).toMatch(/Nơi nhận: CHỦ TỊCH/u);
  });

  it('numbers pages from the second one, and the annex on its own', () => {
    expect(firstLine(pdfText(file, { first: 1, last: 1 }))).toMatch(/^ỦY BAN NHÂN DÂN/u);
    expect(firstLine(pdfText(file, { first: 2, last: 2 }))).toBe('2');
    expect(firstLine(pdfText(file, { first: 3, last: 3 }))).toMatch(/^DANH SÁCH THÀNH VIÊN/u);
  });

  it('gives the same bytes for the same content', async () => {
    const again = await renderDecisionPdf(JSON.parse(JSON.stringify(fixtureDecision)));
    expect(Buffer.from(again.bytes).equals(Buffer.from(pdf.bytes))).toBe(true);
  });

  it('reports a blank signature area between the signer title and name', () => {
    const { pageIndex, rect: [x1, y1, x2, y2] } = pdf.signatureArea;
    expect(pageIndex).toBe(1);
    expect(x2 - x1).toBeGreaterThan(200);
    expect(y2 - y1).toBeGreaterThan(70);
    const box = { x: x1, y: PAGE_HEIGHT - y2, w: x2 - x1, h: y2 - y1 };
    expect(pdfTextIn(file, 2, box).trim()).toBe('');
    expect(pdfTextIn(file, 2, { ...box, y: box.y - 18, h: 18 })).toContain('CHỦ TỊCH');
    expect(pdfTextIn(file, 2, { ...box, y: box.y + box.h, h: 20 })).toContain('Nguyễn Văn Ánh');
  });
});

describe('visible signature', () => {
  it('draws blue text, the signature and the red seal inside the signature area', async () => {
    const lines = ['Ký bởi: Nguyễn Văn Ánh', 'Cơ quan: UBND xã Hòa Bình', 'Thời gian: 05/01/2026 09:30'];
    const signed = await renderDecisionPdf(fixtureDecision, {
      visibleSignature: { lines, signatureImagePng: signaturePng(), sealImagePng: sealPng() },
    });
    const file = writeOut('decision-visible-signature.pdf', signed.bytes);
    toPng(file, 'decision-visible-signature');
    const [x1, y1, x2, y2] = signed.signatureArea.rect;
    const box = { x: x1, y: PAGE_HEIGHT - y2, w: x2 - x1, h: y2 - y1 };
    const inside = squash(pdfTextIn(file, signed.signatureArea.pageIndex + 1, box));
    for (const line of lines) expect(inside).toContain(line);
    const pixels = pixelsIn(file, signed.signatureArea.pageIndex + 1, box);
    const blue = pixels.filter(([r, g, b]) => b > 150 && r < 90 && g < 90).length;
    const red = pixels.filter(([r, g, b]) => r > 150 && g < 90 && b < 90).length;
    expect(blue).toBeGreaterThan(100);
    expect(red).toBeGreaterThan(100);
    expect(run('pdfimages', ['-list', file]).split('\n').filter((l) => /^\s*\d+\s+\d+\s+image/u.test(l)).length).toBe(2);
  });
});

describe('other forms of the decision', () => {
  it('prints a single-team decision with the team in the title and annex', async () => {
    const { bytes } = await renderDecisionPdf(singleTeamDecision());
    const file = writeOut('decision-single-team.pdf', bytes);
    const text = flatten(pdfText(file));
    expect(text).toContain('Về việc thành lập Tổ công nghệ số cộng đồng thôn An Lạc');
    expect(text).toContain('DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG THÔN AN LẠC');
    expect(text).not.toContain('Phú Xuân');
  });

  it('prints a dissolution signed by a vice chair for the collective, without a member list', async () => {
    const b = { kind: 'giai_the' as const, communeName: 'xã Hòa Bình', provinceName: 'tỉnh Quảng Trị', teams: fixtureTeams };
    const content: DecisionContent = {
      ...fixtureDecision, kind: 'giai_the', number: 15, date: '2026-03-09', authority: 'collective',
      signer: { fullName: 'Trần Thị Bích', capacity: 'vice_chair' },
      title: defaultTitle(b), articles: defaultArticles(b),
      teams: fixtureTeams.map((t) => ({ ...t, members: [] })),
    };
    const { bytes } = await renderDecisionPdf(content);
    const file = writeOut('decision-dissolution.pdf', bytes);
    toPng(file, 'decision-dissolution');
    const text = squash(pdfText(file));
    expect(text).toContain('Số: 15/QĐ-UBND');
    expect(text).toContain('Hòa Bình, ngày 09 tháng 3 năm 2026');
    expect(text).toMatch(/\n\s*ỦY BAN NHÂN DÂN XÃ HÒA BÌNH\s*\n/u); // collective authority line
    for (const t of ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trần Thị Bích', 'Giải thể 02 Tổ']) expect(text).toContain(t);
    expect(text).not.toContain('DANH SÁCH THÀNH VIÊN');
  });

  it('repeats the member table header and numbers the annex pages when a list runs long', async () => {
    const many: DecisionMember[] = Array.from({ length: 45 }, (_, i) => ({
      fullName: `Nguyễn Thị Hương ${i + 1}`, position: 'thanh_vien', positionLabel: 'Thành viên',
      workplace: 'Hội Liên hiệp Phụ nữ xã Hòa Bình', phone: '0912000111', note: null,
    }));
    const content: DecisionContent = { ...singleTeamDecision(), teams: [{ ...fixtureTeams[0], members: many }] };
    const { bytes, pageCount } = await renderDecisionPdf(content);
    const file = writeOut('decision-long-annex.pdf', bytes);
    toPng(file, 'decision-long-annex');
    const pages = Array.from({ length: pageCount }, (_, i) => pdfText(file, { first: i + 1, last: i + 1 }));
    const annexFirst = pages.findIndex((p) => firstLine(p).startsWith('DANH SÁCH'));
    expect(annexFirst).toBeGreaterThan(0);
    const annexPages = pages.slice(annexFirst);
    expect(annexPages.length).toBeGreaterThanOrEqual(2);
    annexPages.forEach((page, i) => {
      // Every annex page shows the column titles; numbering restarts, hidden on the annex's first page.
      expect(page).toMatch(/STT\s+Họ và tên/u);
      if (i > 0) expect(firstLine(page)).toBe(String(i + 1));
    });
    expect(annexPages[annexPages.length - 1]).toContain('Nguyễn Thị Hương 45');
  });

  it('leaves blanks for the number and date of a draft, to be filled in by hand', async () => {
    const { bytes } = await renderDecisionPdf({ ...fixtureDecision, number: null, date: null });
    const file = writeOut('decision-draft.pdf', bytes);
    toPng(file, 'decision-draft');
    const text = squash(pdfText(file));
    expect(text).toMatch(/Số: \/QĐ-UBND/u);
    expect(text).toMatch(/Hòa Bình, ngày tháng năm 2026/u);
    expect(flatten(text)).toMatch(/\(Kèm theo Quyết định số \/QĐ-UBND ngày tháng năm 2026 của Chủ tịch/u);
  });

  it('refuses incomplete content with a Vietnamese validation error', async () => {
    const broken = { ...fixtureDecision, signer: { fullName: '', capacity: 'chair' as const } };
    await expect(renderDecisionPdf(broken)).rejects.toThrow(AppError);
    await expect(renderDecisionPdf(broken)).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('finds the bundled fonts and their licence, or the folder named by TCNS_FONTS_DIR', () => {
    const dir = resolveFontsDir();
    expect(dir.endsWith(join('resources', 'fonts'))).toBe(true);
    expect(existsSync(join(dir, 'LICENSE-LiberationSerif.txt'))).toBe(true);
    const system = '/usr/share/fonts/truetype/liberation2';
    process.env.TCNS_FONTS_DIR = system;
    try {
      expect(resolveFontsDir()).toBe(system);
    } finally {
      delete process.env.TCNS_FONTS_DIR;
    }
  });

  it('takes the fonts folder as an option and says so when it is wrong', async () => {
    const ok = await renderDecisionPdf(fixtureDecision, { fontsDir: 'resources/fonts' });
    expect(ok.bytes.length).toBeGreaterThan(10_000);
    await expect(renderDecisionPdf(fixtureDecision, { fontsDir: '/nonexistent' })).rejects.toThrow(/phông chữ/u);
  });
});
