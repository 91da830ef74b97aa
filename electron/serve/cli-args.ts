import { parseArgs } from 'node:util';
import { defaultDatabasePath } from '../core/paths';

export interface ServeArgs {
  dbFile: string;
  port: number;
  host: string;
  staticDir: string;
  demo: boolean;
}

export const SERVE_USAGE = `Cách dùng: tcns-serve [--db TỆP] [--port SỐ] [--host ĐỊA_CHỈ] [--static THƯ_MỤC] [--demo]
  --db      tệp cơ sở dữ liệu (mặc định: ${defaultDatabasePath()}, đổi bằng biến TCNS_DB)
  --port    cổng (mặc định 5174; 0 = cổng bất kỳ)
  --host    địa chỉ lắng nghe (mặc định 127.0.0.1: chỉ máy này truy cập được)
  --static  thư mục giao diện đã build (mặc định dist/renderer)
  --demo    nếu cơ sở dữ liệu chưa có xã/phường nào, nạp dữ liệu mẫu`;

/** Throws an Error with a Vietnamese message on a bad argument. */
export function parseServeArgs(argv: string[]): ServeArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      static: { type: 'string' },
      demo: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const port = values.port === undefined ? 5174 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`Cổng không hợp lệ: ${values.port}`);
  }
  return {
    dbFile: values.db ?? defaultDatabasePath(),
    port,
    host: values.host ?? '127.0.0.1',
    staticDir: values.static ?? 'dist/renderer',
    demo: values.demo ?? false,
  };
}
