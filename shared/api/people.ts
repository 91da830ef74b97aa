import { z } from 'zod';
import { BACKGROUND_ROLES, GENDERS, keysOf, TEAM_POSITIONS } from '../domain/vocabulary';
import type { DeletionImpact } from '../privacy/deletion';
import { checkCccd, normalizePhone } from '../text/identity';
import { birthDate, id, op, optionalText, requiredText, version, type FileResult } from './define';

/** A person as lists show them: the CCCD is masked; the full number only in `people.get`. */
export interface PersonRow {
  id: string;
  fullName: string;
  gender: keyof typeof GENDERS | null;
  birthYear: number | null;
  phone: string | null;
  cccdMasked: string;
  organisation: string | null;
  jobTitle: string | null;
  backgroundRole: keyof typeof BACKGROUND_ROLES;
  villageId: string | null;
  villageName: string | null;
  teams: { teamId: string; teamName: string; position: keyof typeof TEAM_POSITIONS }[];
  version: number;
}

export interface Person extends Omit<PersonRow, 'cccdMasked'> {
  birthDate: string | null;
  cccd: string | null;
  note: string | null;
  updatedAt: string;
}

export interface DuplicateCandidate {
  id: string;
  fullName: string;
  birthYear: number | null;
  phone: string | null;
  reason: 'cccd' | 'name_birth_phone';
}

const phone = z
  .string()
  .max(30, 'Số điện thoại dài quá 30 ký tự.')
  .nullish()
  .transform((s, ctx) => {
    if (!s || !s.trim()) return null;
    const checked = normalizePhone(s);
    if (!checked.ok) {
      ctx.addIssue({ code: 'custom', message: checked.message });
      return z.NEVER;
    }
    return checked.value;
  });

export const personFields = z
  .object({
    fullName: requiredText('Họ và tên', 100),
    gender: z.enum(keysOf(GENDERS)).nullish().transform((g) => g ?? null),
    birthYear: z
      .number({ error: 'Năm sinh phải là số.' })
      .int('Năm sinh phải là số nguyên.')
      .min(1900, 'Năm sinh phải từ 1900.')
      .max(new Date().getFullYear(), 'Năm sinh không được ở tương lai.')
      .nullish()
      .transform((n) => n ?? null),
    birthDate: birthDate.nullish().transform((d) => d ?? null),
    phone,
    cccd: z.string().max(20, 'Số CCCD dài quá 20 ký tự.').nullish().transform((s) => (s && s.trim() ? s.replace(/\s/gu, '') : null)),
    organisation: optionalText('Đơn vị công tác', 200),
    jobTitle: optionalText('Chức vụ', 200),
    backgroundRole: z.enum(keysOf(BACKGROUND_ROLES), { error: 'Chọn thành phần.' }).default('nguoi_dan'),
    villageId: id.nullish().transform((v) => v ?? null),
    note: optionalText('Ghi chú', 1000),
  })
  .transform((p, ctx) => {
    // Birth date and birth year must agree; the year is derived when only the date is given.
    const birthYear = p.birthDate ? Number(p.birthDate.slice(0, 4)) : p.birthYear;
    if (p.birthDate && p.birthYear && p.birthYear !== birthYear) {
      ctx.addIssue({ code: 'custom', path: ['birthYear'], message: 'Năm sinh không khớp ngày sinh.' });
    }
    if (p.cccd) {
      const checked = checkCccd(p.cccd, birthYear);
      if (!checked.ok) ctx.addIssue({ code: 'custom', path: ['cccd'], message: checked.message });
    }
    return { ...p, birthYear };
  });

/**
 * How deep the search pages (issue 12): past its first 1,000 matches the search shows "hơn 1.000"
 * and no exact total, and walking a broad query further in name order costs in proportion to the
 * depth (page 100 of "nguyen" was 14 ms at 100,000 people). The app never pages that far (it shows
 * the first 200); deeper asks for more words.
 */
export const SEARCH_OFFSET_MAX = 1000;
export const SEARCH_TOO_DEEP = 'Tìm kiếm chỉ xem được 1.000 người đầu tiên khớp; hãy gõ thêm chữ (tên đệm, tên, số điện thoại) để thu hẹp kết quả.';

export const peopleOperations = {
  /**
   * Each query word begins a word of the name, phone or organisation (shared/text/search.ts), in
   * Vietnamese name order. `total` is exact up to 1,000; past it `more` is true and `total` is a
   * lower bound ("hơn 1.000").
   */
  'people.search': op<{ rows: PersonRow[]; total: number; more: boolean }>()(
    z.object({
      query: z.string().max(100).default(''),
      teamId: id.optional(),
      limit: z.number().int().min(1).max(5000).default(200),
      offset: z.number().int().min(0).max(SEARCH_OFFSET_MAX, SEARCH_TOO_DEEP).default(0),
    }),
  ),
  'people.get': op<Person>()(z.object({ id })),
  /** Refused with DUPLICATE (details: candidates) unless `confirmDuplicate`; same CCCD is always refused. */
  'people.create': op<Person>()(
    z.object({ person: personFields, confirmDuplicate: z.boolean().default(false) }),
  ),
  'people.update': op<Person>()(
    z.object({ id, version, person: personFields, confirmDuplicate: z.boolean().default(false) }),
  ),
  /**
   * Deletes a person's data on request (NĐ 13/2023/NĐ-CP; Luật Bảo vệ dữ liệu cá nhân 2025): the
   * record stays as "Người đã xóa thông tin" so memberships, attendance and report totals stay
   * right; issued decisions keep their frozen text. Also cleans the audit trail of them.
   */
  'people.delete': op<{ id: string; erasedAt: string }>()(z.object({ id, version })),
  /** What people.delete would touch, for the explanation shown before confirming. */
  'people.deletionImpact': op<DeletionImpact>()(z.object({ id })),
  /** Everything the app holds about one person (their right of access), as PDF or XLSX. */
  'people.exportData': op<FileResult>()(z.object({ id, format: z.enum(['pdf', 'xlsx']) })),
};
