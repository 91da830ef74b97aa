import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createCore } from '../core/app';
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

  const core = createCore({ dbFile: args.dbFile });
  if (args.demo) await seedDemoIfEmpty(core);
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
