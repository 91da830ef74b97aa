/**
 * Default wording of a new decision (2025 onwards: two-level local government, no district).
 * The officer edits these before issuing; once issued the edited text is frozen in the content.
 */
import type { AmendingKind, DecisionArticle, DecisionContent, DecisionTeam, TeamDecisionKind } from './content';
import { legalBasisLine, LEGAL_BASIS_KEYS, type LegalBasis } from './legal-bases';

/** What the defaults are built from: known before the articles are written. */
export interface DecisionBasis {
  kind: TeamDecisionKind;
  communeName: string;
  provinceName: string;
  teams: Pick<DecisionTeam, 'name' | 'level' | 'villages'>[];
  /**
   * Per team, in the order of `teams` (kiện toàn, giải thể): the issued decision whose part for
   * that team is in force now, and the one that established the team. Null when the team has
   * none on record (e.g. set up before the app was used).
   */
  previousParts?: (PreviousPart | null)[];
  /** Why teams are dissolved, e.g. "sắp xếp, sáp nhập thôn" (giải thể only). */
  reason?: string;
}

/**
 * A team's part of an earlier decision, written out. `citation`: "Quyết định số 05/QĐ-UBND ngày
 * 05 tháng 01 năm 2026 của Chủ tịch Ủy ban nhân dân xã Hòa Bình".
 */
export interface PreviousPart {
  citation: string;
  /** The decision also governs teams this one leaves alone: only this team's part is replaced. */
  coversOtherTeams: boolean;
  /** The thành lập decision when it is not `citation` itself (the team was consolidated since). */
  founding: string | null;
}

const VERB: Record<TeamDecisionKind, string> = {
  thanh_lap: 'thành lập',
  kien_toan: 'kiện toàn',
  giai_the: 'giải thể',
};

// Longest first so "tổ dân phố" wins over shorter words.
const VILLAGE_UNITS = ['tổ dân phố', 'khu phố', 'thôn', 'bản', 'ấp', 'làng', 'buôn', 'khóm'];

function unitOf(village: string): string | null {
  const lower = village.normalize('NFC').toLocaleLowerCase('vi');
  return VILLAGE_UNITS.find((u) => lower.startsWith(`${u} `)) ?? null;
}

/** "các thôn, tổ dân phố" from the villages the teams serve; null when it cannot be said. */
function villageUnitsPhrase(teams: DecisionBasis['teams']): string | null {
  if (teams.some((t) => t.level !== 'village')) return null;
  const units: string[] = [];
  for (const v of teams.flatMap((t) => t.villages)) {
    const u = unitOf(v);
    if (u === null) return null;
    if (!units.includes(u)) units.push(u);
  }
  return units.length ? `các ${units.join(', ')}` : null;
}

const TEAM_PREFIX = 'Tổ công nghệ số cộng đồng ';

