/**
 * Progress of a long operation (issue 10), one shape on every path: the core reports it, the
 * host protocol, Electron IPC and serve-mode HTTP carry it, and the window draws it.
 * `total: null` means "how much is unknown" (an indeterminate bar). `final: true` means the
 * operation is past the point where it can still be cancelled (it is writing its one transaction).
 */
export interface Progress {
  phase: ProgressPhase;
  done: number;
  total: number | null;
  final?: boolean;
}

/** What is being done, in the words the window shows (Vietnamese, without the numbers). */
export const PROGRESS_PHASES = {
  // reports.build
  collecting: 'Đang tổng hợp số liệu',
  writing: 'Đang ghi danh sách thành viên vào bảng tính',
  recording: 'Đang ghi báo cáo vào sổ',
  // imports.previewMembers / commitMembers
  reading: 'Đang đọc tệp',
  checking: 'Đang kiểm tra từng dòng',
  saving: 'Đang ghi vào dữ liệu',
  // backups.create, and the safety backup before an import or a restore
  backup: 'Đang sao lưu dữ liệu',
  // backups.restore
  'restore-check': 'Đang kiểm tra bản sao lưu',
  restoring: 'Đang thay dữ liệu bằng bản sao lưu',
  // decisions.*
  rendering: 'Đang tạo tệp PDF',
  verifying: 'Đang kiểm tra chữ ký số',
  signing: 'Đang ký số',
  // anything else
  working: 'Đang xử lý',
} as const;

export type ProgressPhase = keyof typeof PROGRESS_PHASES;

/**
 * Operations that can take seconds on a province-size register. They run in a second core
 * process (electron/core/host/client.ts), so a quick request is answered meanwhile.
 */
export const LONG_OPERATIONS: ReadonlySet<string> = new Set([
  'reports.build',
  'imports.previewMembers',
  'imports.commitMembers',
  'decisions.exportPdf',
  'decisions.exportDocx',
  'decisions.sign',
  'decisions.verify',
  'decisions.importSigned',
  'trainings.sheet',
  'trainings.allowanceWorkbook',
  // 120 communes' workbooks read and checked, or the provincial workbook written (issue 13).
  'consolidation.addReports',
  'consolidation.build',
  // A backup copies the whole file (VACUUM INTO) and checks it.
  'backups.create',
]);

/**
 * What the window shows as the operation's title while it runs: every long operation, and the
 * restore (run by the quick core, which owns the file, but as long as a backup).
 */
export const LONG_OPERATION_TITLES: Readonly<Record<string, string>> = {
  'reports.build': 'Lập báo cáo',
  'imports.previewMembers': 'Xem trước danh sách nhập',
  'imports.commitMembers': 'Nhập danh sách thành viên',
  'decisions.exportPdf': 'Xuất quyết định (PDF)',
  'decisions.exportDocx': 'Xuất quyết định (Word)',
  'decisions.sign': 'Ký số quyết định',
  'decisions.verify': 'Kiểm tra chữ ký số',
  'decisions.importSigned': 'Nhận bản quyết định đã ký',
  'trainings.sheet': 'Tạo danh sách ký tên',
  'trainings.allowanceWorkbook': 'Tạo bảng ngày tham dự',
  'consolidation.addReports': 'Đọc báo cáo của các xã',
  'consolidation.build': 'Lập báo cáo tổng hợp của tỉnh',
  'backups.create': 'Sao lưu dữ liệu',
  'backups.restore': 'Khôi phục từ bản sao lưu',
};

/** "Đang kiểm tra từng dòng: 1.200 / 20.000" — the line under the bar. */
export function progressText(progress: Progress): string {
  const what = PROGRESS_PHASES[progress.phase] ?? PROGRESS_PHASES.working;
  if (progress.total === null || progress.total <= 0) return `${what}…`;
  const n = (x: number) => x.toLocaleString('vi-VN');
  return `${what}: ${n(Math.min(progress.done, progress.total))} / ${n(progress.total)}`;
}
