import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { describeStorageError } from '../../../electron/core/db/errors';

/**
 * Every SQLite error class has its own Vietnamese message saying what to do (issue 14 §6).
 * The real failures (busy, read-only, full disk, damaged, missing) are produced for real in
 * test/integration/faults; this table covers the classes a test machine cannot provoke
 * (LOCKED, IOERR) and the extended codes, with better-sqlite3's own SqliteError.
 */
const FILE = '/du-lieu/tcns.db';
const CASES: [string, 'BUSY' | 'STORAGE', RegExp][] = [
  ['SQLITE_BUSY', 'BUSY', /chưa ghi được sau nhiều giây chờ.*Hãy đợi một lát rồi thử lại/u],
  ['SQLITE_BUSY_SNAPSHOT', 'BUSY', /Hãy đợi một lát rồi thử lại/u],
  ['SQLITE_LOCKED', 'BUSY', /đang bận với một thao tác khác của TCNS/u],
  ['SQLITE_READONLY', 'STORAGE', /không có quyền ghi.*thử lại cũng không được/u],
  ['SQLITE_READONLY_DBMOVED', 'STORAGE', /không có quyền ghi/u],
  ['SQLITE_FULL', 'STORAGE', /Ổ đĩa chứa tệp dữ liệu .* đã đầy.*xóa bớt tệp/u],
  ['SQLITE_IOERR_WRITE', 'STORAGE', /Lỗi đọc\/ghi ổ đĩa.*USB bị rút/u],
  ['SQLITE_CORRUPT', 'STORAGE', /bị hỏng.*không tự "sửa"/u],
  ['SQLITE_NOTADB', 'STORAGE', /không đọc được như cơ sở dữ liệu TCNS/u],
  ['SQLITE_CANTOPEN', 'STORAGE', /Không mở được tệp dữ liệu.*kiểm tra đường dẫn/iu],
];

describe('SQLite error classes in Vietnamese', () => {
  it.each(CASES)('%s → %s with a message that says what to do', (code, appCode, message) => {
    const described = describeStorageError(new Database.SqliteError('English text from SQLite', code), FILE);
    expect(described).toBeInstanceOf(AppError);
    const error = described as AppError;
    expect(error.code).toBe(appCode);
    expect(error.message).toMatch(message);
    expect(error.message).toContain(FILE);
    expect(error.message).not.toContain('English text');
  });

  it('gives each class its own message', () => {
    const base = CASES.filter(([code]) => !code.includes('_', 7)).map(([code]) => (describeStorageError(new Database.SqliteError('x', code), FILE) as AppError).message);
    expect(new Set(base).size).toBe(base.length);
  });

  it('maps file-system errors of the backup folder too (ENOSPC, EACCES, ENOTDIR)', () => {
    const fsError = (code: string) => Object.assign(new Error(code), { code });
    expect((describeStorageError(fsError('ENOSPC'), FILE) as AppError).message).toMatch(/đã đầy/u);
    expect((describeStorageError(fsError('EACCES'), FILE) as AppError).message).toMatch(/không có quyền ghi/u);
    expect((describeStorageError(fsError('ENOTDIR'), FILE) as AppError).message).toMatch(/Không mở được/u);
  });

  it('leaves other errors alone (they stay INTERNAL, logged, without a stack to the user)', () => {
    const other = new TypeError('x is undefined');
    expect(describeStorageError(other, FILE)).toBe(other);
  });
});
