import type { Envelope } from '../../../shared/errors';
import type { Progress } from '../context';
import type { ProcessKind } from '../db/processes';

/**
 * Messages between a transport (Electron main, the serve-mode HTTP server) and the core running
 * in its own process or thread. Structured clone carries them, so bytes stay Uint8Array.
 */
export interface HostInit {
  dbFile: string;
  /** Passed in, never discovered inside the core (issue 10): schema migrations and PDF fonts. */
  migrationsDir?: string;
  fontsDir?: string;
  /** The rotating support log; none when absent. */
  logFile?: string;
  appVersion: string;
  actor?: string;
  /** Create the file when missing (the desktop app's first run); see db/open.ts. */
  create?: boolean;
  /** Who has the file open, for "another program holds the data" messages (db/processes.ts). */
  processKind?: ProcessKind;
  /** Take the day's backup if there is none yet (backups/store.ts). */
  dailyBackup?: boolean;
}

export type ToHost =
  | { type: 'init'; init: HostInit }
  | { type: 'call'; id: number; name: string; input: unknown }
  | { type: 'cancel'; id: number };

export type FromHost =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'progress'; id: number; progress: Progress }
  | { type: 'result'; id: number; envelope: Envelope<unknown> };

/** Either end of the channel, whatever carries it (worker_threads, utilityProcess, child_process). */
export interface Channel<In, Out> {
  post(message: Out): void;
  onMessage(listener: (message: In) => void): void;
}
