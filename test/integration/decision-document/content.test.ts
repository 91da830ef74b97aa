import { describe, expect, it } from 'vitest';
import {
  annexReference,
  authorityLine,
  decisionContentSchema,
  defaultArticles,
  defaultCanCu,
  defaultTitle,
  formatDecisionDate,
  formatDecisionNumber,
  hasMemberAnnex,
  placeholderIn,
  signatureTitles,
  type DecisionBasis,
} from '../../../shared/decisions/content';
import { fixtureDecision, fixtureLegalBases, fixtureTeams } from '../../fixtures/decision-content';

const basis = (over: Partial<DecisionBasis> = {}): DecisionBasis => ({
  kind: 'thanh_lap', communeName: 'xã Hòa Bình', provinceName: 'tỉnh Quảng Trị', teams: fixtureTeams, ...over,
});
const text = (articles: { label: string; paragraphs: string[] }[]) =>
  articles.map((a) => `${a.label} ${a.paragraphs.join('\n')}`).join('\n');

describe('ND30 numbers and dates', () => {
  it('writes numbers below 10 with a leading zero', () => {
    expect(formatDecisionNumber(7, 'QĐ-UBND')).toBe('Số: 07/QĐ-UBND');
    expect(formatDecisionNumber(12, 'QĐ-UBND')).toBe('Số: 12/QĐ-UBND');
    expect(formatDecisionNumber(null, 'QĐ-UBND')).toMatch(/^Số: \u00a0+\/QĐ-UBND$/u);
  });

  it('pads days below 10 and the months January and February only', () => {
    expect(formatDecisionDate('Hòa Bình', '2026-01-05')).toBe('Hòa Bình, ngày 05 tháng 01 năm 2026');
    expect(formatDecisionDate('Hòa Bình', '2026-02-09')).toBe('Hòa Bình, ngày 09 tháng 02 năm 2026');
    expect(formatDecisionDate('Hòa Bình', '2026-03-15')).toBe('Hòa Bình, ngày 15 tháng 3 năm 2026');
    expect(formatDecisionDate('Hòa Bình', '2025-12-01')).toBe('Hòa Bình, ngày 01 tháng 12 năm 2025');
    expect(formatDecisionDate('Hòa Bình', null, 2026)).toMatch(/^Hòa Bình, ngày\u00a0+ tháng\u00a0+ năm 2026$/u);
  });
});

describe('decision content schema', () => {
  it('accepts the fixture and survives a JSON round trip unchanged', () => {
    const copy = JSON.parse(JSON.stringify(fixtureDecision));
    expect(decisionContentSchema.parse(copy)).toEqual(fixtureDecision);
  });

  it('rejects a team decision without teams or with a malformed date', () => {
    expect(decisionContentSchema.safeParse({ ...fixtureDecision, teams: [] }).success).toBe(false);
    expect(decisionContentSchema.safeParse({ ...fixtureDecision, kind: 'thu_hoi', teams: [] }).success).toBe(true);
    expect(decisionContentSchema.safeParse({ ...fixtureDecision, date: '05/01/2026' }).success).toBe(false);
  });
});

