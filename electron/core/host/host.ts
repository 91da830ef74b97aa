import { AppError } from '../../../shared/errors';
import { createCore, type Core } from '../app';
import { setMigrationsDir } from '../db/migrate';
import { createFileLog, noLog, type Logger } from '../log/file-log';
import type { Progress } from '../context';
import type { Channel, FromHost, HostInit, ToHost } from './protocol';

/**
 * The core's side of the host protocol: waits for `init`, opens the database, then answers
 * calls through the same dispatch as everywhere else. Each call can be cancelled and reports
 * progress; failures go to the support log with their Vietnamese message and context.
 */
export function hostCore(channel: Channel<ToHost, FromHost>): { log(): Logger; close(): void } {
  let core: Core | null = null;
  let log: Logger = noLog;
  const running = new Map<number, AbortController>();

  channel.onMessage((message) => {
    if (message.type === 'init') {
      try {
        ({ core, log } = openCore(message.init));
        channel.post({ type: 'ready' });
      } catch (error) {
        const text = error instanceof Error ? error.message : String(error);
        log.error('Không mở được cơ sở dữ liệu', { file: message.init.dbFile, message: text });
        channel.post({ type: 'failed', message: text });
      }
      return;
    }
    if (message.type === 'cancel') {
      running.get(message.id)?.abort();
      return;
    }
    const { id, name, input } = message;
    if (!core) {
      const error = new AppError('INTERNAL', 'Bộ xử lý dữ liệu chưa sẵn sàng.').toPayload();
      channel.post({ type: 'result', id, envelope: { ok: false, error } });
      return;
    }
    const controller = new AbortController();
    running.set(id, controller);
    const started = Date.now();
    void core
      .call(name, input, {
        signal: controller.signal,
        onProgress: throttled((progress) => channel.post({ type: 'progress', id, progress })),
      })
      .then((envelope) => {
        running.delete(id);
        if (!envelope.ok) {
          log.error(envelope.error.message, { operation: name, code: envelope.error.code, input, ms: Date.now() - started });
        }
        channel.post({ type: 'result', id, envelope });
      });
  });
  return {
    log: () => log,
    close: () => {
      for (const controller of running.values()) controller.abort();
      core?.close();
      core = null;
    },
  };
}

/**
 * At most one progress message per 100 ms (a loop may report every row), but never drops a
 * change of phase, the last step or the point of no return.
 */
export function throttled(post: (p: Progress) => void, intervalMs = 100, now = Date.now): (p: Progress) => void {
  let last: Progress | null = null;
  let at = 0;
  return (progress) => {
    const changed = !last || last.phase !== progress.phase || last.final !== progress.final || progress.done === progress.total;
    if (!changed && now() - at < intervalMs) return;
    last = progress;
    at = now();
    post(progress);
  };
}

function openCore(init: HostInit): { core: Core; log: Logger } {
  if (init.migrationsDir) setMigrationsDir(init.migrationsDir);
  // fonts.ts looks here first (TCNS_FONTS_DIR) before any discovery of its own.
  if (init.fontsDir) process.env.TCNS_FONTS_DIR = init.fontsDir;
  const log = init.logFile ? createFileLog({ file: init.logFile }) : noLog;
  const core = createCore({
    dbFile: init.dbFile,
    actor: init.actor ?? 'local',
    create: init.create,
    processKind: init.processKind,
    dailyBackup: init.dailyBackup,
    about: { appVersion: init.appVersion, databaseFile: init.dbFile, logFile: log.file },
  });
  log.info('Mở cơ sở dữ liệu', { file: init.dbFile, appVersion: init.appVersion });
  return { core, log };
}
