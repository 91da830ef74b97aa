/**
 * Every size, weight, indent and gap of the decision, in one place (points; 1 mm = 72/25.4 pt).
 * Values follow Nghị định 30/2020/NĐ-CP, Phụ lục I, with a 14 pt body.
 */
import { A4, HEADER_DISTANCE_MM, MARGINS_MM, MM, RULE_FRACTION, SIZES } from '../../documents/nd30';

export { MM };

/** A4 portrait with the margins of the ND30 kit (documents/nd30.ts), in points. */
export const PAGE = {
  width: A4.width,
  height: A4.height,
  margins: { top: MARGINS_MM.top * MM, bottom: MARGINS_MM.bottom * MM, left: MARGINS_MM.left * MM, right: MARGINS_MM.right * MM },
  headerDistance: HEADER_DISTANCE_MM * MM,
} as const;

export const TEXT_WIDTH = PAGE.width - PAGE.margins.left - PAGE.margins.right; // 165 mm

export const FONT_FAMILY = 'Times New Roman';
/** Page numbers: centred in the top margin, 13–14 pt, upright. */
export const PAGE_NUMBER_SIZE = 14;

/** Rules: thin solid lines; a short rule is 1/3–1/2 as long as the text line above it. */
export const RULE = {
  thickness: 0.6, bodyFraction: RULE_FRACTION.issuer, titleFraction: RULE_FRACTION.title, gapAbove: 2.5,
  /** Under the trích yếu and the annex heading: clear of the descenders (g, p, y, ạ) above it. */
  titleGapAbove: 6,
} as const;

export const HEADER = {
  // Right column must hold "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" at 13 pt bold (≈ 95 mm).
  leftWidth: 64 * MM,
  parentSize: SIZES.issuer, // cơ quan chủ quản: upper case, regular
  bodySize: SIZES.issuer, // issuing body: upper case, bold
  numberSize: SIZES.number, // "Số: 07/QĐ-UBND"
  nationSize: SIZES.nation, // Quốc hiệu: upper case, bold
  mottoSize: SIZES.motto, // Tiêu ngữ: bold, rule as long as the line
  dateSize: SIZES.placeDate, // địa danh, ngày tháng: italic
  secondRowGap: 6,
} as const;

export const BODY = {
  size: 14,
  lineSpacing: 1.0, // ND30: single to 1.5 lines
  paragraphGap: 6, // ND30: at least 6 pt between paragraphs
  firstLineIndent: 1.27 * 10 * MM, // ND30: 1–1.27 cm
} as const;

export const HEADING = {
  kindSize: 14, // "QUYẾT ĐỊNH"
  kindSpaceBefore: 20,
  titleSize: 14, // trích yếu
  titleRuleAfter: 12,
  authoritySize: 14, // "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ …"
  authoritySpaceAfter: 8,
  decidesSize: 14, // "QUYẾT ĐỊNH:"
  decidesSpaceBefore: 6,
  decidesSpaceAfter: 10,
} as const;

export const SIGNATURE = {
  leftWidth: 80 * MM,
  spaceBefore: 6,
  titleSize: SIZES.signerTitle, // "CHỦ TỊCH", "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH": bold upper
  nameSize: SIZES.signerTitle, // signer's full name: bold
  space: 30 * MM, // room for signature and seal
  recipientsHeadSize: SIZES.recipientsHead, // "Nơi nhận:" bold italic
  recipientSize: SIZES.recipient,
} as const;

export const ANNEX = {
  titleSize: 14,
  referenceSize: 14,
  ruleAfter: 12,
  teamHeadingSize: 14,
  teamHeadingSpaceBefore: 6,
  tableSize: 12,
  tablePadding: { x: 1.5 * MM, y: 2 },
  borderWidth: 0.5,
  tableSpaceAfter: 10,
  /** Column widths in mm; they add up to the 165 mm text width. */
  columns: [
    { title: 'STT', mm: 12, align: 'center' },
    { title: 'Họ và tên', mm: 43, align: 'left' },
    { title: 'Chức vụ, đơn vị công tác', mm: 42, align: 'left' },
    { title: 'Chức danh trong Tổ', mm: 25, align: 'center' },
    { title: 'Số điện thoại', mm: 25, align: 'center' },
    { title: 'Ghi chú', mm: 18, align: 'left' },
  ],
} as const;
