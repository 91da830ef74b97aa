/**
 * The ND30 document kit: what every paper the commune issues shares under Nghị định 30/2020/NĐ-CP
 * (Phụ lục I; DOMAIN.md §3) — A4 page and margins, the administrative header (issuing body left,
 * Quốc hiệu and Tiêu ngữ right), place-and-date wording, the signature block's hints and the
 * "Nơi nhận" list. The decision PDF and DOCX (decisions/document), the training sheets
 * (trainings/document) and both workbooks (xlsx/, the report and the allowance workbook) take
 * these from here, so they cannot drift apart.
 */
import type { CommuneKind } from '../../../shared/domain/vocabulary';
import { communeTitle } from '../../../shared/reports/format';
import { placeDateLine } from '../../../shared/text/dates';
import { upperVi } from '../../../shared/text/vietnamese';

export const MM = 72 / 25.4;

/** A4 portrait in points, and ND30's margins in millimetres (top/bottom 20–25, left 30–35, right 15–20). */
export const A4 = { width: 595.28, height: 841.89 } as const;
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
/** Page numbers sit in the top margin, this far from the edge. */
export const HEADER_DISTANCE_MM = 10;

export const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** Short rules: under the issuing body about 1/3–1/2 of its name, under a trích yếu 1/3 of it. */
export const RULE_FRACTION = { issuer: 0.45, title: 1 / 3 } as const;

/** Point sizes ND30 gives the parts of the header and the sign-off (the middle of each range). */
export const SIZES = {
  issuer: 13,
  number: 13,
  nation: 13,
  motto: 14,
  placeDate: 14,
  signerTitle: 14,
  recipientsHead: 12,
  recipient: 11,
} as const;

/** "ỦY BAN NHÂN DÂN" / "XÃ HÒA BÌNH": a commune People's Committee as the issuing body. */
export function communeIssuer(kind: CommuneKind, name: string): [string, string] {
  return ['ỦY BAN NHÂN DÂN', upperVi(communeTitle(kind, name))];
}

/** "Hòa Bình, ngày 05 tháng 01 năm 2026". */
export const placeDate = placeDateLine;

export const SIGN_HINT = '(Ký, ghi rõ họ tên)';
export const SIGN_AND_SEAL_HINT = '(Ký tên, đóng dấu)';
export const RECIPIENTS_HEAD = 'Nơi nhận:';

/** ND30 punctuation of a list: every item ends ";" except the last, which ends ".". */
export function punctuate(items: string[], lastMark = '.'): string[] {
  return items.map((t, i) => t.trim().replace(/[;.,:]+$/u, '') + (i === items.length - 1 ? lastMark : ';'));
}

/** The "Nơi nhận" lines as printed: "- Như trên;" … "- Lưu: VT.". */
export function recipientLines(items: string[]): string[] {
  return punctuate(items).map((r) => `- ${r}`);
}
