/**
 * Default wording of a new decision (2025 onwards: two-level local government, no district).
 * The officer edits these before issuing; once issued the edited text is frozen in the content.
 */
import type { DecisionArticle, DecisionContent, DecisionKind, DecisionTeam } from './content';

/** What the defaults are built from: known before the articles are written. */
export interface DecisionBasis {
  kind: DecisionKind;
  communeName: string;
  provinceName: string;
  teams: Pick<DecisionTeam, 'name' | 'level' | 'villages'>[];
  /**
   * Earlier decisions this one replaces (kiện toàn) or the decision that established the teams
   * (giải thể), written out: "Quyết định số 15/QĐ-UBND ngày 10 tháng 3 năm 2023 của Chủ tịch …".
   */
  previousDecisions?: string[];
  /** Why teams are dissolved, e.g. "sắp xếp, sáp nhập thôn" (giải thể only). */
  reason?: string;
}

const VERB: Record<DecisionKind, string> = {
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

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/** A village team's name gets the commune after it; a commune team's name already has it. */
function teamWithCommune(team: DecisionBasis['teams'][number], communeName: string): string {
  return team.level === 'village' ? `${team.name}, ${communeName}` : team.name;
}

/** Trích yếu: "Về việc thành lập Tổ công nghệ số cộng đồng thôn An Lạc". */
export function defaultTitle(basis: DecisionBasis): string {
  const verb = VERB[basis.kind];
  if (basis.teams.length === 1) return `Về việc ${verb} ${basis.teams[0].name}`;
  const units = villageUnitsPhrase(basis.teams);
  return units
    ? `Về việc ${verb} Tổ công nghệ số cộng đồng ${units} trên địa bàn ${basis.communeName}`
    : `Về việc ${verb} các Tổ công nghệ số cộng đồng trên địa bàn ${basis.communeName}`;
}

/** Căn cứ lines; the "…" placeholders are for the officer to complete. */
export function defaultCanCu(opts: { provinceName?: string } = {}): string[] {
  const province = opts.provinceName ?? 'tỉnh …';
  return [
    'Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025',
    `Căn cứ Nghị quyết số …/NQ-UBTVQH15 ngày … tháng 6 năm 2025 của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của ${province} năm 2025`,
    'Căn cứ Công văn số 793/BTTTT-THH ngày 05 tháng 3 năm 2022 của Bộ Thông tin và Truyền thông về việc hướng dẫn thí điểm triển khai Tổ công nghệ số cộng đồng',
    `Căn cứ Kế hoạch số …/KH-UBND ngày … tháng … năm … của Ủy ban nhân dân ${province} về việc triển khai Tổ công nghệ số cộng đồng`,
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

/** Điều 1–3 for the decision's kind. */
export function defaultArticles(basis: DecisionBasis): DecisionArticle[] {
  const { teams, communeName, kind } = basis;
  const single = teams.length === 1;
  const previous = basis.previousDecisions?.length ? basis.previousDecisions.join(', ') : null;
  const list = numbered(teams.map((t) => t.name));
  const withList = (lead: string): string[] => (single ? [lead] : [lead, ...list]);

  let article1: string[];
  if (kind === 'giai_the') {
    const established = previous ? ` được thành lập theo ${previous}` : '';
    article1 = single
      ? [`Giải thể ${teamWithCommune(teams[0], communeName)}${established}.`]
      : withList(`Giải thể ${two(teams.length)} Tổ công nghệ số cộng đồng trên địa bàn ${communeName}${established}, cụ thể:`);
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

  const effect =
    kind === 'kien_toan' && previous
      ? `Quyết định này có hiệu lực kể từ ngày ký và thay thế ${previous}.`
      : 'Quyết định này có hiệu lực kể từ ngày ký.';

  return [
    { label: 'Điều 1.', paragraphs: article1 },
    { label: 'Điều 2.', paragraphs: article2 },
    { label: 'Điều 3.', paragraphs: [effect, executors(basis)] },
  ];
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
