/**
 * The communes' report files handed to the Tổng hợp page: picked one by one, picked as a
 * folder (<input webkitdirectory>), or dropped — files or whole folders, read recursively
 * through the File and Directory Entries API. Only Excel workbooks (.xlsx) are kept, and
 * every cost a drop can choose is capped: entries walked, depth, report count, total size.
 */

/** Reports per addition: the contract's cap (shared/api/consolidation.ts). */
export const MAX_REPORT_FILES = 500;
/** Total bytes per addition: serve mode takes 50 MB per request and base64 adds a third. */
export const MAX_TOTAL_BYTES = 30 * 1024 * 1024;
/** Files and folders looked at in a dropped folder, of any kind: dropping "C:\" must not hang. */
export const MAX_ENTRIES = 5_000;
/** Folder nesting followed below a dropped folder. */
export const MAX_DEPTH = 8;

/** A refusal with what the message needs; the page words it (i18n consolidation.folder.*). */
export class ReportFilesError extends Error {
  constructor(readonly key: 'tooManyEntries' | 'tooManyFiles' | 'tooLarge' | 'unreadable', readonly values: Record<string, string | number>) {
    super(key);
  }
}

export interface ReportFile { name: string; file: File }

/** A report, not Excel's "~$name.xlsx" lock file left beside a workbook that is open. */
export const isReportName = (name: string): boolean => /\.xlsx$/iu.test(name) && !name.startsWith('~$');

/** Adds files, enforcing the count and size caps as they come (a huge folder stops early). */
class Collector {
  readonly files: ReportFile[] = [];
  private bytes = 0;
  add(name: string, file: File): void {
    const base = name.split('/').pop() ?? name;
    if (!isReportName(base)) return;
    if (this.files.length >= MAX_REPORT_FILES) throw new ReportFilesError('tooManyFiles', { max: MAX_REPORT_FILES });
    this.bytes += file.size;
    if (this.bytes > MAX_TOTAL_BYTES) throw new ReportFilesError('tooLarge', { max: MAX_TOTAL_BYTES / 1048576 });
    // A path inside the folder tells apart two "bao-cao.xlsx" from different subfolders.
    this.files.push({ name: name.length <= 255 ? name : base.slice(-255), file });
  }
}

/** Files from a file input: picked ones, or a folder's (webkitRelativePath "folder/sub/x.xlsx"). */
export function reportsFromList(list: Iterable<File>): ReportFile[] {
  const c = new Collector();
  for (const f of list) c.add(f.webkitRelativePath || f.name, f);
  return c.files;
}

const fileOf = (entry: FileSystemFileEntry) => new Promise<File>((resolve, reject) => entry.file(resolve, reject));
const batchOf = (reader: FileSystemDirectoryReader) => new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
const isDirectory = (e: FileSystemEntry): e is FileSystemDirectoryEntry => e.isDirectory;
const isFile = (e: FileSystemEntry): e is FileSystemFileEntry => e.isFile;

/**
 * Every report under the given entries. readEntries gives a directory's entries in batches
 * (Chromium: 100 at a time) and an empty batch at the end, so it is called until empty.
 */
export async function reportsFromEntries(entries: FileSystemEntry[]): Promise<ReportFile[]> {
  const c = new Collector();
  let seen = 0;
  const visit = async (entry: FileSystemEntry, depth: number): Promise<void> => {
    if (++seen > MAX_ENTRIES) throw new ReportFilesError('tooManyEntries', { max: MAX_ENTRIES });
    const path = entry.fullPath.replace(/^\//u, '') || entry.name;
    if (isFile(entry)) {
      if (!isReportName(entry.name)) return;
      try {
        c.add(path, await fileOf(entry));
      } catch (e) {
        if (e instanceof ReportFilesError) throw e;
        throw new ReportFilesError('unreadable', { name: path });
      }
      return;
    }
    if (!isDirectory(entry) || depth > MAX_DEPTH) return;
    const reader = entry.createReader();
    for (;;) {
      let batch: FileSystemEntry[];
      try {
        batch = await batchOf(reader);
      } catch {
        throw new ReportFilesError('unreadable', { name: path });
      }
      if (batch.length === 0) break;
      for (const child of batch) await visit(child, depth + 1);
    }
  };
  for (const entry of entries) await visit(entry, 0);
  return c.files;
}

/**
 * What a drop carries, taken while the drop event runs (its item list is emptied when the
 * handler returns): an entry per item where the browser gives one, else the plain files.
 */
export function dropContents(transfer: DataTransfer): { entries: FileSystemEntry[] } | { files: File[] } {
  const items = [...transfer.items].filter((i) => i.kind === 'file');
  const entries = items.map((i) => i.webkitGetAsEntry?.() ?? null);
  if (entries.length > 0 && entries.every((e) => e !== null)) return { entries: entries as FileSystemEntry[] };
  return { files: [...transfer.files] };
}
