/**
 * What a PDF handed to the verifier may cost (issue 12: a crafted file must not freeze the app).
 * Decisions are tens of kilobytes with a few dozen objects and one or two signatures; these caps
 * leave room for long scanned annexes while bounding the work a file can ask for.
 */
import { AppError } from '../../../../shared/errors';

export const PDF_LIMITS = {
  /** Largest file read for signatures. */
  maxBytes: 30 * 1024 * 1024,
  /** Object headers ("N G obj") in the file, all revisions together. */
  maxObjects: 200_000,
  /** Signature dictionaries; each one hashes up to the whole file again. */
  maxSignatures: 20,
} as const;

const mb = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;

export function refuseTooLarge(size: number): never {
  throw new AppError('VALIDATION', `Tệp PDF quá lớn để kiểm tra chữ ký (${mb(size)}; tối đa ${mb(PDF_LIMITS.maxBytes)}).`, { size });
}

export function refuseTooManyObjects(): never {
  throw new AppError('VALIDATION', `Tệp PDF có quá nhiều đối tượng (trên ${PDF_LIMITS.maxObjects.toLocaleString('vi-VN')}); không kiểm tra chữ ký.`);
}

export function refuseTooManySignatures(): never {
  throw new AppError('VALIDATION', `Tệp PDF có quá nhiều chữ ký (trên ${PDF_LIMITS.maxSignatures}); không kiểm tra.`);
}
