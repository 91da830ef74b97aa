import { parseArgs } from 'node:util';
import { defaultDatabasePath } from '../core/paths';

export interface ServeArgs {
  dbFile: string;
  port: number;
  host: string;
  staticDir: string;
  demo: boolean;
  /** Create the database if missing: always for the default path (first run), else only with --create. */
  create: boolean;
}

export const SERVE_USAGE = `Cách dùng: tcns-serve [--db TỆP] [--port SỐ] [--host ĐỊA_CHỈ] [--static THƯ_MỤC] [--demo] [--create]
  --db      tệp cơ sở dữ liệu (mặc định: ${defaultDatabasePath()}, đổi bằng biến TCNS_DB)
  --port    cổng (mặc định 5174; 0 = cổng bất kỳ)
  --host    địa chỉ lắng nghe (mặc định 127.0.0.1: chỉ máy này truy cập được)
  --static  thư mục giao diện đã build (mặc định dist/renderer)
  --demo    nếu tệp dữ liệu vừa được tạo mới, nạp xã mẫu (không bao giờ nạp vào tệp đã có)
  --create  tạo tệp dữ liệu mới nếu chưa có (với --db; đường dẫn mặc định được tạo ở lần chạy đầu)`;

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
      create: { type: 'boolean', default: false },
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
    create: (values.create ?? false) || values.db === undefined,
  };
}
