import { AppError } from '../../../shared/errors';
import { isOperationName, operations } from '../../../shared/api';
import { parseWithBytes, stringifyWithBytes } from '../../../shared/transport/json-bytes';
import type { Command } from '../index';
import { writeOutFile } from './out-file';

/** A generated document in a result: bytes plus a suggested file name (the contract's FileResult). */
function isFileResult(value: unknown): value is { fileName: string; mimeType: string; bytes: Uint8Array } {
  return typeof value === 'object' && value !== null && (value as { bytes?: unknown }).bytes instanceof Uint8Array
    && typeof (value as { fileName?: unknown }).fileName === 'string';
}

/**
 * `api <operation> [JSON]`: any operation of the contract through the same dispatch as the
 * window and serve mode (schema validation, one transaction, audit). Bytes travel as
 * {"$bytes": "<base64>"} both ways, as in serve mode; a file result goes to --out.
 */
export const apiCommand: Command = {
  usage: 'api <thao-tác> [JSON] [--out TỆP [--force]]',
  description: 'Gọi một thao tác bất kỳ của hợp đồng API, in kết quả JSON (api --list: danh sách)',
  options: { out: { type: 'string' }, force: { type: 'boolean' }, list: { type: 'boolean' } },
  async run({ core, positionals, flags, print }) {
    if (flags.list) {
      print(Object.keys(operations).sort().join('\n'));
      return 0;
    }
    const [name, json] = positionals;
    if (!name) throw new AppError('VALIDATION', 'Thiếu tên thao tác, ví dụ: api decisions.list. Xem danh sách: api --list');
    if (!isOperationName(name)) throw new AppError('NOT_FOUND', `Không có thao tác "${name}". Xem danh sách: api --list`);
    if (positionals.length > 2) throw new AppError('VALIDATION', 'Dữ liệu vào phải là một chuỗi JSON (đặt trong dấu nháy đơn).');
    let input: unknown = {};
    if (json !== undefined) {
      try {
        input = parseWithBytes(json);
      } catch {
        throw new AppError('VALIDATION', 'Dữ liệu vào không phải JSON hợp lệ.');
      }
    }
    const envelope = await core.call(name, input);
    if (!envelope.ok) throw new AppError(envelope.error.code, envelope.error.message, envelope.error.details);
    const result = envelope.result;
    if (isFileResult(result)) {
      if (typeof flags.out !== 'string' || !flags.out) {
        throw new AppError('VALIDATION', `Thao tác ${name} trả về tệp ${result.fileName}: thêm --out TỆP để lưu.`);
      }
      const path = writeOutFile(flags.out, result.bytes, Boolean(flags.force));
      // The rest of the result (e.g. the report register row of reports.build) is printed as well.
      const { bytes, ...rest } = result;
      print(stringifyWithBytes({ file: path, size: bytes.length, ...rest }, 2));
      return 0;
    }
    print(stringifyWithBytes(result ?? null, 2));
    return 0;
  },
};
