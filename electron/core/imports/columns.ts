/**
 * Which field a column header names, on whole words of its folded text (issue 14 §8: "Thông
 * tin cá nhân" once mapped to the village column because a prefix pattern ^thon matched "thong").
 * Used to find the header rows (read/table.ts) and to guess the column mapping (members/).
 */
import type { ColumnMapping, ImportField } from '../../../shared/api/imports';
import { foldDiacritics } from '../../../shared/text/vietnamese';

/**
 * A header cell as words: folded (no diacritics, lower case), punctuation as spaces.
 * "Thôn/Tổ dân phố" → "thon to dan pho"; "SĐT:" → "sdt".
 */
export function headerWords(text: string): string {
  return foldDiacritics(text).replace(/[^a-z0-9]+/gu, ' ').trim();
}

/** A pattern on whole words: "thon" matches "thon" and "ten thon", never "thong tin". */
const words = (...alternatives: string[]) => new RegExp(`(?:^| )(?:${alternatives.join('|')})(?: |$)`, 'u');
const startsWithWords = (...alternatives: string[]) => new RegExp(`^(?:${alternatives.join('|')})(?: |$)`, 'u');

// Header wordings seen in offices' lists (as headerWords gives them), most specific first.
const HEADER_PATTERNS: [ImportField, RegExp][] = [
  ['position', words('chuc danh trong to', 'chuc danh to', 'vi tri trong to', 'nhiem vu trong to')],
  ['fullName', startsWithWords('ho va ten', 'ho ten', 'ten thanh vien', 'ho va ten thanh vien')],
  ['birth', words('nam sinh', 'ngay sinh', 'sinh nam', 'ngay thang nam sinh')],
  ['gender', words('gioi tinh', 'gioi')],
  ['gender', /^nam nu$/u],
  ['phone', words('dien thoai', 'sdt', 'so dt', 'dt', 'di dong')],
  ['cccd', words('cccd', 'can cuoc', 'can cuoc cong dan', 'cmnd', 'dinh danh', 'so dinh danh')],
  ['backgroundRole', words('thanh phan', 'doi tuong', 'luc luong')],
  ['jobTitle', words('chuc vu')],
  ['organisation', words('don vi', 'co quan', 'noi cong tac')],
  ['village', startsWithWords('thon', 'to dan pho', 'ban', 'ap', 'khu pho', 'thon to', 'tdp')],
  ['village', words('dia chi', 'noi o', 'cu tru', 'xom', 'ten thon', 'ten to dan pho')],
  ['note', words('ghi chu')],
];

/** The field a header cell names, or null: whole words only. */
export function fieldOfHeader(text: string): ImportField | null {
  const folded = headerWords(text);
  if (!folded) return null;
  return HEADER_PATTERNS.find(([, pattern]) => pattern.test(folded))?.[0] ?? null;
}

/** Guesses which column holds which field from the header wording. */
export function guessMapping(header: string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  header.forEach((text, column) => {
    const folded = headerWords(text);
    if (!folded) return;
    const match = HEADER_PATTERNS.find(([field, pattern]) => mapping[field] === undefined && pattern.test(folded));
    if (match) mapping[match[0]] = column;
  });
  return mapping;
}
