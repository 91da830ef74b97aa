import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore } from '../core/app';
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

  if (args.demo) {
    // The seed writes through this process's own connection, closed before the core threads open the file.
    const seeding = createCore({ dbFile: args.dbFile });
    try {
      await seedDemoIfEmpty(seeding);
    } finally {
      seeding.close();
    }
  }
  // The bundle (dist/node/serve.cjs) has core-host.cjs beside it.
  const here = dirname(fileURLToPath(import.meta.url));
  const core = await startCoreThreads(join(here, 'core-host.cjs'), {
    dbFile: args.dbFile,
    migrationsDir: join(here, 'migrations'),
    logFile: join(dirname(args.dbFile), 'logs', 'tcns-serve.log'),
    appVersion: appVersion(here),
    actor: 'serve',
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

/** Hook for the demo data: the seed itself belongs to electron/cli/seed/demo.ts. */
async function seedDemoIfEmpty(core: ReturnType<typeof createCore>): Promise<void> {
  const commune = await core.call('commune.get', {});
  if (commune.ok && commune.result !== null) {
    console.log('Cơ sở dữ liệu đã có xã/phường: bỏ qua dữ liệu mẫu.');
    return;
  }
  // Loaded only when asked for, so serving never depends on the seed module.
  const { seedDemo } = await import('../cli/seed/demo');
  await seedDemo(core);
  console.log('Đã nạp dữ liệu mẫu.');
}

main().catch((error: unknown) => {
  console.error('Không khởi động được TCNS:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
