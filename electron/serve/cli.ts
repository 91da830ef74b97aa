import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../shared/errors';
import { createCore, type Core } from '../core/app';
import { describeStorageError } from '../core/db/errors';
import { startFailureServer } from './failure-server';
import { parseServeArgs, SERVE_USAGE, type ServeArgs } from './cli-args';
import { startCoreThreads } from './core-threads';
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

  // First open here: the checks of db/open.ts (damage, empty or missing file, read-only, newer
  // schema) give their Vietnamese message on an error page instead of a crash; a missing file is
  // created only on the first run with the default path, or with --create; the day's backup and
  // the demo commune (into a new file only) are done before the core threads open the file.
  let first: Core;
  try {
    first = createCore({ dbFile: args.dbFile, create: args.create, processKind: 'serve', dailyBackup: true });
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
  try {
    if (args.demo) await seedDemoIfNew(first);
  } finally {
    first.close();
  }
  // The bundle (dist/node/serve.cjs) has core-host.cjs beside it.
  const here = dirname(fileURLToPath(import.meta.url));
  const core = await startCoreThreads(join(here, 'core-host.cjs'), {
    dbFile: args.dbFile,
    migrationsDir: join(here, 'migrations'),
    logFile: join(dirname(args.dbFile), 'logs', 'tcns-serve.log'),
    appVersion: appVersion(here),
    actor: 'serve',
    processKind: 'serve',
  });
  const server = await startServer({ core, port: args.port, host: args.host, staticDir: args.staticDir });
  console.log(`Cơ sở dữ liệu: ${args.dbFile}`);
  if (!existsSync(join(args.staticDir, 'index.html'))) {
    console.warn(`Chưa có giao diện đã build trong ${args.staticDir} (chạy build renderer trước): chỉ /api hoạt động.`);
  }
  console.log(`TCNS đang chạy: ${server.url}`);

  const stop = () => {
    void server
      .close()
      .then(() => core.close())
      .then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** package.json's version, found above the bundle (dist/node → the project root). */
function appVersion(from: string): string {
  for (let dir = from; dirname(dir) !== dir; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  }
  return 'chưa rõ';
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
