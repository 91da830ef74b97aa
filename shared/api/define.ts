import { z } from 'zod';

/**
 * One operation of the contract: its input schema (checked at every transport boundary)
 * and its result type (a phantom field, only for the type checker).
 * Usage: `op<Village[]>()(z.object({...}))`.
 */
export interface Operation<I extends z.ZodType, R> {
  input: I;
  result: R;
}
export const op =
  <R>() =>
  <I extends z.ZodType>(input: I): Operation<I, R> => ({ input, result: undefined as R });

export const noInput = z.object({}).strict();

// Shared field schemas with Vietnamese messages. Every string and array has a maximum
// (issue 12: every cost an input can choose is capped; test/unit/contract/caps.test.ts).
export const id = z.string().min(1, 'Thiếu mã bản ghi.').max(64, 'Mã bản ghi không hợp lệ.');
export const version = z.number().int().nonnegative();
export const isoDate = z
  .string()
  .max(10, 'Ngày không hợp lệ (cần dạng dd/mm/yyyy).')
  .regex(/^\d{4}-\d{2}-\d{2}$/u, 'Ngày không hợp lệ (cần dạng dd/mm/yyyy).')
  .refine((s) => !Number.isNaN(Date.parse(s + 'T00:00:00Z')) && new Date(s + 'T00:00:00Z').toISOString().startsWith(s), 'Ngày không tồn tại.');
export const requiredText = (label: string, max = 200) =>
  z
    .string({ error: `${label} không được để trống.` })
    // Room for stray spaces (folded below), yet never more than a few times the limit.
    .max(max * 4, `${label} dài quá ${max} ký tự.`)
    .transform((s) => s.normalize('NFC').replace(/\s+/gu, ' ').trim())
    .pipe(z.string().min(1, `${label} không được để trống.`).max(max, `${label} dài quá ${max} ký tự.`));
export const optionalText = (label: string, max = 500) =>
  z
    .string()
    .max(max, `${label} dài quá ${max} ký tự.`)
    .transform((s) => s.normalize('NFC').replace(/[ \t]+/gu, ' ').trim())
    .nullish()
    .transform((s) => (s ? s : null));

/** A short free text with a cap (codes, labels, search words), no normalising. */
export const shortText = (max = 200, label = 'Nội dung') => z.string().max(max, `${label} dài quá ${max} ký tự.`);

/** A list with a cap on its length. */
export const list = <T extends z.ZodType>(item: T, max: number, label = 'Danh sách') =>
  z.array(item).max(max, `${label} có quá ${max} mục.`);

const yearOf = (iso: string) => Number(iso.slice(0, 4));
const todayIso = () => new Date().toISOString().slice(0, 10);

/** A birth date: from 1900 to today (issue 12: 9999-12-31 and 0000-01-01 were accepted). */
export const birthDate = isoDate
  .refine((s) => yearOf(s) >= 1900, 'Ngày sinh phải từ năm 1900.')
  .refine((s) => s <= todayIso(), 'Ngày sinh không được ở tương lai.');

/** Earliest and latest year of an office event (a decision, a session, a membership). */
export const EVENT_YEARS = { from: 2000, ahead: 5 } as const;

/** The date of an office event: from 2000 to five years ahead, nothing absurd. */
export const eventDate = isoDate.refine((s) => {
  const year = yearOf(s);
  return year >= EVENT_YEARS.from && year <= new Date().getFullYear() + EVENT_YEARS.ahead;
}, `Ngày phải trong khoảng từ năm ${EVENT_YEARS.from} đến ${EVENT_YEARS.ahead} năm tới.`);

/** A file produced by the back end: bytes plus a suggested name. */
export interface FileResult {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

/** Uploaded file bytes (IPC: structured clone; HTTP: the $bytes codec). Any backing buffer. */
export const bytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array, { message: 'Thiếu tệp.' });
