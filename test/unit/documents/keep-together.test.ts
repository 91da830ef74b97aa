/**
 * Title lines break between Vietnamese words only (issue 8 §3): never between the syllables of a
 * word ("CÔNG / NGHỆ"), inside a name ("Hòa / Bình") or inside a date. Checked on the layout model
 * that both the DOCX and the PDF draw, with long team and commune names that force several lines.
 */
import { describe, expect, it } from 'vitest';
import { buildDecisionLayout, createMeasurer, type DecisionLayout, type ParagraphBlock } from '../../../electron/core/decisions/document';
import { GLUE, keepTogether, wrapRuns } from '../../../electron/core/decisions/document/text-wrap';
import { defaultArticles, defaultTitle } from '../../../shared/decisions/content';
import { fixtureDecision, fixtureTeams } from '../../fixtures/decision-content';

const m = createMeasurer({ timesDirs: null });

/** The lines of a centred title as laid out (explicit breaks between them). */
function titleLines(layout: DecisionLayout, role: string): string[] {
  const block = layout.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'paragraph' && b.role === role) as ParagraphBlock;
  const lines = [''];
  for (const run of block.runs) {
    if (run.lineBreak) lines.push('');
    else lines[lines.length - 1] += run.text;
  }
  return lines.map((l) => l.trim());
}

/** Phrases that must stay on one line, with how each may be written (any case). */
function assertUnbroken(lines: string[], phrases: string[]): void {
  const joined = lines.join('\n');
  for (const phrase of phrases) {
    const words = phrase.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
    for (const match of joined.matchAll(new RegExp(words.join('[ \\n]+'), 'giu'))) {
      expect(match[0], `"${phrase}" split across lines:\n${joined}`).not.toContain('\n');
    }
  }
}

const LONG_VILLAGES = ['Tân Phú Đông Thượng', 'Phước Long Hạ Nam', 'Hòa Thuận Kim Ngọc', 'An Lạc Xuân Hòa Tây'];
const WORDS = ['công nghệ', 'cộng đồng', 'thành viên', 'danh sách', 'thành lập', 'địa bàn', 'quyết định', 'ủy ban', 'nhân dân', 'chủ tịch', 'kèm theo'];

function longNamed(communeName: string): typeof fixtureDecision {
  const teams = LONG_VILLAGES.map((v, i) => ({ ...fixtureTeams[i % 2], name: `Tổ công nghệ số cộng đồng thôn ${v}`, villages: [`thôn ${v}`] }));
  const basis = { kind: 'thanh_lap' as const, communeName, provinceName: 'tỉnh Quảng Trị', teams };
  return { ...fixtureDecision, ...basis, title: defaultTitle(basis), articles: defaultArticles(basis) };
}

describe('keepTogether', () => {
  it('glues the syllables of words, names, dates and "số N"', () => {
    const glued = keepTogether('Về việc thành lập Tổ công nghệ số cộng đồng thôn Đông Hòa ngày 05 tháng 01 năm 2026 theo Quyết định số 07/QĐ-UBND', ['thôn Đông Hòa']);
    expect(glued.split(' ')).toEqual([
      `Về${GLUE}việc`, `thành${GLUE}lập`, 'Tổ', `công${GLUE}nghệ`, 'số', `cộng${GLUE}đồng`, `thôn${GLUE}Đông${GLUE}Hòa`,
      `ngày${GLUE}05${GLUE}tháng${GLUE}01${GLUE}năm${GLUE}2026`, 'theo', `Quyết${GLUE}định`, `số${GLUE}07/QĐ-UBND`,
    ]);
    expect(keepTogether('DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG THÔN AN LẠC', ['thôn An Lạc']).split(' '))
      .toEqual([`DANH${GLUE}SÁCH`, `THÀNH${GLUE}VIÊN`, 'TỔ', `CÔNG${GLUE}NGHỆ`, 'SỐ', `CỘNG${GLUE}ĐỒNG`, `THÔN${GLUE}AN${GLUE}LẠC`]);
  });

  it('prints and measures glue as a space, and breaks a glued phrase wider than the line between its words', () => {
    const text = keepTogether('Tổ công nghệ số cộng đồng thôn Tân Phú Đông Thượng Hạ', ['thôn Tân Phú Đông Thượng Hạ']);
    const lines = wrapRuns([{ text }], 14, m, { width: 90 });
    const printed = lines.map((l) => l.pieces.map((p) => p.text).join(''));
    expect(printed.join('')).not.toContain(GLUE);
    expect(printed.join(' ').replace(/ +/gu, ' ')).toBe('Tổ công nghệ số cộng đồng thôn Tân Phú Đông Thượng Hạ');
    const syllables = new Set('Tổ công nghệ số cộng đồng thôn Tân Phú Đông Thượng Hạ'.split(' '));
    for (const line of printed) {
      expect(line.trim()).not.toBe('');
      for (const word of line.trim().split(/ +/u)) expect(syllables.has(word), `"${word}" is not a whole syllable`).toBe(true);
    }
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(90);
    expect(lines.length).toBeGreaterThan(1);
  });
});

describe('table header cells', () => {
  it('break between words: "Chức vụ, đơn vị / công tác", not "… công / tác"', () => {
    const lines = wrapRuns([{ text: keepTogether('Chức vụ, đơn vị công tác'), bold: true }], 12, m, { width: 39 * (72 / 25.4) });
    expect(lines.map((l) => l.pieces.map((p) => p.text).join('').trim())).toEqual(['Chức vụ, đơn vị', 'công tác']);
  });
});

describe('decision title lines', () => {
  it('never break inside a word, a name or a date (long team and commune names)', () => {
    for (const commune of ['xã Hòa Bình', 'xã Phước Hưng Tân Thạnh Đông', 'phường Nguyễn Thị Minh Khai Bắc']) {
      const content = longNamed(commune);
      const layout = buildDecisionLayout(content, m);
      const title = titleLines(layout, 'title');
      const annex = titleLines(layout, 'annexTitle');
      const reference = titleLines(layout, 'annexReference');
      const authority = titleLines(layout, 'authority');
      expect(title.length + annex.length + reference.length).toBeGreaterThan(4); // the names force several lines
      const names = [commune, ...LONG_VILLAGES.map((v) => `thôn ${v}`)];
      assertUnbroken(title, [...WORDS, ...names]);
      assertUnbroken(annex, [...WORDS, ...names]);
      assertUnbroken(authority, [...WORDS, commune]);
      assertUnbroken(reference, [...WORDS, commune, 'ngày 05 tháng 01 năm 2026', 'số 07/QĐ-UBND']);
    }
  });

  it('keeps the single-team annex heading whole at the syllable level too', () => {
    const content = longNamed('xã Hòa Bình');
    const one = { ...content, teams: [content.teams[3]] };
    const layout = buildDecisionLayout({ ...one, title: defaultTitle({ ...one, kind: 'thanh_lap' }) }, m);
    assertUnbroken(titleLines(layout, 'annexTitle'), [...WORDS, 'thôn An Lạc Xuân Hòa Tây']);
    assertUnbroken(titleLines(layout, 'title'), [...WORDS, 'thôn An Lạc Xuân Hòa Tây']);
  });
});