/** "Tổ công nghệ số cộng đồng thôn Nam và thôn Bắc"; names with another form are listed whole. */
export function namesTogether(names: string[]): string {
  const and = (xs: string[]) => (xs.length === 1 ? xs[0] : `${xs.slice(0, -1).join(', ')} và ${xs[xs.length - 1]}`);
  if (names.every((n) => n.startsWith(TEAM_PREFIX))) return TEAM_PREFIX + and(names.map((n) => n.slice(TEAM_PREFIX.length)));
  return and(names);
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/** A village team's name gets the commune after it; a commune team's name already has it. */
function teamWithCommune(team: DecisionBasis['teams'][number], communeName: string): string {
  return team.level === 'village' ? `${team.name}, ${communeName}` : team.name;
}

/** Trích yếu: "Về việc thành lập Tổ công nghệ số cộng đồng thôn An Lạc". */
export function defaultTitle(basis: DecisionBasis): string {
  const verb = VERB[basis.kind];
  if (basis.teams.length === 1) return `Về việc ${verb} ${basis.teams[0].name}`;
  // Kiện toàn and giải thể touch only some teams: the trích yếu names them (issue 8 §2).
  if (basis.kind !== 'thanh_lap' && basis.teams.length <= 6) return `Về việc ${verb} ${namesTogether(basis.teams.map((t) => t.name))}`;
  const units = villageUnitsPhrase(basis.teams);
  return units
    ? `Về việc ${verb} Tổ công nghệ số cộng đồng ${units} trên địa bàn ${basis.communeName}`
    : `Về việc ${verb} các Tổ công nghệ số cộng đồng trên địa bàn ${basis.communeName}`;
}

/**
 * Căn cứ lines: the 2025 local government law and Công văn 793 (national, fixed), and the
 * commune's own bases from its settings. A basis not entered is left out, never printed as "…"
 * (the draft carries a warning instead, see missingBasisWarning).
 */
export function defaultCanCu(opts: { bases?: Pick<LegalBasis, 'key' | 'number' | 'date' | 'issuer' | 'title'>[] } = {}): string[] {
  const line = (key: (typeof LEGAL_BASIS_KEYS)[number]) => {
    const b = opts.bases?.find((x) => x.key === key);
    return b ? [legalBasisLine(b)] : [];
  };
  return [
    'Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025',
    ...line('sap_xep_don_vi'),
    'Căn cứ Công văn số 793/BTTTT-THH ngày 05 tháng 3 năm 2022 của Bộ Thông tin và Truyền thông về việc hướng dẫn thí điểm triển khai Tổ công nghệ số cộng đồng',
    ...line('ke_hoach_tinh'),
    ...line('quy_dinh_tinh'),
  ];
}

/** Since 07/2025 commune offices are organised in phòng; the cultural-social one prepares this. */
export function defaultDeNghi(): string {
  return 'Theo đề nghị của Trưởng phòng Văn hóa - Xã hội';
}

const TASKS = [
  'Tuyên truyền, phổ biến chủ trương của Đảng, chính sách, pháp luật của Nhà nước về chuyển đổi số đến người dân; hướng dẫn người dân cài đặt, sử dụng các nền tảng số, ứng dụng số thiết yếu',
  'Hướng dẫn người dân sử dụng dịch vụ công trực tuyến; cài đặt, kích hoạt và sử dụng tài khoản định danh điện tử VNeID',
  'Hướng dẫn người dân mở tài khoản và sử dụng các phương thức thanh toán không dùng tiền mặt; hỗ trợ hộ sản xuất, kinh doanh mở gian hàng, đưa sản phẩm lên sàn thương mại điện tử',
  'Phổ biến kỹ năng số cơ bản, kỹ năng tự bảo vệ trên môi trường mạng; tham gia phong trào "Bình dân học vụ số" trên địa bàn',
  'Nắm bắt khó khăn, vướng mắc của người dân khi sử dụng nền tảng số, ứng dụng số và phản ánh kịp thời về Ủy ban nhân dân xã',
  'Thành viên Tổ làm việc theo chế độ kiêm nhiệm; Tổ trưởng phân công nhiệm vụ cụ thể cho từng thành viên và định kỳ báo cáo kết quả hoạt động về Ủy ban nhân dân xã (qua Phòng Văn hóa - Xã hội)',
];

/** "1. …;" … "n. …." — a list inside an article: each item ends ";" and the last ".". */
function numbered(items: string[]): string[] {
  return items.map((item, i) => `${i + 1}. ${item}${i === items.length - 1 ? '.' : ';'}`);
}

function headOfVillage(village: string): string {
  const unit = unitOf(village);
  if (unit === 'tổ dân phố') return `Tổ trưởng ${village}`;
  return `Trưởng ${village}`;
}

function executors(basis: DecisionBasis): string {
  const villages = basis.teams.flatMap((t) => t.villages);
  const heads =
    villages.length === 0 ? [] : villages.length <= 3 ? villages.map(headOfVillage) : ['Trưởng các thôn, tổ dân phố có liên quan'];
  const members =
    basis.kind === 'giai_the' ? 'thành viên các Tổ công nghệ số cộng đồng có tên tại Điều 1' : 'các thành viên có tên tại Điều 1';
  return [
    'Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã',
    'Trưởng phòng Văn hóa - Xã hội',
    ...heads,
    'Thủ trưởng các cơ quan, đơn vị có liên quan',
  ].join(', ') + ` và ${members} chịu trách nhiệm thi hành Quyết định này.`;
}

/** "Tổ công nghệ số cộng đồng thôn Nam (thành lập theo Quyết định số 05/QĐ-UBND …)". */
function withFounding(team: DecisionBasis['teams'][number], communeName: string, part: PreviousPart | null | undefined): string {
  const name = teamWithCommune(team, communeName);
  if (!part) return name;
  const founded = part.founding ?? part.citation;
  return part.founding ? `${name}, được thành lập theo ${founded} và kiện toàn theo ${part.citation}` : `${name}, được thành lập theo ${founded}`;
}

/**
 * What a kiện toàn replaces, team by team: only that team's member list when the earlier
 * decision also covers other teams, the whole earlier decision only when it was this team's alone.
 */
function replacements(basis: DecisionBasis): string[] {
  return basis.teams.flatMap((team, i) => {
    const part = basis.previousParts?.[i];
    if (!part) return [];
    return part.coversOtherTeams
      ? [`danh sách thành viên ${team.name} ban hành kèm theo ${part.citation}`]
      : [part.citation];
  });
}

/** Điều 1–3 for the decision's kind. */
export function defaultArticles(basis: DecisionBasis): DecisionArticle[] {
  const { teams, communeName, kind } = basis;
  const single = teams.length === 1;
  const list = numbered(teams.map((t) => t.name));
  const withList = (lead: string): string[] => (single ? [lead] : [lead, ...list]);

  let article1: string[];
  if (kind === 'giai_the') {
    // Each dissolved team with the decision that set it up, and from when (issue 8 §2).
    const from = 'kể từ ngày Quyết định này có hiệu lực';
    article1 = single
      ? [`Giải thể ${withFounding(teams[0], communeName, basis.previousParts?.[0])}, ${from}.`]
      : [
          `Giải thể ${two(teams.length)} Tổ công nghệ số cộng đồng trên địa bàn ${communeName} ${from}, cụ thể:`,
          ...numbered(teams.map((t, i) => withFounding({ ...t, level: 'commune' }, communeName, basis.previousParts?.[i]))),
        ];
    if (basis.reason) article1.push(`Lý do: ${basis.reason.replace(/[.;]\s*$/u, '')}.`);
  } else {
    const verb = kind === 'thanh_lap' ? 'Thành lập' : 'Kiện toàn';
    const members = 'gồm các thành viên có tên tại danh sách kèm theo Quyết định này';
    article1 = single
      ? [`${verb} ${teamWithCommune(teams[0], communeName)}, ${members}.`]
      : withList(`${verb} ${two(teams.length)} Tổ công nghệ số cộng đồng trên địa bàn ${communeName}, ${members}, cụ thể:`);
  }

  const subject = single ? 'Tổ công nghệ số cộng đồng' : 'Các Tổ công nghệ số cộng đồng';
  const article2 =
    kind === 'giai_the'
      ? [
          `${subject} có tên tại Điều 1 chấm dứt hoạt động kể từ ngày Quyết định này có hiệu lực; bàn giao hồ sơ, tài liệu, tài sản (nếu có) cho Ủy ban nhân dân xã (qua Phòng Văn hóa - Xã hội).`,
          'Phòng Văn hóa - Xã hội cập nhật danh sách Tổ công nghệ số cộng đồng trên địa bàn xã và báo cáo Sở Khoa học và Công nghệ theo quy định.',
        ]
      : [`${subject} có nhiệm vụ:`, ...numbered(TASKS)];

  // A whole earlier decision replaced for several of its teams is named once.
  const replaced = kind === 'kien_toan' ? [...new Set(replacements(basis))] : [];
  const effect = replaced.length
    ? `Quyết định này có hiệu lực kể từ ngày ký và thay thế ${replaced.join('; thay thế ')}.`
    : 'Quyết định này có hiệu lực kể từ ngày ký.';

  return [
    { label: 'Điều 1.', paragraphs: article1 },
    { label: 'Điều 2.', paragraphs: article2 },
    { label: 'Điều 3.', paragraphs: [effect, executors(basis)] },
  ];
}

/**
 * Đính chính / thu hồi / bãi bỏ: a new decision that names the earlier one (issue 8 §2). The
 * part to correct is left as "…" on purpose: issuing refuses a draft until the officer writes it.
 */
export function amendmentTexts(kind: AmendingKind, target: { citation: string; title: string }): { title: string; articles: DecisionArticle[] } {
  const about = target.title.replace(/^Về việc\s+/iu, '');
  const cited = `${target.citation} về việc ${about}`;
  const exec = 'Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã, Trưởng phòng Văn hóa - Xã hội, Thủ trưởng các cơ quan, đơn vị và cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.';
  const numberOnly = target.citation.replace(/^Quyết định số\s+(\S+).*$/u, '$1');
  if (kind === 'dinh_chinh') {
    return {
      title: `Về việc đính chính Quyết định số ${numberOnly}`,
      articles: [
        { label: 'Điều 1.', paragraphs: [`Đính chính ${cited} như sau:`, 'Tại …, đã ghi: "…".', 'Nay đính chính lại là: "…".'] },
        { label: 'Điều 2.', paragraphs: [`Quyết định này có hiệu lực kể từ ngày ký và là bộ phận không tách rời của Quyết định số ${numberOnly}. Các nội dung khác giữ nguyên.`] },
        { label: 'Điều 3.', paragraphs: [exec] },
      ],
    };
  }
  const verb = kind === 'thu_hoi' ? 'thu hồi' : 'bãi bỏ';
  return {
    title: `Về việc ${verb} Quyết định số ${numberOnly}`,
    articles: [
      { label: 'Điều 1.', paragraphs: [`${verb === 'thu hồi' ? 'Thu hồi' : 'Bãi bỏ'} ${cited}.`, 'Lý do: ….'] },
      { label: 'Điều 2.', paragraphs: ['Quyết định này có hiệu lực kể từ ngày ký.'] },
      { label: 'Điều 3.', paragraphs: [exec] },
    ],
  };
}

/** Nơi nhận: "Như Điều 3" first, the province's science department above, the archive last. */
export function defaultRecipients(basis: Pick<DecisionContent, 'provinceName'>): string[] {
  return [
    'Như Điều 3',
    `Sở Khoa học và Công nghệ ${basis.provinceName} (để báo cáo)`,
    'Thường trực Đảng ủy xã',
    'Thường trực HĐND xã',
    'Chủ tịch, các Phó Chủ tịch UBND xã',
    'Lưu: VT, VHXH',
  ];
}
