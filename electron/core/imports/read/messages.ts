import { AppError } from '../../../../shared/errors';

const n = (value: number) => value.toLocaleString('vi-VN');

/**
 * A list longer than one import takes. `found` is how many rows the file has (or at least has,
 * when reading stopped at the cap): an honest long list is told its length, not called hostile.
 */
export function tooManyRows(fileName: string, sheet: string, maxRows: number, found?: { rows: number; atLeast: boolean }): AppError {
  const length = found ? ` (${found.atLeast ? 'ít nhất ' : ''}${n(found.rows)} dòng)` : '';
  return new AppError(
    'VALIDATION',
    `Trang tính “${sheet}” của tệp “${fileName}” quá dài${length}: mỗi lần chỉ nhập tối đa ${n(maxRows)} dòng. Hãy chia danh sách thành nhiều tệp.`,
    { fileName, sheet, limit: maxRows, found: found?.rows ?? null },
  );
}

/** A row with more columns than any list has: usually not a list at all (or the wrong delimiter). */
export function tooManyColumns(fileName: string, rowNumber: number, maxColumns: number): AppError {
  return new AppError(
    'VALIDATION',
    `Dòng ${n(rowNumber)} của tệp “${fileName}” có hơn ${n(maxColumns)} cột: đây không giống một danh sách thành viên. Hãy kiểm tra tệp (hoặc dấu phân cách cột) rồi thử lại.`,
    { fileName, rowNumber, limit: maxColumns },
  );
}

/** A cell or a row longer than Excel allows: a damaged or non-list file. */
export function cellTooLong(fileName: string, rowNumber: number, limit: number, what: 'ô' | 'dòng'): AppError {
  return new AppError(
    'VALIDATION',
    what === 'ô'
      ? `Dòng ${n(rowNumber)} của tệp “${fileName}” có một ô dài hơn ${n(limit)} ký tự (giới hạn của Excel): tệp không phải danh sách hoặc đã bị hỏng.`
      : `Dòng ${n(rowNumber)} của tệp “${fileName}” dài hơn ${n(limit)} ký tự: tệp không phải danh sách hoặc đã bị hỏng.`,
    { fileName, rowNumber, limit },
  );
}
