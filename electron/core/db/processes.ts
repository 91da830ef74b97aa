import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/**
 * Which TCNS programs have a database file open, so "another program holds the data" can say
 * which one (issue 14 §1: the desktop app, serve mode and the CLI default to the same file).
 * Each process leaves a small record in `<db>-processes/<pid>.json` (named like SQLite's own
 * -wal/-shm companions) while it has the file open; a record whose process is gone (kill -9,
 * power cut) is ignored and swept.
 */
export type ProcessKind = 'desktop' | 'serve' | 'cli' | 'other';

export interface ProcessRecord {
  pid: number;
  kind: ProcessKind;
  /** e.g. the CLI command ("import members"). */
  detail?: string;
  host: string;
  startedAt: string;
}

const KIND_LABELS: Record<ProcessKind, string> = {
  desktop: 'ứng dụng TCNS trên máy tính',
  serve: 'TCNS chạy trong trình duyệt (npm run serve)',
  cli: 'lệnh TCNS (npm run cli)',
  other: 'một chương trình TCNS khác',
};

export function describeProcess(p: ProcessRecord): string {
  const what = p.kind === 'cli' && p.detail ? `lệnh TCNS "${p.detail}"` : KIND_LABELS[p.kind];
  const where = p.host === hostname() ? '' : ` trên máy ${p.host}`;
  return `${what} (tiến trình ${p.pid}${where}, mở từ ${p.startedAt.slice(11, 19)} UTC)`;
}

const folderOf = (dbFile: string) => `${dbFile}-processes`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Records this process as a user of dbFile; returns the function that removes the record. */
export function registerProcess(dbFile: string, kind: ProcessKind, detail?: string): () => void {
  const folder = folderOf(dbFile);
  const file = join(folder, `${process.pid}.json`);
  const record: ProcessRecord = { pid: process.pid, kind, detail, host: hostname(), startedAt: new Date().toISOString() };
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    writeFileSync(file, JSON.stringify(record), { mode: 0o600 });
  } catch {
    // A folder we cannot write to only costs the "which program" part of a busy message.
    return () => {};
  }
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    rmSync(file, { force: true });
    process.off('exit', remove);
  };
  process.on('exit', remove);
  return remove;
}

/** The other live TCNS processes that have dbFile open (this process excluded). */
export function otherProcesses(dbFile: string): ProcessRecord[] {
  let names: string[];
  try {
    names = readdirSync(folderOf(dbFile));
  } catch {
    return [];
  }
  const found: ProcessRecord[] = [];
  for (const name of names) {
    const path = join(folderOf(dbFile), name);
    let record: ProcessRecord;
    try {
      record = JSON.parse(readFileSync(path, 'utf8')) as ProcessRecord;
    } catch {
      continue;
    }
    if (record.pid === process.pid && record.host === hostname()) continue;
    if (record.host === hostname() && !alive(record.pid)) {
      rmSync(path, { force: true }); // left by a process that was killed
      continue;
    }
    found.push(record);
  }
  return found;
}
