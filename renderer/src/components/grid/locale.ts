import { AG_GRID_LOCALE_VN } from '@ag-grid-community/locale';

/**
 * ag-grid's Vietnamese strings, reviewed: the package writes menu items in English-style
 * Title Case ("Sắp Xếp Tăng Dần"), which reads oddly in Vietnamese, so they are put in
 * sentence case; a few wordings are replaced by what Vietnamese office software says.
 */
const OVERRIDES: Record<string, string> = {
  noRowsToShow: 'Không có dữ liệu',
  loadingOoo: 'Đang tải…',
  loadingError: 'Lỗi tải dữ liệu',
  selectAll: '(Chọn tất cả)',
  searchOoo: 'Tìm…',
  filterOoo: 'Lọc…',
  of: 'trên',
  dateFormatOoo: 'dd/mm/yyyy',
  empty: 'Chọn một',
  blanks: '(Trống)',
  ariaFilterInput: 'Ô nhập bộ lọc',
  nextPage: 'Trang sau',
};

function sentenceCase(text: string): string {
  const words = text.split(' ');
  if (words.length < 2) return text;
  return words
    .map((w, i) => {
      // Keep acronyms (CSV, VÀ, HOẶC) and the first word; lower the rest of a Title Case label.
      if (i === 0 || w === w.toUpperCase()) return w;
      return w.charAt(0).toLowerCase() + w.slice(1);
    })
    .join(' ');
}

export const GRID_LOCALE_VI: Record<string, string> = Object.fromEntries(
  Object.entries(AG_GRID_LOCALE_VN as Record<string, string>).map(([key, text]) => [
    key,
    OVERRIDES[key] ?? (key.startsWith('aria') ? text : sentenceCase(text)),
  ]),
);
