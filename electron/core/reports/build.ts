import { createHash } from 'node:crypto';
import { displayDate } from '../../../shared/text/dates';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { BuiltReport, UpwardReportRow } from '../../../shared/api/reports';
import { AppError } from '../../../shared/errors';
import { checkLayout } from '../../../shared/reports/layout';
import { DEFAULT_LAYOUT_ID, findLayout } from '../../../shared/reports/layouts';
import { parsePeriod } from '../../../shared/reports/periods';
import { requireCommune } from '../commune/handlers';
import type { Context } from '../context';
import { reportProgress, throwIfCancelled } from '../progress';
import { memorySink } from '../xlsx';
import { buildReportModel, type ReportModel } from './data/model';
import { assertNumberFree, recordReport } from './register';
import { writeReport } from './workbook/write-report';

export interface BuildReportOptions {
  period: string;
  number: number | null;
  date?: string;
  layoutId?: string;
  preparedBy: string | null;
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Checks the request and gathers the data; nothing is written yet. */
export function prepareReport(ctx: Context, options: BuildReportOptions): { model: ReportModel; fileName: string } {
  reportProgress(ctx, { phase: 'collecting', done: 0, total: null });
  const commune = requireCommune(ctx);
  const period = parsePeriod(options.period);
  const layout = findLayout(options.layoutId ?? DEFAULT_LAYOUT_ID);
  if (!layout) throw new AppError('VALIDATION', `Không có mẫu báo cáo "${options.layoutId}".`);
  const problems = checkLayout(layout);
  if (problems.length) throw new AppError('VALIDATION', `Mẫu báo cáo "${layout.name}" có lỗi: ${problems.join(' ')}`, { problems });
  const date = options.date ?? ctx.today();
  if (date < period.from) {
    throw new AppError('VALIDATION', `Ngày báo cáo phải từ ngày bắt đầu kỳ (${displayDate(period.from)}) trở đi.`);
  }
  assertNumberFree(ctx, Number(date.slice(0, 4)), layout.symbol, options.number, period.code);
  const model = buildReportModel(ctx, { commune, period, layout, number: options.number, date, preparedBy: options.preparedBy });
  return { model, fileName: `bao-cao-to-cong-nghe-so-${period.code}.xlsx` };
}

/**
 * Passes bytes through while hashing and counting them. A cancelled call fails the stream
 * here, which stops the writer (issue 10).
 */
function digest(ctx: Context): { stream: Transform; result(): { sha256: string; size: number } } {
  const hash = createHash('sha256');
  let size = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      if (ctx.signal?.aborted) return callback(ctx.signal.reason as Error);
      hash.update(chunk);
      size += chunk.length;
      callback(null, chunk);
    },
  });
  return { stream, result: () => ({ sha256: hash.digest('hex'), size }) };
}

/**
 * The member list is nearly all of a large report's work: its rows, team by team, are the
 * progress the window draws ("Đang ghi danh sách thành viên vào bảng tính: 12.000 / 100.000").
 */
function countMembersWritten(ctx: Context, model: ReportModel): void {
  const members = model.sources.members;
  const total = model.memberCount;
  const chunks = members.chunks.bind(members);
  members.chunks = function* () {
    let done = 0;
    reportProgress(ctx, { phase: 'writing', done, total });
    for (const rows of chunks()) {
      yield rows;
      done += rows.length;
      reportProgress(ctx, { phase: 'writing', done, total });
    }
  };
}

/** Writes the workbook through the hash into `target`, then records it in the register. */
async function writeAndRecord(ctx: Context, model: ReportModel, fileName: string, target: Writable): Promise<UpwardReportRow> {
  countMembersWritten(ctx, model);
  const hashed = digest(ctx);
  const piping = pipeline(hashed.stream, target);
  // A failed or cancelled stream rejects `piping` while the writer still runs: observe it now,
  // and stop waiting for a writer whose output is gone (it would never finish).
  piping.catch(() => undefined);
  const writing = writeReport(model, hashed.stream); // ExcelJS ends the stream when the zip is complete
  writing.catch(() => undefined);
  try {
    await Promise.race([writing, piping.then(() => writing)]);
  } catch (error) {
    hashed.stream.destroy(error as Error);
    await piping.catch(() => undefined);
    throw error;
  }
  await piping;
  throwIfCancelled(ctx); // the last chance: after this the report is in the register
  reportProgress(ctx, { phase: 'recording', done: 0, total: null, final: true });
  const { sha256, size } = hashed.result();
  const { meta } = model;
  return recordReport(ctx, {
    period: meta.period, number: meta.number, symbol: meta.layout.symbol, date: meta.date, layoutId: meta.layout.id,
    fileName, sha256, size, totals: model.totals,
  });
}

/** Builds the report in memory (for the app's save dialog) and records it. */
export async function buildReportBytes(ctx: Context, options: BuildReportOptions): Promise<BuiltReport> {
  const { model, fileName } = prepareReport(ctx, options);
  const sink = memorySink();
  const report = await writeAndRecord(ctx, model, fileName, sink.stream);
  return { fileName, mimeType: XLSX_MIME, bytes: sink.bytes(), report };
}

/**
 * Builds the report straight into a file (CLI, province-size lists): streamed to "<file>.part"
 * and renamed when complete, so a failure never leaves half a workbook under the real name.
 */
export async function buildReportFile(ctx: Context, options: BuildReportOptions, file: string): Promise<{ report: UpwardReportRow; model: ReportModel }> {
  const { model, fileName } = prepareReport(ctx, options);
  const part = `${file}.part`;
  try {
    const report = await writeAndRecord(ctx, model, fileName, createWriteStream(part));
    renameSync(part, file);
    return { report, model };
  } catch (error) {
    rmSync(part, { force: true });
    throw error;
  }
}
