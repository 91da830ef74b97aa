/**
 * The legal bases (căn cứ) a commune cites in every decision about its teams, kept once in the
 * commune settings (issue 8 §1): the Standing Committee's resolution arranging the commune-level
 * units, the province's plan for the teams, and the province's own rules on them.
 */
import { longDate } from '../text/dates';

export const LEGAL_BASIS_KEYS = ['sap_xep_don_vi', 'ke_hoach_tinh', 'quy_dinh_tinh'] as const;
export type LegalBasisKey = (typeof LEGAL_BASIS_KEYS)[number];

export const LEGAL_BASES: Record<LegalBasisKey, { label: string; docType: string; example: { number: string; issuer: string; title: string } }> = {
  sap_xep_don_vi: {
    label: 'Nghị quyết sắp xếp đơn vị hành chính cấp xã',
    docType: 'Nghị quyết',
    example: { number: '1680/NQ-UBTVQH15', issuer: 'Ủy ban Thường vụ Quốc hội', title: 'về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Quảng Trị năm 2025' },
  },
  ke_hoach_tinh: {
    label: 'Kế hoạch của tỉnh về Tổ công nghệ số cộng đồng',
    docType: 'Kế hoạch',
    example: { number: '215/KH-UBND', issuer: 'Ủy ban nhân dân tỉnh Quảng Trị', title: 'về việc triển khai Tổ công nghệ số cộng đồng trên địa bàn tỉnh' },
  },
  quy_dinh_tinh: {
    label: 'Quy định của tỉnh về tổ chức, hoạt động của Tổ',
    docType: 'Quyết định',
    example: { number: '25/2025/QĐ-UBND', issuer: 'Ủy ban nhân dân tỉnh Quảng Trị', title: 'ban hành Quy định tổ chức và hoạt động của Tổ công nghệ số cộng đồng' },
  },
};

export interface LegalBasis {
  key: LegalBasisKey;
  /** Số, ký hiệu: "1680/NQ-UBTVQH15". */
  number: string;
  /** Ngày ban hành, ISO. */
  date: string;
  issuer: string;
  /** Trích yếu as it follows the issuer: "về việc …", "ban hành Quy định …". */
  title: string;
  version: number;
  updatedAt: string;
}

/** "Căn cứ Nghị quyết số 1680/NQ-UBTVQH15 ngày 16 tháng 6 năm 2025 của Ủy ban Thường vụ Quốc hội về việc …". */
export function legalBasisLine(b: Pick<LegalBasis, 'key' | 'number' | 'date' | 'issuer' | 'title'>): string {
  return `Căn cứ ${LEGAL_BASES[b.key].docType} số ${b.number.trim()} ${longDate(b.date)} của ${b.issuer.trim()} ${b.title.trim().replace(/[.;]\s*$/u, '')}`;
}

/** "Chưa khai báo … trong thông tin xã/phường; dòng căn cứ này được bỏ qua." */
export function missingBasisWarning(key: LegalBasisKey): string {
  return `Chưa khai báo "${LEGAL_BASES[key].label}" trong thông tin xã/phường (mục Căn cứ pháp lý); dự thảo không có dòng căn cứ này.`;
}
