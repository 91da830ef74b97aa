import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/errors';
import { createCore, type Core } from '../core/app';
import { describeStorageError } from '../core/db/errors';
import { startFailureServer } from './failure-server';
import { parseServeArgs, SERVE_USAGE, type ServeArgs } from './cli-args';
import { startServer } from './server';

/**
 * `tsx electron/serve/cli.ts [--db FILE] [--port N] [--host H] [--demo]`:
 * the app in a browser against a local database. Prints the URL (token in the fragment).
 */
async function main(): Promise<void> {
  let args: ServeArgs;
  try {
    args = parseServeArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    console.error(SERVE_USAGE);
    process.exitCode = 2;
    return;
  }

  let core: Core;
  try {
    // A missing file is created only on the first run with the default path, or with --create.
    core = createCore({ dbFile: args.dbFile, create: args.create, processKind: 'serve', dailyBackup: true });
  } catch (error) {
    const described = describeStorageError(error, args.dbFile);
    if (!(described instanceof AppError)) throw error;
    console.error(`Không mở được cơ sở dữ liệu: ${described.message}`);
    const failure = await startFailureServer({ error: described.toPayload(), port: args.port, host: args.host });
    console.log(`TCNS đang chạy (chỉ trang báo lỗi): ${failure.url}`);
    process.exitCode = 1;
    const stopFailure = () => void failure.close().then(() => process.exit(1));
    process.once('SIGINT', stopFailure);
    process.once('SIGTERM', stopFailure);
    return;
  }
  if (args.demo) await seedDemoIfNew(core);
  const server = await startServer({ core, port: args.port, host: args.host, staticDir: args.staticDir });
  console.log(`Cơ sở dữ liệu: ${args.dbFile}`);
  if (!existsSync(join(args.staticDir, 'index.html'))) {
    console.warn(`Chưa có giao diện đã build trong ${args.staticDir} (chạy build renderer trước): chỉ /api hoạt động.`);
  }
  console.log(`TCNS đang chạy: ${server.url}`);

  const stop = () => {
    void server.close().then(() => {
      core.close();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** The demo commune goes only into a file this start created, never into existing data (issue 14 §5). */
async function seedDemoIfNew(core: Core): Promise<void> {
  if (!core.created) {
    console.log('Cơ sở dữ liệu đã có sẵn: không nạp dữ liệu mẫu.');
    return;
  }
  // Loaded only when asked for, so serving never depends on the seed module.
  const { seedDemo } = await import('../cli/seed/demo');
  await seedDemo(core);
  console.log('Đã nạp dữ liệu mẫu.');
}

main().catch((error: unknown) => {
  const described = describeStorageError(error, '');
  console.error('Không khởi động được TCNS:', described instanceof Error ? described.message : String(described));
  process.exitCode = 1;
});
