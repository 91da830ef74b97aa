import type { Envelope } from '../../../shared/errors';
import { LONG_OPERATIONS } from '../../../shared/progress';
import type { CoreCaller } from '../app';
import type { CallOptions } from '../dispatch';
import type { Channel, FromHost, HostInit, ToHost } from './protocol';

/** A started core process or thread, as the transport side sees it. */
export interface HostProcess extends Channel<FromHost, ToHost> {
  onExit(listener: (code: number | null) => void): void;
  terminate(): void | Promise<unknown>;
}

const STOPPED: Envelope<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: 'Bộ xử lý dữ liệu đã dừng; dữ liệu không bị thay đổi. Hãy mở lại ứng dụng.' },
};

/** What a long operation gets when a restore stops its core (issue 10): it names the restore. */
export const INTERRUPTED_BY_RESTORE: Envelope<never> = {
  ok: false,
  error: {
    code: 'CONFLICT',
    message: 'Thao tác đã dừng vì dữ liệu đang được khôi phục từ bản sao lưu; thao tác này chưa ghi gì. Hãy làm lại sau khi khôi phục xong nếu vẫn cần.',
  },
};

/** A connected core; `stopFor` ends it and answers its calls still running with `reason`. */
export interface HostedCore extends CoreCaller {
  stopFor(reason: Envelope<never>): Promise<void>;
}

/**
 * The transport's side of the host protocol: sends `init`, waits for `ready`, then turns
 * call(name, input, { signal, onProgress }) into messages. A call whose process dies gets an
 * INTERNAL envelope instead of hanging; an aborted signal sends `cancel`.
 */
export function connectCore(proc: HostProcess, init: HostInit): Promise<HostedCore> {
  let nextId = 1;
  let exited = false;
  let stoppedWith: Envelope<never> = STOPPED;
  const pending = new Map<number, { resolve(e: Envelope<unknown>): void; onProgress?: CallOptions['onProgress'] }>();

  return new Promise((resolveReady, rejectReady) => {
    proc.onExit(() => {
      exited = true;
      rejectReady(new Error('Bộ xử lý dữ liệu dừng trước khi sẵn sàng.'));
      for (const call of pending.values()) call.resolve(stoppedWith);
      pending.clear();
    });
    proc.onMessage((message) => {
      switch (message.type) {
        case 'ready':
          resolveReady(client);
          return;
        case 'failed':
          rejectReady(new Error(message.message));
          return;
        case 'progress':
          pending.get(message.id)?.onProgress?.(message.progress);
          return;
        case 'result': {
          const call = pending.get(message.id);
          pending.delete(message.id);
          call?.resolve(message.envelope);
        }
      }
    });
    const client: HostedCore = {
      call: (name, input, options = {}) =>
        new Promise((resolve) => {
          if (exited) return resolve(stoppedWith);
          const id = nextId++;
          pending.set(id, { resolve, onProgress: options.onProgress });
          options.signal?.addEventListener('abort', () => proc.post({ type: 'cancel', id }), { once: true });
          proc.post({ type: 'call', id, name, input });
        }),
      close: async () => {
        await proc.terminate();
      },
      stopFor: async (reason) => {
        stoppedWith = reason;
        await proc.terminate();
      },
    };
    proc.post({ type: 'init', init });
  });
}

/** Which operations go to the long core: shared/progress.ts (the window shows their progress too). */
export { LONG_OPERATIONS };

/** Stands in for a core that could not be reopened: every call says so, nothing hangs. */
const stopped: CoreCaller = { call: async () => STOPPED, close: () => {} };

/** Two cores behind one call(): long operations to one, everything else to the other. */
export async function startCorePair(start: () => HostProcess, init: HostInit): Promise<CoreCaller> {
  // One after the other: the first brings the schema up to date before the second opens the file.
  const quick = await connectCore(start(), init);
  const first = await connectCore(start(), init).catch(async (error: unknown) => {
    await quick.close();
    throw error;
  });
  // The second core opens an existing file only: the first already created it and took the day's backup.
  const reopenLong = () => connectCore(start(), { ...init, create: false, dailyBackup: false }).catch(() => stopped);
  let long: Promise<HostedCore | CoreCaller> = Promise.resolve(first);
  // The long core when it is running (null while a restore has it closed), so closing the pair
  // stops both processes at once.
  let longNow: CoreCaller | null = first;

  /**
   * A restore replaces the database file under both cores. The long one lets go of it first
   * (Windows cannot replace a file another handle has open) and opens the restored file after;
   * otherwise it would go on reading and writing the replaced file (README "Backups").
   */
  const restore = async (input: unknown, options?: CallOptions): Promise<Envelope<unknown>> => {
    const previous = await long;
    let reopened: (core: Promise<HostedCore | CoreCaller>) => void = () => {};
    long = new Promise<HostedCore | CoreCaller>((resolve) => {
      reopened = resolve;
    });
    longNow = null;
    // A report or an import running there stops without writing; its caller is told why.
    await ('stopFor' in previous ? previous.stopFor(INTERRUPTED_BY_RESTORE) : previous.close());
    try {
      return await quick.call('backups.restore', input, options);
    } finally {
      const next = reopenLong();
      reopened(next);
      longNow = await next;
    }
  };

  return {
    call: async (name, input, options) => {
      if (name === 'backups.restore') return restore(input, options);
      return LONG_OPERATIONS.has(name) ? (await long).call(name, input, options) : quick.call(name, input, options);
    },
    close: async () => {
      await Promise.all([quick.close(), longNow ? longNow.close() : long.then((core) => core.close())]);
    },
  };
}

