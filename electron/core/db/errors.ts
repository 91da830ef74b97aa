import { dirname } from 'node:path';
import { AppError } from '../../../shared/errors';
import { describeProcess, otherProcesses } from './processes';

/**
 * Every way the database file can fail, as a Vietnamese message that says what happened and
 * what to do (issue 14 §6). SQLite's own English text never reaches the officer.
 */
export type StorageProblem =
  | 'BUSY' | 'LOCKED' | 'READONLY' | 'FULL' | 'IOERR' | 'CORRUPT' | 'NOTADB' | 'CANTOPEN'
  | 'MISSING' | 'EMPTY' | 'NEWER';

export interface StorageErrorDetails {
  problem: StorageProblem;
  file: string;
  /** For a damaged file: the newest backup that passed its check, if any. */
  newestGoodBackup?: { file: string; createdAt: string } | null;
}

/** better-sqlite3's SqliteError carries SQLite's extended code, e.g. SQLITE_BUSY_SNAPSHOT. */
export function sqliteCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : null;
}

const NODE_CODES: Record<string, StorageProblem> = {
  ENOSPC: 'FULL', EDQUOT: 'FULL', EROFS: 'READONLY', EACCES: 'READONLY', EPERM: 'READONLY',
  EIO: 'IOERR', ENOENT: 'CANTOPEN', ENOTDIR: 'CANTOPEN', EBUSY: 'BUSY',
};

/** The problem class of an SQLite or file-system error, or null when it is neither. */
export function storageProblemOf(error: unknown): StorageProblem | null {
  if (error instanceof AppError && (error.code === 'BUSY' || error.code === 'STORAGE')) {
    return (error.details as StorageErrorDetails | undefined)?.problem ?? null;
  }
  const code = sqliteCode(error);
  if (code) {
    const base = code.replace(/^SQLITE_/u, '').split('_')[0];
    if (base === 'BUSY' || base === 'LOCKED' || base === 'READONLY' || base === 'FULL' || base === 'IOERR' || base === 'CORRUPT' || base === 'NOTADB' || base === 'CANTOPEN') {
      return base;
    }
    return null;
  }
  const nodeCode = (error as NodeJS.ErrnoException | null)?.code;
  return nodeCode ? (NODE_CODES[nodeCode] ?? null) : null;
}

let findNewestGoodBackup: (dbFile: string) => { file: string; createdAt: string } | null = () => null;
/** The backups module tells us how to find the newest good backup (it depends on us, not we on it). */
export function setNewestGoodBackupFinder(finder: typeof findNewestGoodBackup): void {
  findNewestGoodBackup = finder;
}

function backupAdvice(file: string): { text: string; backup: StorageErrorDetails['newestGoodBackup'] } {
  let backup: StorageErrorDetails['newestGoodBackup'] = null;
  try {
    backup = findNewestGoodBackup(file);
  } catch {
    backup = null;
  }
  if (!backup) {
    return { text: 'Chưa tìm thấy bản sao lưu tốt nào bên cạnh tệp; nếu có bản sao lưu ở nơi khác (USB), hãy khôi phục từ đó.', backup };
  }
  const when = new Date(backup.createdAt).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });
  return {
    text: `Bản sao lưu tốt gần nhất: ${backup.file} (lúc ${when}). Khôi phục bằng màn hình Sao lưu hoặc lệnh: npm run cli -- backup restore "${backup.file}" --db "${file}"`,
    backup,
  };
}