describe('default wording', () => {
  it('titles one team by its name and many teams by the commune', () => {
    expect(defaultTitle(basis({ teams: [fixtureTeams[0]] }))).toBe('Về việc thành lập Tổ công nghệ số cộng đồng thôn An Lạc');
    expect(defaultTitle(basis())).toBe('Về việc thành lập Tổ công nghệ số cộng đồng các thôn trên địa bàn xã Hòa Bình');
    const mixed = [fixtureTeams[0], { ...fixtureTeams[1], villages: ['tổ dân phố 3'] }];
    expect(defaultTitle(basis({ teams: mixed }))).toBe(
      'Về việc thành lập Tổ công nghệ số cộng đồng các thôn, tổ dân phố trên địa bàn xã Hòa Bình');
    // Kiện toàn and giải thể name the teams they touch, never "các thôn trên địa bàn xã" (issue 8 §2).
    expect(defaultTitle(basis({ kind: 'kien_toan', teams: mixed }))).toBe(
      'Về việc kiện toàn Tổ công nghệ số cộng đồng thôn An Lạc và thôn Phú Xuân');
    const commune = { name: 'Tổ công nghệ số cộng đồng xã Hòa Bình', level: 'commune' as const, villages: [] };
    const nam = { name: 'Tổ công nghệ số cộng đồng thôn Nam', level: 'village' as const, villages: ['thôn Nam'] };
    expect(defaultTitle(basis({ kind: 'giai_the', teams: [fixtureTeams[0], nam, commune] }))).toBe(
      'Về việc giải thể Tổ công nghệ số cộng đồng thôn An Lạc, thôn Nam và xã Hòa Bình');
  });

  it('cites the 2025 local government law, Công văn 793 and the commune\'s own bases, never a blank', () => {
    const canCu = defaultCanCu({ bases: fixtureLegalBases });
    expect(canCu.join('\n')).toContain('Luật Tổ chức chính quyền địa phương số 72/2025/QH15');
    expect(canCu.join('\n')).toContain('793/BTTTT-THH');
    expect(canCu).toContain(
      'Căn cứ Kế hoạch số 215/KH-UBND ngày 12 tháng 8 năm 2025 của Ủy ban nhân dân tỉnh Quảng Trị về việc triển khai Tổ công nghệ số cộng đồng');
    expect(canCu[1]).toBe(
      'Căn cứ Nghị quyết số 1680/NQ-UBTVQH15 ngày 16 tháng 6 năm 2025 của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Quảng Trị năm 2025');
    expect(canCu.every((l) => l.startsWith('Căn cứ ') && !/[;.]$/u.test(l))).toBe(true);
    // A basis the commune has not entered is left out, not printed as "…".
    const bare = defaultCanCu({});
    expect(bare).toHaveLength(2);
    expect(bare.every((l) => placeholderIn(l) === null)).toBe(true);
  });

  it('writes Điều 1–3 for an establishment: members in the attached list, tasks, who executes', () => {
    const articles = defaultArticles(basis());
    expect(articles.map((a) => a.label)).toEqual(['Điều 1.', 'Điều 2.', 'Điều 3.']);
    const all = text(articles);
    expect(articles[0].paragraphs[0]).toContain('Thành lập 02 Tổ công nghệ số cộng đồng trên địa bàn xã Hòa Bình');
    expect(articles[0].paragraphs[0]).toContain('gồm các thành viên có tên tại danh sách kèm theo');
    expect(articles[0].paragraphs.slice(1)).toEqual([
      '1. Tổ công nghệ số cộng đồng thôn An Lạc;', '2. Tổ công nghệ số cộng đồng thôn Phú Xuân.']);
    for (const task of ['dịch vụ công trực tuyến', 'VNeID', 'không dùng tiền mặt', 'thương mại điện tử', 'Bình dân học vụ số', 'kỹ năng số']) {
      expect(all).toContain(task);
    }
    expect(articles[2].paragraphs[0]).toBe('Quyết định này có hiệu lực kể từ ngày ký.');
    expect(articles[2].paragraphs[1]).toContain('Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã');
    expect(articles[2].paragraphs[1]).toContain('Trưởng thôn An Lạc, Trưởng thôn Phú Xuân');
    expect(articles[2].paragraphs[1]).toMatch(/các thành viên có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này\.$/u);
  });

  it('replaces only the team\'s part of a shared decision when consolidating, and dissolves without a member list', () => {
    const previous = 'Quyết định số 15/QĐ-UBND ngày 10 tháng 3 năm 2023 của Chủ tịch Ủy ban nhân dân xã Hòa Bình';
    const own = { citation: previous, coversOtherTeams: false, founding: null };
    const kt = defaultArticles(basis({ kind: 'kien_toan', teams: [fixtureTeams[0]], previousParts: [own] }));
    expect(kt[0].paragraphs[0]).toBe(
      'Kiện toàn Tổ công nghệ số cộng đồng thôn An Lạc, xã Hòa Bình, gồm các thành viên có tên tại danh sách kèm theo Quyết định này.');
    expect(kt[2].paragraphs[0]).toBe(`Quyết định này có hiệu lực kể từ ngày ký và thay thế ${previous}.`);
    const shared = defaultArticles(basis({ kind: 'kien_toan', teams: [fixtureTeams[0]], previousParts: [{ ...own, coversOtherTeams: true }] }));
    expect(shared[2].paragraphs[0]).toBe(
      `Quyết định này có hiệu lực kể từ ngày ký và thay thế danh sách thành viên Tổ công nghệ số cộng đồng thôn An Lạc ban hành kèm theo ${previous}.`);

    const gt = defaultArticles(basis({ kind: 'giai_the', teams: [fixtureTeams[0]], previousParts: [own], reason: 'sáp nhập thôn' }));
    expect(gt[0].paragraphs).toEqual([
      `Giải thể Tổ công nghệ số cộng đồng thôn An Lạc, xã Hòa Bình, được thành lập theo ${previous}, kể từ ngày Quyết định này có hiệu lực.`, 'Lý do: sáp nhập thôn.']);
    expect(text(gt)).not.toContain('danh sách kèm theo');
    expect(text(gt)).toContain('chấm dứt hoạt động');
    expect(hasMemberAnnex({ kind: 'giai_the', teams: fixtureTeams })).toBe(false);
    expect(hasMemberAnnex({ kind: 'kien_toan', teams: fixtureTeams })).toBe(true);
  });
});

describe('who signs', () => {
  it('words the authority line and the signature titles for each form', () => {
    const c = fixtureDecision;
    expect(authorityLine(c)).toBe('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÒA BÌNH');
    expect(authorityLine({ ...c, authority: 'collective' })).toBe('ỦY BAN NHÂN DÂN XÃ HÒA BÌNH');
    expect(signatureTitles(c)).toEqual(['CHỦ TỊCH']);
    expect(signatureTitles({ ...c, signer: { fullName: 'X', capacity: 'vice_chair' } })).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(signatureTitles({ authority: 'collective', signer: { fullName: 'X', capacity: 'chair' } })).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
    expect(signatureTitles({ authority: 'collective', signer: { fullName: 'X', capacity: 'vice_chair' } })).toEqual(
      ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(annexReference(c)).toBe(
      '(Kèm theo Quyết định số 07/QĐ-UBND ngày 05 tháng 01 năm 2026 của Chủ tịch Ủy ban nhân dân xã Hòa Bình)');
  });
});
