/**
 * The frozen content of a decision (Quyết định thành lập / kiện toàn / giải thể Tổ công nghệ số
 * cộng đồng). It is snapshotted when the decision is issued and must hold everything needed to
 * print it again, years later, identically: nothing is looked up at render time.
 * Plain JSON: no Dates, no class instances.
 */
import { z } from 'zod';

/** Decisions about teams: they carry the teams (and, except giải thể, their member lists). */
export const TEAM_DECISION_KINDS = {
  thanh_lap: 'Thành lập',
  kien_toan: 'Kiện toàn',
  giai_the: 'Giải thể',
} as const;
export type TeamDecisionKind = keyof typeof TEAM_DECISION_KINDS;

/**
 * Acts on an earlier decision: the only lawful way to correct or withdraw one once issued
 * (issue 8 §2; Luật Ban hành văn bản quy phạm pháp luật applies the same idea to all acts).
 */
export const AMENDING_KINDS = {
  dinh_chinh: 'Đính chính',
  thu_hoi: 'Thu hồi',
  bai_bo: 'Bãi bỏ',
} as const;
export type AmendingKind = keyof typeof AMENDING_KINDS;

export const DECISION_KINDS = { ...TEAM_DECISION_KINDS, ...AMENDING_KINDS } as const;
export type DecisionKind = keyof typeof DECISION_KINDS;
export const isAmendingKind = (k: DecisionKind): k is AmendingKind => k in AMENDING_KINDS;

const text = z.string().trim().min(1);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'Ngày phải có dạng YYYY-MM-DD');

export const decisionMemberSchema = z.object({
  fullName: text,
  position: z.enum(['to_truong', 'to_pho', 'thanh_vien']),
  /** As printed in "Chức danh trong Tổ": "Tổ trưởng", "Tổ phó", "Thành viên". */
  positionLabel: text,
  /** "Chức vụ, đơn vị công tác", e.g. "Bí thư Chi đoàn thôn An Lạc". */
  workplace: z.string().trim(),
  phone: z.string().trim().nullable(),
  note: z.string().trim().nullable(),
});

export const decisionTeamSchema = z.object({
  /** Full name as printed: "Tổ công nghệ số cộng đồng thôn An Lạc". */
  name: text,
  level: z.enum(['village', 'commune']),
  /** Village units the team serves, e.g. ["thôn An Lạc"]; may be empty for a commune team. */
  villages: z.array(text),
  /** In print order. Empty for a giải thể decision (no member list is printed then). */
  members: z.array(decisionMemberSchema),
});

export const decisionArticleSchema = z.object({
  /** "Điều 1." — printed bold, followed on the same line by the first paragraph. */
  label: text,
  paragraphs: z.array(text).min(1),
});

export const decisionContentSchema = z.object({
  kind: z.enum(['thanh_lap', 'kien_toan', 'giai_the', 'dinh_chinh', 'thu_hoi', 'bai_bo']),
  /** Register number within the year; null prints a blank for the văn thư to fill in. */
  number: z.number().int().positive().nullable(),
  year: z.number().int().min(2000).max(2100),
  /** Ký hiệu after the slash: "QĐ-UBND". */
  symbol: text,
  /** Signing date (ISO); null prints "ngày … tháng … năm ‹year›" for a draft. */
  date: isoDate.nullable(),
  /** Địa danh for "Hòa Bình, ngày 05 tháng 01 năm 2026". */
  placeName: text,
  issuingBody: z.object({
    /** ND30 "cơ quan chủ quản" line, printed regular weight; null for a UBND xã/phường. */
    parent: z.string().trim().min(1).nullable(),
    /** The issuing body's own name, upper case, one entry per printed line, bold. */
    nameLines: z.array(text).min(1).max(3),
  }),
  /** "xã Hòa Bình" / "phường Thuận Hóa" — lower-case kind as used inside sentences. */
  communeName: text,
  /** "tỉnh Quảng Trị" / "thành phố Huế". */
  provinceName: text,
  /** Who holds the power: the chair alone (default) or the People's Committee collectively. */
  authority: z.enum(['chair', 'collective']),
  signer: z.object({
    fullName: text,
    capacity: z.enum(['chair', 'vice_chair']),
  }),
  /** Trích yếu: "Về việc thành lập Tổ công nghệ số cộng đồng thôn An Lạc". */
  title: text,
  /** Căn cứ lines; the trailing ";" / "." is added when printing. */
  canCu: z.array(text),
  /** "Theo đề nghị của Trưởng phòng Văn hóa - Xã hội". */
  deNghi: text,
  articles: z.array(decisionArticleSchema).min(1),
  /** Nơi nhận entries without the leading "- " and trailing ";"; the last is usually "Lưu: VT, VHXH". */
  recipients: z.array(text).min(1),
  /** Empty only for an đính chính / thu hồi / bãi bỏ, which acts on a decision, not on teams. */
  teams: z.array(decisionTeamSchema),
}).refine((c) => c.teams.length > 0 || ['dinh_chinh', 'thu_hoi', 'bai_bo'].includes(c.kind), {
  message: 'Quyết định về tổ phải có ít nhất một tổ.',
  path: ['teams'],
});

export type DecisionContent = z.infer<typeof decisionContentSchema>;
export type DecisionTeam = z.infer<typeof decisionTeamSchema>;
export type DecisionMember = z.infer<typeof decisionMemberSchema>;
export type DecisionArticle = z.infer<typeof decisionArticleSchema>;

/** The member list (annex) is printed unless the decision dissolves teams or lists nobody. */
export function hasMemberAnnex(content: Pick<DecisionContent, 'kind' | 'teams'>): boolean {
  return content.kind !== 'giai_the' && content.teams.some((t) => t.members.length > 0);
}

export * from './format';
export * from './wording';
export * from './default-texts';
export * from './legal-bases';
export * from './placeholders';
