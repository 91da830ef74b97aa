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

// Shared field schemas with Vietnamese messages.
export const id = z.string().min(1, 'Thiếu mã bản ghi.');
export const version = z.number().int().nonnegative();
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/u, 'Ngày không hợp lệ (cần dạng dd/mm/yyyy).')
  .refine((s) => !Number.isNaN(Date.parse(s + 'T00:00:00Z')) && new Date(s + 'T00:00:00Z').toISOString().startsWith(s), 'Ngày không tồn tại.');
export const requiredText = (label: string, max = 200) =>
  z
    .string({ error: `${label} không được để trống.` })
    .transform((s) => s.normalize('NFC').replace(/\s+/gu, ' ').trim())
    .pipe(z.string().min(1, `${label} không được để trống.`).max(max, `${label} dài quá ${max} ký tự.`));
export const optionalText = (label: string, max = 500) =>
  z
    .string()
    .max(max, `${label} dài quá ${max} ký tự.`)
    .transform((s) => s.normalize('NFC').replace(/[ \t]+/gu, ' ').trim())
    .nullish()
    .transform((s) => (s ? s : null));

/** A file produced by the back end: bytes plus a suggested name. */
export interface FileResult {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

/** Uploaded file bytes (IPC: structured clone; HTTP: the $bytes codec). Any backing buffer. */
export const bytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array, { message: 'Thiếu tệp.' });
