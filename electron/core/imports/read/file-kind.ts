/**
 * What kind of file was uploaded, judged by its first bytes as well as its name: a renamed
 * PDF or an old .xls must be refused with a message the officer can act on.
 */
import { AppError } from '../../../../shared/errors';
import { megabytes, READ_LIMITS } from './limits';

export type WorkbookKind = 'xlsx' | 'csv';

const startsWith = (bytes: Uint8Array, signature: number[]) =>
  bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // .xls, .doc, password-protected .xlsx
const PDF = [0x25, 0x50, 0x44, 0x46]; // %PDF
const UTF16_BOMS = [[0xff, 0xfe], [0xfe, 0xff]];

export function extensionOf(fileName: string): string {
  const match = /\.([^./\\]+)$/u.exec(fileName.trim());
  return match ? match[1].toLowerCase() : '';
}

function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP) || startsWith(bytes, OLE) || startsWith(bytes, PDF)) {
    return false;
  }
  if (UTF16_BOMS.some((bom) => startsWith(bytes, bom))) return true;
  const head = bytes.subarray(0, 64 * 1024);
  return !head.includes(0); // text never holds NUL bytes; binaries nearly always do
}

export function workbookKindOf(bytes: Uint8Array, fileName: string): WorkbookKind {
  const name = fileName.trim() || 'tệp';
  if (bytes.length === 0) {
    throw new AppError('VALIDATION', `Tệp “${name}” rỗng, không có dữ liệu.`, { fileName });
  }
  if (bytes.length > READ_LIMITS.maxFileBytes) {
    throw new AppError(
      'VALIDATION',
      `Tệp “${name}” quá lớn (${megabytes(bytes.length)} MB). Chỉ nhận tệp tối đa ${megabytes(READ_LIMITS.maxFileBytes)} MB; hãy chia nhỏ danh sách.`,
      { fileName, size: bytes.length, limit: READ_LIMITS.maxFileBytes },
    );
  }
  const extension = extensionOf(name);
  if (extension === 'xlsx') {
    if (startsWith(bytes, OLE)) {
      throw new AppError(
        'VALIDATION',
        `Tệp “${name}” đang được đặt mật khẩu hoặc thực chất là tệp Excel cũ (.xls). Hãy mở bằng Excel, bỏ mật khẩu (nếu có) rồi lưu lại dạng .xlsx.`,
        { fileName },
      );
    }
    if (!startsWith(bytes, ZIP)) {
      throw new AppError(
        'VALIDATION',
        `Tệp “${name}” có đuôi .xlsx nhưng nội dung không phải bảng tính Excel (có thể đã bị đổi tên hoặc bị hỏng).`,
        { fileName },
      );
    }
    return 'xlsx';
  }
  if (extension === 'csv') {
    if (!looksLikeText(bytes)) {
      throw new AppError(
        'VALIDATION',
        `Tệp “${name}” có đuôi .csv nhưng nội dung không phải văn bản CSV (có thể đã bị đổi tên).`,
        { fileName },
      );
    }
    return 'csv';
  }
  if (extension === 'xls') {
    throw new AppError(
      'VALIDATION',
      `Chưa hỗ trợ định dạng Excel 97–2003 (.xls). Hãy mở “${name}” bằng Excel và lưu lại dạng .xlsx.`,
      { fileName },
    );
  }
  throw new AppError(
    'VALIDATION',
    `Không đọc được tệp “${name}”: chỉ nhận bảng tính Excel (.xlsx) hoặc tệp CSV (.csv).`,
    { fileName },
  );
}