/** The Vietnamese message for a problem with the database file. */
export function storageError(problem: StorageProblem, file: string): AppError {
  const details: StorageErrorDetails = { problem, file };
  const folder = dirname(file);
  switch (problem) {
    case 'BUSY': {
      const others = otherProcesses(file).map(describeProcess);
      const who = others.length
        ? `đang được ${others.join('; ')} sử dụng`
        : 'đang được một chương trình khác giữ (có thể là một bản TCNS khác, phần mềm sao lưu hoặc đồng bộ tệp)';
      return new AppError('BUSY', `Tệp dữ liệu ${file} ${who}, nên TCNS chưa ghi được sau nhiều giây chờ. Dữ liệu không bị thay đổi. Hãy đợi một lát rồi thử lại; nếu vẫn báo, hãy đóng chương trình kia.`, details);
    }
    case 'LOCKED':
      return new AppError('BUSY', `Tệp dữ liệu ${file} đang bận với một thao tác khác của TCNS. Dữ liệu không bị thay đổi. Hãy thử lại sau giây lát.`, details);
    case 'READONLY':
      return new AppError('STORAGE', `TCNS không có quyền ghi vào tệp dữ liệu ${file} hoặc thư mục ${folder}. Dữ liệu không bị thay đổi; thử lại cũng không được. Hãy bỏ thuộc tính "Chỉ đọc" của tệp, cấp quyền ghi cho thư mục, hoặc chép tệp sang thư mục có quyền ghi (ví dụ Tài liệu) rồi mở lại.`, details);
    case 'FULL':
      return new AppError('STORAGE', `Ổ đĩa chứa tệp dữ liệu ${file} đã đầy. Thay đổi vừa rồi chưa được lưu; dữ liệu cũ vẫn nguyên vẹn. Hãy xóa bớt tệp không cần trên ổ đĩa đó rồi thử lại.`, details);
    case 'IOERR':
      return new AppError('STORAGE', `Lỗi đọc/ghi ổ đĩa khi dùng tệp dữ liệu ${file}. Thay đổi vừa rồi chưa được lưu. Hãy kiểm tra ổ đĩa (USB bị rút? ổ mạng mất kết nối? ổ đĩa hỏng?) rồi mở lại TCNS; nếu lỗi lặp lại, hãy khôi phục bản sao lưu sang ổ đĩa khác.`, details);
    case 'CORRUPT':
    case 'NOTADB': {
      const advice = backupAdvice(file);
      details.newestGoodBackup = advice.backup;
      const what = problem === 'CORRUPT' ? 'bị hỏng (kiểm tra toàn vẹn không đạt)' : 'không đọc được như cơ sở dữ liệu TCNS (phần đầu tệp hỏng hoặc không phải tệp dữ liệu)';
      return new AppError('STORAGE', `Tệp dữ liệu ${file} ${what}. TCNS không ghi gì vào tệp này và không tự "sửa" bằng cách bỏ dữ liệu. ${advice.text}`, details);
    }
    case 'CANTOPEN':
      return new AppError('STORAGE', `Không mở được tệp dữ liệu ${file}: thư mục ${folder} không tồn tại hoặc TCNS không có quyền truy cập. Hãy kiểm tra đường dẫn (ổ USB/ổ mạng đã cắm chưa?) và quyền của thư mục.`, details);
    case 'MISSING':
      return new AppError('STORAGE', `Không tìm thấy tệp dữ liệu ${file}. TCNS không tự tạo tệp mới ở đây. Hãy kiểm tra lại đường dẫn; muốn tạo cơ sở dữ liệu mới thì thêm --create (hoặc dùng lệnh seed cho xã mẫu).`, details);
    case 'EMPTY':
      return new AppError('STORAGE', `Tệp ${file} rỗng (0 byte), không phải cơ sở dữ liệu TCNS; có thể việc sao chép đã bị gián đoạn. TCNS không ghi gì vào tệp này. Hãy khôi phục từ bản sao lưu, hoặc xóa tệp rỗng này nếu muốn tạo cơ sở dữ liệu mới.`, details);
    case 'NEWER':
      return new AppError('STORAGE', `Tệp dữ liệu ${file} được tạo bởi phiên bản TCNS mới hơn phiên bản đang chạy. Hãy cập nhật TCNS rồi mở lại; TCNS không ghi gì vào tệp này.`, details);
  }
}

/** An SQLite or file-system error as the Vietnamese AppError for it; other errors unchanged. */
export function describeStorageError(error: unknown, file: string): unknown {
  if (error instanceof AppError) return error;
  const problem = storageProblemOf(error);
  return problem ? storageError(problem, file) : error;
}
