import type { Writable } from 'node:stream';
import { communeTitle } from '../../../../shared/reports/format';
import { fillPlaceholders } from '../../../../shared/reports/layout';
import { createStreamingWorkbook } from '../../xlsx';
import type { ReportModel } from '../data/model';
import { FigureRecorder, REPORT_DATA_SCHEMA, writeDataSheet, type ReportData } from './embedded-data';
import { writeSheet } from './sheet';

/** What the province reads back (embedded-data.ts): who, which period, which layout, every figure. */
function reportData(model: ReportModel, recorder: FigureRecorder): ReportData {
  const { commune, period, layout } = model.meta;
  return {
    format: 'tcns-report',
    schemaVersion: REPORT_DATA_SCHEMA,
    commune: { id: commune.id, province: commune.province, kind: commune.kind, name: commune.name, title: communeTitle(commune.kind, commune.name) },
    period: { code: period.code, label: period.label, from: period.from, to: period.to },
    layout: { id: layout.id, name: layout.name },
    report: { number: model.meta.number, numberText: model.meta.numberText, date: model.meta.date, createdAt: new Date().toISOString() },
    tables: recorder.tables,
  };
}

/**
 * Writes the report workbook to `stream` with the streaming writer: sheets in layout order,
 * each committed before the next, the member list team by team, then the hidden data sheet.
 * Resolves when the zip is complete. Sheets marked "when: trainings" are left out when no
 * training was held.
 */
export async function writeReport(model: ReportModel, stream: Writable): Promise<{ sheets: string[]; rows: number }> {
  const { layout } = model.meta;
  const workbook = createStreamingWorkbook(stream, {
    title: fillPlaceholders('Báo cáo kết quả hoạt động Tổ công nghệ số cộng đồng {period}', model.meta.placeholders),
  });
  const recorder = new FigureRecorder();
  const sheets: string[] = [];
  let rows = 0;
  for (const sheet of layout.sheets) {
    if (sheet.when === 'trainings' && !model.hasTrainings) continue;
    rows += await writeSheet(workbook, sheet, model, recorder);
    sheets.push(sheet.name);
  }
  writeDataSheet(workbook, reportData(model, recorder));
  await workbook.commit();
  return { sheets, rows };
}
