import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The support log: one JSON line per event in a file beside the database (the host passes the
 * path in). Errors carry their Vietnamese message and the operation's context so support can
 * read what happened, but never a secret or a citizen's identity number (redact below).
 * Rotation keeps it small on an office PC: tcns.log → tcns.log.1 → … → tcns.log.<keep>.
 */
export interface Logger {
  info(event: string, context?: Record<string, unknown>): void;
  error(event: string, context?: Record<string, unknown>): void;
  /** The current log file, for the "Thông tin hỗ trợ" screen. */
  readonly file: string | null;
}

export interface FileLogOptions {
  file: string;
  maxBytes?: number;
  keep?: number;
  clock?: () => Date;
}

/** Keys whose values never reach the log: passwords, PINs, key files, CCCD/CMND numbers. */
const SECRET_KEY = /pass|pin|secret|token|p12|pfx|private|cccd|cmnd|idNumber|identity|citizen/iu;
/** A CCCD has 12 digits (Thông tư 59/2021/TT-BCA), an old CMND 9: any such run is masked wherever it appears. */
const ID_DIGITS = /(?<!\d)(\d{9}|\d{12})(?!\d)/gu;
const MAX_STRING = 500;

export function redact(value: unknown, depth = 0): unknown {
  if (value instanceof Uint8Array) return `<${value.length} byte>`;
  if (typeof value === 'string') {
    const masked = value.replace(ID_DIGITS, (d) => '*'.repeat(d.length));
    return masked.length > MAX_STRING ? `${masked.slice(0, MAX_STRING)}…` : masked;
  }
  if (value === null || typeof value !== 'object') return value;
  if (depth > 4) return '…';
  if (Array.isArray(value)) return value.slice(0, 20).map((v) => redact(v, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, SECRET_KEY.test(k) ? '[ẩn]' : redact(v, depth + 1)]),
  );
}

export function createFileLog(options: FileLogOptions): Logger {
  const { file } = options;
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const keep = options.keep ?? 5;
  const clock = options.clock ?? (() => new Date());
  mkdirSync(dirname(file), { recursive: true });

  const rotate = () => {
    rmSync(`${file}.${keep}`, { force: true });
    for (let i = keep - 1; i >= 1; i--) {
      if (existsSync(`${file}.${i}`)) renameSync(`${file}.${i}`, `${file}.${i + 1}`);
    }
    renameSync(file, `${file}.1`);
  };
  const write = (level: 'info' | 'error', event: string, context?: Record<string, unknown>) => {
    const line = `${JSON.stringify({ at: clock().toISOString(), level, event, ...(redact(context ?? {}) as object) })}\n`;
    try {
      if (existsSync(file) && statSync(file).size + Buffer.byteLength(line) > maxBytes) rotate();
      // Synchronous and unbuffered: the line is on disk even if the process dies right after.
      appendFileSync(file, line, { mode: 0o600 });
    } catch {
      // A full disk or a locked file must not turn a logged error into a second failure.
    }
  };
  return { file, info: (e, c) => write('info', e, c), error: (e, c) => write('error', e, c) };
}

/** For the CLI and tests: nothing is written. */
export const noLog: Logger = { file: null, info: () => undefined, error: () => undefined };
