import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { AppError } from '../../../shared/errors';

/**
 * Writes a generated file for a CLI command. An existing file is the office's work (an
 * issued decision's PDF, last quarter's report): it is replaced only when --force says so.
 */
export function writeOutFile(out: string, bytes: Uint8Array, force: boolean): string {
  const path = resolve(out);
  if (existsSync(path) && !force) {
    throw new AppError('CONFLICT', `Tệp ${path} đã có. Thêm --force để ghi đè, hoặc chọn tên khác.`);
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  return path;
}
