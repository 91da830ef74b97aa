import { AppError } from '../../../../shared/errors';

export function tooManyRows(fileName: string, sheet: string, maxRows: number): AppError {
  return new AppError(
    'VALIDATION',
    `Trang tính “${sheet}” của tệp “${fileName}” có quá nhiều dòng: mỗi lần chỉ nhập tối đa ${maxRows.toLocaleString('vi-VN')} dòng. Hãy chia danh sách thành nhiều tệp.`,
    { fileName, sheet, limit: maxRows },
  );
}
